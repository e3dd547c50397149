import { Args, Command, Options } from "@effect/cli"
import { FileSystem, Path } from "@effect/platform"
import { Console, Effect, Option } from "effect"
import { loadClaimSet } from "../claimset/load.js"
import { reportToJson } from "../report/json.js"
import { reportToMarkdown } from "../report/markdown.js"
import { summaryTable } from "../report/summary.js"
import { Verifier } from "../verify/verifier.js"
import { engineLayer } from "./layers.js"
import { makeProgress } from "./progress.js"

const claimSetArg = Args.file({ name: "claim-set", exists: "either" }).pipe(Args.withDescription("A claim set (YAML), e.g. pipelines/bondarev-resignation.yaml"))
const replay = Options.text("replay").pipe(
  Options.withDescription("Replay recorded responses from this folder (e.g. fixtures) instead of fetching from the web"),
  Options.optional
)
const out = Options.directory("out").pipe(Options.withDescription("Folder for the reports"), Options.withDefault("reports"))
const format = Options.choice("format", ["json", "md", "all"]).pipe(Options.withDescription("Report formats to write"), Options.withDefault("all"))
const quiet = Options.boolean("quiet").pipe(Options.withDescription("Plain progress lines, as for logs, even on a terminal"))

export const runCommand = Command.make("run", { claimSet: claimSetArg, replay, out, format, quiet }, (opts) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    // The whole file is checked before anything is fetched: a bad claim set runs nothing.
    const claimSet = yield* loadClaimSet(opts.claimSet)
    const interactive = process.stderr.isTTY === true && !opts.quiet
    const replayDir = Option.getOrUndefined(opts.replay)
    yield* fs.makeDirectory(opts.out, { recursive: true })
    const warc = path.join(opts.out, `${claimSet.id}.warc.gz`)
    const report = yield* Effect.flatMap(Verifier, (v) => v.verifySet(claimSet, makeProgress(interactive))).pipe(
      Effect.provide(engineLayer({ archive: warc, ...(replayDir ? { replay: replayDir } : {}) }))
    )
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
    yield* Console.log(summaryTable(report, process.stdout.isTTY === true))
    yield* Console.log(`\nReport written: ${written.join(", ")}`)
  })
).pipe(Command.withDescription("Verify every claim of a claim set and write the report"))
