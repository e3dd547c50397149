import { Schema } from "effect"
import { Attestation } from "../domain/source.js"
import { DiffOp, MatchClass, Rating, Support } from "../domain/verdict.js"

/**
 * The JSON report: a versioned contract other tools read. Bump `REPORT_SCHEMA_VERSION` on any
 * change that removes or changes the meaning of a field; adding an optional field is a minor bump.
 */
export const REPORT_SCHEMA_VERSION = "1.0.0"

export const Span = Schema.Struct({ start: Schema.Number, end: Schema.Number })

export const EvidenceItem = Schema.Struct({
  /** The source URL as the claim set gives it; null for a desk's attested record. */
  url: Schema.NullOr(Schema.String),
  finalUrl: Schema.NullOr(Schema.String),
  /** HTTP status of the final response; null when no response was had. */
  status: Schema.NullOr(Schema.Number),
  fetchedAt: Schema.NullOr(Schema.String),
  /** SHA-256 of the response payload as received (before content-decoding). */
  sha256: Schema.NullOr(Schema.String),
  /** The response's record in the run's WARC evidence archive. */
  archive: Schema.optional(Schema.Struct({ file: Schema.String, recordId: Schema.String, offset: Schema.Number, payloadDigest: Schema.String })),
  availability: Schema.Literal("fetched", "unavailable", "attested"),
  /** Why the source could not be had (availability "unavailable"). */
  reason: Schema.optional(Schema.String),
  reasonCode: Schema.optional(Schema.String),
  adapter: Schema.String,
  sourceKind: Schema.String,
  title: Schema.optional(Schema.String),
  authors: Schema.Array(Schema.String),
  published: Schema.optional(Schema.String),
  /** When the page says it was last updated (a directory's "Last updated"). */
  modified: Schema.optional(Schema.String),
  /** Validators for a conditional re-check. */
  etag: Schema.optional(Schema.String),
  lastModified: Schema.optional(Schema.String),
  support: Support,
  primary: Schema.Boolean,
  reliability: Schema.Struct({ tier: Schema.String, weight: Schema.Number, basis: Schema.String }),
  /** The independence group (see the claim's `groups`); null when unavailable. */
  group: Schema.NullOr(Schema.Number),
  finding: Schema.String,
  match: Schema.optional(MatchClass),
  score: Schema.optional(Schema.Number),
  span: Schema.optional(Span),
  excerpt: Schema.optional(Schema.String),
  diff: Schema.optional(Schema.Array(DiffOp)),
  attested: Schema.optional(Attestation),
  /** On a re-check: how the source differs from the last time it was read. */
  change: Schema.optional(Schema.Struct({
    kind: Schema.Literal("new", "unchanged", "edited", "removed", "moved", "unreachable"),
    detail: Schema.String
  })),
  notes: Schema.Array(Schema.String)
})
export type EvidenceItem = typeof EvidenceItem.Type

export const GroupReport = Schema.Struct({
  id: Schema.Number,
  label: Schema.String,
  members: Schema.Array(Schema.String),
  reasons: Schema.Record({ key: Schema.String, value: Schema.String }),
  contribution: Schema.Number
})

export const ClaimReport = Schema.Struct({
  id: Schema.String,
  kind: Schema.Literal("quote", "listing", "confirmation", "statement"),
  /** The claim in one line, as a desk reads it. */
  claim: Schema.String,
  /** Whom the claim is by or about: the speaker of a quote, the person of a listing, who confirmed. */
  subject: Schema.optional(Schema.String),
  rating: Rating,
  confidence: Schema.Number,
  explanation: Schema.Array(Schema.String),
  groups: Schema.Array(GroupReport),
  evidence: Schema.Array(EvidenceItem)
})
export type ClaimReport = typeof ClaimReport.Type

export const Report = Schema.Struct({
  schemaVersion: Schema.Literal(REPORT_SCHEMA_VERSION),
  tool: Schema.Struct({ name: Schema.Literal("corroborate"), version: Schema.String }),
  claimSet: Schema.Struct({
    id: Schema.String,
    title: Schema.String,
    article: Schema.Struct({ url: Schema.String, published: Schema.String, outlet: Schema.String })
  }),
  generatedAt: Schema.String,
  /** "replay" when sources came from recorded responses rather than the live web. */
  mode: Schema.Literal("live", "replay"),
  summary: Schema.Struct({ claims: Schema.Number, ratings: Schema.Record({ key: Rating, value: Schema.Number }) }),
  claims: Schema.Array(ClaimReport)
})
export type Report = typeof Report.Type
