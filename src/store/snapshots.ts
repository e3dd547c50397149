import { SqlClient, SqlSchema } from "@effect/sql"
import { Array as Arr, Effect, Option, Schema } from "effect"
import { cleanText, INSERT_BATCH, isoInstant, orCorrupt, SnapshotRow } from "./rows.js"
import type { RunId } from "./runs.js"

/** What was seen at a URL during a run: the validators and hash a re-check compares against. */
export interface SnapshotInput {
  readonly url: string
  readonly finalUrl: string | null
  /** HTTP status of the final response; null when no response was had. */
  readonly status: number | null
  readonly etag?: string
  readonly lastModified?: string
  /** SHA-256 of the payload as received; null when there was none. */
  readonly sha256: string | null
  /** The extracted text, for telling which words changed. */
  readonly text?: string
  readonly archiveFile?: string
  readonly archiveRecordId?: string
  /** Any ISO-8601 date-time; stored as UTC. */
  readonly fetchedAt: string
}

export interface Snapshot extends SnapshotInput {
  /** A number: bigint on PostgreSQL, decoded (snapshot ids stay far below 2^53). */
  readonly id: number
  readonly runId: RunId
}

/** The row for one snapshot; NUL characters in the text are replaced (see `cleanText`). */
export const snapshotRow = (runId: RunId, s: SnapshotInput) =>
  Effect.map(isoInstant(s.fetchedAt, `snapshot of ${s.url}: fetchedAt`), (fetchedAt) => ({
    run_id: runId,
    url: s.url,
    final_url: s.finalUrl,
    status: s.status,
    etag: s.etag ?? null,
    last_modified: s.lastModified ?? null,
    sha256: s.sha256,
    text: s.text === undefined ? null : cleanText(s.text),
    archive_file: s.archiveFile ?? null,
    archive_record_id: s.archiveRecordId ?? null,
    fetched_at: fetchedAt
  }))

export type SnapshotRowInput = Effect.Effect.Success<ReturnType<typeof snapshotRow>>

export const makeSnapshots = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient

  /** Called inside the verdict's transaction, so snapshots are kept exactly when the verdict is. */
  const insertSnapshots = (rows: ReadonlyArray<SnapshotRowInput>) =>
    Effect.forEach(Arr.chunksOf(rows, INSERT_BATCH), (batch) => sql`INSERT INTO snapshots ${sql.insert(batch)}`, {
      discard: true
    })

  const findLatest = SqlSchema.findOne({
    Request: Schema.String,
    Result: SnapshotRow,
    // The id breaks ties between snapshots taken in the same millisecond: the later insert wins.
    execute: (url) =>
      sql`SELECT id, run_id, url, final_url, status, etag, last_modified, sha256, "text",
                 archive_file, archive_record_id, fetched_at
          FROM snapshots WHERE url = ${url} ORDER BY fetched_at DESC, id DESC LIMIT 1`
  })

  /** The newest snapshot of a URL (as the claim set gives it), for conditional requests and change detection. */
  const latestSnapshot = Effect.fn("Store.latestSnapshot")(function* (url: string) {
    const found = yield* findLatest(url).pipe(orCorrupt(`snapshot of ${url}`))
    return Option.map(found, (row): Snapshot => ({
      id: row.id,
      runId: row.run_id,
      url: row.url,
      finalUrl: row.final_url,
      status: row.status,
      ...(row.etag === null ? {} : { etag: row.etag }),
      ...(row.last_modified === null ? {} : { lastModified: row.last_modified }),
      sha256: row.sha256,
      ...(row.text === null ? {} : { text: row.text }),
      ...(row.archive_file === null ? {} : { archiveFile: row.archive_file }),
      ...(row.archive_record_id === null ? {} : { archiveRecordId: row.archive_record_id }),
      fetchedAt: row.fetched_at
    }))
  })

  return { insertSnapshots, latestSnapshot } as const
})
