import { Command, ValidationError } from "@effect/cli"
// Subpath imports: the package index would load its HTTP server and worker modules too.
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Console, Effect } from "effect"
import { TOOL_VERSION } from "../version.js"
import { compareCommand } from "./compare-command.js"
import { extractCommand } from "./extract-command.js"
import { tuneHeap } from "./heap.js"
import { historyCommand } from "./history-command.js"
import { recheckCommand } from "./recheck-command.js"
import { reportCommand } from "./report-command.js"
import { runCommand } from "./run-command.js"
import { watchCommand } from "./watch-command.js"

const corroborate = Command.make("corroborate").pipe(
  Command.withDescription("Source verification for fact-check desks"),
  Command.withSubcommands([runCommand, recheckCommand, watchCommand, historyCommand, reportCommand, compareCommand, extractCommand])
)

const cli = Command.run(corroborate, { name: "corroborate", version: TOOL_VERSION })

/** Bad input (a claim set, a flag, a replay folder) exits 2 and has run nothing. */
const BAD_INPUT = 2
/** The store could not be opened or written: the run's state is unknown, say so loudly. */
const STORE_FAILED = 1
const badInput = (message?: string) =>
  Effect.andThen(message ? Console.error(message) : Effect.void, () => {
    process.exitCode = BAD_INPUT
  })

tuneHeap()

cli(process.argv).pipe(
  Effect.catchTags({
    ClaimSetError: (e) => badInput(e.message),
    InputError: (e) => badInput(e.message),
    StoreError: (e) => Console.error(`store: ${e.message}`).pipe(Effect.andThen(() => { process.exitCode = STORE_FAILED })),
    SqlError: (e) => Console.error(`store: ${e.message}`).pipe(Effect.andThen(() => { process.exitCode = STORE_FAILED }))
  }),
  // @effect/cli has already printed what was wrong with the command line.
  Effect.catchIf(ValidationError.isValidationError, () => badInput()),
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain
)
