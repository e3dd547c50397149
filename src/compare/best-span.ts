/**
 * The best span for a quote: candidate regions (candidates.ts), a word alignment in each
 * (align.ts), and the span whose alignment keeps the most of the quote's words, scored.
 */
import { align } from "./align.js"
import { candidates, type Candidate } from "./candidates.js"
import { cellsOf, type Diffed } from "./diff.js"
import { isContentWord } from "./lexicon.js"
import { idOf, type QuoteIndex } from "./quote-index.js"
import type { ParsedQuote } from "./quote-parse.js"

export interface Span {
  readonly start: number
  readonly end: number
}

/** Source words one ellipsis may stand for. */
export const MAX_ELISION = 400
/** Source words one bracketed insertion may stand for. */
export const MAX_BRACKET = 12

export interface Scored {
  readonly diffed: Diffed
  readonly similarity: number
  readonly equal: number
  readonly changed: number
  /** share of the quote's content words that are equal words of the span */
  readonly contentRecall: number
  readonly span: Span
  readonly fragments: ReadonlyArray<Span>
}

const score = (parsed: ParsedQuote, index: QuoteIndex, diffed: Diffed): Scored | undefined => {
  let equal = 0
  let equalContent = 0
  let changed = 0
  let sourceWords = 0
  let first = Number.POSITIVE_INFINITY
  let last = -1
  for (const c of diffed.cells) {
    if (c.editorial !== undefined) {
      // the source words an insertion stands for belong to the span
      if (c.s !== undefined && c.sEnd !== undefined && c.sEnd > c.s) {
        first = Math.min(first, c.s)
        last = Math.max(last, c.sEnd - 1)
      }
      continue
    }
    if (c.op === "equal" && c.q !== undefined) {
      equal++
      if (isContentWord(parsed.words[c.q]?.norm ?? "")) equalContent++
    }
    if (c.op !== "equal") changed++
    if (c.s !== undefined) {
      sourceWords++
      first = Math.min(first, c.s)
      last = Math.max(last, c.s)
    }
  }
  if (last < 0) return undefined
  const span = { start: index.starts[first] ?? 0, end: index.ends[last] ?? 0 }
  // fragments: the span cut at the ellipses
  const fragments: Array<Span> = []
  let from = first
  for (const [a, b] of diffed.elided) {
    if (b <= a || a <= from || b > last) continue
    fragments.push({ start: index.starts[from] ?? 0, end: index.ends[a - 1] ?? 0 })
    from = b
  }
  fragments.push({ start: index.starts[from] ?? 0, end: span.end })
  const similarity = (2 * equal) / (parsed.words.length + sourceWords)
  const content = parsed.words.filter((w) => isContentWord(w.norm)).length
  const contentRecall = content === 0 ? equal / parsed.words.length : equalContent / content
  return { diffed, similarity, equal, changed, contentRecall, span, fragments }
}

export const bestAlignment = (parsed: ParsedQuote, index: QuoteIndex): { best?: Scored; regions: Array<Candidate> } => {
  const words = parsed.words
  const ids = words.map((w) => idOf(index, w.key))
  const gaps = words.map((w) => (w.gapBefore === "elision" ? 1 : w.gapBefore === "bracket" ? 2 : 0))
  const brackets = gaps.filter((g) => g === 2).length
  const slack = Math.max(8, Math.ceil(words.length / 3)) + brackets * MAX_BRACKET
  const regions = candidates(index, {
    ids,
    elisionBefore: gaps.map((g) => g === 1),
    breakAfter: gaps.map((_, q) => (gaps[q + 1] ?? 0) !== 0),
    slack,
    maxElision: MAX_ELISION
  })
  let best: Scored | undefined
  for (const region of regions) {
    const alignment = align({
      quote: ids,
      gapBefore: gaps,
      doc: index.ids,
      lo: region.lo,
      hi: region.hi,
      maxElision: MAX_ELISION,
      maxBracket: MAX_BRACKET
    })
    const scored = score(parsed, index, cellsOf(alignment.steps, parsed, index))
    if (scored === undefined) continue
    const better =
      best === undefined ||
      scored.similarity > best.similarity ||
      (scored.similarity === best.similarity && scored.span.start < best.span.start)
    if (better) best = scored
  }
  return best === undefined ? { regions } : { best, regions }
}

