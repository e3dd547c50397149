import { Args, Command, Options } from "@effect/cli"
import { REPORT_FORMATS } from "../report/formats.js"
import { lazy } from "./lazy.js"

// `exists: "either"`: the argument may be a run id; a missing file is reported by readReportFile as an InputError naming it
// (exit 2), not as a generic argument error.
const reportArg = Args.file({ name: "report", exists: "either" }).pipe(
  Args.withDescription("A JSON report written by `corroborate run` (e.g. reports/bondarev-resignation.json), or a run id from the store")
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

const config = { report: reportArg, format, out }
export type ReportOptions = Command.Command.ParseConfig<typeof config>

/**
 * `corroborate report <report.json> --format … [--out DIR]`: renders a finished report in the
 * formats a desk publishes. Takes a file path; reports by run id will come with the run store.
 * The desk (name, URL, where reports are published) comes from config/desk.yaml or the file
 * named by CORROBORATE_DESK_CONFIG, read only for the formats that need it.
 */
export const reportCommand = Command.make("report", config, lazy(() => import("./handlers/report.js"))).pipe(Command.withDescription("Render a JSON report as a publishable HTML page, ClaimReview JSON-LD, CSV or Markdown"))
