/**
 * Benchmark (issue 6): what a re-check of unchanged sources costs next to the first run.
 *
 *   npx tsx bench/recheck/run.ts [--claims 1000] [--reps 3] [--spacing 100,1000] [--concurrency 2] [--json FILE]
 *
 * 1,000 claims of the batch benchmark's corpus (bench/batch/corpus.ts), served by the same single
 * local server on 127.0.0.1 (50 ms per answer, ETag/Last-Modified, 304 to a matching
 * If-None-Match). Per repetition, on a fresh SQLite store: a first run (`corroborate run`: verifySet
 * committing each verdict, WARC on), then a re-check over the same store (`corroborate recheck`:
 * recheckClaimSet, conditional requests from the stored snapshots), each in its own process.
 *
 * "Cost" is printed three ways, because they answer different questions:
 * - wall time: how long the desk waits. Both runs make the same requests to the same hosts under
 *   the same per-host spacing, so the politeness bound of the re-check is the first run's bound; a
 *   304 saves the body, not the wait for the host's next polite slot.
 * - CPU time (engine process, all threads): what the machine spends. A 304 saves download,
 *   decompression, parsing and extraction, but the claims are still re-checked and re-recorded.
 * - bytes on the wire (both directions, counted on the server's sockets): what the outlets serve.
 * Medians of --reps; the ratios are medians of the per-repetition ratios.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { LATENCY_MS } from "../batch/corpus.js"
import type { EngineResult } from "../batch/engine.js"
import { argValue, fmt, median, politenessBoundMs, prepareBuild, runEngine, startServer, table } from "../batch/harness.js"
import type { ServerStats } from "../batch/server.js"

const CLAIMS = Number(argValue("claims") ?? 1000)
const REPS = Number(argValue("reps") ?? 3)
const SPACINGS = (argValue("spacing") ?? "100,1000").split(",").filter(Boolean).map(Number)
const CONCURRENCY = Number(argValue("concurrency") ?? 2)
const JSON_OUT = argValue("json")
const TARGET = 0.15

interface Phase {
  readonly result: EngineResult
  readonly stats: ServerStats
  readonly boundMs: number
}
interface Rep {
  readonly spacing: number
  readonly first: Phase
  readonly recheck: Phase
}

const work = mkdtempSync(join(tmpdir(), "corroborate-bench-recheck-"))
const build = prepareBuild()
const server = await startServer(build)
await server.warm(CLAIMS)
process.stderr.write(`server on 127.0.0.1:${server.port}, latency ${LATENCY_MS} ms; ${CLAIMS} claims; politeness ${CONCURRENCY} per host, spacing ${SPACINGS.join(" and ")} ms; CLAIM_CONCURRENCY ${build.claimConcurrency}; ${REPS} repetitions\n`)

const reps: Array<Rep> = []
try {
  for (let rep = 1; rep <= REPS; rep++) {
    for (const spacing of SPACINGS) {
      const dir = join(work, `${spacing}-${rep}`)
      const job = {
        claims: CLAIMS,
        port: server.port,
        db: join(dir, "store.db"),
        outDir: dir,
        fetch: { perHostConcurrency: CONCURRENCY, perHostSpacingMs: spacing, privateNetwork: "loopback" as const }
      }
      const phase = async (mode: "run" | "recheck"): Promise<Phase> => {
        await server.stats(true)
        const result = await runEngine(build, { ...job, mode })
        const stats = await server.stats(true)
        return { result, stats, boundMs: politenessBoundMs(stats.perHost, CONCURRENCY, spacing, LATENCY_MS) }
      }
      const first = await phase("run")
      const recheck = await phase("recheck")
      reps.push({ spacing, first, recheck })
      process.stderr.write(`  rep ${rep}/${REPS}, spacing ${spacing} ms: first ${fmt(first.result.wallMs / 1000, 2)} s (${first.stats.requests} requests), re-check ${fmt(recheck.result.wallMs / 1000, 2)} s (${recheck.stats.status["304"] ?? 0} × 304, ${recheck.result.changed ?? 0} verdicts changed)\n`)
      rmSync(dir, { recursive: true, force: true })
    }
  }
} finally {
  await server.close()
  build.cleanup()
  rmSync(work, { recursive: true, force: true })
}

const kb = (n: number) => fmt(n / 1024, 0)
const wire = (p: Phase) => p.stats.wireBytesIn + p.stats.wireBytesOut

console.log(`\nRe-check benchmark: ${CLAIMS} claims whose sources did not change; one local server answering after ${LATENCY_MS} ms; politeness ${CONCURRENCY} per host; CLAIM_CONCURRENCY ${build.claimConcurrency}; median of ${REPS}.`)
for (const spacing of SPACINGS) {
  const rs = reps.filter((r) => r.spacing === spacing)
  const m = (f: (r: Rep) => number) => median(rs.map(f))
  const row = (name: string, p: (r: Rep) => Phase) => [
    name,
    fmt(m((r) => p(r).result.wallMs) / 1000, 2),
    fmt(m((r) => p(r).boundMs) / 1000, 2),
    fmt(m((r) => p(r).result.wallMs / p(r).boundMs), 2),
    fmt(m((r) => p(r).result.cpuMs) / 1000, 1),
    fmt(m((r) => p(r).result.elu) * 100, 0) + "%",
    String(m((r) => p(r).stats.requests)),
    String(m((r) => p(r).stats.status["200"] ?? 0)),
    String(m((r) => p(r).stats.status["304"] ?? 0)),
    kb(m((r) => p(r).stats.wireBytesOut)),
    kb(m((r) => p(r).stats.wireBytesIn)),
    fmt(m((r) => p(r).result.storeMs) / 1000, 1),
    fmt(m((r) => p(r).result.storeBytesAdded) / 1048576, 1),
    fmt(m((r) => p(r).result.warcBytes) / 1048576, 1),
    fmt(m((r) => p(r).result.peakRssMb), 0)
  ]
  console.log(`\nSpacing ${spacing} ms between starts to one host:\n`)
  console.log(table(
    ["phase", "wall s", "bound s", "wall/bound", "CPU s", "loop busy", "requests", "200", "304", "KB served", "KB sent", "store s", "store +MB", "WARC MB", "peak RSS MB"],
    [row("first run", (r) => r.first), row("re-check", (r) => r.recheck)]
  ))
  const ratio = (f: (p: Phase) => number) => m((r) => f(r.recheck) / f(r.first))
  const wallRatio = ratio((p) => p.result.wallMs)
  const cpuRatio = ratio((p) => p.result.cpuMs)
  const byteRatio = ratio(wire)
  const floor = m((r) => r.recheck.boundMs / r.first.result.wallMs)
  const verdict = (x: number) => (x <= TARGET ? "meets" : "misses")
  console.log(`\nRe-check / first run: wall ${fmt(wallRatio * 100, 0)}% (${verdict(wallRatio)} the ${TARGET * 100}% target; politeness alone puts the floor at ${fmt(floor * 100, 0)}%: the re-check's bound over the first run's wall time), CPU ${fmt(cpuRatio * 100, 0)}% (${verdict(cpuRatio)}), bytes on the wire ${fmt(byteRatio * 100, 1)}% (${verdict(byteRatio)}).`)
}

if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ settings: { CLAIMS, REPS, SPACINGS, CONCURRENCY, LATENCY_MS }, reps }, null, 2))
