/**
 * One measured engine run, in its own process (forked by bench/batch/run.ts or bench/recheck/run.ts,
 * so that peak RSS and CPU time belong to this run alone).
 *
 * mode "run": what `corroborate run` does — save the claim set, start a run, Verifier.verifySet with
 * each verdict committed to the SQLite store in `onVerdict`, the WARC archive on, finish the run,
 * then rebuild the report from the store.
 * mode "recheck": what `corroborate recheck` does — recheckClaimSet over the same store (conditional
 * requests from the stored snapshots), archive on, alerts to stderr only.
 *
 * The engine's layers are composed exactly as src/cli/layers.ts `engineLayer` composes them; only
 * the Transport differs: an undici Agent whose connect sends every hostname to the one local server
 * (src/fetch/transport.ts `agentToLocalServer`), in mode "live" so that the per-host spacing applies
 * (the Fetcher turns spacing off in "replay" mode).
 *
 * Diagnostics: BENCH_HEAP_SNAPSHOT=dir writes a heap snapshot at the end of the batch (and one when
 * BENCH_HEAP_SNAPSHOT_AT claims are done); BENCH_ENGINE_NODE_ARGS="--cpu-prof --cpu-prof-dir=dir"
 * (harness.ts) profiles the engine process.
 */
import { SqlClient } from "@effect/sql"
import { Effect, Layer, Schema } from "effect"
import { createHash } from "node:crypto"
import { existsSync, statSync } from "node:fs"
import { join } from "node:path"
import { constants as perfConstants, PerformanceObserver } from "node:perf_hooks"
import { writeHeapSnapshot } from "node:v8"
import { WarcArchive } from "../../src/archive/warc-archive.js"
import { ClaimSet } from "../../src/domain/claim-set.js"
import { FetchConfig, type FetchSettings } from "../../src/fetch/config.js"
import { Fetcher } from "../../src/fetch/fetcher.js"
import { agentToLocalServer, Transport } from "../../src/fetch/transport.js"
import { Alerts } from "../../src/recheck/alerts.js"
import { recheckClaimSet } from "../../src/recheck/recheck.js"
import { SourceReader } from "../../src/sources/reader.js"
import { sqliteClient } from "../../src/store/clients.js"
import { tuneHeap } from "../../src/cli/heap.js"
import { Store } from "../../src/store/store.js"
import { snapshotOf } from "../../src/verify/snapshots.js"
import { buildReport, Verifier } from "../../src/verify/verifier.js"
import { claimSetObject } from "./corpus.js"

export interface EngineJob {
  readonly mode: "run" | "recheck"
  readonly claims: number
  readonly port: number
  readonly db: string
  readonly outDir: string
  readonly fetch: Partial<FetchSettings>
  /**
   * What-ifs, for finding out what limits the engine (off by default; the defaults are the engine
   * as shipped):
   * - storeSync: PRAGMA synchronous on the store's connection (the store sets NORMAL: a WAL commit
   *   does not wait for fsync; "FULL" measures what waiting for it would cost).
   */
  readonly storeSync?: "NORMAL" | "FULL"
}

export interface EngineResult {
  readonly mode: "run" | "recheck"
  readonly claims: number
  readonly decided: number
  /** From the engine's layers being built to the last verdict committed and the run finished. */
  readonly wallMs: number
  /** Rebuilding the report from the store afterwards (run-command does it; not in wallMs). */
  readonly reportMs: number
  /** Process CPU (user + system, all threads) over wallMs. */
  readonly cpuMs: number
  readonly baselineRssMb: number
  readonly baselineHeapMb: number
  readonly peakRssMb: number
  readonly peakHeapMb: number
  /** Kernel high-water mark of the process (getrusage maxrss), whole process life. */
  readonly maxRssMb: number
  /** Heap still reachable after a forced GC, at the end of verifySet with the engine's layers alive. */
  readonly retainedHeapMb: number
  /** Main-thread time inside the store's recordVerdict (better-sqlite3 is synchronous: it blocks the loop). */
  readonly storeMs: number
  /** Largest heap in use just after a full GC during the run: the live set, garbage excluded. */
  readonly peakLiveHeapMb: number
  /** [ms since process start, MB] after each full GC. */
  readonly liveTimeline: ReadonlyArray<readonly [number, number]>
  /** GC pauses on the main thread (PerformanceObserver "gc"). */
  readonly gcMs: number
  /** Event-loop utilisation over wallMs: near 1 means the main thread never waited for the network. */
  readonly elu: number
  readonly ratings: Record<string, number>
  readonly changed?: number
  /** Bytes the run added to the SQLite file (measured with the store closed) and wrote to its WARC file. */
  readonly storeBytesAdded: number
  readonly warcBytes: number
}

