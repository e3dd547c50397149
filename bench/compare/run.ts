/**
 * Quote benchmark (`npx tsx bench/compare/run.ts`, meant for `npm run bench:compare`): the
 * labelled quote set of tests/compare/quality-set.ts placed in long documents built from the same
 * WCXB article text (1 MB and 4 MB, read from ../shared/eval), located by our index and by two
 * baselines in one process:
 *
 *   ours   indexDocument once per document, then locateQuote per quote (all cases)
 *   dice   sliding window of string-similarity's compareTwoStrings, step 1 word (a subset)
 *   fuzz   fuzzball partial_ratio(quote, document), default options (a subset)
 *
 * A baseline's class comes from thresholds on its score (stats.ts), calibrated on the same cases
 * looked up in their own pages, then applied unchanged to the long document. Env: DICE_QUOTES
 * (default 20), FUZZ_QUOTES (default 100), NOJUNK_QUOTES (fuzzball with autojunk off, default 2).
 */
import os from "node:os"
import v8 from "node:v8"
import vm from "node:vm"
import { indexDocument, type QuoteIndex } from "../../src/compare/index.js"
import { confusion, formatConfusion } from "../../tests/compare/confusion.js"
import { documentOf, qualitySet, type QualityCase } from "../../tests/compare/quality-set.js"
import { diceDocument, fuzzDocument, slidingDice, partialRatio, type DiceDoc, type FuzzDoc } from "./baselines.js"
import { checkPlacement, longDocument } from "./long-doc.js"
import { bothRight, runDice, runFuzz, runOurs, spread, type Outcome } from "./measure.js"
import { calibrate, median, ms, pct, percentile } from "./stats.js"

v8.setFlagsFromString("--expose-gc")
const gc = vm.runInNewContext("gc") as () => void
const count = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ")
const cpu = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since)
  return (u.user + u.system) / 1000
}

