import { FileSystem, Path } from "@effect/platform"
import { Console, Effect, Layer, Option } from "effect"
import { createHash } from "node:crypto"
import { loadClaimSet } from "../../claimset/load.js"
import type { ClaimSet } from "../../domain/claim-set.js"
import { InputError } from "../../domain/errors.js"
import { Alerts } from "../../recheck/alerts.js"
import { isDue } from "../../recheck/due.js"
import { recheckClaimSet } from "../../recheck/recheck.js"
import { reportToJson } from "../../report/json.js"
import { reportToMarkdown } from "../../report/markdown.js"
import { summaryTable } from "../../report/summary.js"
import { Store } from "../../store/store.js"
import { archivePath } from "../archive-path.js"
import { engineLayer } from "../layers.js"
import { makeProgress } from "../progress.js"
import { VERDICT_CHANGED, type RecheckOptions } from "../recheck-command.js"

/** The claim sets a re-check is about: a file, a stored id, or every stored set (those due, with --due). */
export const recheckTargets = (opts: { file: Option.Option<string>; claimSetId: Option.Option<string>; due: boolean }) =>
  Effect.gen(function* () {
    const store = yield* Store
    const fs = yield* FileSystem.FileSystem
    const fromFile = (path: string) =>
      Effect.gen(function* () {
        const claimSet = yield* loadClaimSet(path)
        yield* store.saveClaimSet(claimSet, path, createHash("sha256").update(yield* fs.readFile(path)).digest("hex"))
        return claimSet
      })
    if (Option.isSome(opts.file)) return [yield* fromFile(opts.file.value)]
    const ids = Option.isSome(opts.claimSetId) ? [opts.claimSetId.value] : yield* store.claimSetIds()
    const sets: Array<ClaimSet> = []
    for (const id of ids) {
      const info = yield* store.claimSetInfo(id)
      if (Option.isNone(info)) return yield* new InputError({ what: `--claim-set ${id}`, detail: "no claim set with this id in the store (run it first)" })
      if (opts.due) {
        const last = (yield* store.latestVerdicts(id)).map((v) => v.decidedAt).sort().at(0)
        if (!isDue(info.value.schedule, last)) continue
      }
      sets.push(yield* fromFile(info.value.file))
    }
    return sets
  })

export const handle = (opts: RecheckOptions) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const sets = yield* recheckTargets(opts)
    if (sets.length === 0) yield* Console.error(opts.due ? "No claim set is due for a re-check." : "No claim set to re-check.")
    const replayDir = Option.getOrUndefined(opts.replay)
    const wanted = opts.claimIds.length ? new Set(opts.claimIds) : undefined
    let changedCount = 0
    yield* fs.makeDirectory(opts.out, { recursive: true })
    for (const claimSet of sets) {
      const unknown = [...(wanted ?? [])].filter((id) => !claimSet.claims.some((c) => c.id === id))
      if (wanted && unknown.length === wanted.size) continue
      const warc = archivePath(opts.out, claimSet.id, "recheck")
      const outcome = yield* recheckClaimSet(claimSet, {
        ...makeProgress(process.stderr.isTTY === true && !opts.quiet),
        ...(wanted ? { claimIds: wanted } : {}),
        mode: replayDir ? "replay" : "live"
      }).pipe(Effect.provide(Layer.merge(engineLayer({ archive: warc, ...(replayDir ? { replay: replayDir } : {}) }), Alerts.layer(Option.getOrUndefined(opts.events)))))
      changedCount += outcome.changed.length
      yield* fs.writeFileString(path.join(opts.out, `${claimSet.id}.json`), reportToJson(outcome.report))
      yield* fs.writeFileString(path.join(opts.out, `${claimSet.id}.md`), reportToMarkdown(outcome.report))
      yield* Console.log(summaryTable(outcome.report, process.stdout.isTTY === true))
      yield* Console.log(`\nRe-check run ${outcome.runId} of ${claimSet.id}: ${outcome.decided} claims checked (${outcome.kept} kept their verdict: every source as before; ${outcome.decided - outcome.kept} judged again), ${outcome.changed.length} verdicts changed.`)
    }
    if (changedCount > 0) process.exitCode = VERDICT_CHANGED
  }).pipe(Effect.provide(Store.fromEnv))
