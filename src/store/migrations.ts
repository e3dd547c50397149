import { SqlClient } from "@effect/sql"
import * as Migrator from "@effect/sql/Migrator"
import { Effect, Option } from "effect"
import { causeMessages, StoreError } from "./errors.js"

/**
 * Our own bookkeeping table, not the library default `effect_sql_migrations`, so that another
 * module migrating the same database with its own ids cannot collide with ours.
 */
export const MIGRATIONS_TABLE = "corroborate_migrations"

/** Column types that differ between the dialects; the DDL text is otherwise shared. */
interface ColumnTypes {
  /** Structured values: jsonb on PostgreSQL (queryable, validated), JSON text on SQLite. */
  readonly json: string
  /** Instants: timestamptz on PostgreSQL; on SQLite UTC ISO-8601 text, which sorts as time does. */
  readonly time: string
  readonly real: string
  /**
   * Run ids are shown to people and written into reports, so they must never be reused:
   * AUTOINCREMENT on SQLite (plain rowids can be recycled after a delete), an identity on PostgreSQL.
   * `integer` so that both drivers hand back a JS number.
   */
  readonly runId: string
  /** Snapshots are many; bigint on PostgreSQL (the driver returns it as a string, rows.ts decodes it). */
  readonly snapshotId: string
}

const columnTypes = (sql: SqlClient.SqlClient): Effect.Effect<ColumnTypes, StoreError> =>
  sql.onDialectOrElse({
    pg: () =>
      Effect.succeed({
        json: "jsonb",
        time: "timestamptz",
        real: "double precision",
        runId: "integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        snapshotId: "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
      }),
    sqlite: () =>
      Effect.succeed({
        json: "text",
        time: "text",
        real: "real",
        runId: "integer PRIMARY KEY AUTOINCREMENT",
        snapshotId: "integer PRIMARY KEY AUTOINCREMENT"
      }),
    orElse: () =>
      Effect.fail(new StoreError({ reason: "Migration", message: "the store supports SQLite and PostgreSQL only" }))
  })

/**
 * Claims and sources are replaced whenever a claim set is saved; verdicts and evidence are history
 * and deliberately do not reference `claims`, so editing a claim set never deletes what was decided.
 */
const createTables = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const t = yield* columnTypes(sql)
  const json = sql.literal(t.json)
  const time = sql.literal(t.time)

  yield* sql`CREATE TABLE claim_sets (
    id text PRIMARY KEY,
    title text NOT NULL,
    file text NOT NULL,
    file_sha256 text NOT NULL,
    schedule text,
    article ${json} NOT NULL,
    updated_at ${time} NOT NULL
  )`
  // position keeps the claim set's order, which reports follow.
  yield* sql`CREATE TABLE claims (
    claim_set_id text NOT NULL REFERENCES claim_sets (id) ON DELETE CASCADE,
    id text NOT NULL,
    position integer NOT NULL,
    kind text NOT NULL,
    definition ${json} NOT NULL,
    PRIMARY KEY (claim_set_id, id)
  )`
  yield* sql`CREATE TABLE sources (
    claim_set_id text NOT NULL,
    claim_id text NOT NULL,
    position integer NOT NULL,
    url text,
    kind text NOT NULL,
    attested ${json},
    PRIMARY KEY (claim_set_id, claim_id, position),
    FOREIGN KEY (claim_set_id, claim_id) REFERENCES claims (claim_set_id, id) ON DELETE CASCADE
  )`
  // Re-checks ask "which claims cite this URL?".
  yield* sql`CREATE INDEX sources_url ON sources (url)`
  yield* sql`CREATE TABLE runs (
    id ${sql.literal(t.runId)},
    claim_set_id text NOT NULL REFERENCES claim_sets (id),
    kind text NOT NULL CHECK (kind IN ('run', 'recheck')),
    status text NOT NULL CHECK (status IN ('running', 'complete', 'interrupted')),
    options ${json} NOT NULL,
    started_at ${time} NOT NULL,
    finished_at ${time}
  )`
  yield* sql`CREATE INDEX runs_claim_set ON runs (claim_set_id, started_at)`
  yield* sql`CREATE TABLE snapshots (
    id ${sql.literal(t.snapshotId)},
    run_id integer NOT NULL REFERENCES runs (id),
    url text NOT NULL,
    final_url text,
    status integer,
    etag text,
    last_modified text,
    sha256 text,
    "text" text,
    archive_file text,
    archive_record_id text,
    fetched_at ${time} NOT NULL
  )`
  // Conditional requests and change detection look up the newest snapshot of a URL.
  yield* sql`CREATE INDEX snapshots_url_fetched_at ON snapshots (url, fetched_at)`
  // The primary key is the "one verdict per claim per run" rule that makes resumed runs safe.
  yield* sql`CREATE TABLE verdicts (
    run_id integer NOT NULL REFERENCES runs (id),
    claim_set_id text NOT NULL,
    claim_id text NOT NULL,
    rating text NOT NULL,
    confidence ${sql.literal(t.real)} NOT NULL,
    report ${json} NOT NULL,
    decided_at ${time} NOT NULL,
    PRIMARY KEY (run_id, claim_set_id, claim_id)
  )`
  yield* sql`CREATE INDEX verdicts_history ON verdicts (claim_set_id, claim_id, decided_at)`
  // Evidence only exists with its verdict: they are written in one transaction and belong together.
  yield* sql`CREATE TABLE evidence (
    run_id integer NOT NULL,
    claim_set_id text NOT NULL,
    claim_id text NOT NULL,
    position integer NOT NULL,
    item ${json} NOT NULL,
    PRIMARY KEY (run_id, claim_set_id, claim_id, position),
    FOREIGN KEY (run_id, claim_set_id, claim_id) REFERENCES verdicts (run_id, claim_set_id, claim_id) ON DELETE CASCADE
  )`
})

/**
 * The digest of what each verdict was computed from (src/verify/inputs.ts): a re-check whose
 * inputs are the same again keeps the verdict. Verdicts recorded before it have none and are judged
 * again once.
 */
const verdictInputs = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`ALTER TABLE verdicts ADD COLUMN inputs_sha256 text`
})

/** Append only: a released migration is never edited, a change is a new numbered entry. */
export const migrations: Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> = {
  "0001_create_tables": createTables,
  "0002_verdict_inputs": verdictInputs
}

/**
 * The dialect-neutral migrator. SqliteMigrator / PgMigrator add only a schema dump through the
 * `sqlite3` / `pg_dump` binaries, which would pull FileSystem, Path and CommandExecutor into every
 * layer of the store for a feature we do not use.
 */
const runMigrator = Migrator.make({})

/**
 * Brings the schema up to date; a no-op when it already is. The migrator dies when a migration
 * fails; that is an expected failure of opening a store (an old server, a locked file), so it is
 * turned back into a StoreError here rather than left as a defect.
 */
export const migrate: Effect.Effect<void, StoreError, SqlClient.SqlClient> = runMigrator({
  loader: Migrator.fromRecord(migrations),
  table: MIGRATIONS_TABLE
}).pipe(
  Effect.asVoid,
  Effect.catchSomeDefect((defect) =>
    defect instanceof Migrator.MigrationError
      ? Option.some(Effect.fail(migrationFailure(defect)))
      : Option.none()
  ),
  Effect.catchAll((error) =>
    Effect.fail(error instanceof StoreError ? error : migrationFailure(error))
  )
)

function migrationFailure(error: { readonly message: string; readonly cause?: unknown }) {
  return new StoreError({ reason: "Migration", message: [error.message, ...causeMessages(error.cause)].join(": ") })
}
