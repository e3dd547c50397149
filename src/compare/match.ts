/** What the quote locator says about a quote: its class, where, and what differs. */
import type { Span } from "./best-span.js"
import type { DiffOp } from "./diff.js"

export type MatchClass = "exact" | "elided" | "altered" | "paraphrase" | "absent"

export interface QuoteMatch {
  readonly match: MatchClass
  /** 0..1: 1 for exact and elided, the span's word-level Dice when altered, the sentence
   *  window's Dice for a paraphrase; for absent, the best Dice of a passage that shares enough
   *  content words to be considered (0 when none does); 0.6 for a quote stitched from exact
   *  pieces that lie far apart (fragments.ts) */
  readonly score: number
  /** offsets in the ORIGINAL source text */
  readonly span?: Span
  /** the source text of the span */
  readonly excerpt?: string
  readonly diff: ReadonlyArray<DiffOp>
  readonly notes: ReadonlyArray<string>
  /** for an elided (or stitched) quote: the source span of each fragment, in quote order */
  readonly fragments?: ReadonlyArray<Span>
}
