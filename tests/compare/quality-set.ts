/**
 * The labelled quote set: sentences of real articles (WCXB reference text, read from
 * ../shared/eval at run time) turned into quotes by seeded edits of every kind, each with the
 * class a desk expects. Deterministic: a fixed page list and a seeded generator, so every run
 * (and the benchmark, bench/compare/run.ts) sees the same cases. Hand-written paraphrases and
 * hard cases are in quality-hard.ts.
 */
import type { MatchClass } from "../../src/compare/index.js"
import * as edits from "./quality-edits.js"
import { hardCases, paraphraseCases } from "./quality-hard.js"
import { loadPage, pick, plain, prng, sentencesOf, usable, wordsOf, type Page, type Sentence } from "./wcxb.js"

export type Kind =
  | "verbatim" | "part" | "typography" | "punctuation"
  | "replaced" | "inflected" | "inserted" | "dropped" | "not-added" | "not-dropped" | "number" | "name" | "date"
  | "elided" | "elided-across"
  | "bracket-subject" | "bracket-added" | "bracket-capital" | "bracket-elided"
  | "absent" | "paraphrase" | "hard"

export interface QualityCase {
  readonly id: string
  readonly kind: Kind
  readonly quote: string
  readonly expected: MatchClass
  /** every class counted as right: a bracketed insertion is editorial, so exact or elided */
  readonly accept: ReadonlyArray<MatchClass>
  /** the document: a WCXB page id, or a hand-written text */
  readonly page?: string
  readonly doc?: string
  /** where the quote's words are in the document; absent quotes have none */
  readonly span?: { readonly start: number; readonly end: number }
}

/** Target pages: English WCXB article pages with 25+ usable sentences, one page per host. */
export const PAGES = [
  "0002", "0007", "0013", "0022", "0032", "0039", "0045", "0052", "0058", "0065", "0072", "0080",
  "0092", "0098", "0108", "0115", "0122", "0137", "0145", "0153", "0160", "0167", "0179", "0188",
  "0196", "0206", "0215", "0227", "0232", "0243", "0250", "0256", "0267", "0272", "0279", "0287",
  "0298", "0304", "0310", "0320", "0325", "0334", "0345", "0354", "0359", "0367", "0375", "0383",
  "0390", "0400", "0406", "0412", "0419", "0428", "0433", "0440", "0449", "0455", "0461", "0471"
]
/** Pages whose sentences are looked up in the target pages as absent quotes (other hosts). */
export const DONORS = [
  "0004", "0009", "0017", "0027", "0034", "0042", "0049", "0055", "0060", "0069", "0074", "0086",
  "0094", "0100", "0110", "0119", "0127", "0142", "0149", "0155", "0164", "0173", "0184", "0190"
]

const SEED = 20220523

const QUOTAS: ReadonlyArray<readonly [Kind, number]> = [
  ["verbatim", 40], ["part", 20], ["typography", 20], ["punctuation", 15],
  ["replaced", 30], ["inflected", 15], ["inserted", 25], ["dropped", 25], ["not-added", 20], ["not-dropped", 15],
  ["number", 20], ["name", 20], ["date", 20],
  ["elided", 25], ["elided-across", 10],
  ["bracket-subject", 10], ["bracket-added", 12], ["bracket-capital", 8], ["bracket-elided", 6],
  ["absent", 50]
]

const EXPECTED: Record<Kind, MatchClass> = {
  verbatim: "exact", part: "exact", typography: "exact", punctuation: "exact",
  replaced: "altered", inflected: "altered", inserted: "altered", dropped: "altered", "not-added": "altered", "not-dropped": "altered",
  number: "altered", name: "altered", date: "altered",
  elided: "elided", "elided-across": "elided",
  "bracket-subject": "exact", "bracket-added": "exact", "bracket-capital": "exact", "bracket-elided": "elided",
  absent: "absent", paraphrase: "paraphrase", hard: "exact"
}

export const acceptFor = (kind: Kind, expected: MatchClass): ReadonlyArray<MatchClass> =>
  kind.startsWith("bracket") ? ["exact", "elided"] : [expected]

/** Sentences usable as quotes that occur once in their page. */
const pool = (page: Page): Array<Sentence> =>
  sentencesOf(page).filter((s) => usable(s) && page.text.indexOf(s.text) === page.text.lastIndexOf(s.text))

const vocabularies = new Map<string, { words: Array<string>; names: Array<string> }>()

/** Content words and names of a page: replacements the page's index knows. */
const vocabulary = (page: Page) => {
  const known = vocabularies.get(page.id)
  if (known !== undefined) return known
  const words = new Set(page.text.match(/\b[a-z]{5,}\b/g) ?? [])
  const names = new Set(
    [...page.text.matchAll(/[a-z,] ([A-Z][a-z]{3,})\b/g)].map((m) => m[1] ?? "").filter((n) => !words.has(n.toLowerCase()))
  )
  const sorted = (s: Set<string>, fallback: string) => (s.size > 0 ? [...s].sort() : [fallback])
  const v = { words: sorted(words, "ordinary"), names: sorted(names, "Henderson") }
  vocabularies.set(page.id, v)
  return v
}

