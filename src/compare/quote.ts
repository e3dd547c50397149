/**
 * Finds a quote in a source and says how faithfully the source has it.
 *
 *   exact      every word, in order, after normalisation (typography, case, spelling variants)
 *   elided     the quote's ellipses stand for omitted source words; every fragment is exact and
 *              the fragments are in order within MAX_ELISION words of each other
 *   altered    a close span with words replaced, added or left out (the diff lists each);
 *              always the class when a negation, number, date or name differs
 *   paraphrase no close span, but a sentence window says the same (paraphrase.ts)
 *   absent     none of these
 *
 * "Close" means: the word-level Dice of the aligned span, 2 x equal words / (quote words + span
 * words), is at least ALTERED_MIN (one word replaced in a 5-word quote gives 0.8, a reworded
 * sentence that keeps half its words in order about 0.5), at least ALTERED_MIN_RECALL of the
 * quote's words are equal, and so are ALTERED_MIN_CONTENT of its content words. Below that the
 * diff would mostly list differences, so the quote is judged as a paraphrase instead. The three
 * were set on a calibration run (600 sentences of other articles looked up in 4.6 MB of the
 * evaluation articles; see the compare tests for the cases that pin them).
 */
import { align } from "./align.js"
import { candidates, type Candidate } from "./candidates.js"
import { cellsOf, opsOf, type DiffOp, type Diffed } from "./diff.js"
import { changeNotes, setAsideNotes } from "./notes.js"
import { isContentWord } from "./lexicon.js"
import { findParaphrase } from "./paraphrase.js"
import { idOf, indexDocument, type QuoteIndex } from "./quote-index.js"
import { parseQuote, type ParsedQuote } from "./quote-parse.js"

export type { DiffOp } from "./diff.js"
export { indexDocument, type QuoteIndex } from "./quote-index.js"

export type MatchClass = "exact" | "elided" | "altered" | "paraphrase" | "absent"

export interface Span {
  readonly start: number
  readonly end: number
}

export interface QuoteMatch {
  readonly match: MatchClass
  /** 0..1: 1 for exact and elided, the span's word-level Dice when altered, the sentence
   *  window's Dice for a paraphrase (and for absent, the best Dice seen) */
  readonly score: number
  /** offsets in the ORIGINAL source text */
  readonly span?: Span
  /** the source text of the span */
  readonly excerpt?: string
  readonly diff: ReadonlyArray<DiffOp>
  readonly notes: ReadonlyArray<string>
  /** for an elided quote: the source span of each fragment */
  readonly fragments?: ReadonlyArray<Span>
}

export const ALTERED_MIN = 0.6
/**
 * Share of the quote's content words (not function words) that must be among the equal words
 * of an altered span: without it, a sentence that shares only "I have been ... for ... years and
 * my ... has ... my" with the source would pass as an altered quote.
 */
export const ALTERED_MIN_CONTENT = 0.5
/**
 * Share of all the quote's words that must be equal words of the span: a sentence that only
 * shares its first half with the source ("Thank you for joining [me on this journey]") is a
 * different sentence, not an altered quote. One word replaced in a 4-word quote still passes.
 */
export const ALTERED_MIN_RECALL = 0.7
/** Source words one ellipsis may stand for. */
export const MAX_ELISION = 400
/** Source words one bracketed insertion may stand for. */
export const MAX_BRACKET = 12

interface Scored {
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

const bestAlignment = (parsed: ParsedQuote, index: QuoteIndex): { best?: Scored; regions: Array<Candidate> } => {
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

const located = (
  match: MatchClass,
  similarity: number,
  found: Scored,
  parsed: ParsedQuote,
  index: QuoteIndex
): QuoteMatch => {
  const diff = opsOf(found.diffed, parsed, index)
  const changes = match === "altered" ? changeNotes(found.diffed, diff, parsed, index).notes : []
  const notes = [...changes, ...setAsideNotes(found.diffed, diff, parsed)]
  const base = {
    match,
    score: Math.round(similarity * 1000) / 1000,
    span: found.span,
    excerpt: index.text.slice(found.span.start, found.span.end),
    diff,
    notes
  }
  return found.fragments.length > 1 ? { ...base, fragments: found.fragments } : base
}

export const locateQuote = (quote: string, source: string | QuoteIndex): QuoteMatch => {
  const index = typeof source === "string" ? indexDocument(source) : source
  const parsed = parseQuote(quote)
  if (parsed.words.length === 0) {
    return { match: "absent", score: 0, diff: [], notes: ["the quote has no words to look for"] }
  }
  const { best, regions } = bestAlignment(parsed, index)
  if (best !== undefined && best.changed === 0 && best.equal === parsed.words.length) {
    const elided = best.diffed.elided.some(([a, b]) => b > a)
    return located(elided ? "elided" : "exact", 1, best, parsed, index)
  }
  const close =
    best !== undefined &&
    best.similarity >= ALTERED_MIN &&
    best.equal >= Math.min(2, parsed.words.length) &&
    best.equal / parsed.words.length >= ALTERED_MIN_RECALL &&
    best.contentRecall >= ALTERED_MIN_CONTENT
  if (best !== undefined && close) return located("altered", best.similarity, best, parsed, index)

  const paraphrase = findParaphrase(parsed, index, regions)
  if (paraphrase?.accepted === true) {
    return {
      match: "paraphrase",
      score: Math.round(paraphrase.dice * 1000) / 1000,
      span: paraphrase.span,
      excerpt: index.text.slice(paraphrase.span.start, paraphrase.span.end),
      diff: [],
      notes: [
        `no span has the quote's words in order; the closest passage says much the same in other words ` +
          `(Dice ${paraphrase.dice.toFixed(2)}, ${Math.round(paraphrase.recall * 100)}% of the quote's content words)`
      ]
    }
  }
  const closest = paraphrase === undefined ? 0 : paraphrase.dice
  return {
    match: "absent",
    score: Math.round(closest * 1000) / 1000,
    diff: [],
    notes: [
      best === undefined
        ? "none of the quote's words occur together in the source"
        : `the closest span has ${best.equal} of the quote's ${parsed.words.length} words in order, too few to be the quote`
    ]
  }
}
