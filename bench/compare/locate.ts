/**
 * Micro benchmark of the quote locator: `npx tsx bench/compare/locate.ts`.
 *
 * Builds a ~1 MB document from the evaluation articles' reference text (read at run time from
 * /work/shared/eval, never copied into the repository), locates 200 quotes of 40 words (half
 * verbatim, half with one word replaced) and prints indexing speed, time per quote (median and
 * p95) and accuracy: a verbatim quote must come back "exact" at its place (or at an identical
 * earlier passage), a changed one "altered" with the replacement in its diff.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { indexDocument, locateQuote } from "../../src/compare/index.js"

const DIR = process.env.WCXB_DIR ?? "/work/shared/eval/wcxb-dev-articles/ground-truth"
const TARGET = 1_000_000
const QUOTES = 200
const WORDS = 40
const WARM_UP = 20

const corpus = (): string => {
  const parts: Array<string> = []
  let size = 0
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".json")).sort()) {
    const json = JSON.parse(readFileSync(join(DIR, file), "utf8")) as { ground_truth?: { main_content?: string } }
    const text = json.ground_truth?.main_content
    if (typeof text !== "string" || text.length === 0) continue
    parts.push(text)
    size += text.length + 2
    if (size >= TARGET) break
  }
  return parts.join("\n\n")
}

/** mulberry32: a seeded generator, so every run asks the same questions. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const STRANGERS = ["marmalade", "zeppelin", "quasar", "tambourine", "walrus", "origami", "glacier", "saxophone"]

interface Case {
  readonly quote: string
  readonly start: number
  readonly end: number
  readonly replaced?: { readonly from: string; readonly to: string }
}

const cases = (doc: string, count: number, rnd: () => number): Array<Case> => {
  const words = [...doc.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
  const out: Array<Case> = []
  while (out.length < count) {
    const i = Math.floor(rnd() * (words.length - WORDS))
    const window = words.slice(i, i + WORDS)
    const start = window[0]?.start ?? 0
    const end = window[WORDS - 1]?.end ?? 0
    const quote = doc.slice(start, end)
    // brackets and ellipses mean something in a quote; skip windows that have them
    if (/[[\]…]|\.\.\./.test(quote)) continue
    if (out.length % 2 === 0) {
      out.push({ quote, start, end })
      continue
    }
    const k = 10 + Math.floor(rnd() * 20)
    const word = window[k]
    const letters = /^[A-Za-z]{4,}$/.exec(word?.text ?? "")?.[0]
    if (word === undefined || letters === undefined) continue
    const to = STRANGERS[Math.floor(rnd() * STRANGERS.length)] ?? "walrus"
    const changed = doc.slice(start, word.start) + to + doc.slice(word.end, end)
    out.push({ quote: changed, start, end, replaced: { from: letters, to } })
  }
  return out
}

const percentile = (xs: ReadonlyArray<number>, p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
}

const doc = corpus()
const mb = doc.length / 1e6
// wall-clock time, and CPU time (which other processes on a shared machine do not inflate)
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
const coldStart = performance.now()
let index = indexDocument(doc)
const cold = performance.now() - coldStart
const indexTimes: Array<number> = []
const indexCpu: Array<number> = []
for (let run = 0; run < 8; run++) {
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  index = indexDocument(doc)
  indexCpu.push(cpuMs(c0))
  indexTimes.push(performance.now() - t0)
}
const rnd = random(20220523)
for (const c of cases(doc, WARM_UP, rnd)) locateQuote(c.quote, index)

const times: Array<number> = []
const locateCpu = process.cpuUsage()
let checkingCpu = 0
let exactOk = 0
let alteredOk = 0
const misses: Array<string> = []
for (const c of cases(doc, QUOTES, rnd)) {
  const t0 = performance.now()
  const m = locateQuote(c.quote, index)
  times.push(performance.now() - t0)
  const c1 = process.cpuUsage()
  if (c.replaced === undefined) {
    const samePlace = m.span?.start !== undefined && m.span.start < c.end && (m.span.end ?? 0) > c.start
    const sameWords = m.excerpt !== undefined && locateQuote(m.excerpt, c.quote).match === "exact"
    if (m.match === "exact" && (samePlace || sameWords)) exactOk++
    else misses.push(`verbatim -> ${m.match}: ${c.quote.slice(0, 70)}`)
  } else {
    const { from, to } = c.replaced
    const shown = m.diff.some((op) => op.op === "replace" && op.claimed === to && op.source?.replace(/\W+$/, "") === from)
    if (m.match === "altered" && shown) alteredOk++
    else misses.push(`${from}->${to} -> ${m.match} ${JSON.stringify(m.diff.filter((op) => op.op !== "equal"))}`)
  }
  checkingCpu += cpuMs(c1)
}
const meanLocateCpu = (cpuMs(locateCpu) - checkingCpu) / QUOTES

const half = QUOTES / 2
console.log(`document: ${mb.toFixed(2)} MB, ${index.size} tokens, ${index.vocabulary.size} distinct words`)
const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(1)} MB/s`
const wall = percentile(indexTimes, 0.5)
const cpu = percentile(indexCpu, 0.5)
console.log(
  `indexing: first (cold) ${cold.toFixed(1)} ms; then median wall ${wall.toFixed(1)} ms (${rate(wall)}), ` +
    `median CPU ${cpu.toFixed(1)} ms (${rate(cpu)}), best wall ${Math.min(...indexTimes).toFixed(1)} ms (${rate(Math.min(...indexTimes))})`
)
console.log(
  `locate (${QUOTES} quotes of ${WORDS} words): median ${percentile(times, 0.5).toFixed(2)} ms, ` +
    `p95 ${percentile(times, 0.95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms, mean CPU ${meanLocateCpu.toFixed(2)} ms`
)
console.log(
  `accuracy: verbatim exact ${exactOk}/${half}, one word replaced -> altered with that replacement ${alteredOk}/${half}, ` +
    `overall ${(((exactOk + alteredOk) / QUOTES) * 100).toFixed(1)}%`
)
for (const miss of misses.slice(0, 10)) console.log(`  miss: ${miss}`)
