import { bestPassage } from "../compare/index.js"
import type { Extracted } from "../sources/extracted.js"
import type { CheckResult } from "./check.js"
import { excerptAround } from "./check.js"

/** Share of the statement's content words a passage must carry to support it fully, or in part. */
export const FULL_COVERAGE = 0.6
export const PART_COVERAGE = 0.4

/**
 * Finds the passage of a source that best carries a factual statement, and judges it: every name,
 * number and date of the statement must be there, with enough of its other words; a passage that
 * negates it or gives another date or number contradicts it.
 */
export const checkPassage = (statement: string, doc: Extracted, primary: boolean): CheckResult => {
  const p = bestPassage(statement, doc.text)
  const excerpt = excerptAround(doc.text, p.span.start, p.span.end, 40)
  const hard = p.keyTerms.filter((t) => t.kind !== "word")
  const words = p.keyTerms.filter((t) => t.kind === "word")
  const missingHard = hard.filter((t) => !t.found).map((t) => t.term)
  const coverage = words.length === 0 ? 1 : words.filter((t) => t.found).length / words.length
  const base = { primary, span: p.span, excerpt, score: Math.round(p.similarity * 100) / 100 }
  if (p.contradiction) return { ...base, support: "contradicts", strength: 1, finding: `contradicts the claim: ${p.contradiction}` }
  if (missingHard.length === 0 && coverage >= FULL_COVERAGE) {
    return { ...base, support: "supports", strength: 1, finding: `supporting passage found (${Math.round(coverage * 100)}% of the key words, every name and date)` }
  }
  if (missingHard.length === 0 && coverage >= PART_COVERAGE) {
    return { ...base, support: "supports", strength: 0.6, finding: `passage found with most of the claim (${Math.round(coverage * 100)}% of the key words)` }
  }
  if (coverage >= PART_COVERAGE || hard.length - missingHard.length > 0) {
    return {
      ...base,
      support: "partial",
      strength: 0.3,
      finding: `only part of the claim is there${missingHard.length ? `: missing ${missingHard.map((t) => `“${t}”`).join(", ")}` : ""}`
    }
  }
  return { ...base, support: "silent", strength: 0, finding: "no passage carries the claim" }
}
