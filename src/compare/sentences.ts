/**
 * Sentence spans with offsets, for passages shown to an editor. A line break always ends a
 * sentence (paragraphs, headings, list items); inside a line a sentence ends at . ! ? or … (and
 * any closing quotes or brackets) followed by a space and a capital, digit or opening quote,
 * unless the word before the full stop is a common abbreviation or an initial ("Mr.", "B.").
 */

export interface Span {
  readonly start: number
  readonly end: number
}

const ABBREVIATIONS: ReadonlySet<string> = new Set(
  ("mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm rep sen gov amb ambs hon rev " +
    "no nos vs etc e.g i.e u.s u.n u.k e.u inc ltd co corp dept est approx fig jan feb mar apr " +
    "jun jul aug sep sept oct nov dec h.e mt ft op art").split(" ")
)

const BOUNDARY = /[.!?\u2026]+["'\u2019\u201d\u00bb)\]]*(?=\s+["'\u2018\u201c\u00ab(\[]*[\p{Lu}\p{N}])/gu

const trimmed = (text: string, start: number, end: number): Span | undefined => {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s] ?? "")) s++
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--
  return e > s ? { start: s, end: e } : undefined
}

/** Sentence spans of text within [from, to), in order, without surrounding whitespace. */
export const sentenceSpans = (text: string, from = 0, to = text.length): Array<Span> => {
  const out: Array<Span> = []
  const add = (s: number, e: number) => {
    const span = trimmed(text, s, e)
    if (span) out.push(span)
  }
  let lineStart = from
  while (lineStart < to) {
    let lineEnd = text.indexOf("\n", lineStart)
    if (lineEnd < 0 || lineEnd > to) lineEnd = to
    const line = text.slice(lineStart, lineEnd)
    let sentenceStart = 0
    BOUNDARY.lastIndex = 0
    for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
      const before = /([\p{L}.]+)\.$/u.exec(line.slice(sentenceStart, m.index + 1))
      const word = (before?.[1] ?? "").toLowerCase()
      const isAbbreviation = m[0].startsWith(".") && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))
      if (isAbbreviation) continue
      const end = m.index + m[0].length
      add(lineStart + sentenceStart, lineStart + end)
      sentenceStart = end
    }
    add(lineStart + sentenceStart, lineEnd)
    lineStart = lineEnd + 1
  }
  return out
}
