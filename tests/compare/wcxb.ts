/**
 * Real article text for the quote-comparison quality set and benchmark: the reference main text
 * of WCXB article pages, read at run time from ../shared/eval (never copied into the repository;
 * see /work/shared/eval/README.md for the data and its licence), cut into sentences.
 */
import { existsSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"

export interface Page {
  readonly id: string
  readonly host: string
  readonly text: string
}

export interface Sentence {
  readonly page: string
  /** offsets in the page text */
  readonly start: number
  readonly end: number
  readonly text: string
  /** position of the sentence in its page's paragraph (0 = first) and the paragraph's number */
  readonly paragraph: number
  readonly order: number
}

/** ../shared/eval/wcxb-dev-articles/ground-truth relative to the repository root (vitest's cwd). */
export const groundTruthDir = (): string => {
  const fromCwd = resolve(process.cwd(), "../shared/eval/wcxb-dev-articles/ground-truth")
  if (existsSync(fromCwd)) return fromCwd
  return new URL("../../../shared/eval/wcxb-dev-articles/ground-truth", import.meta.url).pathname
}

export const evalAvailable = (): boolean => existsSync(groundTruthDir())

const pages = new Map<string, Page>()

export const loadPage = (id: string): Page => {
  const cached = pages.get(id)
  if (cached !== undefined) return cached
  const json = JSON.parse(readFileSync(join(groundTruthDir(), `${id}.json`), "utf8")) as {
    url?: string
    ground_truth?: { main_content?: string }
  }
  let host = `unknown-${id}`
  try {
    host = new URL(json.url ?? "").hostname.replace(/^www\./, "")
  } catch {
    // a page without a usable URL is its own host
  }
  const page = { id, host, text: json.ground_truth?.main_content ?? "" }
  pages.set(id, page)
  return page
}

/**
 * Sentences of a page: a line is a paragraph, and inside it a sentence ends at . ! or ? followed
 * by a space and a capital or digit. Deliberately simpler than src/compare/sentences.ts, so the
 * test's notion of a sentence does not depend on the code under test.
 */
export const sentencesOf = (page: Page): Array<Sentence> => {
  const out: Array<Sentence> = []
  let paragraph = 0
  for (const line of page.text.matchAll(/[^\n]+/g)) {
    let order = 0
    const base = line.index
    for (const m of line[0].matchAll(/\S.*?(?:[.!?]["'”’)]?(?=\s+["“]?[A-Z0-9])|$)/g)) {
      const text = m[0].trim()
      if (text === "") continue
      const start = base + m.index
      out.push({ page: page.id, start, end: start + text.length, text, paragraph, order: order++ })
    }
    paragraph++
  }
  return out
}

/** Whitespace-separated words of a sentence with their offsets in it. */
export const wordsOf = (text: string): Array<{ text: string; start: number; end: number }> =>
  [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))

/**
 * A sentence a quote can be made from: 10 to 40 words of ordinary prose ending in . ! or ?,
 * without the marks a quote gives meaning to (brackets, ellipses) or markup and links.
 */
export const usable = (s: Sentence): boolean => {
  const n = wordsOf(s.text).length
  return (
    n >= 10 &&
    n <= 40 &&
    /^["“]?[A-Z]/.test(s.text) &&
    /[.!?]["'”’)]?$/.test(s.text) &&
    !/[[\]{}<>|#*_@\\…]|\.\.|https?:|www\.|\.com\b/.test(s.text) &&
    // mostly ASCII prose: the seeded edits (insert "not", change a month) are English
    (s.text.match(/[^\x20-\x7e’‘“”–—]/g)?.length ?? 0) === 0
  )
}

/** mulberry32: a small seeded generator, so every run builds the same cases. */
export const prng = (seed: number): (() => number) => {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(rnd: () => number, items: ReadonlyArray<T>): T => {
  const item = items[Math.floor(rnd() * items.length)]
  if (item === undefined) throw new Error("pick from an empty list")
  return item
}

/** Lower-case letters and digits only, single-spaced: to check that a text is not in a page. */
export const plain = (text: string): string =>
  text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()
