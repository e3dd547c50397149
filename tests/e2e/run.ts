import { Effect, Either } from "effect"
import { readFileSync } from "node:fs"
import { parseClaimSet } from "../../src/claimset/load.js"
import { engineLayer } from "../../src/cli/layers.js"
import type { Report } from "../../src/report/schema.js"
import { Verifier } from "../../src/verify/verifier.js"

/** Runs a claim set through the whole engine, replaying the recorded fixtures. */
export const runClaimSet = (file: string, replay = "fixtures"): Promise<Report> => {
  const parsed = parseClaimSet(file, readFileSync(file, "utf8"))
  if (Either.isLeft(parsed)) throw new Error(parsed.left.message)
  return Effect.runPromise(
    Effect.flatMap(Verifier, (v) => v.reportSet(parsed.right)).pipe(Effect.provide(engineLayer({ replay })), Effect.scoped)
  )
}

export const claimOf = (report: Report, id: string) => {
  const c = report.claims.find((x) => x.id === id)
  if (!c) throw new Error(`no claim ${id} in the report`)
  return c
}
