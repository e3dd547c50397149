import { FileSystem, Path } from "@effect/platform"
import { Console, Effect, Option } from "effect"
import { InputError } from "../../domain/errors.js"
import { loadDeskConfig } from "../../report/desk-config.js"
import { readReportFile } from "../../report/read-report.js"
import { needsDesk, renderReport } from "../../report/render.js"

import type { ReportOptions } from "../report-command.js"

export const handle = (opts: ReportOptions) =>
  Effect.gen(function* () {
    const report = yield* readReportFile(opts.report)
    const desk = needsDesk(opts.format) ? yield* loadDeskConfig() : undefined
    const files = renderReport(report, opts.format, desk)
    const dir = Option.getOrUndefined(opts.out)
    if (dir === undefined) {
      const main = files.filter((f) => f.main)
      if (main.length !== 1) return yield* new InputError({ what: "--format all", detail: "writes several files: give --out DIR" })
      yield* Effect.sync(() => process.stdout.write(main[0]!.content))
      return
    }
    const fs = yield* FileSystem.FileSystem
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
