/**
 * Text normalisation for matching, with a map back to the original text.
 *
 * Typography differs between a source and the copy that quotes it: curly or straight quotes,
 * doubled ‘’ used as a double quote (AP's wire style), dashes, "…" or ". . .", no-break and
 * zero-width spaces, case. Everything is folded to one form, and every character of the result
 * remembers which characters of the original it came from, so that a span found in the
 * normalised text can be shown (and archived) as the exact original characters.
 */

export interface Normalized {
  readonly text: string
  /** toOriginal[i]: start in the original of the characters that produced text[i];
   *  toOriginal[text.length] is the original length. */
  readonly toOriginal: Int32Array
  /** toOriginalEnd[i]: end (exclusive) in the original of the characters behind text[i]. */
  readonly toOriginalEnd: Int32Array
}

export interface NormalizeOptions {
  /** Drop accents (NFD, then remove combining marks): "Gatilòv" matches "Gatilov". */
  readonly foldDiacritics?: boolean
}

const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u0060\u00b4\uff07"
const DOUBLE_QUOTES = "\"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u301d\u301e\uff02"
const DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
const ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
const SPACED_ELLIPSIS = /\.[ \u00a0\u202f]\.[ \u00a0\u202f]\./y

const isSpace = (ch: string): boolean => /\s/.test(ch)

export const normalizeForMatch = (text: string, opts?: NormalizeOptions): Normalized => {
  const fold = opts?.foldDiacritics === true
  const out: Array<string> = []
  const starts: Array<number> = []
  const ends: Array<number> = []
  const push = (s: string, start: number, end: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k] ?? "")
      starts.push(start)
      ends.push(end)
    }
  }
  let spacePending = false
  let i = 0
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0
    const ch = String.fromCodePoint(cp)
    const width = ch.length
    if (ZERO_WIDTH.includes(ch)) {
      i += width
      continue
    }
    if (isSpace(ch)) {
      // a run of spaces becomes one space, kept only between two non-space characters
      if (!spacePending && out.length > 0) {
        spacePending = true
        push(" ", i, i + width)
      } else if (spacePending) {
        ends[ends.length - 1] = i + width
      }
      i += width
      continue
    }
    spacePending = false
    const next = text[i + 1] ?? ""
    if (SINGLE_QUOTES.includes(ch) && SINGLE_QUOTES.includes(next) && next !== "") {
      push('"', i, i + 2) // ‘’ or '' as a double quote
      i += 2
      continue
    }
    SPACED_ELLIPSIS.lastIndex = i
    if (ch === "\u2026" || (ch === "." && SPACED_ELLIPSIS.test(text))) {
      const end = ch === "\u2026" ? i + 1 : i + 5
      push("...", i, end)
      i = end
      continue
    }
    let mapped: string
    if (SINGLE_QUOTES.includes(ch)) mapped = "'"
    else if (DOUBLE_QUOTES.includes(ch)) mapped = '"'
    else if (DASHES.includes(ch)) mapped = "-"
    else {
      mapped = ch.toLowerCase()
      if (fold) mapped = mapped.normalize("NFD").replace(/\p{M}+/gu, "")
    }
    push(mapped, i, i + width)
    i += width
  }
  if (spacePending) {
    // a trailing space is dropped
    out.pop()
    starts.pop()
    ends.pop()
  }
  const toOriginal = new Int32Array(out.length + 1)
  toOriginal.set(starts)
  toOriginal[out.length] = text.length
  return { text: out.join(""), toOriginal, toOriginalEnd: Int32Array.from(ends) }
}

/** The original span [start, end) behind the normalised span [start, end). */
export const originalSpan = (
  norm: Normalized,
  start: number,
  end: number
): { readonly start: number; readonly end: number } => {
  const from = norm.toOriginal[start] ?? norm.toOriginal[norm.text.length] ?? 0
  if (end <= start) return { start: from, end: from }
  return { start: from, end: norm.toOriginalEnd[end - 1] ?? from }
}
