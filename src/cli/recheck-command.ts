import { Args, Command, Options } from "@effect/cli"
import { lazy } from "./lazy.js"
import { outOption, quietOption, replayOption } from "./run-command.js"

/** Exit code when any verdict changed: cron jobs alert on it. */
export const VERDICT_CHANGED = 3

const file = Args.file({ name: "claim-set-file", exists: "yes" }).pipe(Args.withDescription("A claim set file (else the claim sets in the store)"), Args.optional)
const claimSetId = Options.text("claim-set").pipe(Options.withDescription("Re-check this claim set from the store, by id"), Options.optional)
const claimIds = Options.text("claim").pipe(Options.withDescription("Re-check only this claim (repeatable)"), Options.repeated)
const due = Options.boolean("due").pipe(Options.withDescription("Only claim sets whose schedule has come round since their last check"))
export const eventsOption = Options.text("events").pipe(Options.withDescription("Write a JSON line per changed verdict to this file, or - for standard output"), Options.optional)

const config = { file, claimSetId, claimIds, due, replay: replayOption, out: outOption, quiet: quietOption, events: eventsOption }
export type RecheckOptions = Command.Command.ParseConfig<typeof config>

export const recheckCommand = Command.make("recheck", config, lazy(() => import("./handlers/recheck.js"))).pipe(Command.withDescription("Fetch the sources of claims again (conditionally), re-score, record history, and alert on changed verdicts (exit 3)"))
