/**
 * Word boundaries (Unicode UAX #29) for long documents.
 *
 * Why not Intl.Segmenter everywhere: in Node 20 its iterator costs about a microsecond per
 * segment and grows worse than linearly with the string length (1 MB of English took minutes
 * unchunked and ~0.3 s chunked), far from the indexing budget. So this scanner implements the
 * UAX #29 rules that matter for scripts written with spaces (letters, digits, MidLetter, MidNum,
 * MidNumLet, Extend/Format, ExtendNumLet) over a per-code-unit class table, and hands every run
 * that contains a script segmented by dictionary (Han, kana, Thai, Lao, Khmer, Myanmar) to
 * Intl.Segmenter itself, so Chinese or Japanese text is split exactly as the segmenter splits it.
 * tests/compare/segment.test.ts checks that both agree on word-like segments.
 */

const OTHER = 0
const LETTER = 1
const DIGIT = 2
const EXTEND = 3
const MID_LETTER = 4
const MID_NUM = 5
const MID_NUM_LET = 6
const CONNECTOR = 7
const COMPLEX = 8
const SURROGATE = 9
const UNKNOWN = 255

const COMPLEX_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3005\u303b\u30fc\uff70]/u
const MID_LETTER_CHARS = ":\u00b7\u0387\u055f\u05f4\u2027\ufe13\ufe55\uff1a"
const MID_NUM_CHARS = ",;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b"
const MID_NUM_LET_CHARS = ".'\u2018\u2019\u2024\ufe52\uff07\uff0e"

const classOfCodePoint = (ch: string): number => {
  if (COMPLEX_SCRIPT.test(ch)) return COMPLEX
  if (/[\p{L}\p{Nl}]/u.test(ch)) return LETTER
  if (/\p{Nd}/u.test(ch)) return DIGIT
  if (/[\p{M}\u200c\u200d\u00ad\u2060\ufeff\u180e]/u.test(ch) || /\p{Cf}/u.test(ch)) return EXTEND
  if (MID_LETTER_CHARS.includes(ch)) return MID_LETTER
  if (MID_NUM_CHARS.includes(ch)) return MID_NUM
  if (MID_NUM_LET_CHARS.includes(ch)) return MID_NUM_LET
  // ExtendNumLet is connector punctuation and U+202F; U+202F (narrow no-break space, "7.5\u202fmg")
  // is left out on purpose: for matching it is a space between two words
  if (/\p{Pc}/u.test(ch)) return CONNECTOR
  return OTHER
}

/** Lazily filled class per UTF-16 code unit; astral characters are classified one by one. */
const table = new Uint8Array(0x10000).fill(UNKNOWN)
for (let c = 0; c < 0x80; c++) table[c] = classOfCodePoint(String.fromCharCode(c))
for (let c = 0xd800; c < 0xdc00; c++) table[c] = SURROGATE

const classAt = (text: string, i: number): number => {
  const code = text.charCodeAt(i)
  let cls = table[code] ?? OTHER
  if (cls === UNKNOWN) {
    cls = code >= 0xdc00 && code < 0xe000 ? OTHER : classOfCodePoint(String.fromCharCode(code))
    table[code] = cls
  }
  if (cls === SURROGATE) {
    const cp = text.codePointAt(i) ?? code
    return cp > 0xffff ? classOfCodePoint(String.fromCodePoint(cp)) : OTHER
  }
  return cls
}

const unitWidth = (text: string, i: number): number => {
  const code = text.charCodeAt(i)
  if (code >= 0xd800 && code < 0xdc00) {
    const next = text.charCodeAt(i + 1)
    if (next >= 0xdc00 && next < 0xe000) return 2
  }
  return 1
}

let segmenter: Intl.Segmenter | undefined
const dictionarySegmenter = (): Intl.Segmenter =>
  (segmenter ??= new Intl.Segmenter(undefined, { granularity: "word" }))

/** Class of the next character after position j that is not Extend/Format (WB4). */
const nextCore = (text: string, j: number, n: number): { cls: number; at: number } => {
  let k = j
  while (k < n) {
    const cls = classAt(text, k)
    if (cls !== EXTEND) return { cls, at: k }
    k += unitWidth(text, k)
  }
  return { cls: OTHER, at: n }
}

export interface WordSpans {
  readonly count: number
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/**
 * Word-like segments of text, in order, as UTF-16 offsets. Word-like means the segment has a
 * letter, a digit or an ideograph (Intl.Segmenter's isWordLike). Typed arrays rather than a
 * callback per word: this is the hot loop of indexing.
 */
export const wordSpans = (text: string): WordSpans => {
  const n = text.length
  // about one word per 6 characters in prose: n / 4 seldom needs to grow
  let starts = new Int32Array(Math.max(16, n >> 2))
  let ends = new Int32Array(starts.length)
  let count = 0
  const push = (start: number, end: number) => {
    if (count === starts.length) {
      const s2 = new Int32Array(count * 2)
      const e2 = new Int32Array(count * 2)
      s2.set(starts)
      e2.set(ends)
      starts = s2
      ends = e2
    }
    starts[count] = start
    ends[count] = end
    count++
  }
  let i = 0
  while (i < n) {
    const first = classAt(text, i)
    if (first !== LETTER && first !== DIGIT && first !== COMPLEX && first !== CONNECTOR) {
      i += unitWidth(text, i)
      continue
    }
    let last = first
    let complex = first === COMPLEX
    let wordLike = first !== CONNECTOR
    let j = i + unitWidth(text, i)
    while (j < n) {
      const cls = classAt(text, j)
      if (cls === LETTER || cls === DIGIT || cls === COMPLEX || cls === CONNECTOR) {
        last = cls
        complex ||= cls === COMPLEX
        wordLike ||= cls !== CONNECTOR
        j += unitWidth(text, j)
      } else if (cls === EXTEND) {
        j += unitWidth(text, j)
      } else if (cls === MID_LETTER || cls === MID_NUM || cls === MID_NUM_LET) {
        const after = nextCore(text, j + 1, n)
        const letters = last === LETTER && after.cls === LETTER && cls !== MID_NUM
        const digits = last === DIGIT && after.cls === DIGIT && cls !== MID_LETTER
        if (!letters && !digits) break
        j = after.at
      } else break
    }
    if (complex) {
      for (const s of dictionarySegmenter().segment(text.slice(i, j))) {
        if (s.isWordLike) push(i + s.index, i + s.index + s.segment.length)
      }
    } else if (wordLike) push(i, j)
    i = j
  }
  return { count, starts, ends }
}

/** Calls emit(start, end) for every word-like segment of text, in order. */
export const forEachWord = (text: string, emit: (start: number, end: number) => void): void => {
  const spans = wordSpans(text)
  for (let k = 0; k < spans.count; k++) emit(spans.starts[k] ?? 0, spans.ends[k] ?? 0)
}
