/**
 * When a quote does not align word for word: is there a sentence (or two or three adjacent ones)
 * that says the same thing in other words? Candidate regions come from the quote's rarer words
 * (by position, since a paraphrase may reorder them); each sentence window around a region is
 * scored by Dice on character bigrams (dice.ts) and by the share of the quote's content words
 * (stemmed) it contains.
 *
 * Thresholds, chosen on rewordings of the seed letter and on 600 sentences of other articles
 * looked up in 4.6 MB of the evaluation articles: the unrelated sentences' best windows reach
 * Dice 0.3-0.55 with 15-50% of the content words; rewordings reach Dice 0.5-0.9 with 55-100%.
 * A paraphrase needs Dice >= PARAPHRASE_MIN_DICE, recall >= PARAPHRASE_MIN_RECALL, and the two
 * summing to PARAPHRASE_MIN_SUM (a strong showing on one measure makes up for the other).
 */
import { candidates, type Candidate } from "./candidates.js"
import { bigramProfile, diceOf, type BigramProfile } from "./dice.js"
import { isContentWord } from "./lexicon.js"
import type { ParsedQuote } from "./quote-parse.js"
import { idOf, type QuoteIndex } from "./quote-index.js"
import { sentenceSpans, type Span } from "./sentences.js"
import { stem } from "./stem.js"
import { normalizeWord, tokenize } from "./tokens.js"

export const PARAPHRASE_MIN_DICE = 0.45
export const PARAPHRASE_MIN_RECALL = 0.5
export const PARAPHRASE_MIN_SUM = 1.25
/** Characters of context read around a region to find whole sentences. */
const CONTEXT = 600
const MAX_SENTENCES = 3

export interface Paraphrase {
  readonly span: Span
  readonly dice: number
  readonly recall: number
  readonly accepted: boolean
}

/**
 * The tokenizer joins a hyphenated compound into one word ("weight-related" ->
 * "weightrelated"), which a paraphrase often writes apart ("related to their weight"). A
 * compound is therefore also read as its parts: a window holds the stems of its words and of
 * their parts, and a quote's compound is found when the window has the compound or every part.
 */
const HYPHENS = /[-\u2010\u2011]/
const partsOf = (written: string): Array<string> =>
  HYPHENS.test(written) ? written.split(HYPHENS).filter((p) => isContentWord(normalizeWord(p))).map((p) => stem(normalizeWord(p))) : []

const contentStems = (text: string): Set<string> => {
  const out = new Set<string>()
  for (const t of tokenize(text)) {
    if (!isContentWord(t.norm)) continue
    out.add(stem(t.norm))
    for (const p of partsOf(text.slice(t.start, t.end))) out.add(p)
  }
  return out
}

interface QuoteStem {
  readonly whole: string
  /** the stems of a hyphenated compound's parts (empty for a plain word) */
  readonly parts: ReadonlyArray<string>
}

const found = (s: QuoteStem, stems: Set<string>): boolean =>
  stems.has(s.whole) || (s.parts.length > 1 && s.parts.every((p) => stems.has(p)))

interface SentenceFacts {
  readonly stems: Set<string>
  readonly profile: BigramProfile
}

/** Bigram multiset of adjacent sentences: their sorted lists merged. */
const joined = (facts: ReadonlyArray<SentenceFacts>): BigramProfile => {
  if (facts.length === 1) return (facts[0] as SentenceFacts).profile
  const lists = facts.map((f) => f.profile.bigrams)
  const out = new Float64Array(lists.reduce((n, l) => n + l.length, 0))
  const at = lists.map(() => 0)
  for (let k = 0; k < out.length; k++) {
    let pick = -1
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l] as Float64Array
      const i = at[l] ?? 0
      if (i < list.length && (pick < 0 || (list[i] ?? 0) < ((lists[pick] as Float64Array)[at[pick] ?? 0] ?? 0))) pick = l
    }
    out[k] = (lists[pick] as Float64Array)[at[pick] ?? 0] ?? 0
    at[pick] = (at[pick] ?? 0) + 1
  }
  return { letters: facts.map((f) => f.profile.letters).join(""), bigrams: out }
}

export const findParaphrase = (
  parsed: ParsedQuote,
  index: QuoteIndex,
  regions: ReadonlyArray<Candidate>
): Paraphrase | undefined => {
  const words = parsed.words.filter((w) => isContentWord(w.norm))
  const quoteProfile = bigramProfile(parsed.words.map((w) => parsed.text.slice(w.start, w.end)).join(" "))
  const quoteStems = [
    ...new Map(words.map((w): [string, QuoteStem] => [stem(w.norm), { whole: stem(w.norm), parts: partsOf(parsed.text.slice(w.start, w.end)) }])).values()
  ]
  if (quoteStems.length === 0) return undefined
  const byPosition = candidates(index, {
    ids: words.map((w) => idOf(index, w.key)),
    elisionBefore: words.map(() => false),
    breakAfter: words.map(() => true),
    slack: 0,
    maxElision: 0,
    unordered: true
  })
  // sentences are read once each, whichever regions and windows they fall in
  const facts = new Map<string, SentenceFacts>()
  const factsOf = (span: Span): SentenceFacts => {
    const key = `${span.start}:${span.end}`
    let f = facts.get(key)
    if (f === undefined) {
      const text = index.text.slice(span.start, span.end)
      f = { stems: contentStems(text), profile: bigramProfile(text) }
      facts.set(key, f)
    }
    return f
  }
  let best: Paraphrase | undefined
  const seen = new Set<string>()
  for (const region of [...byPosition, ...regions]) {
    if (region.hi <= region.lo) continue
    const a = index.starts[region.lo] ?? 0
    const b = index.ends[region.hi - 1] ?? a
    const from = Math.max(0, a - CONTEXT)
    const to = Math.min(index.text.length, b + CONTEXT)
    const sentences = sentenceSpans(index.text, from, to).filter((s) => s.start > from || from === 0)
    for (let i = 0; i < sentences.length; i++) {
      for (let j = i; j < Math.min(sentences.length, i + MAX_SENTENCES); j++) {
        const span = { start: sentences[i]?.start ?? 0, end: sentences[j]?.end ?? 0 }
        if (span.end < a || span.start > b) continue
        const key = `${span.start}:${span.end}`
        if (seen.has(key)) continue
        seen.add(key)
        const parts = sentences.slice(i, j + 1).map(factsOf)
        let shared = 0
        for (const s of quoteStems) if (parts.some((p) => found(s, p.stems))) shared++
        const recall = shared / quoteStems.length
        // Dice only where the words could make a paraphrase: it is the costly measure
        if (recall < PARAPHRASE_MIN_RECALL) continue
        const d = diceOf(quoteProfile, joined(parts))
        const accepted = d >= PARAPHRASE_MIN_DICE && d + recall >= PARAPHRASE_MIN_SUM
        if (best === undefined || (accepted && !best.accepted) || (accepted === best.accepted && d > best.dice)) {
          best = { span, dice: d, recall, accepted }
        }
      }
    }
  }
  return best
}
