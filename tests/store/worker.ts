/**
 * A second process for the SQLite sharing test: opens the store on the file given, waits for the
 * other workers at a barrier (so they really overlap), then records the claims of a run, printing
 * how many it wrote. Run as `node --import tsx tests/store/worker.ts`.
 */
import { Effect } from "effect"
import { readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { Store } from "../../src/store/store.js"
import { makeReport } from "./fixtures.js"

const [file, runArg, claimSetId, countArg, order, barrier, partiesArg] = process.argv.slice(2)
if (
  file === undefined || runArg === undefined || claimSetId === undefined || countArg === undefined ||
  order === undefined || barrier === undefined || partiesArg === undefined
) {
  throw new Error("usage: worker.ts <file> <run-id> <claim-set-id> <count> <forward|reverse> <barrier-dir> <parties>")
}
const runId = Number(runArg)
const claimIds = Array.from({ length: Number(countArg) }, (_, i) => `claim-${i}`)
if (order === "reverse") claimIds.reverse()

const atBarrier = async () => {
  writeFileSync(join(barrier, String(process.pid)), "")
  const deadline = Date.now() + 30_000
  while (readdirSync(barrier).length < Number(partiesArg)) {
    if (Date.now() > deadline) throw new Error("the other worker never reached the barrier")
    await sleep(5)
  }
}

const program = Effect.gen(function* () {
  const store = yield* Store
  yield* Effect.promise(atBarrier)
  let written = 0
  for (const claimId of claimIds) {
    if (yield* store.recordVerdict(runId, claimSetId, makeReport(claimId, "verified"), [])) written++
  }
  return written
}).pipe(Effect.provide(Store.sqlite(file)))

Effect.runPromise(program).then(
  (written) => process.stdout.write(`${written}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`)
    process.exitCode = 1
  }
)
