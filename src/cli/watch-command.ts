import { Command } from "@effect/cli"
import { eventsOption } from "./recheck-command.js"
import { outOption, quietOption, replayOption } from "./run-command.js"
import { lazy } from "./lazy.js"

/**
 * Runs each stored claim set's re-checks on its own cron schedule until stopped (SIGTERM or
 * SIGINT end it cleanly: a re-check in progress is marked interrupted). Each claim set has one
 * fiber that re-checks, then waits for the next tick, so one claim is never re-checked twice at
 * once.
 */
const config = { replay: replayOption, out: outOption, quiet: quietOption, events: eventsOption }
export type WatchOptions = Command.Command.ParseConfig<typeof config>

export const watchCommand = Command.make("watch", config, lazy(() => import("./handlers/watch.js"))).pipe(Command.withDescription("Re-check each claim set on its schedule until stopped"))
