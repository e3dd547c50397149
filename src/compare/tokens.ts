/**
 * Word tokens with offsets into the original text, and the spelling each is compared by.
 *
 * A token's `norm` is the word lower-cased, with typographic apostrophes folded and with the
 * orthographic equivalences of spelling.ts applied, so that "counsellor" and "counselor",
 * "cannot" and "can not", "non-proliferation" and "nonproliferation" compare equal and never count
 * as alterations. Numerals are kept as written.
 */
import { wordSpans } from "./segment.js"
import { wordForms } from "./word-forms.js"

export interface Token {
  readonly norm: string
  readonly start: number
  readonly end: number
}

/** The norm of a single word as written (hyphenated compounds joined, no split). */
export const normalizeWord = (raw: string): string => {
  const t = tokenColumns(raw)
  return Array.from({ length: t.count }, (_, k) => normAt(t, k)).join(" ")
}

const isHyphen = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2011

/**
 * Tokens as columns: offsets, and the serial of the word form that made each token (see
 * word-forms.ts), or -1 for a joined or split word, whose norm is in `other`.
 */
export interface TokenColumns {
  readonly count: number
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly forms: Int32Array
  readonly other: ReadonlyMap<number, string>
}

/** The norm of token k. */
export const normAt = (t: TokenColumns, k: number): string => {
  const serial = t.forms[k] ?? -1
  return serial >= 0 ? (wordForms.at(serial)?.norms[0] ?? "") : (t.other.get(k) ?? "")
}

/**
 * Tokens of text as columns. Hyphenated compounds of letters ("non-proliferation",
 * "Russia-Ukraine") become one token spanning the whole compound; a closed form that stands for
 * several words ("cannot") becomes several tokens sharing out its letters.
 */
export const tokenColumns = (text: string): TokenColumns => {
  wordForms.trim()
  const spans = wordSpans(text)
  const starts = new Int32Array(spans.count + 8)
  const ends = new Int32Array(spans.count + 8)
  const forms = new Int32Array(spans.count + 8)
  const other = new Map<number, string>()
  let n = 0
  let joinable = false
  for (let k = 0; k < spans.count; k++) {
    const start = spans.starts[k] ?? 0
    const end = spans.ends[k] ?? 0
    const form = wordForms.get(text, start, end)
    const parts = form.norms
    if (parts.length === 1) {
      const prevEnd = n > 0 ? (ends[n - 1] ?? -2) : -2
      if (joinable && form.hasLetter && start === prevEnd + 1 && isHyphen(text.charCodeAt(prevEnd))) {
        other.set(n - 1, normAt({ count: n, starts, ends, forms, other }, n - 1) + (parts[0] ?? ""))
        forms[n - 1] = -1
        ends[n - 1] = end
        continue
      }
      starts[n] = start
      ends[n] = end
      forms[n] = form.serial
      n++
      joinable = form.hasLetter
      continue
    }
    // a closed form such as "cannot": share the written letters out when lengths allow
    const total = parts.reduce((sum, p) => sum + p.length, 0)
    const exact = total === end - start
    let at = start
    for (let p = 0; p < parts.length && n < starts.length; p++) {
      const part = parts[p] ?? ""
      const partEnd = p === parts.length - 1 || !exact ? end : at + part.length
      starts[n] = exact ? at : start
      ends[n] = partEnd
      forms[n] = -1
      other.set(n, part)
      n++
      at = partEnd
    }
    joinable = false
  }
  return { count: n, starts: starts.subarray(0, n), ends: ends.subarray(0, n), forms: forms.subarray(0, n), other }
}

/** Calls emit(norm, start, end) for each token of text, in order (see tokenColumns). */
export const forEachToken = (text: string, emit: (norm: string, start: number, end: number) => void): void => {
  const t = tokenColumns(text)
  for (let k = 0; k < t.count; k++) emit(normAt(t, k), t.starts[k] ?? 0, t.ends[k] ?? 0)
}

/** All tokens of text. */
export const tokenize = (text: string): Array<Token> => {
  const out: Array<Token> = []
  forEachToken(text, (norm, start, end) => out.push({ norm, start, end }))
  return out
}

const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu
const SPECIAL_LATIN: ReadonlyMap<string, string> = new Map([
  ["ß", "ss"], ["ø", "o"], ["ł", "l"], ["đ", "d"], ["æ", "ae"], ["œ", "oe"], ["ı", "i"], ["þ", "th"]
])

/**
 * The key words are located by: the norm with accents dropped from Latin letters, so a quote that
 * writes "Jose" still finds "José" (the locator notes the difference). Cyrillic й and и stay
 * apart: they are different letters, not accents.
 */
export const matchKey = (norm: string): string => {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(norm)) return norm
  return norm
    .normalize("NFD")
    .replace(LATIN_WITH_MARKS, "$1")
    .normalize("NFC")
    .replace(/[ßøłđæœıþ]/g, (c) => SPECIAL_LATIN.get(c) ?? c)
}
