import { SqlClient } from "@effect/sql"
import { expect, layer } from "@effect/vitest"
import { Clock, ConfigProvider, Duration, Effect, Layer, Option, TestClock } from "effect"
import { migrations } from "../../src/store/migrations.js"
import { MIGRATIONS_TABLE, Store, StoreError } from "../../src/store/store.js"
import { makeClaimSet, makeReport, makeSnapshot, uniqueId } from "./fixtures.js"

/** One database to run the suite against, built with the store's own layer constructors. */
export interface StoreTarget {
  readonly name: string
  /** The store under test, shared by the suite. */
  readonly store: Layer.Layer<Store, unknown>
  /** A second store over the same database: opening it runs the migrations again. */
  readonly reopen: () => Layer.Layer<Store, unknown>
  /** Environment variables under which Store.fromEnv opens this same database. */
  readonly env: ReadonlyMap<string, string>
  /** A plain client on the same database, to look behind the store's back. */
  readonly raw: Layer.Layer<SqlClient.SqlClient, unknown>
}

/** The suite shares one TestClock, so times are asserted relative to when a test started. */
const iso = (ms: number) => new Date(ms).toISOString()

const storeError = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.flip(effect).pipe(Effect.map((error) => {
    expect(error).toBeInstanceOf(StoreError)
    return error instanceof StoreError ? error : new StoreError({ reason: "Corrupt", message: "not a StoreError" })
  }))

