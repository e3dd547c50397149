import { Clock, Effect, ParseResult, Schema } from "effect"
import type { SqlError } from "@effect/sql/SqlError"
import { Rating } from "../domain/verdict.js"
import { StoreError } from "./errors.js"

/*
 * What goes into a row and what comes out of one. The two drivers hand back different shapes for
 * the same column (pg: Date for timestamptz, string for bigint; SQLite: text and numbers), so every
 * row is decoded through these schemas instead of being trusted. JSON columns are always selected as
 * `CAST(col AS TEXT)`, which reads the same on both (jsonb on PostgreSQL, text on SQLite).
 */

/** Integers: numbers from SQLite and pg int4, strings from pg int8 (bigint ids, counts). */
export const DbInt = Schema.Union(Schema.Int, Schema.NumberFromString.pipe(Schema.int()))

/** An instant, read from a pg Date or SQLite ISO text, always handed out as UTC ISO-8601. */
export const Timestamp = Schema.transformOrFail(Schema.Union(Schema.DateFromSelf, Schema.String), Schema.String, {
  strict: true,
  decode: (value, _, ast) => {
    const date = typeof value === "string" ? new Date(value) : value
    return Number.isNaN(date.getTime())
      ? ParseResult.fail(new ParseResult.Type(ast, value, `not a timestamp: ${String(value)}`))
      : ParseResult.succeed(date.toISOString())
  },
  encode: ParseResult.succeed
})

export const RunKind = Schema.Literal("run", "recheck")
export type RunKind = typeof RunKind.Type
export const RunStatus = Schema.Literal("running", "complete", "interrupted")
export type RunStatus = typeof RunStatus.Type

export const RunRow = Schema.Struct({
  id: DbInt,
  kind: RunKind,
  status: RunStatus,
  options: Schema.parseJson(),
  started_at: Timestamp
})

export const SnapshotRow = Schema.Struct({
  id: DbInt,
  run_id: DbInt,
  url: Schema.String,
  final_url: Schema.NullOr(Schema.String),
  status: Schema.NullOr(DbInt),
  etag: Schema.NullOr(Schema.String),
  last_modified: Schema.NullOr(Schema.String),
  sha256: Schema.NullOr(Schema.String),
  text: Schema.NullOr(Schema.String),
  archive_file: Schema.NullOr(Schema.String),
  archive_record_id: Schema.NullOr(Schema.String),
  fetched_at: Timestamp
})

/** A verdict's columns; the report JSON is decoded separately so a bad one can be named. */
export const VerdictRow = Schema.Struct({
  claim_set_id: Schema.String,
  claim_id: Schema.String,
  run_id: DbInt,
  run_kind: RunKind,
  rating: Rating,
  confidence: Schema.Number,
  decided_at: Timestamp,
  report: Schema.String
})

export const LatestVerdictRow = Schema.Struct({ ...VerdictRow.fields, inputs_sha256: Schema.NullOr(Schema.String) })

export const ClaimIdRow = Schema.Struct({ claim_id: Schema.String })

export const ClaimSetRow = Schema.Struct({
  id: Schema.String,
  title: Schema.String,
  file: Schema.String,
  file_sha256: Schema.String,
  schedule: Schema.NullOr(Schema.String),
  updated_at: Timestamp
})

export const ClaimRow = Schema.Struct({ id: Schema.String, kind: Schema.String })

export const SourceRow = Schema.Struct({
  claim_id: Schema.String,
  url: Schema.NullOr(Schema.String),
  kind: Schema.String
})

/** A ParseError from a stored row becomes a Corrupt StoreError that says which row. */
export const corrupt = (context: string) => (error: ParseResult.ParseError) =>
  new StoreError({ reason: "Corrupt", message: `${context}: ${error.message}` })

/** Decodes a JSON text column against a schema, naming the row when it does not fit. */
export const decodeJson = <A, I>(schema: Schema.Schema<A, I>, text: string, context: string) =>
  Schema.decodeUnknown(Schema.parseJson(schema))(text).pipe(Effect.mapError(corrupt(context)))

/**
 * PostgreSQL text and jsonb cannot hold U+0000 (web pages sometimes do); both dialects store
 * U+FFFD instead, so a claim set reads back the same whichever database it was run against.
 */
export const cleanText = (text: string): string => text.replaceAll("\u0000", "\uFFFD")

/** JSON text for a json/jsonb column. */
export const toJson = (value: unknown, what: string): Effect.Effect<string, StoreError> =>
  Effect.try({
    try: () => JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? cleanText(v) : v)) ?? "null",
    catch: (cause) =>
      new StoreError({ reason: "InvalidInput", message: `${what} cannot be stored as JSON: ${String(cause)}` })
  })

/** Encodes a value through its schema (so dates and classes become plain JSON), then to JSON text. */
export const encodeJson = <A, I>(schema: Schema.Schema<A, I>, value: A, what: string) =>
  Schema.encode(schema)(value).pipe(
    Effect.mapError((error) => new StoreError({ reason: "InvalidInput", message: `${what}: ${error.message}` })),
    Effect.flatMap((encoded) => toJson(encoded, what))
  )

/**
 * Every instant is stored as UTC ISO-8601 so that SQLite's text ordering is time ordering
 * ("…T14:00+02:00" and "…T12:00Z" are the same moment and must sort together).
 */
export const isoInstant = (value: string, what: string): Effect.Effect<string, StoreError> => {
  const date = new Date(value)
  return Number.isNaN(date.getTime())
    ? Effect.fail(new StoreError({ reason: "InvalidInput", message: `${what} is not a date-time: ${JSON.stringify(value)}` }))
    : Effect.succeed(date.toISOString())
}

/** Now, as stored: from the Effect Clock so tests can move time with TestClock. */
export const now: Effect.Effect<string> = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms).toISOString())

/** Multi-row inserts in slices, well under SQLite's and PostgreSQL's bound-parameter limits. */
export const INSERT_BATCH = 200

/** Turns a decoding failure of stored rows into a Corrupt StoreError naming what was read. */
export const orCorrupt = (context: string) =>
<A, R>(self: Effect.Effect<A, ParseResult.ParseError | SqlError, R>): Effect.Effect<A, SqlError | StoreError, R> =>
  Effect.catchTag(self, "ParseError", (error) => Effect.fail(corrupt(context)(error)))
