import type { SqlClient } from "@effect/sql"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Layer, type Redacted } from "effect"
import { makeClaimSets } from "./claim-sets.js"
import { envClient, pgClient, prepareConnection, sqliteClient } from "./clients.js"
import type { StoreError } from "./errors.js"
import { migrate } from "./migrations.js"
import { makeRuns } from "./runs.js"
import { makeSnapshots } from "./snapshots.js"
import { makeVerdicts } from "./verdicts.js"

export type { SavedClaimSet } from "./claim-sets.js"
export { StoreError } from "./errors.js"
export { MIGRATIONS_TABLE } from "./migrations.js"
export type { RunKind, RunStatus } from "./rows.js"
export type { IncompleteRun, RunId } from "./runs.js"
export type { Snapshot, SnapshotInput } from "./snapshots.js"
export type { LatestVerdict, VerdictHistoryEntry } from "./verdicts.js"

/**
 * Runs, claims, sources, snapshots, evidence and verdict history: one set of queries over SQLite
 * (a file, zero set-up) and PostgreSQL (several machines sharing the work).
 *
 * `Store.Default` needs a `SqlClient` (built without result/query name transforms: the queries use
 * snake_case columns); building it applies per-connection settings and runs the migrations, so a
 * store that exists is a store whose schema is current. The ready-made layers below supply the client.
 */
export class Store extends Effect.Service<Store>()("corroborate/Store", {
  effect: Effect.gen(function* () {
    yield* prepareConnection
    yield* migrate
    const claimSets = yield* makeClaimSets
    const runs = yield* makeRuns
    const snapshots = yield* makeSnapshots
    const verdicts = yield* makeVerdicts(snapshots.insertSnapshots)
    return {
      saveClaimSet: claimSets.saveClaimSet,
      claimSetInfo: claimSets.claimSetInfo,
      claimSetIds: claimSets.claimSetIds,
      startRun: runs.startRun,
      finishRun: runs.finishRun,
      latestIncompleteRun: runs.latestIncompleteRun,
      doneClaimIds: runs.doneClaimIds,
      runInfo: runs.runInfo,
      recordVerdict: verdicts.recordVerdict,
      claimReports: verdicts.claimReports,
      latestSnapshot: snapshots.latestSnapshot,
      verdictHistory: verdicts.verdictHistory,
      latestVerdicts: verdicts.latestVerdicts
    } as const
  })
}) {
  /** A SQLite file (created with its folder), WAL journal and a busy timeout so processes can share it. */
  static readonly sqlite = (filename: string): Layer.Layer<Store, SqlError | StoreError> =>
    Store.Default.pipe(Layer.provide(sqliteClient(filename)))

  /** PostgreSQL at `url`, e.g. postgres://user@host:5432/db. */
  static readonly pg = (url: string | Redacted.Redacted): Layer.Layer<Store, SqlError | StoreError> =>
    Store.Default.pipe(Layer.provide(pgClient(url)))

  /** DATABASE_URL → PostgreSQL; otherwise CORROBORATE_DB, or ./corroborate.db → SQLite. */
  static readonly fromEnv: Layer.Layer<Store, SqlError | StoreError> = Layer.suspend(() =>
    Store.Default.pipe(Layer.provide(envClient))
  )
}

/** The store's layer over a client the caller already has (e.g. one shared with other modules). */
export const storeOver = <E, R>(client: Layer.Layer<SqlClient.SqlClient, E, R>) => Store.Default.pipe(Layer.provide(client))