console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), node ${process.version}, load average ${load()}`)

// ---- documents
const long1 = longDocument(1_000_000)
const long4 = longDocument(4_000_000)
for (const [name, d] of [["1 MB", long1], ["4 MB", long4]] as const) {
  console.log(
    `${name} document: ${(d.bytes / 1e6).toFixed(2)} MB UTF-8, ${d.cases.length} cases placed ` +
      `(${d.dropped} absent quotes dropped: a 6-word run of them is in the text; placement errors ${checkPlacement(d)})`
  )
}

// ---- index memory, first thing (the word-form cache it fills is counted too)
const heap = () => {
  gc()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}
const structural = (index: QuoteIndex): number => {
  const arrays = [index.starts, index.ends, index.ids, index.postingStart, index.postings]
  const typed = arrays.reduce((n, a) => n + a.byteLength, 0)
  let keys = 0
  for (const key of index.vocabulary.keys()) keys += 16 + key.length
  return typed + keys + index.vocabulary.size * 40 // a Map entry is about 40 bytes in V8
}
const memoryOf = (text: string, bytes: number) => {
  const before = heap()
  const index = indexDocument(text)
  const delta = heap() - before
  const twoByte = /[^\u0000-\u00ff]/.test(text)
  console.log(
    `index memory, ${(bytes / 1e6).toFixed(2)} MB text: heap delta ${(delta / 1e6).toFixed(1)} MB = ${(delta / bytes).toFixed(2)}x the text; ` +
      `structural estimate ${(structural(index) / 1e6).toFixed(1)} MB = ${(structural(index) / bytes).toFixed(2)}x ` +
      `(the text itself is shared, not copied; V8 holds it as a ${twoByte ? "two" : "one"}-byte string, ${((text.length * (twoByte ? 2 : 1)) / 1e6).toFixed(1)} MB)`
  )
  return index
}
let index1: QuoteIndex | undefined = memoryOf(long1.text, long1.bytes)
index1 = undefined
memoryOf(long4.text, long4.bytes)

// ---- indexing speed
const indexing = (text: string, bytes: number, runs: number) => {
  const wall: Array<number> = []
  const cpuTimes: Array<number> = []
  let index = indexDocument(text)
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    index = indexDocument(text)
    cpuTimes.push(cpu(c0))
    wall.push(performance.now() - t0)
  }
  const rate = (t: number) => `${(bytes / 1e6 / (t / 1000)).toFixed(1)} MB/s`
  console.log(
    `indexing ${(bytes / 1e6).toFixed(2)} MB (${runs} runs): median wall ${ms(median(wall))} ms (${rate(median(wall))}), ` +
      `median CPU ${ms(median(cpuTimes))} ms (${rate(median(cpuTimes))}), best wall ${ms(Math.min(...wall))} ms (${rate(Math.min(...wall))})`
  )
  return { index, mbps: bytes / 1e6 / (median(wall) / 1000) }
}
const { index: ours1, mbps: mbps1 } = indexing(long1.text, long1.bytes, 7)
const { index: ours4, mbps: mbps4 } = indexing(long4.text, long4.bytes, 5)

// ---- ours, every case
const summary = (name: string, outs: ReadonlyArray<Outcome>) => {
  const placed = outs.filter((o) => o.placeRight !== undefined)
  const times = outs.map((o) => o.ms)
  return (
    `${name.padEnd(34)} ${String(outs.length).padStart(4)}  median ${ms(median(times)).padStart(7)} ms  p95 ${ms(percentile(times, 0.95)).padStart(7)} ms  ` +
    `class ${pct(outs.filter((o) => o.classRight).length, outs.length).padStart(6)}  place ${pct(placed.filter((o) => o.placeRight).length, placed.length).padStart(6)}  ` +
    `both ${pct(outs.filter(bothRight).length, outs.length).padStart(6)}`
  )
}
const matrix = (cases: ReadonlyArray<QualityCase>, outs: ReadonlyArray<Outcome>, title: string) => {
  const byId = new Map(outs.map((o) => [o.id, o]))
  return formatConfusion(
    confusion(cases.map((c) => ({ expected: c.expected, accept: c.accept, got: byId.get(c.id)?.got ?? "absent" }))),
    title
  )
}
runOurs(long1.cases, ours1) // warm-up pass (JIT), not counted
const ours1Out = runOurs(long1.cases, ours1)
const ours4Out = runOurs(long4.cases, ours4)
console.log(matrix(long1.cases, ours1Out, "\nours in the 1 MB document"))
console.log(matrix(long4.cases, ours4Out, "\nours in the 4 MB document"))

// ---- baselines: thresholds from the page-level run (each quote against its own page)
const all = qualitySet()
const diceDocs = new Map<string, DiceDoc>()
const fuzzDocs = new Map<string, FuzzDoc>()
const t0 = performance.now()
const diceCal = calibrate(
  all.map((c) => {
    const doc = documentOf(c)
    if (!diceDocs.has(doc)) diceDocs.set(doc, diceDocument(doc))
    return { score: slidingDice(c.quote, diceDocs.get(doc) as DiceDoc).score, quote: c.quote, accept: c.accept }
  })
)
const fuzzCal = calibrate(
  all.map((c) => {
    const doc = documentOf(c)
    if (!fuzzDocs.has(doc)) fuzzDocs.set(doc, fuzzDocument(doc))
    return { score: partialRatio(c.quote, fuzzDocs.get(doc) as FuzzDoc), quote: c.quote, accept: c.accept }
  })
)
const th = (t: { exact: number; altered: number; paraphrase: number }) => `exact >= ${t.exact}, altered >= ${t.altered}, paraphrase >= ${t.paraphrase}`
console.log(`\nbaseline thresholds, calibrated on the ${all.length} cases in their own pages (${((performance.now() - t0) / 1000).toFixed(0)} s):`)
console.log(`  dice: ${th(diceCal.thresholds)} (${pct(diceCal.right, all.length)} right at page level)`)
console.log(`  fuzz: ${th(fuzzCal.thresholds)} (${pct(fuzzCal.right, all.length)} right at page level)`)

// ---- baselines in the 1 MB document, on subsets spread over every kind
const diceSet = spread(long1.cases, count("DICE_QUOTES", 20))
const fuzzSet = spread(long1.cases, count("FUZZ_QUOTES", 100))
const diceDoc = diceDocument(long1.text)
const fuzzDoc = fuzzDocument(long1.text)
const diceOut = runDice(diceSet, diceDoc, long1.text, diceCal.thresholds, (k) => {
  if ((k + 1) % 5 === 0) process.stdout.write(`  dice ${k + 1}/${diceSet.length} quotes\r`)
})
const fuzz = runFuzz(fuzzSet, fuzzDoc, fuzzCal.thresholds)
const nojunkSet = spread(long1.cases.filter((c) => c.expected === "exact"), count("NOJUNK_QUOTES", 2))
const nojunk = runFuzz(nojunkSet, fuzzDoc, fuzzCal.thresholds, false)

const pick = (outs: ReadonlyArray<Outcome>, set: ReadonlyArray<QualityCase>) => {
  const ids = new Set(set.map((c) => c.id))
  return outs.filter((o) => ids.has(o.id))
}
console.log(`\nper quote in the 1 MB document (${(long1.bytes / 1e6).toFixed(2)} MB), once indexed; class = right class, place = span at the quote, both = the two:`)
console.log(summary("ours, all cases", ours1Out))
console.log(summary("ours, all cases, 4 MB document", ours4Out))
const byLabel = (cases: ReadonlyArray<QualityCase>, outs: ReadonlyArray<Outcome>) =>
  (["exact", "elided", "altered", "paraphrase", "absent"] as const)
    .map((label) => {
      const ids = new Set(cases.filter((c) => c.expected === label).map((c) => c.id))
      return `${label} ${ms(median(outs.filter((o) => ids.has(o.id)).map((o) => o.ms)))}`
    })
    .join(", ")
console.log(`  ours, median ms by label: 1 MB ${byLabel(long1.cases, ours1Out)}; 4 MB ${byLabel(long4.cases, ours4Out)}`)
console.log(summary(`ours, the dice subset`, pick(ours1Out, diceSet)))
console.log(summary(`dice sliding window, step 1 word`, diceOut))
console.log(summary(`ours, the fuzz subset`, pick(ours1Out, fuzzSet)))
console.log(summary(`fuzz partial_ratio, autojunk on`, fuzz.outcomes))
console.log(summary(`fuzz partial_ratio, autojunk off`, nojunk.outcomes))
console.log(`  (fuzz place replica disagreed with partial_ratio's score on ${fuzz.replicaMismatches + nojunk.replicaMismatches} quotes)`)
console.log(matrix(diceSet, diceOut, "\ndice on its subset"))
console.log(matrix(fuzzSet, fuzz.outcomes, "\nfuzz partial_ratio (autojunk on) on its subset"))

const ratio = (base: ReadonlyArray<Outcome>, set: ReadonlyArray<QualityCase>) => {
  const mine = median(pick(ours1Out, set).map((o) => o.ms))
  return `${(median(base.map((o) => o.ms)) / mine).toFixed(0)}x (${ms(median(base.map((o) => o.ms)))} ms / ${ms(mine)} ms)`
}
console.log(`\nratios of medians on the same quotes (baseline / ours): dice ${ratio(diceOut, diceSet)}, fuzz ${ratio(fuzz.outcomes, fuzzSet)}`)
const ours = ours1Out.map((o) => o.ms)
console.log(
  `targets: median ${ms(median(ours))} ms in 1 MB (< 5 ms: ${median(ours) < 5 ? "met" : "NOT met"}); ` +
    `indexing ${mbps1.toFixed(1)} MB/s at 1 MB, ${mbps4.toFixed(1)} MB/s at 4 MB (>= 20: ${Math.min(mbps1, mbps4) >= 20 ? "met" : "NOT met"})`
)
console.log(`load average at the end: ${load()}`)
