/**
 * Sørensen–Dice coefficient on character bigrams, the measure string-similarity's
 * compareTwoStrings uses, computed on folded text (case and accents folded; punctuation, quote
 * marks, dashes and spaces dropped) so that typography never lowers a score. 1 means the same
 * letters in the same order; unrelated English sentences score about 0.1 to 0.3.
 */

export interface BigramProfile {
  readonly letters: string
  /** every bigram as a number (first unit x 65536 + second), sorted: a multiset */
  readonly bigrams: Float64Array
}

const fold = (s: string): string =>
  s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")

/** A text's bigrams, to compare one text against many without recounting it. */
export const bigramProfile = (s: string): BigramProfile => {
  const letters = fold(s)
  const bigrams = new Float64Array(Math.max(0, letters.length - 1))
  for (let k = 0; k + 1 < letters.length; k++) bigrams[k] = letters.charCodeAt(k) * 65536 + letters.charCodeAt(k + 1)
  bigrams.sort()
  return { letters, bigrams }
}

export const diceOf = (x: BigramProfile, y: BigramProfile): number => {
  if (x.letters === y.letters) return x.letters.length > 0 ? 1 : 0
  const a = x.bigrams
  const b = y.bigrams
  if (a.length === 0 || b.length === 0) return 0
  // multiset intersection of two sorted lists
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const u = a[i] ?? 0
    const v = b[j] ?? 0
    if (u === v) {
      shared++
      i++
      j++
    } else if (u < v) i++
    else j++
  }
  return (2 * shared) / (a.length + b.length)
}

/** Two sorted bigram lists as one sorted list (their multiset union), in one pass. */
export const mergeBigrams = (a: Float64Array, b: Float64Array): Float64Array => {
  const out = new Float64Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!
  while (i < a.length) out[k++] = a[i++]!
  while (j < b.length) out[k++] = b[j++]!
  return out
}

export const dice = (a: string, b: string): number => diceOf(bigramProfile(a), bigramProfile(b))
