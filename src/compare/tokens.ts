/**
 * Word tokens with offsets into the original text, and the spelling each is compared by.
 *
 * A token's `norm` is the word lower-cased, with typographic apostrophes folded and with the
 * orthographic equivalences of spelling.ts applied, so that "counsellor" and "counselor",
 * "cannot" and "can not", "non-proliferation" and "nonproliferation" compare equal and never count
 * as alterations. Numerals are kept as written.
 */
import { wordSpans } from "./segment.js"
import { americanSpelling, splitWord } from "./spelling.js"

export interface Token {
  readonly norm: string
  readonly start: number
  readonly end: number
}

export interface WordForm {
  /** One norm, or several when a closed form stands for several words ("cannot"). */
  readonly norms: ReadonlyArray<string>
  readonly hasLetter: boolean
  /** scratch for indexDocument: the vocabulary id this form got in build number memoBuild */
  memoBuild: number
  memoId: number
}

const FORMAT_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032\u0060\u00b4\uff07]/g

const formOf = (raw: string): WordForm => {
  let w = raw.toLowerCase()
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(w)) {
    w = w.replace(FORMAT_CHARS, "").normalize("NFC").replace(APOSTROPHES, "'")
    // Russian writes ё or е at will: the same word either way
    if (w.includes("ё")) w = w.replace(/ё/g, "е")
  }
  const hasLetter = /\p{L}/u.test(w)
  const parts = splitWord(w) ?? [w]
  return { norms: parts.map(americanSpelling), hasLetter, memoBuild: -1, memoId: -1 }
}

/**
 * Forms are cached per distinct spelling, in an open-addressing table keyed by a hash of the
 * characters in place: a long document repeats a small vocabulary, and looking words up without
 * slicing them out of the text first is what keeps indexing at tens of MB/s. The table is
 * dropped when it grows past MAX_FORMS.
 */
const MAX_FORMS = 400_000

/**
 * Arrays built by push, never `new Array(n)`: V8 gives a large pre-sized array slow dictionary
 * elements, and reads of holes are a slow path. "" marks a free slot.
 */
const filled = <T>(size: number, value: T): Array<T> => {
  const out: Array<T> = []
  for (let k = 0; k < size; k++) out.push(value)
  return out
}

/** One object with fields, not module-level `let`s: those cost a hole check on every read. */
class FormTable {
  mask = (1 << 16) - 1
  keys: Array<string> = filled(this.mask + 1, "")
  values: Array<WordForm | null> = filled<WordForm | null>(this.mask + 1, null)
  hashes = new Int32Array(this.mask + 1)
  count = 0

  insert(key: string, form: WordForm, h: number): void {
    let slot = h & this.mask
    while (this.keys[slot] !== "") slot = (slot + 1) & this.mask
    this.keys[slot] = key
    this.values[slot] = form
    this.hashes[slot] = h
    this.count++
  }

  resize(size: number): void {
    const { keys, values, hashes } = this
    this.mask = size - 1
    this.keys = filled(size, "")
    this.values = filled<WordForm | null>(size, null)
    this.hashes = new Int32Array(size)
    this.count = 0
    if (size > MAX_FORMS * 2) return // start afresh rather than grow without bound
    keys.forEach((key, slot) => {
      const form = values[slot]
      if (key !== "" && form !== null && form !== undefined) this.insert(key, form, hashes[slot] ?? 0)
    })
  }

  get(text: string, start: number, end: number): WordForm {
    let h = 0x811c9dc5 | 0
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619)
    const { keys, hashes, mask } = this
    const length = end - start
    let slot = h & mask
    for (let key = keys[slot] ?? ""; key !== ""; key = keys[slot] ?? "") {
      if (hashes[slot] === h && key.length === length) {
        let same = true
        for (let k = 0; k < length && same; k++) same = key.charCodeAt(k) === text.charCodeAt(start + k)
        if (same) return this.values[slot] as WordForm
      }
      slot = (slot + 1) & mask
    }
    const raw = text.slice(start, end)
    const form = formOf(raw)
    if (this.count * 2 >= this.mask) this.resize(this.count > MAX_FORMS ? 1 << 16 : (this.mask + 1) * 2)
    this.insert(raw, form, h)
    return form
  }
}

const formTable = new FormTable()

/** The norm of a single word as written (hyphenated compounds joined, no split). */
export const normalizeWord = (raw: string): string => tokenColumns(raw).norms.join(" ")

const isHyphen = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2011

/** Tokens as columns: the form that made each (null for a joined or split word). */
export interface TokenColumns {
  readonly count: number
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly norms: ReadonlyArray<string>
  readonly forms: ReadonlyArray<WordForm | null>
}

/**
 * Tokens of text as columns. Hyphenated compounds of letters ("non-proliferation",
 * "Russia-Ukraine") become one token spanning the whole compound; a closed form that stands for
 * several words ("cannot") becomes several tokens sharing out its letters.
 */
export const tokenColumns = (text: string): TokenColumns => {
  const spans = wordSpans(text)
  const starts = new Int32Array(spans.count + 8)
  const ends = new Int32Array(spans.count + 8)
  const norms: Array<string> = []
  const forms: Array<WordForm | null> = []
  let n = 0
  let joinable = false
  for (let k = 0; k < spans.count; k++) {
    const start = spans.starts[k] ?? 0
    const end = spans.ends[k] ?? 0
    const form = formTable.get(text, start, end)
    const parts = form.norms
    if (parts.length === 1) {
      const norm = parts[0] ?? ""
      const prevEnd = n > 0 ? (ends[n - 1] ?? -2) : -2
      if (joinable && form.hasLetter && start === prevEnd + 1 && isHyphen(text.charCodeAt(prevEnd))) {
        norms[n - 1] += norm
        forms[n - 1] = null
        ends[n - 1] = end
        continue
      }
      starts[n] = start
      ends[n] = end
      norms.push(norm)
      forms.push(form)
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
      norms.push(part)
      forms.push(null)
      n++
      at = partEnd
    }
    joinable = false
  }
  return { count: n, starts: starts.subarray(0, n), ends: ends.subarray(0, n), norms, forms }
}

/** Calls emit(norm, start, end) for each token of text, in order (see tokenColumns). */
export const forEachToken = (text: string, emit: (norm: string, start: number, end: number) => void): void => {
  const t = tokenColumns(text)
  for (let k = 0; k < t.count; k++) emit(t.norms[k] ?? "", t.starts[k] ?? 0, t.ends[k] ?? 0)
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
