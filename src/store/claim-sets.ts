import { SqlClient, SqlSchema } from "@effect/sql"
import { Array as Arr, Effect, Option, Schema } from "effect"
import { Claim } from "../domain/claim.js"
import { ArticleRef, type ClaimSet } from "../domain/claim-set.js"
import { Attestation, isWebSource } from "../domain/source.js"
import { StoreError } from "./errors.js"
import { ClaimRow, ClaimSetRow, encodeJson, INSERT_BATCH, now, orCorrupt, SourceRow } from "./rows.js"

/** What the store knows of a saved claim set: enough for a re-check to find its file and claims. */
export interface SavedClaimSet {
  readonly id: string
  readonly title: string
  readonly file: string
  readonly fileSha256: string
  readonly schedule?: string
  readonly updatedAt: string
  readonly claims: ReadonlyArray<{
    readonly id: string
    readonly kind: string
    /** `kind` is the declared source kind, "unspecified" when the URL decides, "attested" for a desk record. */
    readonly sources: ReadonlyArray<{ readonly url: string | null; readonly kind: string }>
  }>
}

export const makeClaimSets = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient

  const claimRows = (claimSet: ClaimSet) =>
    Effect.forEach(claimSet.claims, (claim, position) =>
      Effect.map(encodeJson(Claim, claim, `claim set ${claimSet.id}, claim ${claim.id}`), (definition) => ({
        claim_set_id: claimSet.id,
        id: claim.id,
        position,
        kind: claim.kind,
        definition
      })))

  // A type alias, not an interface: sql.insert takes Record<string, unknown>.
  type SourceInsert = {
    readonly claim_set_id: string
    readonly claim_id: string
    readonly position: number
    readonly url: string | null
    readonly kind: string
    readonly attested: string | null
  }

  const sourceRows = (claimSet: ClaimSet) =>
    Effect.forEach(
      claimSet.claims.flatMap((claim) => claim.sources.map((source, position) => ({ claim, source, position }))),
      ({ claim, position, source }): Effect.Effect<SourceInsert, StoreError> => {
        const key = { claim_set_id: claimSet.id, claim_id: claim.id, position }
        return isWebSource(source)
          ? Effect.succeed({ ...key, url: source.url, kind: source.kind ?? "unspecified", attested: null })
          : Effect.map(
            encodeJson(Attestation, source.attested, `claim set ${claimSet.id}, claim ${claim.id}, source ${position + 1}`),
            (attested) => ({ ...key, url: null, kind: "attested", attested })
          )
      }
    )

  /**
   * Upserts the set and replaces its claims and sources in one transaction, so a reader never sees
   * a set half old, half new. The upsert comes first: on SQLite that takes the write lock at once,
   * so a busy neighbour makes us wait (busy timeout) rather than fail on a read-to-write upgrade.
   */
  const saveClaimSet = Effect.fn("Store.saveClaimSet")(function* (claimSet: ClaimSet, file: string, fileSha256: string) {
    const ids = claimSet.claims.map((c) => c.id)
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i)
    if (duplicate !== undefined) {
      return yield* new StoreError({
        reason: "InvalidInput",
        message: `claim set ${claimSet.id}: claim id ${duplicate} appears more than once`
      })
    }
    const article = yield* encodeJson(ArticleRef, claimSet.article, `claim set ${claimSet.id}: article`)
    const claims = yield* claimRows(claimSet)
    const sources = yield* sourceRows(claimSet)
    const updatedAt = yield* now
    yield* sql.withTransaction(Effect.gen(function* () {
      yield* sql`INSERT INTO claim_sets ${
        sql.insert({
          id: claimSet.id,
          title: claimSet.title,
          file,
          file_sha256: fileSha256,
          schedule: claimSet.schedule ?? null,
          article,
          updated_at: updatedAt
        })
      } ON CONFLICT (id) DO UPDATE SET
        title = excluded.title, file = excluded.file, file_sha256 = excluded.file_sha256,
        schedule = excluded.schedule, article = excluded.article, updated_at = excluded.updated_at`
      yield* sql`DELETE FROM sources WHERE claim_set_id = ${claimSet.id}`
      yield* sql`DELETE FROM claims WHERE claim_set_id = ${claimSet.id}`
      for (const batch of Arr.chunksOf(claims, INSERT_BATCH)) yield* sql`INSERT INTO claims ${sql.insert(batch)}`
      for (const batch of Arr.chunksOf(sources, INSERT_BATCH)) yield* sql`INSERT INTO sources ${sql.insert(batch)}`
    }))
  })

  const findSet = SqlSchema.findOne({
    Request: Schema.String,
    Result: ClaimSetRow,
    execute: (id) =>
      sql`SELECT id, title, file, file_sha256, schedule, updated_at FROM claim_sets WHERE id = ${id}`
  })
  const findClaims = SqlSchema.findAll({
    Request: Schema.String,
    Result: ClaimRow,
    execute: (id) => sql`SELECT id, kind FROM claims WHERE claim_set_id = ${id} ORDER BY position`
  })
  const findSources = SqlSchema.findAll({
    Request: Schema.String,
    Result: SourceRow,
    execute: (id) =>
      sql`SELECT claim_id, url, kind FROM sources WHERE claim_set_id = ${id} ORDER BY claim_id, position`
  })

  const listIds = SqlSchema.findAll({
    Request: Schema.Void,
    Result: Schema.Struct({ id: Schema.String }),
    execute: () => sql`SELECT id FROM claim_sets ORDER BY id`
  })
  /** Every claim set the store knows, by id: what `recheck` and `watch` go through. */
  const claimSetIds = Effect.fn("Store.claimSetIds")(function* () {
    const rows = yield* listIds(undefined).pipe(orCorrupt("claim set list"))
    return rows.map((r) => r.id)
  })

  const claimSetInfo = Effect.fn("Store.claimSetInfo")(function* (claimSetId: string) {
    const context = `claim set ${claimSetId}`
    const found = yield* findSet(claimSetId).pipe(orCorrupt(context))
    if (Option.isNone(found)) return Option.none<SavedClaimSet>()
    const set = found.value
    const claims = yield* findClaims(claimSetId).pipe(orCorrupt(context))
    const sources = yield* findSources(claimSetId).pipe(orCorrupt(context))
    const saved: SavedClaimSet = {
      id: set.id,
      title: set.title,
      file: set.file,
      fileSha256: set.file_sha256,
      ...(set.schedule === null ? {} : { schedule: set.schedule }),
      updatedAt: set.updated_at,
      claims: claims.map((claim) => ({
        id: claim.id,
        kind: claim.kind,
        sources: sources.filter((s) => s.claim_id === claim.id).map((s) => ({ url: s.url, kind: s.kind }))
      }))
    }
    return Option.some(saved)
  })

  return { saveClaimSet, claimSetInfo, claimSetIds } as const
})
