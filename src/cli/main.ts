import { Command } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Effect } from "effect"
import { TOOL_VERSION } from "../version.js"
import { extractCommand } from "./extract-command.js"
import { runCommand } from "./run-command.js"

const corroborate = Command.make("corroborate").pipe(
  Command.withDescription("Source verification for fact-check desks"),
  Command.withSubcommands([runCommand, extractCommand])
)

const cli = Command.run(corroborate, { name: "corroborate", version: TOOL_VERSION })

/** Bad input (a claim set, a flag, a replay folder) exits 2 and has run nothing. */
const BAD_INPUT = 2

cli(process.argv).pipe(
  Effect.catchTags({
    ClaimSetError: (e) => Console.error(e.message).pipe(Effect.andThen(() => { process.exitCode = BAD_INPUT })),
    InputError: (e) => Console.error(e.message).pipe(Effect.andThen(() => { process.exitCode = BAD_INPUT }))
  }),
  Effect.catchIf(
    (e): e is never => typeof e === "object" && e !== null && "_tag" in e && String((e as { _tag: unknown })._tag).endsWith("ValidationError") || isCliValidation(e),
    () => Effect.sync(() => { process.exitCode = BAD_INPUT })
  ),
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain({ disableErrorReporting: false })
)

function isCliValidation(e: unknown): boolean {
  const tag = (e as { _tag?: string } | null)?._tag
  return typeof tag === "string" && ["CommandMismatch", "CorrectedFlag", "HelpRequested", "InvalidArgument", "InvalidValue", "MissingValue", "MissingFlag", "MultipleValuesDetected", "MissingSubcommand", "NoBuiltInMatch", "UnclusteredFlag"].includes(tag)
}
