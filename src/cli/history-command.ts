import { Args, Command, Options } from "@effect/cli"
import { Console, Effect, Option } from "effect"
import { InputError } from "../domain/errors.js"
import { Store } from "../store/store.js"

const claimId = Args.text({ name: "claim-id" })
const claimSetId = Options.text("claim-set").pipe(Options.withDescription("The claim set, when several have a claim with this id"), Options.optional)
const format = Options.choice("format", ["text", "json"]).pipe(Options.withDefault("text"))

export const historyCommand = Command.make("history", { claimId, claimSetId, format }, (opts) =>
  Effect.gen(function* () {
    const store = yield* Store
    const entries = yield* store.verdictHistory(Option.getOrUndefined(opts.claimSetId), opts.claimId)
    if (entries.length === 0) return yield* new InputError({ what: opts.claimId, detail: "no verdicts recorded for this claim" })
    if (opts.format === "json") return yield* Console.log(JSON.stringify(entries, null, 2))
    for (const e of entries) {
      const change = e.previousRating === undefined ? "first verdict" : e.previousRating === e.rating ? "unchanged" : `changed from ${e.previousRating}`
      yield* Console.log(`${e.decidedAt}  ${e.claimSetId}/${opts.claimId}  run ${e.runId} (${e.runKind})  ${e.rating} ${Math.round(e.confidence * 100)}%  — ${change}`)
      if (e.previousRating !== undefined && e.previousRating !== e.rating) for (const line of e.explanation) yield* Console.log(`    ${line}`)
    }
  }).pipe(Effect.provide(Store.fromEnv))
).pipe(Command.withDescription("The verdict timeline of a claim, with what changed each time"))