/** True when no run of `n` words of the sentence occurs in the page (a fair "absent"). */
const shares = (sentence: string, page: string, n: number): boolean => {
  const words = plain(sentence).split(" ")
  const target = ` ${plain(page)} `
  for (let k = 0; k + n <= words.length; k++) if (target.includes(` ${words.slice(k, k + n).join(" ")} `)) return true
  return false
}

const make = (kind: Kind, s: Sentence, page: Page, rnd: () => number): edits.Edit | undefined => {
  const v = vocabulary(page)
  switch (kind) {
    case "verbatim": return { quote: s.text, from: 0, to: s.text.length }
    case "part": return edits.part(s, rnd)
    case "typography": return edits.typography(s)
    case "punctuation": return edits.punctuation(s)
    case "inflected": return edits.inflected(s, rnd)
    case "replaced": return edits.replaced(s, rnd, v.words)
    case "inserted": return edits.inserted(s, rnd)
    case "dropped": return edits.dropped(s, rnd)
    case "not-added": return edits.notAdded(s, rnd)
    case "not-dropped": return edits.notDropped(s, rnd)
    case "number": return edits.number(s, rnd)
    case "name": return edits.name(s, rnd, page.text, v.names)
    case "date": return edits.date(s, rnd)
    case "elided": return edits.elided(s, rnd)
    case "elided-across": {
      const later = sentencesOf(page).filter((t) => t.paragraph === s.paragraph && t.order >= s.order + 2 && t.order <= s.order + 4)
      if (later.length === 0) return undefined
      const t = pick(rnd, later)
      return edits.elidedAcross(s, t, rnd, t.start - s.start)
    }
    case "bracket-subject": return edits.bracketSubject(s, rnd)
    case "bracket-added": return edits.bracketAdded(s, rnd)
    case "bracket-capital": return edits.bracketCapital(s, rnd)
    case "bracket-elided": {
      const base = edits.elided(s, rnd)
      return base === undefined ? undefined : edits.bracketAdded(s, rnd, base)
    }
    default: return undefined
  }
}

/**
 * A third of the altered quotes are edited stretches of 8-15 words rather than whole sentences:
 * the shorter the quote, the less one changed word leaves to find it by.
 */
const narrowed = (kind: Kind, s: Sentence, page: Page, rnd: () => number): edits.Edit | undefined => {
  if (EXPECTED[kind] !== "altered" || rnd() >= 0.35) return make(kind, s, page, rnd)
  const stretch = edits.part(s, rnd)
  if (stretch === undefined) return undefined
  const sub = { ...s, text: s.text.slice(stretch.from, stretch.to), start: s.start + stretch.from }
  const edit = make(kind, sub, page, rnd)
  return edit === undefined ? undefined : { quote: edit.quote, from: stretch.from + edit.from, to: stretch.from + edit.to }
}

let cached: ReadonlyArray<QualityCase> | undefined

export const qualitySet = (): ReadonlyArray<QualityCase> => {
  if (cached !== undefined) return cached
  const rnd = prng(SEED)
  const pages = PAGES.map(loadPage)
  const sentences = pages.flatMap(pool)
  const donorSentences = DONORS.map(loadPage).flatMap(pool)
  const used = new Set<string>()
  const out: Array<QualityCase> = []
  for (const [kind, quota] of QUOTAS) {
    const expected = EXPECTED[kind]
    let made = 0
    for (let attempt = 0; made < quota && attempt < 20_000; attempt++) {
      const id = `${kind}-${String(made + 1).padStart(2, "0")}`
      if (kind === "absent") {
        const s = pick(rnd, donorSentences)
        const page = pick(rnd, pages)
        if (used.has(`${s.page}:${s.start}`) || shares(s.text, page.text, 6)) continue
        used.add(`${s.page}:${s.start}`)
        out.push({ id, kind, quote: s.text, expected, accept: [expected], page: page.id })
        made++
        continue
      }
      const s = pick(rnd, sentences)
      const page = loadPage(s.page)
      const key = `${s.page}:${s.start}`
      if (used.has(key)) continue
      const edit = narrowed(kind, s, page, rnd)
      if (edit === undefined || wordsOf(edit.quote).length < 6) continue
      // an edited quote must not be in the page word for word after all
      if (expected === "altered" && plain(page.text).includes(plain(edit.quote))) continue
      used.add(key)
      const span = { start: s.start + edit.from, end: s.start + edit.to }
      out.push({ id, kind, quote: edit.quote, expected, accept: acceptFor(kind, expected), page: page.id, span })
      made++
    }
    if (made < quota) throw new Error(`quality set: only ${made} of ${quota} ${kind} cases could be made`)
  }
  cached = [...out, ...paraphraseCases(), ...hardCases()]
  return cached
}

/** The document a case is looked up in. */
export const documentOf = (c: QualityCase): string => c.doc ?? loadPage(c.page ?? "").text
