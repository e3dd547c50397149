import { FileSystem, Path } from "@effect/platform"
import { Clock, Console, Cron, Duration, Effect, Layer, Option } from "effect"
import { loadClaimSet } from "../../claimset/load.js"
import type { ClaimSet } from "../../domain/claim-set.js"
import { Alerts } from "../../recheck/alerts.js"
import { isDue } from "../../recheck/due.js"
import { recheckClaimSet } from "../../recheck/recheck.js"
import { reportToJson } from "../../report/json.js"
import { Store } from "../../store/store.js"
import { archivePath } from "../archive-path.js"
import { engineLayer } from "../layers.js"
import { makeProgress } from "../progress.js"
import type { WatchOptions } from "../watch-command.js"

/**
 * Runs `effect` at each tick of a cron schedule, one run at a time: the next tick is taken strictly
 * after the previous run ended, so a run that overlaps a tick is not followed by a second one at
 * once (Schedule.cron fires again when the current second still matches).
 */
export const everyTick = <A, E, R>(schedule: string, effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const cron = Cron.unsafeParse(schedule, "UTC")
    for (;;) {
      const now = yield* Clock.currentTimeMillis
      yield* Effect.sleep(Duration.millis(Cron.next(cron, new Date(now)).getTime() - now))
      yield* effect
    }
  })

export const handle = (opts: WatchOptions) =>
  Effect.gen(function* () {
    const store = yield* Store
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const replayDir = Option.getOrUndefined(opts.replay)
    yield* fs.makeDirectory(opts.out, { recursive: true })
    const scheduled: Array<{ claimSet: ClaimSet; schedule: string }> = []
    for (const id of yield* store.claimSetIds()) {
      const info = yield* store.claimSetInfo(id)
      if (Option.isNone(info) || !info.value.schedule) continue
      scheduled.push({ claimSet: yield* loadClaimSet(info.value.file), schedule: info.value.schedule })
    }
    if (scheduled.length === 0) return yield* Console.error("No claim set in the store has a schedule: nothing to watch.")
    yield* Console.error(`Watching ${scheduled.map((s) => `${s.claimSet.id} (${s.schedule})`).join(", ")}.`)

    const once = (claimSet: ClaimSet) =>
      Effect.gen(function* () {
        const warc = archivePath(opts.out, claimSet.id, "recheck")
        // A fresh engine per re-check: nothing read on an earlier tick is reused.
        const outcome = yield* recheckClaimSet(claimSet, { ...makeProgress(false), mode: replayDir ? "replay" : "live" }).pipe(
          Effect.provide(Layer.merge(engineLayer({ archive: warc, ...(replayDir ? { replay: replayDir } : {}) }), Alerts.layer(Option.getOrUndefined(opts.events))))
        )
        yield* fs.writeFileString(path.join(opts.out, `${claimSet.id}.json`), reportToJson(outcome.report))
        yield* Console.error(`${new Date().toISOString()} re-checked ${claimSet.id}: ${outcome.decided} claims, ${outcome.kept} kept their verdict, ${outcome.changed.length} verdicts changed (run ${outcome.runId})`)
      }).pipe(
        // One failed re-check (the store briefly locked, a bug) is reported and the watch goes on.
        Effect.catchAllCause((cause) => Console.error(`re-check of ${claimSet.id} failed: ${cause.toString().split("\n")[0]}`))
      )

    yield* Effect.forEach(
      scheduled,
      ({ claimSet, schedule }) =>
        Effect.gen(function* () {
          const last = (yield* store.latestVerdicts(claimSet.id)).map((v) => v.decidedAt).sort().at(0)
          if (isDue(schedule, last)) yield* once(claimSet)
          yield* everyTick(schedule, once(claimSet))
        }),
      { concurrency: "unbounded", discard: true }
    )
  }).pipe(Effect.provide(Store.fromEnv))
