import { Cron, Either, Schema } from "effect"
import { Claim } from "./claim.js"
import { HttpUrl, IsoDate } from "./source.js"

export const ClaimSetId = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9][a-z0-9-]*$/, { message: () => "an id is lower-case letters, digits and dashes" })
)

export class ArticleRef extends Schema.Class<ArticleRef>("ArticleRef")({
  url: HttpUrl,
  published: IsoDate,
  outlet: Schema.NonEmptyTrimmedString,
  title: Schema.optional(Schema.String)
}) {}

/** A tier name from the reliability profile, per registrable domain. */
export const ReliabilityOverrides = Schema.Record({ key: Schema.String, value: Schema.Literal("high", "medium", "low") })

/** The unit a desk writes and runs: one story's claims and their sources. */
export class ClaimSet extends Schema.Class<ClaimSet>("ClaimSet")({
  id: ClaimSetId,
  title: Schema.NonEmptyTrimmedString,
  article: ArticleRef,
  /** Cron expression for scheduled re-checks (UTC). */
  schedule: Schema.optional(Schema.NonEmptyTrimmedString.pipe(
    Schema.filter((s) => Either.match(Cron.parse(s, "UTC"), { onLeft: (e) => `not a cron schedule: ${e.message}`, onRight: () => true }))
  )),
  /** Per-domain reliability tiers that override the shipped profile for this claim set. */
  reliability: Schema.optional(ReliabilityOverrides),
  claims: Schema.NonEmptyArray(Claim)
}) {}
