import { Schema } from "effect"

/** Why a source could not be had. Retry decisions read `reason`. */
export const FetchFailure = Schema.Literal(
  "Timeout",
  "Network",
  "Status",
  "TooLarge",
  "TooManyRedirects",
  "Blocked",
  "Refused",
  "UnsupportedType",
  "Unparseable",
  "NotRecorded"
)
export type FetchFailure = typeof FetchFailure.Type

export class FetchError extends Schema.TaggedError<FetchError>()("FetchError", {
  url: Schema.String,
  reason: FetchFailure,
  detail: Schema.String,
  status: Schema.optional(Schema.Number),
  /** What the server asked us to wait before trying again (429 and 503). */
  retryAfterMs: Schema.optional(Schema.Number)
}) {
  override get message() {
    return `${this.reason}: ${this.detail} (${this.url})`
  }
}

/** A fetched response that an adapter could not turn into a document. */
export class ExtractError extends Schema.TaggedError<ExtractError>()("ExtractError", {
  url: Schema.String,
  reason: Schema.Literal("Empty", "Unparseable", "BlockedByPlatform", "Removed"),
  detail: Schema.String
}) {
  override get message() {
    return `${this.reason}: ${this.detail} (${this.url})`
  }
}

/** A claim set that cannot be run. Names the file, the line and the field path. */
export class ClaimSetError extends Schema.TaggedError<ClaimSetError>()("ClaimSetError", {
  file: Schema.String,
  problems: Schema.Array(Schema.Struct({
    line: Schema.optional(Schema.Number),
    column: Schema.optional(Schema.Number),
    path: Schema.String,
    message: Schema.String
  }))
}) {
  override get message() {
    return this.problems
      .map((p) => `${this.file}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ""}` : ""}: ${p.path ? `${p.path}: ` : ""}${p.message}`)
      .join("\n")
  }
}

/** A command-line input that cannot be used (a replay folder that does not exist, an unreadable file). */
export class InputError extends Schema.TaggedError<InputError>()("InputError", {
  what: Schema.String,
  detail: Schema.String
}) {
  override get message() {
    return `${this.what}: ${this.detail}`
  }
}
