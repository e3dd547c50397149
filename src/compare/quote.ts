/**
 * Finds a quote in a source and says how faithfully the source has it.
 *
 *   exact      every word, in order, after normalisation (typography, case, spelling variants)
 *   elided     the quote's ellipses stand for omitted source words; every fragment is exact and
 *              the fragments are in order within MAX_ELISION words of each other
 *   altered    a close span with words replaced, added or left out (the diff lists each);
 *              always the class when a negation, number, date or name differs; also a quote
 *              stitched from exact pieces that lie far apart or out of order (fragments.ts)
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
import { bestAlignment, type Scored } from "./best-span.js"
import { opsOf } from "./diff.js"
import { stitched } from "./fragments.js"
import { changeNotes, onlyCriticalChanges, setAsideNotes } from "./notes.js"
import { findParaphrase } from "./paraphrase.js"
import { indexDocument, type QuoteIndex } from "./quote-index.js"
import { parseQuote, type ParsedQuote } from "./quote-parse.js"
import type { MatchClass, QuoteMatch } from "./match.js"

export type { DiffOp } from "./diff.js"
export type { Span } from "./best-span.js"
export type { MatchClass, QuoteMatch } from "./match.js"
export { indexDocument, type QuoteIndex } from "./quote-index.js"
export { MAX_BRACKET, MAX_ELISION } from "./best-span.js"

/** Word-level Dice of the aligned span (2 x equal words / (quote words + span words)). */
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
  // one word replaced, added or left out among four or more equal words is that quote altered,
  // even when the changed word was the quote's only content word ("what he did to them" for
  // "what he said to them"): the content-word rule is there for sentences that share only
  // function words with the source, and those differ by more than one word
  const oneChange = best !== undefined && best.changed === 1 && best.equal >= 4
  const close =
    best !== undefined &&
    best.similarity >= ALTERED_MIN &&
    best.equal >= Math.min(2, parsed.words.length) &&
    best.equal / parsed.words.length >= ALTERED_MIN_RECALL &&
    (best.contentRecall >= ALTERED_MIN_CONTENT || oneChange)
  if (best !== undefined && close) return located("altered", best.similarity, best, parsed, index)
  // a short quote that differs only by a negation, number, date or name is still that quote, altered
  if (best !== undefined && best.equal >= 2 && onlyCriticalChanges(best.diffed, parsed, index)) {
    return located("altered", best.similarity, best, parsed, index)
  }

  // exact pieces joined by an ellipsis, but far apart or out of order in the source
  const pieces = parsed.elisions > 0 ? stitched(parsed, index) : undefined
  if (pieces !== undefined) return pieces

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
