import { PgClient } from "@effect/sql-pg"
import { describe, it } from "@effect/vitest"
import { Effect, Exit, Layer, Redacted } from "effect"
import { randomBytes } from "node:crypto"
import { Store } from "../../src/store/store.js"
import { storeSuite } from "./suite.js"

/*
 * The real PostgreSQL, shared with other test runs: this run works in a schema of its own, made
 * here and dropped afterwards, and reaches it through the search_path in the connection URL, so
 * the store under test is built by Store.pg exactly as in production.
 */
const SERVER = process.env.CORROBORATE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test"
const schema = `corroborate_store_${process.pid}_${randomBytes(4).toString("hex")}`
const url = `${SERVER}?options=${encodeURIComponent(`-c search_path=${schema}`)}`

const admin = (effect: (sql: PgClient.PgClient) => Effect.Effect<unknown, unknown>) =>
  Effect.flatMap(PgClient.PgClient, effect).pipe(
    Effect.provide(PgClient.layer({ url: Redacted.make(SERVER), connectTimeout: "3 seconds" }))
  )

const where = new URL(SERVER).host // never the password, if the URL has one
const reachable = await Effect.runPromiseExit(admin((sql) => sql`SELECT 1`))

/** The schema exists for as long as the suite's layer; the store is built inside it. */
const isolated = <A, E>(layer: Layer.Layer<A, E>) =>
  Layer.unwrapScoped(
    Effect.acquireRelease(
      admin((sql) => sql`CREATE SCHEMA ${sql(schema)}`),
      () => Effect.orDie(admin((sql) => sql`DROP SCHEMA IF EXISTS ${sql(schema)} CASCADE`))
    ).pipe(Effect.as(layer))
  )

if (Exit.isSuccess(reachable)) {
  storeSuite({
    name: "PostgreSQL",
    store: isolated(Store.pg(url)),
    reopen: () => Store.pg(url),
    env: new Map([["DATABASE_URL", url], ["CORROBORATE_DB", "/nonexistent/never-used.db"]]),
    raw: PgClient.layer({ url: Redacted.make(url) })
  })
} else if (process.env.CI) {
  describe("store on PostgreSQL", () => {
    it("needs the PostgreSQL server", () => {
      throw new Error(`PostgreSQL at ${where} is not reachable and CI is set, so this suite may not be skipped`)
    })
  })
} else {
  console.warn(`store on PostgreSQL: SKIPPED, ${where} is not reachable (set CI to make this a failure)`)
  describe.skip(`store on PostgreSQL (skipped: ${where} is not reachable)`, () => {
    it("runs the store suite", () => {})
  })
}
