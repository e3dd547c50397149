import { SqlClient } from "@effect/sql"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { execFile } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { afterAll } from "vitest"
import { Store } from "../../src/store/store.js"
import { makeClaimSet, makeReport, uniqueId } from "./fixtures.js"
import { storeSuite } from "./suite.js"

const dir = mkdtempSync(join(tmpdir(), "corroborate-store-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// A folder that does not exist yet: Store.sqlite creates it.
const file = join(dir, "nested", "corroborate.db")

storeSuite({
  name: "SQLite",
  store: Store.sqlite(file),
  reopen: () => Store.sqlite(file),
  // An exported-but-empty DATABASE_URL counts as unset.
  env: new Map([["DATABASE_URL", ""], ["CORROBORATE_DB", file]]),
  raw: SqliteClient.layer({ filename: file })
})

describe("SQLite shared between processes", () => {
  it.effect("the store's connection has WAL, synchronous NORMAL, a busy timeout and foreign keys on", () =>
    Effect.gen(function* () {
      yield* Store
      const sql = yield* SqlClient.SqlClient
      const [mode] = yield* sql<{ journal_mode: string }>`PRAGMA journal_mode`
      const [busy] = yield* sql<{ timeout: number }>`PRAGMA busy_timeout`
      const [keys] = yield* sql<{ foreign_keys: number }>`PRAGMA foreign_keys`
      const [sync] = yield* sql<{ synchronous: number }>`PRAGMA synchronous`
      // synchronous 1 is NORMAL (2 would be FULL, SQLite's default)
      expect([mode?.journal_mode, busy?.timeout, keys?.foreign_keys, sync?.synchronous]).toEqual(["wal", 5000, 1, 1])
    }).pipe(
      // The store's own constructor over a client we can query: the one layer is built once.
      Effect.provide(Store.Default.pipe(Layer.provideMerge(SqliteClient.layer({ filename: join(dir, "settings.db") }))))
    ))

  it.effect("a file that is not a database, or a folder that cannot be made, is a StoreError", () =>
    Effect.gen(function* () {
      const text = join(dir, "notes.txt")
      writeFileSync(text, "not a database, just words ".repeat(200))
      const open = (filename: string) => Effect.flip(Effect.provide(Store, Store.sqlite(filename)))
      expect(yield* open(text)).toMatchObject({ _tag: "StoreError", reason: "Open" })
      expect(yield* open(join(text, "under-a-file.db"))).toMatchObject({ _tag: "StoreError", reason: "Open" })
    }))

  it.effect("a store from before verdict inputs were kept is upgraded in place, its verdicts intact", () =>
    Effect.gen(function* () {
      const old = join(dir, "before-0002.db")
      const id = uniqueId("upgrade")
      const raw = SqliteClient.layer({ filename: old })
      // A store with a verdict, then taken back to the schema of migration 0001.
      yield* Effect.gen(function* () {
        const store = yield* Store
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/u.yaml", "1".repeat(64))
        const runId = yield* store.startRun({ claimSetId: id, kind: "run", options: {} })
        yield* store.recordVerdict(runId, id, makeReport("ap-phone", "verified"), [])
        const sql = yield* SqlClient.SqlClient
        yield* sql`ALTER TABLE verdicts DROP COLUMN inputs_sha256`
        yield* sql`DELETE FROM corroborate_migrations WHERE migration_id = 2`
      }).pipe(Effect.provide(Store.Default.pipe(Layer.provideMerge(raw))))

      // Opened again: migration 0002 runs over the existing rows.
      const [before, after] = yield* Effect.gen(function* () {
        const store = yield* Store
        const before = yield* store.latestVerdicts(id)
        const runId = yield* store.startRun({ claimSetId: id, kind: "recheck", options: {} })
        yield* store.recordVerdict(runId, id, makeReport("ap-phone", "verified"), [], "b".repeat(64))
        return [before, yield* store.latestVerdicts(id)] as const
      }).pipe(Effect.provide(Store.sqlite(old)))
      expect(before.map((v) => [v.claimId, v.rating, v.inputs])).toEqual([["ap-phone", "verified", undefined]])
      expect(after.map((v) => [v.claimId, v.runKind, v.inputs])).toEqual([["ap-phone", "recheck", "b".repeat(64)]])
    }))

  it.effect("a migration that fails is a StoreError naming the migration, not a defect", () =>
    Effect.gen(function* () {
      const clash = join(dir, "clash.db")
      // Someone else's table where ours would go.
      yield* SqlClient.SqlClient.pipe(
        Effect.flatMap((sql) => sql`CREATE TABLE claim_sets (name text)`),
        Effect.provide(SqliteClient.layer({ filename: clash }))
      )
      const error = yield* Effect.flip(Effect.provide(Store, Store.sqlite(clash)))
      expect(error).toMatchObject({ _tag: "StoreError", reason: "Migration" })
      expect(error.message).toContain("create_tables")
    }))

  it.live("two processes recording the same run each write a claim at most once", () =>
    Effect.gen(function* () {
      const shared = join(dir, "shared.db")
      const id = uniqueId("shared")
      const count = 100
      const runId = yield* Effect.gen(function* () {
        const store = yield* Store
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/shared.yaml", "8".repeat(64))
        return yield* store.startRun({ claimSetId: id, kind: "run", options: {} })
      }).pipe(Effect.provide(Store.sqlite(shared)))

      const barrier = mkdtempSync(join(dir, "barrier-"))
      const run = (order: "forward" | "reverse") =>
        Effect.promise(() =>
          promisify(execFile)(
            process.execPath,
            ["--import", "tsx", "tests/store/worker.ts", shared, String(runId), id, String(count), order, barrier, "2"],
            { cwd: fileURLToPath(new URL("../..", import.meta.url)) }
          ))
      const outputs = yield* Effect.all([run("forward"), run("reverse")], { concurrency: 2 })
      const written = outputs.map((o) => Number(o.stdout.trim()))
      // Both wrote (they overlapped) and together exactly once per claim.
      expect(written.every((n) => n > 0)).toBe(true)
      expect(written[0]! + written[1]!).toBe(count)

      const done = yield* Effect.flatMap(Store, (s) => s.doneClaimIds(runId)).pipe(Effect.provide(Store.sqlite(shared)))
      expect(done.size).toBe(count)
    }), 60_000)
})
