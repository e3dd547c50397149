import { Args, Command, Options } from "@effect/cli"
import { lazy } from "./lazy.js"

const claimId = Args.text({ name: "claim-id" })
const claimSetId = Options.text("claim-set").pipe(Options.withDescription("The claim set, when several have a claim with this id"), Options.optional)
const format = Options.choice("format", ["text", "json"]).pipe(Options.withDefault("text"))

const config = { claimId, claimSetId, format }
export type HistoryOptions = Command.Command.ParseConfig<typeof config>

export const historyCommand = Command.make("history", config, lazy(() => import("./handlers/history.js"))).pipe(Command.withDescription("The verdict timeline of a claim, with what changed each time"))
