import { SqlClient, SqlSchema } from "@effect/sql"
import type { SqlError } from "@effect/sql/SqlError"
import { Array as Arr, Effect, Schema } from "effect"
import type { Rating } from "../domain/verdict.js"
import { ClaimReport, EvidenceItem } from "../report/schema.js"
import { StoreError } from "./errors.js"
import { decodeJson, encodeJson, INSERT_BATCH, LatestVerdictRow, now, orCorrupt, type RunKind, VerdictRow } from "./rows.js"
import type { RunId } from "./runs.js"
import { type SnapshotInput, snapshotRow, type SnapshotRowInput } from "./snapshots.js"

/** One verdict in a claim's history, with the rating it replaced. */
export interface VerdictHistoryEntry {
  readonly claimSetId: string
  readonly runId: RunId
  readonly runKind: RunKind
  readonly decidedAt: string
  readonly rating: Rating
  readonly confidence: number
  readonly explanation: ReadonlyArray<string>
  /** The rating of the verdict before this one for the same claim set and claim; absent for the first. */
  readonly previousRating?: Rating
}

/** The newest verdict on a claim: what a re-check compares its new verdict with. */
export interface LatestVerdict {
  readonly claimId: string
  readonly runId: RunId
  readonly runKind: RunKind
  readonly decidedAt: string
  readonly rating: Rating
  readonly confidence: number
  readonly report: ClaimReport
  /** The digest of what the verdict was computed from; absent for verdicts recorded before it was kept. */
  readonly inputs?: string
}

const Explanation = Schema.Struct({ explanation: Schema.Array(Schema.String) })

