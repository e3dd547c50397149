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
import { dice } from "./dice.js"
import { sentenceSpans, type Span } from "./sentences.js"
import { passageForms, termForms, termWeight, type KeyTerm, type TermForm } from "./terms.js"
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

const formsOf = (text: string, span: Span): Set<string> => {
  const out = new Set<string>()
  for (const t of tokenize(text.slice(span.start, span.end))) for (const f of passageForms(t.norm)) out.add(f)
  return out
}

const recallOf = (terms: ReadonlyArray<TermForm>, forms: ReadonlyArray<Set<string>>): number => {
  let total = 0
  let found = 0
  for (const term of terms) {
    const w = termWeight(term.kind)
    total += w
    if (term.forms.some((f) => forms.some((set) => set.has(f)))) found += w
  }
  return total === 0 ? 0 : found / total
}

export const bestPassage = (statement: string, text: string): Passage => {
  const terms = termForms(statement)
  const sentences = sentenceSpans(text)
  const forms = sentences.map((s) => formsOf(text, s))
  const windows: Array<{ from: number; to: number; recall: number }> = []
  for (let from = 0; from < sentences.length; from++) {
    for (let to = from; to < Math.min(sentences.length, from + MAX_SENTENCES); to++) {
      windows.push({ from, to, recall: recallOf(terms, forms.slice(from, to + 1)) })
    }
  }
  windows.sort((a, b) => b.recall - a.recall || a.to - a.from - (b.to - b.from) || a.from - b.from)
  let best: { span: Span; similarity: number; sentences: number } | undefined
  for (const w of windows.slice(0, DICE_SHORTLIST)) {
    const span = { start: sentences[w.from]?.start ?? 0, end: sentences[w.to]?.end ?? 0 }
    const similarity = RECALL_WEIGHT * w.recall + (1 - RECALL_WEIGHT) * dice(statement, text.slice(span.start, span.end))
    const count = w.to - w.from + 1
    const margin = best === undefined ? 0 : count > best.sentences ? MORE_SENTENCES_MARGIN : count < best.sentences ? -MORE_SENTENCES_MARGIN : 0
    if (best === undefined || similarity > best.similarity + margin) best = { span, similarity, sentences: count }
  }
  const span = best?.span ?? { start: 0, end: 0 }
  const passage = text.slice(span.start, span.end)
  const passageSet = formsOf(text, span)
  const keyTerms = terms.map(({ term, kind, forms: f }) => ({ term, kind, found: f.some((x) => passageSet.has(x)) }))
  // a passage only contradicts if it is about the same thing: most names and words are there
  const about = recallOf(terms.filter((t) => t.kind === "name" || t.kind === "word"), [passageSet])
  const contradiction =
    passage.length > 0 && about >= SAME_EVENT_RECALL ? contradictionOf(statement, passage, terms) : undefined
  const similarity = Math.round((best?.similarity ?? 0) * 1000) / 1000
  return contradiction === undefined
    ? { passage, span, similarity, keyTerms }
    : { passage, span, similarity, keyTerms, contradiction }
}
