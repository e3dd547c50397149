/**
 * Benchmark (issue 6): a newsroom batch through the real engine, against the politeness bound.
 *
 *   npx tsx bench/batch/run.ts [--claims 2000] [--spacing 100,1000] [--memory 500,2000] [--reps 3]
 *                              [--concurrency 2] [--json FILE]
 *
 * 2,000 claims (quotes and statements, 1–3 sources each on different hosts) over 200 hostnames
 * `www.host-NNN.test`, all served by ONE HTTP server on 127.0.0.1 (bench/batch/server.ts, its own
 * process) that answers every request after 50 ms with ETag/Last-Modified. The engine runs in a
 * fresh process per run (bench/batch/engine.ts, compiled): the layers of src/cli/layers.ts over an
 * undici Agent whose connect sends every hostname to that server, Verifier.verifySet committing each
 * verdict to a temporary SQLite store as `corroborate run` does, and the WARC archive on. Nothing
 * but 127.0.0.1 is ever contacted: the Agent never resolves a name.
 *
 * Politeness: perHostConcurrency 2 (--concurrency), and perHostSpacingMs 100 and 1000 (--spacing, a
 * list): 100 ms makes the politeness bound small, so the figures show what the engine itself costs;
 * 1000 ms is the shipped default, where politeness should dominate.
 *
 * Printed per configuration, median of --reps runs (this 2-core machine is shared): wall time,
 * claims/s, requests made, the politeness lower bound and wall/bound (formula: harness.ts
 * `politenessBoundMs`), process CPU time, how busy the main thread was, GC pauses, time in the
 * store per claim, peak RSS and heap (sampled every 100 ms), kernel maxrss, the live heap (largest
 * heap just after a full GC), the heap still reachable at the end, and the RSS before the run.
 * Then the memory check: the same batch at several sizes (--memory) at the first spacing.
 *
 * What-ifs (to find out what limits the engine; never on by default):
 *   --claim-concurrency N   CLAIM_CONCURRENCY rewritten in the bench's compiled copy only
 *   --store-sync FULL       PRAGMA synchronous on the store connection (the store sets NORMAL)
 *   --tsx                   run the engine under tsx instead of compiled (adds ~70 MB RSS)
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { LATENCY_MS } from "./corpus.js"
import type { EngineResult } from "./engine.js"
import { argValue, fmt, hostSpread, median, politenessBoundMs, prepareBuild, runEngine, startServer, table } from "./harness.js"
import type { ServerStats } from "./server.js"

const list = (s: string) => s.split(",").filter(Boolean).map(Number)
const CLAIMS = Number(argValue("claims") ?? 2000)
const SPACINGS = list(argValue("spacing") ?? "100,1000")
const MEMORY_SIZES = list(argValue("memory") ?? "500,2000")
const REPS = Number(argValue("reps") ?? 3)
const CONCURRENCY = Number(argValue("concurrency") ?? 2)
const JSON_OUT = argValue("json")
const CLAIM_CONCURRENCY = argValue("claim-concurrency")
const TSX = process.argv.includes("--tsx")
const STORE_SYNC = argValue("store-sync") as "NORMAL" | "FULL" | undefined

const TARGET_RATIO = 1.5
const TARGET_MB = 300

interface Config {
  readonly claims: number
  readonly spacing: number
}
interface Measured extends Config {
  readonly result: EngineResult
  readonly stats: ServerStats
  readonly boundMs: number
}

const key = (c: Config) => `${c.claims}@${c.spacing}`
const configs = [...new Map<string, Config>([
  ...SPACINGS.map((spacing): [string, Config] => [key({ claims: CLAIMS, spacing }), { claims: CLAIMS, spacing }]),
  ...MEMORY_SIZES.map((claims): [string, Config] => [key({ claims, spacing: SPACINGS[0]! }), { claims, spacing: SPACINGS[0]! }])
]).values()]

const work = mkdtempSync(join(tmpdir(), "corroborate-bench-batch-"))
const build = prepareBuild({ tsx: TSX, ...(CLAIM_CONCURRENCY ? { claimConcurrency: Number(CLAIM_CONCURRENCY) } : {}) })
const whatIfs = [
  CLAIM_CONCURRENCY ? `CLAIM_CONCURRENCY ${CLAIM_CONCURRENCY} (compiled copy only)` : "",
  STORE_SYNC ? `store synchronous=${STORE_SYNC}` : "",
  TSX ? "engine under tsx" : ""
].filter(Boolean)
const server = await startServer(build)
const pages = await server.warm(Math.max(...configs.map((c) => c.claims)))
process.stderr.write(`server on 127.0.0.1:${server.port}, ${pages} pages, ${LATENCY_MS} ms per answer; ${CONCURRENCY} per host; CLAIM_CONCURRENCY ${build.claimConcurrency}; ${whatIfs.length ? `what-ifs: ${whatIfs.join(", ")}; ` : ""}${REPS} runs each of ${configs.map((c) => `${c.claims} claims at ${c.spacing} ms`).join(", ")}\n`)

const runs: Array<Measured> = []
try {
  // Repetitions outermost, so a burst of load from the machine's other users spreads over configurations.
  for (let rep = 1; rep <= REPS; rep++) {
    for (const config of configs) {
      const dir = join(work, `${key(config)}-${rep}`)
      await server.stats(true)
      const result = await runEngine(build, {
        mode: "run",
        claims: config.claims,
        port: server.port,
        db: join(dir, "store.db"),
        outDir: dir,
        fetch: { perHostConcurrency: CONCURRENCY, perHostSpacingMs: config.spacing, privateNetwork: "loopback" },
        ...(STORE_SYNC ? { storeSync: STORE_SYNC } : {})
      })
      const stats = await server.stats(true)
      const boundMs = politenessBoundMs(stats.perHost, CONCURRENCY, config.spacing, LATENCY_MS)
      runs.push({ ...config, result, stats, boundMs })
      process.stderr.write(`  run ${rep}/${REPS}, ${config.claims} claims at ${config.spacing} ms: ${fmt(result.wallMs / 1000, 2)} s (bound ${fmt(boundMs / 1000, 2)} s), ${stats.requests} requests, CPU ${fmt(result.cpuMs / 1000, 1)} s, peak RSS ${fmt(result.peakRssMb, 0)} MB\n`)
      rmSync(dir, { recursive: true, force: true })
    }
  }
} finally {
  await server.close()
  build.cleanup()
  rmSync(work, { recursive: true, force: true })
}

const of = (c: Config) => runs.filter((r) => key(r) === key(c))
const med = (c: Config, f: (m: Measured) => number) => median(of(c).map(f))
const head = ["claims", "spacing ms", "wall s", "claims/s", "requests", "bound s", "wall/bound", "CPU s", "loop busy", "GC s", "store ms/claim", "peak RSS MB", "peak heap MB", "maxrss MB", "live heap MB", "retained at end MB", "RSS before MB"]
const row = (c: Config) => [
  String(c.claims),
  String(c.spacing),
  fmt(med(c, (m) => m.result.wallMs) / 1000, 2),
  fmt(med(c, (m) => m.result.claims / (m.result.wallMs / 1000)), 0),
  String(med(c, (m) => m.stats.requests)),
  fmt(med(c, (m) => m.boundMs) / 1000, 2),
  fmt(med(c, (m) => m.result.wallMs / m.boundMs), 2),
  fmt(med(c, (m) => m.result.cpuMs) / 1000, 1),
  fmt(med(c, (m) => m.result.elu) * 100, 0) + "%",
  fmt(med(c, (m) => m.result.gcMs) / 1000, 1),
  fmt(med(c, (m) => m.result.storeMs / m.result.claims), 2),
  fmt(med(c, (m) => m.result.peakRssMb), 0),
  fmt(med(c, (m) => m.result.peakHeapMb), 0),
  fmt(med(c, (m) => m.result.maxRssMb), 0),
  fmt(med(c, (m) => m.result.peakLiveHeapMb), 0),
  fmt(med(c, (m) => m.result.retainedHeapMb), 0),
  fmt(med(c, (m) => m.result.baselineRssMb), 0)
]

const mains = SPACINGS.map((spacing) => ({ claims: CLAIMS, spacing }))
const first = of(mains[0]!)[0]!
const spread = hostSpread(first.stats.perHost)
console.log(`\nBatch benchmark: ${CLAIMS} claims, ${first.stats.requests} distinct pages on ${spread.hosts} hosts (per host: min ${spread.min}, median ${spread.median}, max ${spread.max}), one local server answering every request after ${LATENCY_MS} ms; politeness ${CONCURRENCY} per host; CLAIM_CONCURRENCY ${build.claimConcurrency}${whatIfs.length ? `; what-ifs: ${whatIfs.join(", ")}` : ""}; median of ${REPS} runs.`)
console.log(`Bound: max over hosts of the earliest time n_h requests can all be answered (harness.ts); with spacing s ≥ ${LATENCY_MS}/${CONCURRENCY} ms it is (n_max − 1) × s + ${LATENCY_MS} ms, n_max = ${spread.max}.`)
console.log(`Ratings (first run): ${Object.entries(first.result.ratings).map(([k, v]) => `${k} ${v}`).join(", ")}. Written: store ${fmt(first.result.storeBytesAdded / 1048576, 1)} MB, WARC ${fmt(first.result.warcBytes / 1048576, 1)} MB.\n`)
console.log(table(head, mains.map(row)))
console.log("")
for (const c of mains) {
  const ratio = med(c, (m) => m.result.wallMs / m.boundMs)
  const peak = med(c, (m) => m.result.peakRssMb)
  const busy = med(c, (m) => m.result.elu)
  console.log(`At ${c.spacing} ms: wall within ${TARGET_RATIO}x of the bound ${ratio <= TARGET_RATIO ? "met" : "MISSED"} (${fmt(ratio, 2)}x); peak RSS under ${TARGET_MB} MB ${peak < TARGET_MB ? "met" : "MISSED"} (${fmt(peak, 0)} MB); main thread busy ${fmt(busy * 100, 0)}% of the run${busy > 0.85 && ratio > TARGET_RATIO ? ": bound by CPU, not by politeness" : ""}.`)
}

if (MEMORY_SIZES.length > 1) {
  const sizes = [...new Set(MEMORY_SIZES)].sort((a, b) => a - b).map((claims) => ({ claims, spacing: SPACINGS[0]! }))
  console.log(`\nMemory check: the same batch at ${sizes.map((s) => s.claims).join(", ")} claims, ${SPACINGS[0]} ms spacing (median of ${REPS}). Flat memory means live and retained heap that do not grow with the batch.\n`)
  console.log(table(head, sizes.map(row)))
  const [small, big] = [sizes[0]!, sizes.at(-1)!]
  const growth = (f: (m: Measured) => number) => (med(big, f) - med(small, f)) / ((big.claims - small.claims) / 1000)
  console.log(`\nGrowth from ${small.claims} to ${big.claims} claims, per 1,000 claims: peak RSS ${fmt(growth((m) => m.result.peakRssMb), 1)} MB, peak heap ${fmt(growth((m) => m.result.peakHeapMb), 1)} MB, live heap ${fmt(growth((m) => m.result.peakLiveHeapMb), 1)} MB, retained at end ${fmt(growth((m) => m.result.retainedHeapMb), 1)} MB.`)
}

if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ settings: { CLAIMS, SPACINGS, MEMORY_SIZES, CONCURRENCY, LATENCY_MS, REPS, claimConcurrency: build.claimConcurrency, whatIfs }, runs }, null, 2))
