/**
 * The two baselines the quote locator is measured against, each returning its best score and
 * where it found it (offsets in the original document):
 *
 * - sliding-window Dice: string-similarity's compareTwoStrings (Dice on character bigrams) of
 *   the quote against every window of the document as many words long as the quote, stepping one
 *   word at a time; the best window wins. Both texts are lower-cased once (its Dice is
 *   case-sensitive, and a desk's quotes often change the case of the first letter).
 * - fuzzball's partial_ratio(quote, document) with default options. partial_ratio reports only
 *   a score, so the place is found by repeating its steps (difflib matching blocks, then a
 *   Levenshtein ratio of the quote against the text at each block) with fuzzball's own
 *   SequenceMatcher; the replica's score is checked against partial_ratio's.
 *
 * Default autojunk: difflib drops from the longer text every character that occurs in more than
 * 1% of it (when the text is 200 characters or longer). In a 1 MB article text that is every
 * common letter and the space, so matching blocks can only start at rare characters (digits,
 * q, x, z, j, k...); a quote without them is compared with the end of the document only.
 */
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import stringSimilarity from "string-similarity"

const require = createRequire(import.meta.url)
interface Fuzz {
  partial_ratio(a: string, b: string, options?: { autojunk?: boolean }): number
  ratio(a: string, b: string, options?: { full_process?: boolean }): number
  full_process(s: string, options?: { force_ascii?: boolean; collapseWhitespace?: boolean }): string
}
type Matcher = new (isjunk: null, a: string, b: string, autojunk: boolean) => { getMatchingBlocks(): Array<[number, number, number]> }
export const fuzz = require("fuzzball") as Fuzz
// fuzzball's own difflib port (not exported by its package map, so loaded by path)
const SequenceMatcher = require(join(dirname(require.resolve("fuzzball")), "lib", "fbdifflib.js")) as Matcher

export interface Hit {
  /** 0..1 */
  readonly score: number
  readonly span?: { readonly start: number; readonly end: number }
}

export interface DiceDoc {
  readonly lower: string
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/** Word offsets of the document, computed once (not counted in the per-quote time). */
export const diceDocument = (text: string): DiceDoc => {
  const words = [...text.matchAll(/\S+/g)]
  return {
    lower: text.toLowerCase(),
    starts: Int32Array.from(words, (m) => m.index),
    ends: Int32Array.from(words, (m) => m.index + m[0].length)
  }
}

export const slidingDice = (quote: string, doc: DiceDoc, step = 1): Hit => {
  const q = quote.toLowerCase()
  const n = Math.max(1, q.split(/\s+/).filter(Boolean).length)
  let best = -1
  let at = 0
  const last = Math.max(0, doc.starts.length - n)
  for (let k = 0; k <= last; k += step) {
    const start = doc.starts[k] ?? 0
    const end = doc.ends[Math.min(k + n, doc.ends.length) - 1] ?? start
    const s = stringSimilarity.compareTwoStrings(q, doc.lower.slice(start, end))
    if (s > best) {
      best = s
      at = k
    }
  }
  if (best < 0) return { score: 0 }
  const start = doc.starts[at] ?? 0
  return { score: best, span: { start, end: doc.ends[Math.min(at + n, doc.ends.length) - 1] ?? start } }
}

export interface FuzzDoc {
  readonly text: string
  readonly processed: string
}

export const fuzzDocument = (text: string): FuzzDoc => ({ text, processed: fuzz.full_process(text, { collapseWhitespace: true }) })

/** partial_ratio itself: what is timed. */
export const partialRatio = (quote: string, doc: FuzzDoc, autojunk = true): number =>
  fuzz.partial_ratio(quote, doc.text, { autojunk }) / 100

/**
 * partial_ratio's steps again, keeping the best block's place (in the processed text). Returns
 * the score too, which must equal partialRatio's.
 */
export const partialRatioPlace = (quote: string, doc: FuzzDoc, autojunk = true): { score: number; at: number; length: number } => {
  const shorter = fuzz.full_process(quote, { collapseWhitespace: true })
  const longer = doc.processed
  if (shorter.length === 0) return { score: 0, at: -1, length: 0 }
  const blocks = new SequenceMatcher(null, shorter, longer, autojunk).getMatchingBlocks()
  let best = -1
  let at = -1
  for (const [i, j] of blocks) {
    const start = Math.max(0, j - i)
    const r = fuzz.ratio(shorter, longer.substring(start, start + shorter.length), { full_process: false })
    if (r > 99.5) return { score: 1, at: start, length: shorter.length }
    if (r > best) {
      best = r
      at = start
    }
  }
  return { score: best / 100, at, length: shorter.length }
}

/** Where an original offset lands in the processed text (processing the prefix the same way). */
export const processedOffset = (doc: FuzzDoc, offset: number): number =>
  fuzz.full_process(`${doc.text.slice(0, offset)}x`, { collapseWhitespace: true }).length - 1