export const makeVerdicts = (
  insertSnapshots: (rows: ReadonlyArray<SnapshotRowInput>) => Effect.Effect<void, SqlError>
) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient

    const claimSetOfRun = new Map<RunId, string>()
    const runOf = SqlSchema.findOne({
      Request: Schema.Number,
      Result: Schema.Struct({ claim_set_id: Schema.String }),
      execute: (runId) => sql`SELECT claim_set_id FROM runs WHERE id = ${runId}`
    })

    /**
     * Records one claim's verdict, evidence and snapshots in one transaction, or nothing: when the
     * run already has a verdict for the claim (a resumed run, a retried call) it writes nothing and
     * returns false. The verdict insert is the first statement, so the primary key decides the race
     * between two processes, and on SQLite the write lock is taken before anything is read.
     */
    const recordVerdict = Effect.fn("Store.recordVerdict")(function* (
      runId: RunId,
      claimSetId: string,
      report: ClaimReport,
      snapshots: ReadonlyArray<SnapshotInput>,
      /** The digest of the verdict's inputs (src/verify/inputs.ts), when known. */
      inputs?: string
    ) {
      const context = `run ${runId}, claim ${report.id}`
      // Outside the transaction: a run's claim set never changes (so it is looked up once per run),
      // and a read first would turn the SQLite transaction into a read-then-upgrade one that can
      // fail instead of waiting.
      let runClaimSet = claimSetOfRun.get(runId)
      if (runClaimSet === undefined) {
        const run = yield* runOf(runId).pipe(orCorrupt(`run ${runId}`))
        if (run._tag === "None") return yield* new StoreError({ reason: "NotFound", message: `run ${runId} does not exist` })
        claimSetOfRun.set(runId, (runClaimSet = run.value.claim_set_id))
      }
      if (runClaimSet !== claimSetId) {
        return yield* new StoreError({
          reason: "InvalidInput",
          message: `${context}: the run belongs to claim set ${runClaimSet}, not ${claimSetId}`
        })
      }
      const reportJson = yield* encodeJson(ClaimReport, report, `${context}: report`)
      const evidence = yield* Effect.forEach(report.evidence, (item, position) =>
        Effect.map(encodeJson(EvidenceItem, item, `${context}: evidence ${position + 1}`), (json) => ({
          run_id: runId,
          claim_set_id: claimSetId,
          claim_id: report.id,
          position,
          item: json
        })))
      const snapshotRows = yield* Effect.forEach(snapshots, (s) => snapshotRow(runId, s))
      const decidedAt = yield* now

      return yield* sql.withTransaction(Effect.gen(function* () {
        const inserted = yield* sql`INSERT INTO verdicts ${
          sql.insert({
            run_id: runId,
            claim_set_id: claimSetId,
            claim_id: report.id,
            rating: report.rating,
            confidence: report.confidence,
            report: reportJson,
            decided_at: decidedAt,
            inputs_sha256: inputs ?? null
          })
        } ON CONFLICT (run_id, claim_set_id, claim_id) DO NOTHING RETURNING run_id`
        if (inserted.length === 0) return false
        for (const batch of Arr.chunksOf(evidence, INSERT_BATCH)) yield* sql`INSERT INTO evidence ${sql.insert(batch)}`
        yield* insertSnapshots(snapshotRows)
        return true
      }))
    })

    // Claims removed from the set since the run still have their verdicts; they come last.
    const claimOrder = sql`CASE WHEN c.position IS NULL THEN 1 ELSE 0 END, c.position`

    const findReports = SqlSchema.findAll({
      Request: Schema.Number,
      Result: Schema.Struct({ claim_id: Schema.String, report: Schema.String }),
      execute: (runId) =>
        sql`SELECT v.claim_id, CAST(v.report AS TEXT) AS report
            FROM verdicts v LEFT JOIN claims c ON c.claim_set_id = v.claim_set_id AND c.id = v.claim_id
            WHERE v.run_id = ${runId}
            ORDER BY ${claimOrder}, v.decided_at, v.claim_id`
    })

    /** The run's claim reports in claim-set order, exactly as recorded. */
    const claimReports = Effect.fn("Store.claimReports")(function* (runId: RunId) {
      const rows = yield* findReports(runId).pipe(orCorrupt(`verdicts of run ${runId}`))
      return yield* Effect.forEach(rows, (row) =>
        decodeJson(ClaimReport, row.report, `run ${runId}, claim ${row.claim_id}: the stored report does not decode`))
    })

    const findHistory = SqlSchema.findAll({
      Request: Schema.Struct({ claimSetId: Schema.NullOr(Schema.String), claimId: Schema.String }),
      Result: VerdictRow,
      execute: ({ claimId, claimSetId }) =>
        sql`SELECT v.claim_set_id, v.claim_id, v.run_id, r.kind AS run_kind, v.rating, v.confidence, v.decided_at,
                   CAST(v.report AS TEXT) AS report
            FROM verdicts v JOIN runs r ON r.id = v.run_id
            WHERE ${sql.and([sql`v.claim_id = ${claimId}`, ...(claimSetId === null ? [] : [sql`v.claim_set_id = ${claimSetId}`])])}
            ORDER BY v.decided_at, v.run_id`
    })

    /**
     * Every verdict on a claim, oldest first. Without a claim set id, claims of that id in every
     * set are listed; `previousRating` always refers to the same set.
     */
    const verdictHistory = Effect.fn("Store.verdictHistory")(function* (claimSetId: string | undefined, claimId: string) {
      const rows = yield* findHistory({ claimSetId: claimSetId ?? null, claimId }).pipe(orCorrupt(`history of claim ${claimId}`))
      const last = new Map<string, Rating>()
      return yield* Effect.forEach(rows, (row) =>
        Effect.map(
          decodeJson(Explanation, row.report, `run ${row.run_id}, claim ${row.claim_id}: the stored report does not decode`),
          ({ explanation }): VerdictHistoryEntry => {
            const previous = last.get(row.claim_set_id)
            last.set(row.claim_set_id, row.rating)
            return {
              claimSetId: row.claim_set_id,
              runId: row.run_id,
              runKind: row.run_kind,
              decidedAt: row.decided_at,
              rating: row.rating,
              confidence: row.confidence,
              explanation,
              ...(previous === undefined ? {} : { previousRating: previous })
            }
          }
        ))
    })

    const findLatest = SqlSchema.findAll({
      Request: Schema.String,
      Result: LatestVerdictRow,
      execute: (claimSetId) =>
        sql`SELECT l.claim_set_id, l.claim_id, l.run_id, l.run_kind, l.rating, l.confidence, l.decided_at, l.report, l.inputs_sha256
            FROM (
              SELECT v.claim_set_id, v.claim_id, v.run_id, r.kind AS run_kind, v.rating, v.confidence, v.decided_at,
                     CAST(v.report AS TEXT) AS report, v.inputs_sha256,
                     ROW_NUMBER() OVER (PARTITION BY v.claim_id ORDER BY v.decided_at DESC, v.run_id DESC) AS newest
              FROM verdicts v JOIN runs r ON r.id = v.run_id
              WHERE v.claim_set_id = ${claimSetId}
            ) l
            LEFT JOIN claims c ON c.claim_set_id = l.claim_set_id AND c.id = l.claim_id
            WHERE l.newest = 1
            ORDER BY ${claimOrder}, l.claim_id`
    })

    /** The newest verdict on each claim of the set, in claim-set order: "did the rating change?". */
    const latestVerdicts = Effect.fn("Store.latestVerdicts")(function* (claimSetId: string) {
      const rows = yield* findLatest(claimSetId).pipe(orCorrupt(`latest verdicts of ${claimSetId}`))
      return yield* Effect.forEach(rows, (row) =>
        Effect.map(
          decodeJson(ClaimReport, row.report, `run ${row.run_id}, claim ${row.claim_id}: the stored report does not decode`),
          (report): LatestVerdict => ({
            claimId: row.claim_id,
            runId: row.run_id,
            runKind: row.run_kind,
            decidedAt: row.decided_at,
            rating: row.rating,
            confidence: row.confidence,
            report,
            ...(row.inputs_sha256 === null ? {} : { inputs: row.inputs_sha256 })
          })
        ))
    })

    return { recordVerdict, claimReports, verdictHistory, latestVerdicts } as const
  })
