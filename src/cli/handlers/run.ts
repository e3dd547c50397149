import { FileSystem, Path } from "@effect/platform"
import { Console, Effect, Option } from "effect"
import { createHash } from "node:crypto"
import { loadClaimSet } from "../../claimset/load.js"
import { reportToJson } from "../../report/json.js"
import { loadDeskConfig } from "../../report/desk-config.js"
import { reportToHtml } from "../../report/html.js"
import { reportToMarkdown } from "../../report/markdown.js"
import { summaryTable } from "../../report/summary.js"
import { Store } from "../../store/store.js"
import { snapshotOf } from "../../verify/snapshots.js"
import { buildReport, Verifier } from "../../verify/verifier.js"
import { archivePath } from "../archive-path.js"
import { engineLayer } from "../layers.js"
import { makeProgress } from "../progress.js"

import type { RunOptions } from "../run-command.js"

export const handle = (opts: RunOptions) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    // The whole file is checked before anything is fetched: a bad claim set runs nothing.
    const claimSet = yield* loadClaimSet(opts.claimSet)
    const fileSha256 = createHash("sha256").update(yield* fs.readFile(opts.claimSet)).digest("hex")
    const store = yield* Store
    yield* store.saveClaimSet(claimSet, opts.claimSet, fileSha256)

    const replayDir = Option.getOrUndefined(opts.replay)
    const prior = opts.resume ? yield* store.latestIncompleteRun(claimSet.id, "run") : Option.none()
    const runId = Option.isSome(prior)
      ? prior.value.id
      : yield* store.startRun({ claimSetId: claimSet.id, kind: "run", options: { replay: replayDir ?? null, out: opts.out } })
    const skip = yield* store.doneClaimIds(runId)
    if (opts.resume) {
      yield* Console.error(Option.isSome(prior)
        ? `Resuming run ${runId}: ${skip.size} of ${claimSet.claims.length} claims were already decided.`
        : `Nothing to resume for ${claimSet.id}: starting run ${runId}.`)
    }

    yield* fs.makeDirectory(opts.out, { recursive: true })
    const warc = archivePath(opts.out, claimSet.id, `run${runId}`)
    const interactive = process.stderr.isTTY === true && !opts.quiet
    yield* Effect.flatMap(Verifier, (v) =>
      v.verifySet(claimSet, {
        ...makeProgress(interactive),
        skip,
        onVerdict: (claim, readings, inputs) => store.recordVerdict(runId, claimSet.id, claim, readings.map(snapshotOf), inputs)
      })).pipe(Effect.provide(engineLayer({ archive: warc, ...(replayDir ? { replay: replayDir } : {}) })))
    yield* store.finishRun(runId, "complete")

    // The report is rebuilt from the store, so a resumed run reports every claim, not just its own.
    const report = buildReport(claimSet, yield* store.claimReports(runId), replayDir ? "replay" : "live")
    const written: Array<string> = [warc]
    if (opts.format !== "md") {
      const file = path.join(opts.out, `${claimSet.id}.json`)
      yield* fs.writeFileString(file, reportToJson(report))
      written.push(file)
    }
    if (opts.format !== "json") {
      const file = path.join(opts.out, `${claimSet.id}.md`)
      yield* fs.writeFileString(file, reportToMarkdown(report))
      written.push(file)
    }
    if (opts.format === "all") {
      // The page a desk attaches to the article; `corroborate report` makes the other formats.
      const desk = yield* loadDeskConfig()
      const file = path.join(opts.out, `${claimSet.id}.html`)
      yield* fs.writeFileString(file, reportToHtml(report, desk))
      written.push(file)
    }
    yield* Console.log(summaryTable(report, process.stdout.isTTY === true))
    yield* Console.log(`\nRun ${runId}. Report written: ${written.join(", ")}`)
  }).pipe(Effect.provide(Store.fromEnv))
