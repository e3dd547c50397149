/**
 * A quote stitched together with ellipses from pieces that the source has word for word, but
 * too far apart (more than MAX_ELISION words: an ellipsis is read as a small omission) or in
 * another order. That is not an elided quote: it is reported as altered, each piece with its
 * own span, and a note says how the pieces really stand in the source.
 */
import { bestAlignment, MAX_ELISION, type Scored, type Span } from "./best-span.js"
import { opsOf, type DiffOp } from "./diff.js"
import { isContentWord } from "./lexicon.js"
import type { QuoteMatch } from "./match.js"
import { setAsideNotes } from "./notes.js"
import type { QuoteIndex } from "./quote-index.js"
import type { ParsedQuote } from "./quote-parse.js"

/**
 * A piece proves something only if it is not a commonplace: at least MIN_PIECE_WORDS words with
 * two content words, or MIN_PIECE_WORDS x 2 words ("it is a", "of the people" occur anywhere).
 */
export const MIN_PIECE_WORDS = 3
const telling = (piece: ParsedQuote): boolean =>
  piece.words.length >= MIN_PIECE_WORDS * 2 ||
  (piece.words.length >= MIN_PIECE_WORDS && piece.words.filter((w) => isContentWord(w.norm)).length >= 2)
/**
 * The score of a stitched quote: every word is the source's, but the joins are not, so it
 * scores as the loosest quote still called altered (quote.ts ALTERED_MIN).
 */
export const STITCHED_SCORE = 0.6

const pieces = (parsed: ParsedQuote): Array<ParsedQuote> => {
  const out: Array<ParsedQuote> = []
  let from = 0
  for (let k = 1; k <= parsed.words.length; k++) {
    if (k < parsed.words.length && parsed.words[k]?.gapBefore !== "elision") continue
    const words = parsed.words.slice(from, k).map((w, i) => (i === 0 ? { ...w, gapBefore: "none" as const } : w))
    const last = k === parsed.words.length
    const insertions = parsed.insertions
      .filter((ins) => ins.before >= from && (ins.before < k || (last && ins.before === k)))
      .map((ins) => ({ ...ins, before: ins.before - from }))
    out.push({ text: parsed.text, words, insertions, elisions: 0 })
    from = k
  }
  return out
}

/** Index of the first token that starts at or after offset. */
const tokenAt = (index: QuoteIndex, offset: number): number => {
  let lo = 0
  let hi = index.size
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((index.starts[mid] ?? 0) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

export const stitched = (parsed: ParsedQuote, index: QuoteIndex): QuoteMatch | undefined => {
  const parts = pieces(parsed)
  if (parts.length < 2 || !parts.every(telling)) return undefined
  const found: Array<Scored> = []
  for (const part of parts) {
    const best = bestAlignment(part, index).best
    if (best === undefined || best.changed !== 0 || best.equal !== part.words.length) return undefined
    found.push(best)
  }
  const spans: Array<Span> = found.map((f) => f.span)
  const inOrder = spans.every((s, k) => k === 0 || s.start >= (spans[k - 1]?.end ?? 0))
  const gaps = spans.slice(1).map((s, k) => Math.abs(tokenAt(index, s.start) - tokenAt(index, spans[k]?.end ?? 0)))
  const widest = Math.max(...gaps)
  const how = inOrder
    ? `they are up to ${widest} words apart, more than an ellipsis is taken to leave out (${MAX_ELISION})`
    : "the source has them in another order"
  const diff: Array<DiffOp> = []
  const notes = [`each of the ${parts.length} pieces joined by an ellipsis is in the source word for word, but ${how}`]
  parts.forEach((part, k) => {
    const f = found[k] as Scored
    const ops = opsOf(f.diffed, part, index)
    diff.push(...ops)
    notes.push(...setAsideNotes(f.diffed, ops, part).filter((n) => !n.startsWith("the ellipsis")))
  })
  const start = Math.min(...spans.map((s) => s.start))
  const end = Math.max(...spans.map((s) => s.end))
  return {
    match: "altered",
    score: STITCHED_SCORE,
    span: { start, end },
    excerpt: spans.map((s) => index.text.slice(s.start, s.end)).join(" … "),
    diff,
    notes,
    fragments: spans
  }
}
