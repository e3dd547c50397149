import { SqlClient, SqlSchema } from "@effect/sql"
import { Effect, Option, Schema } from "effect"
import { StoreError } from "./errors.js"
import { ClaimIdRow, DbInt, now, orCorrupt, RunKind, RunRow, RunStatus, toJson } from "./rows.js"

/**
 * A run's id: the database's own integer (AUTOINCREMENT on SQLite, an identity on PostgreSQL),
 * never reused, so it can be printed, passed to `--resume` and written into reports.
 */
export type RunId = number

/** A run that did not finish: what a resumed run needs to carry on where it stopped. */
export interface IncompleteRun {
  readonly id: RunId
  readonly kind: RunKind
  /** "running" when the process died without saying so, "interrupted" when it was stopped. */
  readonly status: "running" | "interrupted"
  readonly startedAt: string
  /** The options the run was started with, as given to `startRun` (through JSON). */
  readonly options: unknown
}

export const makeRuns = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient

  const insertRun = SqlSchema.findAll({
    Request: Schema.Struct({
      claim_set_id: Schema.String,
      kind: RunKind,
      status: RunStatus,
      options: Schema.String,
      started_at: Schema.String
    }),
    Result: Schema.Struct({ id: DbInt }),
    execute: (row) => sql`INSERT INTO runs ${sql.insert(row)} RETURNING id`
  })

  const startRun = Effect.fn("Store.startRun")(function* (input: {
    readonly claimSetId: string
    readonly kind: RunKind
    readonly options: unknown
  }) {
    // Checked first for a message a desk can act on, rather than a foreign-key violation.
    const known = yield* sql`SELECT id FROM claim_sets WHERE id = ${input.claimSetId}`
    if (known.length === 0) {
      return yield* new StoreError({
        reason: "NotFound",
        message: `claim set ${input.claimSetId} has not been saved; save it before starting a run`
      })
    }
    const options = yield* toJson(input.options, "run options")
    const startedAt = yield* now
    const [row] = yield* insertRun({
      claim_set_id: input.claimSetId,
      kind: input.kind,
      status: "running",
      options,
      started_at: startedAt
    }).pipe(orCorrupt(`new run of ${input.claimSetId}`))
    if (row === undefined) {
      return yield* new StoreError({ reason: "Corrupt", message: `new run of ${input.claimSetId}: no id came back` })
    }
    return row.id
  })

  const finishRun = Effect.fn("Store.finishRun")(function* (runId: RunId, status: "complete" | "interrupted") {
    const finishedAt = yield* now
    const updated = yield* sql`UPDATE runs SET status = ${status}, finished_at = ${finishedAt} WHERE id = ${runId} RETURNING id`
    if (updated.length === 0) return yield* new StoreError({ reason: "NotFound", message: `run ${runId} does not exist` })
  })

  const newestRun = SqlSchema.findOne({
    Request: Schema.Struct({ claimSetId: Schema.String, kind: Schema.NullOr(RunKind) }),
    Result: RunRow,
    // Newest by id, not by clock: ids grow monotonically even when machines' clocks disagree.
    execute: ({ claimSetId, kind }) =>
      sql`SELECT id, kind, status, CAST(options AS TEXT) AS options, started_at FROM runs
          WHERE ${sql.and([sql`claim_set_id = ${claimSetId}`, ...(kind === null ? [] : [sql`kind = ${kind}`])])}
          ORDER BY id DESC LIMIT 1`
  })

  /**
   * The claim set's newest run (of `kind`, when given) if it did not complete. An older unfinished
   * run behind a completed one is not offered: resuming it would mix stale verdicts into new ones.
   */
  const latestIncompleteRun = Effect.fn("Store.latestIncompleteRun")(function* (claimSetId: string, kind?: RunKind) {
    const found = yield* newestRun({ claimSetId, kind: kind ?? null }).pipe(orCorrupt(`runs of ${claimSetId}`))
    return Option.flatMap(found, (run): Option.Option<IncompleteRun> =>
      run.status === "complete"
        ? Option.none()
        : Option.some({ id: run.id, kind: run.kind, status: run.status, startedAt: run.started_at, options: run.options }))
  })

  const findDone = SqlSchema.findAll({
    Request: Schema.Number,
    Result: ClaimIdRow,
    execute: (runId) => sql`SELECT claim_id FROM verdicts WHERE run_id = ${runId}`
  })

  /** The claims a run has already recorded: a resumed run skips them. */
  const doneClaimIds = Effect.fn("Store.doneClaimIds")(function* (runId: RunId) {
    const rows = yield* findDone(runId).pipe(orCorrupt(`verdicts of run ${runId}`))
    const done: ReadonlySet<string> = new Set(rows.map((r) => r.claim_id))
    return done
  })

  const findRun = SqlSchema.findOne({
    Request: Schema.Number,
    Result: Schema.Struct({ ...RunRow.fields, claim_set_id: Schema.String }),
    execute: (runId) => sql`SELECT id, claim_set_id, kind, status, CAST(options AS TEXT) AS options, started_at FROM runs WHERE id = ${runId}`
  })

  /** One run: which claim set it checked, its kind and status (for `report <run id>`). */
  const runInfo = Effect.fn("Store.runInfo")(function* (runId: RunId) {
    const found = yield* findRun(runId).pipe(orCorrupt(`run ${runId}`))
    return Option.map(found, (r) => ({ id: r.id, claimSetId: r.claim_set_id, kind: r.kind, status: r.status, startedAt: r.started_at, options: r.options }))
  })

  return { startRun, finishRun, latestIncompleteRun, doneClaimIds, runInfo } as const
})
