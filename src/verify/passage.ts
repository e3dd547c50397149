import { bestPassage, nameMatches, type FoundTerm, type PassageIndex } from "../compare/index.js"
import { MONTHS, WEEKDAYS } from "../compare/lexicon.js"
import type { Extracted } from "../sources/extracted.js"
import type { CheckResult } from "./check.js"
import { excerptAround } from "./check.js"

/** Share of the statement's content words a passage must carry to support it fully, or in part. */
export const FULL_COVERAGE = 0.6
export const PART_COVERAGE = 0.4


/**
 * Reporters name a person once and then say "he"; they date a story by its dateline and then say
 * "on Wednesday". So a name the passage lacks counts when the source names that person elsewhere
 * (or is by them), and a month, year or weekday the passage lacks counts when it is the source's
 * own publication date. Numbers must be in the passage itself.
 */
const resolveTerm = (term: FoundTerm, doc: Extracted, namesFound: boolean): { found: boolean; via?: string } => {
  if (term.found) return { found: true }
  if (term.kind === "name") {
    if (doc.authors.some((a) => nameMatches(term.term, a))) return { found: true, via: `“${term.term}” is the source's author` }
    if (doc.text.toLowerCase().includes(term.term.toLowerCase().replace(/['’]s$/, ""))) return { found: true, via: `“${term.term}” is named elsewhere in the source` }
  }
  // The publication date only stands in for a passage that is otherwise about the same people.
  if (term.kind === "date" && doc.published && namesFound) {
    const d = new Date(doc.published)
    if (!Number.isNaN(d.getTime())) {
      const word = term.term.toLowerCase().replace(/\.$/, "")
      const fits = MONTHS[d.getUTCMonth()]!.startsWith(word.slice(0, 3)) || WEEKDAYS[(d.getUTCDay() + 6) % 7] === word || String(d.getUTCFullYear()) === word
      if (fits) return { found: true, via: `“${term.term}” fits the source's publication date ${doc.published.slice(0, 10)}` }
    }
  }
  return { found: false }
}

/**
 * Finds the passage of a source that best carries a factual statement, and judges it: every name,
 * number and date of the statement must be there (see resolveTerm), with enough of its other
 * words; a passage that negates it or gives another date or number contradicts it.
 */
export const checkPassage = (statement: string, doc: Extracted, primary: boolean, passages?: PassageIndex): CheckResult => {
  const p = bestPassage(statement, passages ?? doc.text)
  const excerpt = excerptAround(doc.text, p.span.start, p.span.end, 40)
  const names = p.keyTerms.filter((t) => t.kind === "name")
  const namesResolved = names.map((t) => resolveTerm(t, doc, false))
  const namesFound = namesResolved.every((r) => r.found)
  const resolved = p.keyTerms.map((t) => ({ term: t, ...resolveTerm(t, doc, namesFound) }))
  const hard = resolved.filter((r) => r.term.kind !== "word")
  const words = resolved.filter((r) => r.term.kind === "word")
  const missingHard = hard.filter((r) => !r.found).map((r) => r.term.term)
  const coverage = words.length === 0 ? 1 : words.filter((r) => r.found).length / words.length
  const notes = resolved.flatMap((r) => (r.via ? [r.via] : []))
  const base = { primary, span: p.span, excerpt, score: Math.round(p.similarity * 100) / 100, notes }
  if (p.contradiction) return { ...base, support: "contradicts", strength: 1, finding: `contradicts the claim: ${p.contradiction}` }
  if (missingHard.length === 0 && coverage >= FULL_COVERAGE) {
    return { ...base, support: "supports", strength: 1, finding: `supporting passage found (${Math.round(coverage * 100)}% of the key words, every name and date)` }
  }
  if (missingHard.length === 0 && coverage >= PART_COVERAGE) {
    return { ...base, support: "supports", strength: 0.6, finding: `passage found with most of the claim (${Math.round(coverage * 100)}% of the key words)` }
  }
  const namedInPassage = names.some((t) => t.found)
  if (coverage >= PART_COVERAGE || (namedInPassage && missingHard.length <= hard.length / 2)) {
    return {
      ...base,
      support: "partial",
      strength: 0.3,
      finding: `only part of the claim is there${missingHard.length ? `: missing ${missingHard.map((t) => `“${t}”`).join(", ")}` : ""}`
    }
  }
  return { ...base, support: "silent", strength: 0, finding: "no passage carries the claim" }
}
