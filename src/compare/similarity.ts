/**
 * The passage of a source that best supports a factual statement.
 *
 * A passage is one sentence or two or three adjacent ones. It is ranked by
 *   similarity = 0.6 x weighted recall of the statement's key terms + 0.4 x Dice(statement, passage)
 * where names, numbers and dates weigh 2 and other content words 1 (stemmed, so "resigned" finds
 * "resign"). Recall carries most of the weight because reporters reword events: "resigned and left
 * Russia in March" against "has quit his post and left Russia ... in March" shares few letter
 * pairs but most key terms. Dice keeps a passage that merely mentions the terms below one that
 * says the same thing. A longer window must beat a shorter one by MORE_SENTENCES_MARGIN.
 */
import { contradictionOf } from "./contradiction.js"
import { bigramProfile, diceOf, mergeBigrams, type BigramProfile } from "./dice.js"
import { sentenceSpans, type Span } from "./sentences.js"
import { passageForms, termForms, termWeight, type KeyTerm, type TermForm, type TermKind } from "./terms.js"
import { tokenize } from "./tokens.js"

export { dice } from "./dice.js"
export { keyTermsOf } from "./terms.js"

export interface FoundTerm extends KeyTerm {
  readonly found: boolean
}

export interface Passage {
  readonly passage: string
  readonly span: Span
  readonly similarity: number
  readonly keyTerms: ReadonlyArray<FoundTerm>
  readonly contradiction?: string
}

const RECALL_WEIGHT = 0.6
const MAX_SENTENCES = 3
const MORE_SENTENCES_MARGIN = 0.03
/** Share of a statement's names and words a passage must have to be "about the same event". */
const SAME_EVENT_RECALL = 0.5
/** Dice is only computed for this many windows with the best recall. */
const DICE_SHORTLIST = 40

/**
 * What a page contributes to every statement looked up in it, computed once per page (a page is
 * often cited by several claims): its sentences, the comparison forms of each sentence's words, and
 * each sentence's letter pairs (built the first time a window holding it is shortlisted).
 */
export interface PassageIndex {
  readonly text: string
  readonly sentences: ReadonlyArray<Span>
  readonly forms: ReadonlyArray<ReadonlySet<string>>
  readonly profiles: Array<BigramProfile | undefined>
}

export const passageIndex = (text: string): PassageIndex => {
  const sentences = sentenceSpans(text)
  const forms = sentences.map((span) => {
    const out = new Set<string>()
    for (const t of tokenize(text.slice(span.start, span.end))) for (const f of passageForms(t.norm)) out.add(f)
    return out
  })
  return { text, sentences, forms, profiles: new Array(sentences.length) }
}

const sentenceProfile = (index: PassageIndex, k: number): BigramProfile => {
  let profile = index.profiles[k]
  if (!profile) {
    const span = index.sentences[k]!
    index.profiles[k] = profile = bigramProfile(index.text.slice(span.start, span.end))
  }
  return profile
}

/**
 * The letter pairs of sentences from..to, equal to bigramProfile of the text they span: only
 * whitespace lies between adjacent sentences, and folding drops it, so the window's letters are
 * the sentences' letters end to end, its pairs theirs plus one pair at each junction.
 */
export const windowProfile = (index: PassageIndex, from: number, to: number): BigramProfile => {
  if (from === to) return sentenceProfile(index, from)
  let letters = ""
  let bigrams: Float64Array = new Float64Array(0)
  const junctions: Array<number> = []
  for (let k = from; k <= to; k++) {
    const p = sentenceProfile(index, k)
    if (p.letters.length === 0) continue
    if (letters) junctions.push(letters.charCodeAt(letters.length - 1) * 65536 + p.letters.charCodeAt(0))
    letters += p.letters
    bigrams = mergeBigrams(bigrams, p.bigrams)
  }
  return { letters, bigrams: mergeBigrams(bigrams, Float64Array.from(junctions).sort()) }
}

/** Which of the statement's terms each sentence holds: one flag per term. */
const termsFound = (terms: ReadonlyArray<TermForm>, forms: ReadonlySet<string>): Uint8Array =>
  Uint8Array.from(terms, (term) => (term.forms.some((f) => forms.has(f)) ? 1 : 0))

/** Weighted share of the terms found (found(t) for the t-th term). */
const recallOf = (terms: ReadonlyArray<{ readonly kind: TermKind }>, found: (t: number) => boolean): number => {
  let total = 0
  let got = 0
  terms.forEach((term, t) => {
    const w = termWeight(term.kind)
    total += w
    if (found(t)) got += w
  })
  return total === 0 ? 0 : got / total
}

/** The passage of a text (or of a page's prepared index, when it is looked up more than once) that best supports a statement. */
export const bestPassage = (statement: string, source: string | PassageIndex): Passage => {
  const index = typeof source === "string" ? passageIndex(source) : source
  const { text, sentences } = index
  const terms = termForms(statement)
  const found = index.forms.map((forms) => termsFound(terms, forms))
  const windows: Array<{ from: number; to: number; recall: number }> = []
  const inWindow = new Uint8Array(terms.length)
  for (let from = 0; from < sentences.length; from++) {
    inWindow.fill(0)
    for (let to = from; to < Math.min(sentences.length, from + MAX_SENTENCES); to++) {
      const add = found[to]!
      for (let t = 0; t < terms.length; t++) inWindow[t]! |= add[t]!
      windows.push({ from, to, recall: recallOf(terms, (t) => inWindow[t] === 1) })
    }
  }
  windows.sort((a, b) => b.recall - a.recall || a.to - a.from - (b.to - b.from) || a.from - b.from)
  const statementProfile = bigramProfile(statement)
  let best: { from: number; to: number; similarity: number } | undefined
  for (const w of windows.slice(0, DICE_SHORTLIST)) {
    const similarity = RECALL_WEIGHT * w.recall + (1 - RECALL_WEIGHT) * diceOf(statementProfile, windowProfile(index, w.from, w.to))
    const count = w.to - w.from + 1
    const bestCount = best === undefined ? 0 : best.to - best.from + 1
    const margin = best === undefined ? 0 : count > bestCount ? MORE_SENTENCES_MARGIN : count < bestCount ? -MORE_SENTENCES_MARGIN : 0
    if (best === undefined || similarity > best.similarity + margin) best = { from: w.from, to: w.to, similarity }
  }
  const span = best ? { start: sentences[best.from]!.start, end: sentences[best.to]!.end } : { start: 0, end: 0 }
  const passage = text.slice(span.start, span.end)
  const inPassage = (t: number) => best !== undefined && found.slice(best.from, best.to + 1).some((f) => f[t] === 1)
  const keyTerms = terms.map(({ term, kind }, t) => ({ term, kind, found: inPassage(t) }))
  // a passage only contradicts if it is about the same thing: most names and words are there
  const aboutTerms = keyTerms.filter((k) => k.kind === "name" || k.kind === "word")
  const about = recallOf(aboutTerms, (t) => aboutTerms[t]!.found)
  const contradiction =
    passage.length > 0 && about >= SAME_EVENT_RECALL ? contradictionOf(statement, passage, terms) : undefined
  const similarity = Math.round((best?.similarity ?? 0) * 1000) / 1000
  return contradiction === undefined
    ? { passage, span, similarity, keyTerms }
    : { passage, span, similarity, keyTerms, contradiction }
}
