import { Schema } from "effect"
import { IsoDate, SourceRef } from "./source.js"

export const ClaimId = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9][a-z0-9-]*$/, {
    message: () => "a claim id is lower-case letters, digits and dashes, e.g. letter-ashamed"
  })
)

const Sources = Schema.NonEmptyArray(SourceRef)

/** Words a person is said to have said or written, with the places they are said to appear. */
export class QuoteClaim extends Schema.Class<QuoteClaim>("QuoteClaim")({
  id: ClaimId,
  kind: Schema.Literal("quote"),
  speaker: Schema.NonEmptyTrimmedString,
  /** The organisation the speaker speaks for: its own releases count as the speaker's own words. */
  affiliation: Schema.optional(Schema.NonEmptyTrimmedString),
  text: Schema.NonEmptyTrimmedString,
  date: Schema.optional(IsoDate),
  sources: Sources
}) {}

/** A directory that lists a person with a role in an organisation. */
export class ListingClaim extends Schema.Class<ListingClaim>("ListingClaim")({
  id: ClaimId,
  kind: Schema.Literal("listing"),
  person: Schema.NonEmptyTrimmedString,
  role: Schema.NonEmptyTrimmedString,
  organization: Schema.NonEmptyTrimmedString,
  asOf: Schema.optional(IsoDate),
  sources: Sources
}) {}

/** Someone confirmed something to an outlet, by some means, on some date. */
export class ConfirmationClaim extends Schema.Class<ConfirmationClaim>("ConfirmationClaim")({
  id: ClaimId,
  kind: Schema.Literal("confirmation"),
  who: Schema.NonEmptyTrimmedString,
  to: Schema.NonEmptyTrimmedString,
  method: Schema.Literal("phone", "email", "in person", "video call", "message", "statement"),
  date: IsoDate,
  text: Schema.NonEmptyTrimmedString,
  sources: Sources
}) {}

/** A factual assertion: an event, a date, a role. */
export class StatementClaim extends Schema.Class<StatementClaim>("StatementClaim")({
  id: ClaimId,
  kind: Schema.Literal("statement"),
  text: Schema.NonEmptyTrimmedString,
  /** Whose own account counts as a primary source for this statement (e.g. the person it is about). */
  subject: Schema.optional(Schema.NonEmptyTrimmedString),
  date: Schema.optional(IsoDate),
  sources: Sources
}) {}

export const Claim = Schema.Union(QuoteClaim, ListingClaim, ConfirmationClaim, StatementClaim)
export type Claim = typeof Claim.Type
export type ClaimKind = Claim["kind"]

/** The person whose own account or document is a primary source for the claim. */
export const claimSubject = (claim: Claim): string | undefined => {
  switch (claim.kind) {
    case "quote":
      return claim.speaker
    case "listing":
      return claim.person
    case "confirmation":
      return claim.who
    case "statement":
      return claim.subject
  }
}
