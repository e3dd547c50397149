import { Args, Command, Options } from "@effect/cli"
import { lazy } from "./lazy.js"

const claimSetArg = Args.file({ name: "claim-set", exists: "either" }).pipe(Args.withDescription("A claim set (YAML), e.g. pipelines/bondarev-resignation.yaml"))
export const replayOption = Options.text("replay").pipe(
  Options.withDescription("Replay recorded responses from a folder (e.g. fixtures) or a run's WARC archive instead of fetching from the web"),
  Options.optional
)
export const outOption = Options.directory("out").pipe(Options.withDescription("Folder for the reports and the evidence archive"), Options.withDefault("reports"))
const format = Options.choice("format", ["json", "md", "all"]).pipe(Options.withDescription("Report formats to write: json, md, or all (json, md and the HTML page)"), Options.withDefault("all"))
export const quietOption = Options.boolean("quiet").pipe(Options.withDescription("Plain progress lines, as for logs, even on a terminal"))
const resume = Options.boolean("resume").pipe(Options.withDescription("Finish the claim set's interrupted run instead of starting a new one"))

const config = { claimSet: claimSetArg, replay: replayOption, out: outOption, format, quiet: quietOption, resume }
export type RunOptions = Command.Command.ParseConfig<typeof config>

export const runCommand = Command.make("run", config, lazy(() => import("./handlers/run.js"))).pipe(Command.withDescription("Verify every claim of a claim set, commit each verdict to the store, and write the report"))
