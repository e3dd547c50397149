import { Args, Command, Options } from "@effect/cli"
import { FileSystem, Path } from "@effect/platform"
import { Console, Effect, Option } from "effect"
import { InputError } from "../domain/errors.js"
import { loadDeskConfig } from "../report/desk-config.js"
import { readReportFile } from "../report/read-report.js"
import { needsDesk, REPORT_FORMATS, renderReport } from "../report/render.js"

// `exists: "either"`: a missing file is reported by readReportFile as an InputError naming it
// (exit 2), not as a generic argument error.
const reportArg = Args.file({ name: "report", exists: "either" }).pipe(
  Args.withDescription("A JSON report written by `corroborate run` (e.g. reports/bondarev-resignation.json)")
)
const format = Options.choice("format", REPORT_FORMATS).pipe(
  Options.withDescription(
    "html: the page to publish, plus one embeddable fragment per claim; md; csv: one row per claim; " +
      "claimreview: schema.org ClaimReview JSON-LD (.jsonld); json: the report re-checked against its schema; all"
  ),
  Options.withDefault("html")
)
const out = Options.directory("out").pipe(
  Options.withDescription("Write the files into this folder; without it the main document is printed"),
  Options.optional
)

/**
 * `corroborate report <report.json> --format … [--out DIR]`: renders a finished report in the
 * formats a desk publishes. Takes a file path; reports by run id will come with the run store.
 * The desk (name, URL, where reports are published) comes from config/desk.yaml or the file
 * named by CORROBORATE_DESK_CONFIG, read only for the formats that need it.
 */
export const reportCommand = Command.make("report", { report: reportArg, format, out }, (opts) =>
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
).pipe(Command.withDescription("Render a JSON report as a publishable HTML page, ClaimReview JSON-LD, CSV or Markdown"))