const mb = (n: number) => n / (1024 * 1024)

/** The engine's layer graph, as engineLayer builds it, over a transport to the local server. */
export const benchEngineLayer = (port: number, fetch: Partial<FetchSettings>, archive: string) => {
  const config = FetchConfig.fromEnv(fetch)
  const transport = Layer.scoped(
    Transport,
    Effect.gen(function* () {
      const settings = yield* FetchConfig
      const agent = yield* Effect.acquireRelease(Effect.sync(() => agentToLocalServer(port, settings)), (a) => Effect.promise(() => a.close()))
      return { dispatcher: agent, mode: "live" as const }
    })
  )
  const warc = WarcArchive.toFile(archive)
  const fetcher = Fetcher.Default.pipe(Layer.provide(transport), Layer.provide(warc), Layer.provide(config))
  const reader = SourceReader.Default.pipe(Layer.provide(fetcher))
  return Verifier.DefaultWithoutDependencies.pipe(Layer.provideMerge(reader), Layer.provideMerge(fetcher), Layer.provide(config))
}

const gc = (globalThis as { gc?: () => void }).gc

const main = async (job: EngineJob): Promise<EngineResult> => {
  // as the CLI does at start-up (src/cli/main.ts)
  tuneHeap()
  // Peak memory: sampled every 100 ms (the sampler is late when the event loop is busy, so the
  // kernel's maxrss is reported beside it).
  let peakRss = 0
  let peakHeap = 0
  const sample = () => {
    const m = process.memoryUsage()
    peakRss = Math.max(peakRss, m.rss)
    peakHeap = Math.max(peakHeap, m.heapUsed)
  }
  gc?.()
  const base = process.memoryUsage()
  sample()
  const timer = setInterval(sample, 100)

  const plain = claimSetObject(job.claims)
  const claimSet = Schema.decodeUnknownSync(ClaimSet)(plain)
  const fileSha256 = createHash("sha256").update(JSON.stringify(plain)).digest("hex")
  const archive = join(job.outDir, `${claimSet.id}-${job.mode}-${process.pid}.warc.gz`)
  let retained = 0
  const measureRetained = Effect.sync(() => {
    if (gc) {
      gc()
      retained = process.memoryUsage().heapUsed
    }
    // A heap snapshot of what the batch keeps, for finding out why (BENCH_HEAP_SNAPSHOT=dir).
    const dir = process.env["BENCH_HEAP_SNAPSHOT"]
    if (dir) writeHeapSnapshot(join(dir, `${job.mode}-${job.claims}-${process.pid}.heapsnapshot`))
  })

  let gcMs = 0
  // Heap in use right after each full (mark-compact) GC: what the run keeps alive at that moment,
  // without the garbage that the sampled peak includes.
  let peakLive = 0
  const liveTimeline: Array<[number, number]> = []
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMs += e.duration
      if (((e as { detail?: { kind?: number } }).detail)?.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) {
        const used = process.memoryUsage().heapUsed
        peakLive = Math.max(peakLive, used)
        liveTimeline.push([Math.round(performance.now()), Math.round(mb(used))])
      }
    }
  })
  gcObserver.observe({ entryTypes: ["gc"] })
  let storeMs = 0
  const timedStore = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Effect.suspend(() => {
      const t = performance.now()
      return Effect.ensuring(effect, Effect.sync(() => void (storeMs += performance.now() - t)))
    })
  let elu = 0
  let wallMs = 0
  let cpuMs = 0
  let reportMs = 0
  let decided = 0
  let changed: number | undefined
  let ratings: Record<string, number> = {}

  const program = Effect.gen(function* () {
    const store = yield* Store
    if (job.storeSync) yield* (yield* SqlClient.SqlClient).unsafe(`PRAGMA synchronous = ${job.storeSync}`)
    yield* store.saveClaimSet(claimSet, `bench/${claimSet.id}.yaml`, fileSha256)
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    const e0 = performance.eventLoopUtilization()
    gcMs = 0
    if (job.mode === "run") {
      const runId = yield* store.startRun({ claimSetId: claimSet.id, kind: "run", options: { bench: true } })
      const skip = yield* store.doneClaimIds(runId)
      decided = yield* Effect.flatMap(Verifier, (v) =>
        v.verifySet(claimSet, {
          skip,
          onClaimDone: (_claim, done) => {
            // A heap snapshot in the middle of the batch (BENCH_HEAP_SNAPSHOT=dir, BENCH_HEAP_SNAPSHOT_AT=claims done).
            const dir = process.env["BENCH_HEAP_SNAPSHOT"]
            if (dir && done === Number(process.env["BENCH_HEAP_SNAPSHOT_AT"] ?? -1)) {
              gc?.()
              writeHeapSnapshot(join(dir, `${job.mode}-${job.claims}-at${done}-${process.pid}.heapsnapshot`))
            }
          },
          onVerdict: (claim, readings, inputs) => store.recordVerdict(runId, claimSet.id, claim, readings.map(snapshotOf), inputs)
        }).pipe(Effect.tap(() => measureRetained))
      ).pipe(Effect.provide(benchEngineLayer(job.port, job.fetch, archive)))
      yield* store.finishRun(runId, "complete")
      const c = process.cpuUsage(c0)
      wallMs = performance.now() - t0
      cpuMs = (c.user + c.system) / 1000
      elu = performance.eventLoopUtilization(e0).utilization
      const t1 = performance.now()
      const report = buildReport(claimSet, yield* store.claimReports(runId), "live")
      reportMs = performance.now() - t1
      ratings = report.summary.ratings
    } else {
      const outcome = yield* recheckClaimSet(claimSet, { mode: "live" }).pipe(
        Effect.tap(() => measureRetained),
        Effect.provide(Layer.merge(benchEngineLayer(job.port, job.fetch, archive), Alerts.layer(undefined)))
      )
      const c = process.cpuUsage(c0)
      wallMs = performance.now() - t0
      cpuMs = (c.user + c.system) / 1000
      elu = performance.eventLoopUtilization(e0).utilization
      decided = outcome.decided
      changed = outcome.changed.length
      ratings = outcome.report.summary.ratings
    }
  }).pipe(
    // The store as Store.sqlite(file) builds it (one client, also kept for the storeSync what-if),
    // with the time spent in recordVerdict measured.
    Effect.provide(Layer.effect(Store, Effect.map(Store, (store) => Store.make({
      ...store,
      recordVerdict: (...args: Parameters<typeof store.recordVerdict>) => timedStore(store.recordVerdict(...args))
    }))).pipe(Layer.provide(Store.Default), Layer.provideMerge(sqliteClient(job.db))))
  )

  const fileSize = (f: string) => (existsSync(f) ? statSync(f).size : 0)
  const dbBefore = fileSize(job.db)
  await Effect.runPromise(program)
  clearInterval(timer)
  gcObserver.disconnect()
  sample()
  return {
    mode: job.mode,
    claims: claimSet.claims.length,
    decided,
    wallMs,
    reportMs,
    cpuMs,
    baselineRssMb: mb(base.rss),
    baselineHeapMb: mb(base.heapUsed),
    peakRssMb: mb(peakRss),
    peakHeapMb: mb(peakHeap),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    retainedHeapMb: mb(retained),
    storeMs,
    peakLiveHeapMb: mb(peakLive),
    liveTimeline,
    gcMs,
    elu,
    ratings,
    ...(changed !== undefined ? { changed } : {}),
    storeBytesAdded: fileSize(job.db) + fileSize(`${job.db}-wal`) - dbBefore,
    warcBytes: fileSize(archive)
  }
}

process.once("message", (job: EngineJob) => {
  main(job).then(
    (result) => process.send?.({ type: "result", result }, () => process.exit(0)),
    (error) => {
      process.stderr.write(`engine run failed: ${String((error as Error)?.stack ?? error)}\n`)
      process.exit(1)
    }
  )
})
process.send?.({ type: "ready" })
