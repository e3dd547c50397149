/**
 * Scoring used by the WCXB benchmark (and by the pinned quality test), kept
 * separate from the runner so tests can reuse it without loading Readability.
 *
 * Text: lower-case, words matched by `\w+` as a multiset, precision/recall/F1
 * per page. Python's `\w` is Unicode-aware, so the JS equivalent is letters,
 * numbers and underscore with the `u` flag.
 */

const WORD = /[\p{L}\p{N}_]+/gu

export interface TextScore {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export function words(text: string): Array<string> {
  return text.toLowerCase().match(WORD) ?? []
}

function bag(tokens: ReadonlyArray<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1)
  return counts
}

/** Same edge cases as the benchmark: empty reference scores 1 only for empty output. */
export function wordF1(predicted: string, reference: string): TextScore {
  const pred = words(predicted)
  const ref = words(reference)
  if (ref.length === 0) return pred.length === 0 ? { precision: 1, recall: 1, f1: 1 } : { precision: 0, recall: 0, f1: 0 }
  if (pred.length === 0) return { precision: 0, recall: 0, f1: 0 }
  const refBag = bag(ref)
  let overlap = 0
  for (const [w, n] of bag(pred)) overlap += Math.min(n, refBag.get(w) ?? 0)
  const precision = overlap / pred.length
  const recall = overlap / ref.length
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/** Case, width, whitespace and typographic quotes/dashes do not make a title different. */
const squash = (s: string): string =>
  s.normalize("NFKC")
    .replace(/[‘’ʼ′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()

/**
 * Metadata comparisons. A missing label only matches a missing value, so the
 * rate rewards abstaining when a page really has no author or date.
 */
export function titleMatches(found: string | undefined, expected: string | null | undefined): boolean {
  if (!expected) return !found
  return found !== undefined && squash(found) === squash(expected)
}

/** Names as a set: "A, B and C" equals ["A", "B", "C"] regardless of order. */
function nameSet(names: string): Array<string> {
  return squash(names)
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0)
    .sort()
}

export function authorMatches(found: ReadonlyArray<string>, expected: string | null | undefined): boolean {
  if (!expected || expected.trim() === "") return found.length === 0
  if (found.length === 0) return false
  if (squash(found.join(", ")) === squash(expected)) return true
  return nameSet(found.join(", ")).join("|") === nameSet(expected).join("|")
}

export function dateMatches(found: string | undefined, expected: string | null | undefined): boolean {
  if (!expected) return !found
  return found !== undefined && found.slice(0, 10) === expected.trim().slice(0, 10)
}