export const storeSuite = (target: StoreTarget) =>
  layer(target.raw.pipe(Layer.provideMerge(target.store)), { timeout: Duration.seconds(30) })(`store on ${target.name}`, (it) => {
    it.effect("applies the migrations again on an existing database without error", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("reopen")
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/reopen.yaml", "f".repeat(64))
        const seen = yield* Effect.flatMap(Store, (again) => again.claimSetInfo(id)).pipe(Effect.provide(target.reopen()))
        expect(Option.map(seen, (s) => s.file)).toEqual(Option.some("pipelines/reopen.yaml"))
        const sql = yield* SqlClient.SqlClient
        const applied = yield* sql<{ migration_id: number }>`SELECT migration_id FROM ${sql(MIGRATIONS_TABLE)} ORDER BY migration_id`
        expect(applied.map((m) => Number(m.migration_id))).toEqual(Object.keys(migrations).map((k) => Number(k.split("_")[0])))
      }))

    it.effect("Store.fromEnv opens the database the environment names", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("env")
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/env.yaml", "9".repeat(64))
        const fromEnv = Store.fromEnv.pipe(Layer.provide(Layer.setConfigProvider(ConfigProvider.fromMap(new Map(target.env)))))
        const seen = yield* Effect.flatMap(Store, (s) => s.claimSetInfo(id)).pipe(Effect.provide(fromEnv))
        expect(Option.isSome(seen)).toBe(true)
      }))

    it.effect("saveClaimSet upserts the set and replaces its claims and sources", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("upsert")
        const t0 = yield* Clock.currentTimeMillis
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/a.yaml", "a".repeat(64))
        const first = yield* store.claimSetInfo(id)
        expect(Option.getOrThrow(first).claims.map((c) => [c.id, c.kind, c.sources])).toEqual([
          ["letter-ashamed", "quote", [
            { url: "https://www.linkedin.com/posts/boris-bondarev_letter-activity-1", kind: "linkedin-post" },
            { url: "https://apnews.com/article/russia-ukraine-diplomat-resigns", kind: "unspecified" }
          ]],
          ["un-counsellor", "listing", [{ url: "https://www.ungeneva.org/en/blue-book/russian-federation", kind: "directory" }]],
          ["ap-phone", "confirmation", [
            { url: "https://apnews.com/article/russia-ukraine-diplomat-resigns", kind: "wire" },
            { url: null, kind: "attested" }
          ]]
        ])

        yield* TestClock.adjust(Duration.minutes(5))
        yield* store.saveClaimSet(makeClaimSet(id, ["ap-phone", "letter-ashamed"], "Edited title"), "pipelines/b.yaml", "b".repeat(64))
        const second = Option.getOrThrow(yield* store.claimSetInfo(id))
        expect(second).toMatchObject({ title: "Edited title", file: "pipelines/b.yaml", fileSha256: "b".repeat(64), schedule: "0 6 * * *" })
        expect(second.updatedAt).toBe(iso(t0 + 5 * 60_000))
        expect(second.claims.map((c) => c.id)).toEqual(["ap-phone", "letter-ashamed"])
        expect(yield* store.claimSetInfo(uniqueId("never-saved"))).toEqual(Option.none())

        const twice = makeClaimSet(uniqueId("dup"), ["letter-ashamed", "letter-ashamed"])
        const error = yield* storeError(store.saveClaimSet(twice, "x.yaml", "c".repeat(64)))
        expect(error.reason).toBe("InvalidInput")
        expect(error.message).toContain("letter-ashamed")
      }))

    it.effect("records a run claim by claim, once per claim, and reads the reports back in claim-set order", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("run")
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/run.yaml", "d".repeat(64))
        const runId = yield* store.startRun({ claimSetId: id, kind: "run", options: { replay: "fixtures" } })
        expect(typeof runId).toBe("number")

        const reports = {
          ap: makeReport("ap-phone", "verified"),
          letter: makeReport("letter-ashamed", "altered", { confidence: 0.30000000000000004 }),
          listing: makeReport("un-counsellor", "needs-review")
        }
        const url = `https://example.org/${id}`
        expect(yield* store.recordVerdict(runId, id, reports.ap, [makeSnapshot(url, "2024-01-01T00:00:00Z", "a")])).toBe(true)
        // The same claim again, even with a different verdict and a newer snapshot: nothing is written.
        const again = yield* store.recordVerdict(runId, id, makeReport("ap-phone", "contradicted"), [
          makeSnapshot(url, "2025-01-01T00:00:00Z", "z")
        ])
        expect(again).toBe(false)
        expect(Option.getOrThrow(yield* store.latestSnapshot(url)).etag).toBe("a")
        expect([...(yield* store.doneClaimIds(runId))]).toEqual(["ap-phone"])

        expect(yield* store.recordVerdict(runId, id, reports.letter, [])).toBe(true)
        expect(yield* store.recordVerdict(runId, id, reports.listing, [])).toBe(true)
        expect(new Set(yield* store.doneClaimIds(runId))).toEqual(new Set(["ap-phone", "letter-ashamed", "un-counsellor"]))

        // Behind the store's back: the refused second call left no extra evidence or snapshot rows.
        const sql = yield* SqlClient.SqlClient
        const count = (rows: ReadonlyArray<{ readonly n: unknown }>) => Number(rows[0]?.n)
        expect(count(yield* sql<{ n: unknown }>`SELECT COUNT(*) AS n FROM evidence WHERE run_id = ${runId}`)).toBe(6)
        expect(count(yield* sql<{ n: unknown }>`SELECT COUNT(*) AS n FROM snapshots WHERE url = ${url}`)).toBe(1)

        const back = yield* store.claimReports(runId)
        expect(back).toEqual([reports.letter, reports.listing, reports.ap])
        yield* store.finishRun(runId, "complete")
        expect(yield* store.latestIncompleteRun(id)).toEqual(Option.none())
      }))

    it.effect("keeps what a resumed run needs: the unfinished run, its options and the claims already done", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("resume")
        const t0 = yield* Clock.currentTimeMillis
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/resume.yaml", "e".repeat(64))
        const options = { replay: "fixtures", concurrency: 4, only: ["letter-ashamed"], nested: { quiet: true } }
        const runId = yield* store.startRun({ claimSetId: id, kind: "run", options })
        yield* store.recordVerdict(runId, id, makeReport("letter-ashamed", "verified"), [])
        // A process that dies leaves the run "running"; one that is stopped says "interrupted".
        expect(Option.map(yield* store.latestIncompleteRun(id), (r) => r.status)).toEqual(Option.some("running"))
        yield* store.finishRun(runId, "interrupted")

        const found = Option.getOrThrow(yield* store.latestIncompleteRun(id))
        expect(found).toEqual({ id: runId, kind: "run", status: "interrupted", startedAt: iso(t0), options })
        expect(yield* store.latestIncompleteRun(id, "recheck")).toEqual(Option.none())
        expect([...(yield* store.doneClaimIds(found.id))]).toEqual(["letter-ashamed"])

        expect(yield* store.recordVerdict(found.id, id, makeReport("letter-ashamed", "verified"), [])).toBe(false)
        expect(yield* store.recordVerdict(found.id, id, makeReport("un-counsellor", "verified"), [])).toBe(true)
        expect(yield* store.recordVerdict(found.id, id, makeReport("ap-phone", "verified"), [])).toBe(true)
        yield* store.finishRun(found.id, "complete")
        expect(yield* store.latestIncompleteRun(id)).toEqual(Option.none())
        expect((yield* store.claimReports(runId)).map((r) => r.id)).toEqual(["letter-ashamed", "un-counsellor", "ap-phone"])
      }))

    it.effect("latestSnapshot is the newest by fetch time, whatever the offset it was written with", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("snap")
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/snap.yaml", "f".repeat(64))
        const runId = yield* store.startRun({ claimSetId: id, kind: "recheck", options: null })
        const url = `https://example.org/${id}`
        const newest = makeSnapshot(url, "2024-05-01T12:30:00.000Z", "c")
        yield* store.recordVerdict(runId, id, makeReport("letter-ashamed", "verified"), [
          makeSnapshot(url, "2024-05-01T12:00:00Z", "a"),
          // 11:00 UTC: the oldest, though its text sorts last.
          makeSnapshot(url, "2024-05-01T13:00:00+02:00", "b")
        ])
        yield* store.recordVerdict(runId, id, makeReport("un-counsellor", "verified"), [
          newest,
          { url, finalUrl: null, status: null, sha256: null, fetchedAt: "2024-05-01T12:29:59Z" }
        ])
        const latest = Option.getOrThrow(yield* store.latestSnapshot(url))
        const { id: snapshotId, ...rest } = latest
        expect(typeof snapshotId).toBe("number")
        expect(rest).toEqual({ ...newest, runId })

        yield* store.recordVerdict(runId, id, makeReport("ap-phone", "unavailable"), [
          { url, finalUrl: null, status: null, sha256: null, fetchedAt: "2024-05-02T08:00:00Z" }
        ])
        expect(Option.getOrThrow(yield* store.latestSnapshot(url))).toEqual({
          id: expect.any(Number), runId, url, finalUrl: null, status: null, sha256: null, fetchedAt: "2024-05-02T08:00:00.000Z"
        })
        expect(yield* store.latestSnapshot(`${url}/never-seen`)).toEqual(Option.none())
      }))

    it.effect("a snapshot with a bad fetch time is an InvalidInput error and records nothing", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("badtime")
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/bad.yaml", "0".repeat(64))
        const runId = yield* store.startRun({ claimSetId: id, kind: "run", options: {} })
        const error = yield* storeError(store.recordVerdict(runId, id, makeReport("ap-phone", "verified"), [
          makeSnapshot("https://example.org/x", "yesterday", "a")
        ]))
        expect(error.reason).toBe("InvalidInput")
        expect((yield* store.doneClaimIds(runId)).size).toBe(0)
      }))

    it.effect("verdictHistory lists a claim's verdicts oldest first with the rating each replaced", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("history")
        const t0 = yield* Clock.currentTimeMillis
        const other = uniqueId("history-other")
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/h.yaml", "1".repeat(64))
        yield* store.saveClaimSet(makeClaimSet(other), "pipelines/o.yaml", "2".repeat(64))
        const record = (setId: string, kind: "run" | "recheck", rating: "verified" | "altered" | "unavailable") =>
          Effect.gen(function* () {
            const runId = yield* store.startRun({ claimSetId: setId, kind, options: {} })
            yield* store.recordVerdict(runId, setId, makeReport("letter-ashamed", rating), [])
            yield* store.finishRun(runId, "complete")
            yield* TestClock.adjust(Duration.days(1))
            return runId
          })
        const r1 = yield* record(id, "run", "verified")
        const o1 = yield* record(other, "run", "unavailable")
        const r2 = yield* record(id, "recheck", "altered")
        const r3 = yield* record(id, "recheck", "altered")

        const history = yield* store.verdictHistory(id, "letter-ashamed")
        expect(history.map((h) => [h.runId, h.runKind, h.rating, h.previousRating])).toEqual([
          [r1, "run", "verified", undefined],
          [r2, "recheck", "altered", "verified"],
          [r3, "recheck", "altered", "altered"]
        ])
        expect("previousRating" in history[0]!).toBe(false)
        const day = 86_400_000
        expect(history.map((h) => h.decidedAt)).toEqual([iso(t0), iso(t0 + 2 * day), iso(t0 + 3 * day)])
        expect(history[1]).toMatchObject({ claimSetId: id, confidence: 0.87, explanation: makeReport("letter-ashamed", "altered").explanation })

        // Across sets (a claim id reused in another story), previousRating stays within each set.
        const everywhere = yield* store.verdictHistory(undefined, "letter-ashamed")
        const mine = everywhere.filter((h) => h.claimSetId === id || h.claimSetId === other)
        expect(mine.map((h) => [h.runId, h.previousRating])).toEqual([[r1, undefined], [o1, undefined], [r2, "verified"], [r3, "altered"]])
        expect(yield* store.verdictHistory(id, "no-such-claim")).toEqual([])
      }))

    it.effect("latestVerdicts gives the newest verdict per claim, in claim-set order", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("latest")
        const t0 = yield* Clock.currentTimeMillis
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/l.yaml", "3".repeat(64))
        const first = yield* store.startRun({ claimSetId: id, kind: "run", options: {} })
        for (const claimId of ["ap-phone", "un-counsellor", "letter-ashamed"]) {
          yield* store.recordVerdict(first, id, makeReport(claimId, "verified"), [], claimId === "ap-phone" ? "a".repeat(64) : undefined)
        }
        yield* store.finishRun(first, "complete")
        yield* TestClock.adjust(Duration.hours(6))
        const recheck = yield* store.startRun({ claimSetId: id, kind: "recheck", options: {} })
        const changed = makeReport("un-counsellor", "unavailable", { confidence: 0.1 })
        yield* store.recordVerdict(recheck, id, changed, [])

        const latest = yield* store.latestVerdicts(id)
        expect(latest.map((v) => [v.claimId, v.runId, v.runKind, v.rating])).toEqual([
          ["letter-ashamed", first, "run", "verified"],
          ["un-counsellor", recheck, "recheck", "unavailable"],
          ["ap-phone", first, "run", "verified"]
        ])
        expect(latest[1]).toMatchObject({ confidence: 0.1, decidedAt: iso(t0 + 6 * 3_600_000), report: changed })
        // the digest of a verdict's inputs comes back with it; a verdict recorded without one has none
        expect(latest.map((v) => v.inputs)).toEqual([undefined, undefined, "a".repeat(64)])
        expect(yield* store.latestVerdicts(uniqueId("nothing"))).toEqual([])
      }))

    it.effect("a stored report that no longer decodes is a Corrupt error naming the run and the claim", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const sql = yield* SqlClient.SqlClient
        const id = uniqueId("corrupt")
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/c.yaml", "4".repeat(64))
        const runId = yield* store.startRun({ claimSetId: id, kind: "run", options: {} })
        yield* store.recordVerdict(runId, id, makeReport("un-counsellor", "verified"), [])
        yield* sql`UPDATE verdicts SET report = ${JSON.stringify({ id: "un-counsellor", rating: "maybe" })}
                   WHERE run_id = ${runId} AND claim_id = 'un-counsellor'`
        const error = yield* storeError(store.claimReports(runId))
        expect(error.reason).toBe("Corrupt")
        expect(error.message).toContain(`run ${runId}, claim un-counsellor`)
      }))

    it.effect("NUL characters, which PostgreSQL cannot hold, are stored as U+FFFD on both databases", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("nul")
        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/n.yaml", "5".repeat(64))
        const runId = yield* store.startRun({ claimSetId: id, kind: "run", options: {} })
        const url = `https://example.org/${id}`
        const snapshot = { ...makeSnapshot(url, "2024-01-01T00:00:00Z", "n"), text: "before\u0000after" }
        yield* store.recordVerdict(runId, id, makeReport("ap-phone", "verified", { excerpt: "a\u0000b" }), [snapshot])
        const [report] = yield* store.claimReports(runId)
        expect(report?.evidence[0]?.excerpt).toBe("a\uFFFDb")
        expect(Option.getOrThrow(yield* store.latestSnapshot(url)).text).toBe("before\uFFFDafter")
      }))

    it.effect("unknown runs and claim sets are StoreErrors, not defects", () =>
      Effect.gen(function* () {
        const store = yield* Store
        const id = uniqueId("errors")
        expect((yield* storeError(store.startRun({ claimSetId: id, kind: "run", options: {} }))).reason).toBe("NotFound")
        expect((yield* storeError(store.finishRun(2_000_000_000, "complete"))).reason).toBe("NotFound")
        expect((yield* storeError(store.recordVerdict(2_000_000_000, id, makeReport("ap-phone", "verified"), []))).reason).toBe("NotFound")

        yield* store.saveClaimSet(makeClaimSet(id), "pipelines/e.yaml", "6".repeat(64))
        const other = uniqueId("errors-other")
        yield* store.saveClaimSet(makeClaimSet(other), "pipelines/e2.yaml", "7".repeat(64))
        const runId = yield* store.startRun({ claimSetId: id, kind: "run", options: {} })
        const wrongSet = yield* storeError(store.recordVerdict(runId, other, makeReport("ap-phone", "verified"), []))
        expect(wrongSet.reason).toBe("InvalidInput")
        expect((yield* storeError(store.startRun({ claimSetId: id, kind: "run", options: { n: 1n } }))).reason).toBe("InvalidInput")
      }))
  })
