/**
 * Reads a quote as a desk publishes it: words, ellipses that mark omissions ("…", "...",
 * ". . .", "[...]") and square-bracketed editorial insertions ("[the ministry]", "[sic]").
 * Bracketed letters glued to a word ("[T]he", "minist[ry]") are a capitalisation or spelling
 * repair and are read as part of the word.
 */
import { forEachToken, matchKey } from "./tokens.js"

export type Gap = "none" | "elision" | "bracket"

export interface QuoteWord {
  readonly norm: string
  readonly key: string
  /** offsets in the quote as given */
  readonly start: number
  readonly end: number
  /** what separates this word from the previous one */
  readonly gapBefore: Gap
}

export interface Insertion {
  /** the bracketed text, brackets included */
  readonly text: string
  readonly start: number
  readonly end: number
  /** index of the word it precedes (words.length when it ends the quote) */
  readonly before: number
}

export interface ParsedQuote {
  readonly text: string
  readonly words: ReadonlyArray<QuoteWord>
  readonly insertions: ReadonlyArray<Insertion>
  /** number of ellipses between two words (leading or trailing ones mark nothing) */
  readonly elisions: number
}

const ELLIPSIS = /[[(]\s*(?:\u2026|\.(?:\s?\.){2,})\s*[\])]|\u2026|\.(?:[ \u00a0]?\.){2,}/g
const BRACKET = /\[([^\]\n]*)\]/g

const blank = (chars: Array<string>, start: number, end: number, fill: string) => {
  for (let k = start; k < end; k++) chars[k] = fill
}

export const parseQuote = (quote: string): ParsedQuote => {
  // work on a same-length copy, so token offsets stay offsets into the quote as given
  const chars = Array.from({ length: quote.length }, (_, k) => quote[k] ?? "")
  const elisionAt: Array<number> = []
  const brackets: Array<{ text: string; start: number; end: number }> = []
  for (const m of quote.matchAll(ELLIPSIS)) {
    elisionAt.push(m.index)
    blank(chars, m.index, m.index + m[0].length, " ")
  }
  for (const m of quote.matchAll(BRACKET)) {
    const start = m.index
    const end = start + m[0].length
    if (chars[start] !== "[") continue // already read as an ellipsis
    const glued = /\p{L}/u.test(quote[start - 1] ?? "") || /\p{L}/u.test(quote[end] ?? "")
    if (glued) {
      // "[T]he": the brackets vanish (a zero-width character keeps the word whole)
      chars[start] = "\u200b"
      chars[end - 1] = "\u200b"
    } else {
      brackets.push({ text: m[0], start, end })
      blank(chars, start, end, " ")
    }
  }
  const working = chars.join("")
  const raw: Array<{ norm: string; start: number; end: number }> = []
  forEachToken(working, (norm, start, end) => raw.push({ norm, start, end }))

  const between = (from: number, to: number, at: number) => at >= from && at < to
  let elisions = 0
  const words: Array<QuoteWord> = raw.map((t, k) => {
    const prevEnd = k === 0 ? -1 : (raw[k - 1]?.end ?? -1)
    let gapBefore: Gap = "none"
    if (k > 0 && elisionAt.some((at) => between(prevEnd, t.start, at))) {
      gapBefore = "elision"
      elisions++
    } else if (k > 0 && brackets.some((b) => between(prevEnd, t.start, b.start))) {
      gapBefore = "bracket"
    }
    return { norm: t.norm, key: matchKey(t.norm), start: t.start, end: t.end, gapBefore }
  })
  const insertions: Array<Insertion> = brackets.map((b) => {
    const next = raw.findIndex((t) => t.start >= b.end)
    return { ...b, before: next < 0 ? raw.length : next }
  })
  return { text: quote, words, insertions, elisions }
}
