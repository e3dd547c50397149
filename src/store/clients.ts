import { SqlClient } from "@effect/sql"
import type { SqlError } from "@effect/sql/SqlError"
import { PgClient } from "@effect/sql-pg"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { Cause, Config, Effect, Layer, Option, Redacted } from "effect"
import { mkdir } from "node:fs/promises"
import { dirname, resolve } from "node:path"
import { causeMessages, StoreError } from "./errors.js"

/** Where the store lives when nothing says otherwise: zero set-up for a desk on one machine. */
export const DEFAULT_SQLITE_FILE = "./corroborate.db"

/**
 * How long a writer waits for another process's write lock before giving up with SQLITE_BUSY.
 * A verdict's transaction is a few small inserts, so five seconds covers a busy neighbour.
 */
export const BUSY_TIMEOUT_MS = 5000

/**
 * A SQLite client on `filename`, creating its folder (the driver creates the file itself). The
 * client puts the file in WAL journal mode, which lets one process write while others read; the
 * busy timeout is set in `prepareConnection`.
 */
export const sqliteClient = (filename: string): Layer.Layer<SqlClient.SqlClient, StoreError> =>
  Layer.unwrapEffect(
    Effect.tryPromise({
      try: () => filename === ":memory:" ? Promise.resolve(undefined) : mkdir(dirname(resolve(filename)), { recursive: true }),
      catch: (cause) =>
        new StoreError({ reason: "Open", message: [`cannot create the folder of ${filename}`, ...causeMessages(cause)].join(": ") })
    }).pipe(
      Effect.as(
        SqliteClient.layer({ filename }).pipe(
          Layer.mapError((error) => new StoreError({ reason: "Config", message: error.message })),
          // The client opens the file in its constructor and lets the driver's exception escape as a
          // defect; a file that is not a database or cannot be opened is an expected failure here.
          Layer.catchAllCause((cause) => {
            const driver = Option.filter(Cause.dieOption(cause), isSqliteError)
            return Option.isSome(driver)
              ? Layer.fail(new StoreError({ reason: "Open", message: [`cannot open ${filename}`, ...causeMessages(driver.value)].join(": ") }))
              : Layer.failCause(cause)
          })
        )
      )
    )
  )

/** better-sqlite3's errors carry SQLite's result code (SQLITE_NOTADB, SQLITE_CANTOPEN, ...). */
const isSqliteError = (u: unknown): boolean =>
  u instanceof Error && "code" in u && typeof u.code === "string" && u.code.startsWith("SQLITE_")

/** A PostgreSQL pool on `url` (postgres://user[:password]@host:port/database[?options=...]). */
export const pgClient = (url: string | Redacted.Redacted): Layer.Layer<SqlClient.SqlClient, SqlError> =>
  PgClient.layer({ url: Redacted.isRedacted(url) ? url : Redacted.make(url), applicationName: "corroborate" })

/**
 * DATABASE_URL (a secret: it may hold a password) selects PostgreSQL, for desks that share the work
 * across machines; otherwise CORROBORATE_DB or ./corroborate.db selects SQLite.
 */
export const envClient: Layer.Layer<SqlClient.SqlClient, StoreError | SqlError> = Layer.unwrapEffect(
  Effect.gen(function* () {
    const url = yield* Config.option(Config.redacted("DATABASE_URL"))
    const file = yield* Config.string("CORROBORATE_DB").pipe(Config.withDefault(DEFAULT_SQLITE_FILE))
    // An exported-but-empty variable means "not set", as shells and CI templates produce it.
    const pg = Option.filter(url, (u) => Redacted.value(u).trim() !== "")
    const client: Layer.Layer<SqlClient.SqlClient, StoreError | SqlError> = Option.isSome(pg)
      ? pgClient(pg.value)
      : sqliteClient(file.trim() === "" ? DEFAULT_SQLITE_FILE : file)
    return client
  }).pipe(Effect.mapError((error) => new StoreError({ reason: "Config", message: error.message })))
)

/**
 * Per-connection settings the store relies on, applied whoever built the client. SQLite enforces
 * foreign keys only when asked, and without a busy timeout a second process fails at once instead of
 * waiting its turn. In WAL mode, synchronous NORMAL commits without waiting for the disk: a
 * committed verdict survives the process being killed (the resume test does that), and a power cut
 * can at worst undo the last commits, never corrupt the file — `run --resume` then checks those
 * claims again. Waiting for the disk at every verdict cost more than any check (bench:batch).
 * PostgreSQL needs nothing.
 */
export const prepareConnection: Effect.Effect<void, SqlError, SqlClient.SqlClient> = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql.onDialectOrElse({
    sqlite: () =>
      Effect.all([
        // PRAGMA values cannot be bound parameters; this one is our own constant.
        sql.unsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`),
        sql`PRAGMA foreign_keys = ON`,
        sql`PRAGMA synchronous = NORMAL`
      ], { discard: true }),
    orElse: () => Effect.void
  })
})
