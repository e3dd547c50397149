/**
 * Sørensen–Dice coefficient on character bigrams, the measure string-similarity's
 * compareTwoStrings uses, computed on normalised text (quotes, dashes, case and accents folded,
 * punctuation and spaces dropped) so that typography never lowers a score. 1 means the same
 * letters in the same order; unrelated English sentences score about 0.1 to 0.3.
 */
import { normalizeForMatch } from "./normalize.js"

const letters = (s: string): string =>
  normalizeForMatch(s, { foldDiacritics: true }).text.replace(/[^\p{L}\p{N}]+/gu, "")

const bigrams = (s: string): Map<string, number> => {
  const counts = new Map<string, number>()
  for (let k = 0; k + 1 < s.length; k++) {
    const bigram = s.slice(k, k + 2)
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1)
  }
  return counts
}

export const dice = (a: string, b: string): number => {
  const x = letters(a)
  const y = letters(b)
  if (x === y) return x.length > 0 ? 1 : 0
  if (x.length < 2 || y.length < 2) return 0
  const bx = bigrams(x)
  let shared = 0
  for (const [bigram, count] of bigrams(y)) {
    const other = bx.get(bigram) ?? 0
    shared += Math.min(count, other)
  }
  return (2 * shared) / (x.length - 1 + y.length - 1)
}
