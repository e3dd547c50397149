import { Schema } from "effect"

/**
 * The ratings a claim can end with. `verified` is only given on strong evidence; when in doubt the
 * tool says `needs-review` and why.
 */
export const Rating = Schema.Literal("verified", "altered", "unverified", "contradicted", "unavailable", "needs-review")
export type Rating = typeof Rating.Type

/** How a source's words compare with the claim's. */
export const MatchClass = Schema.Literal("exact", "elided", "altered", "paraphrase", "absent")
export type MatchClass = typeof MatchClass.Type

export const DiffOp = Schema.Struct({
  op: Schema.Literal("equal", "insert", "delete", "replace"),
  claimed: Schema.optional(Schema.String),
  source: Schema.optional(Schema.String)
})
export type DiffOp = typeof DiffOp.Type

/** What one source contributes to a claim. */
export const Support = Schema.Literal("supports", "partial", "contradicts", "silent", "unavailable")
export type Support = typeof Support.Type
