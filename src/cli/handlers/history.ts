import { Console, Effect, Option } from "effect"
import { InputError } from "../../domain/errors.js"
import { Store } from "../../store/store.js"
import type { HistoryOptions } from "../history-command.js"

export const handle = (opts: HistoryOptions) =>
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
