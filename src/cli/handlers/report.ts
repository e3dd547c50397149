import { FileSystem, Path } from "@effect/platform"
import { Console, Effect, Option } from "effect"
import { InputError } from "../../domain/errors.js"
import { loadDeskConfig } from "../../report/desk-config.js"
import { loadClaimSet } from "../../claimset/load.js"
import { readReportFile } from "../../report/read-report.js"
import { Store } from "../../store/store.js"
import { buildReport } from "../../verify/verifier.js"
import { needsDesk, renderReport } from "../../report/render.js"
import type { ReportOptions } from "../report-command.js"

/** A run's report rebuilt from the store: its verdicts, and the claim set's own file for the article. */
const reportOfRun = (runId: number) =>
  Effect.gen(function* () {
    const store = yield* Store
    const run = yield* store.runInfo(runId)
    if (Option.isNone(run)) return yield* new InputError({ what: `run ${runId}`, detail: "no such run in the store" })
    const info = yield* store.claimSetInfo(run.value.claimSetId)
    if (Option.isNone(info)) return yield* new InputError({ what: `run ${runId}`, detail: `its claim set ${run.value.claimSetId} is not in the store` })
    const claimSet = yield* loadClaimSet(info.value.file)
    const options = run.value.options as { replay?: unknown } | null
    return buildReport(claimSet, yield* store.claimReports(runId), options?.replay ? "replay" : "live")
  }).pipe(Effect.provide(Store.fromEnv))

export const handle = (opts: ReportOptions) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    // A bare number that is not a file names a run in the store.
    const isRun = /^\d+$/.test(opts.report) && !(yield* fs.exists(opts.report).pipe(Effect.orElseSucceed(() => false)))
    const report = isRun ? yield* reportOfRun(Number(opts.report)) : yield* readReportFile(opts.report)
    const desk = needsDesk(opts.format) ? yield* loadDeskConfig() : undefined
    const files = renderReport(report, opts.format, desk)
    const dir = Option.getOrUndefined(opts.out)
    if (dir === undefined) {
      const main = files.filter((f) => f.main)
      if (main.length !== 1) return yield* new InputError({ what: "--format all", detail: "writes several files: give --out DIR" })
      yield* Effect.sync(() => process.stdout.write(main[0]!.content))
      return
    }
    const path = yield* Path.Path
    const written = yield* Effect.gen(function* () {
      yield* fs.makeDirectory(dir, { recursive: true })
      return yield* Effect.forEach(files, (f) => {
        const file = path.join(dir, f.name)
        return fs.writeFileString(file, f.content).pipe(Effect.as(file))
      })
    }).pipe(Effect.mapError((e) => new InputError({ what: dir, detail: `cannot write the report files: ${e.message}` })))
    yield* Console.log(`Report written: ${written.join(", ")}`)
  })
