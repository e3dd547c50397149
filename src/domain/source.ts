import { Schema } from "effect"

/** Kinds of source a claim set may declare when the URL alone does not tell. */
export const SourceKind = Schema.Literal(
  "linkedin-post",
  "linkedin-profile",
  "x-post",
  "directory",
  "wire",
  "article",
  "archive"
)
export type SourceKind = typeof SourceKind.Type

/** An absolute http(s) URL, kept as the string the desk wrote. */
export const HttpUrl = Schema.String.pipe(
  Schema.filter((s) => {
    try {
      const u = new URL(s)
      return u.protocol === "http:" || u.protocol === "https:" || `not an http(s) URL: ${JSON.stringify(s)}`
    } catch {
      return `not a URL: ${JSON.stringify(s)}`
    }
  }, { identifier: "HttpUrl" })
)

/** A date as written in a claim set: YAML may hand us a string or (for bare dates) a Date. */
export const IsoDate = Schema.Union(
  Schema.String.pipe(Schema.pattern(/^\d{4}-\d{2}-\d{2}$/, { message: () => "expected a date YYYY-MM-DD" })),
  Schema.DateFromSelf.pipe(Schema.transform(Schema.String, {
    strict: true,
    decode: (d) => d.toISOString().slice(0, 10),
    encode: (s) => new Date(s)
  }))
)

export const IsoDateTime = Schema.Union(
  Schema.String.pipe(Schema.filter((s) => !Number.isNaN(Date.parse(s)) || "expected an ISO 8601 date-time")),
  Schema.DateFromSelf.pipe(Schema.transform(Schema.String, {
    strict: true,
    decode: (d) => d.toISOString(),
    encode: (s) => new Date(s)
  }))
)

/** A source that is fetched from the web. */
export class WebSource extends Schema.Class<WebSource>("WebSource")({
  url: HttpUrl,
  kind: Schema.optional(SourceKind),
  note: Schema.optional(Schema.String)
}) {}

export const AttestationMethod = Schema.Literal("phone", "email", "in person", "video call", "message")

/**
 * The desk's own record of first-hand contact. It cannot be fetched, so it is reported as attested
 * evidence, never as something the tool saw.
 */
export class Attestation extends Schema.Class<Attestation>("Attestation")({
  by: Schema.NonEmptyTrimmedString,
  at: IsoDateTime,
  method: AttestationMethod,
  note: Schema.optional(Schema.String)
}) {}

export class AttestedSource extends Schema.Class<AttestedSource>("AttestedSource")({
  attested: Attestation
}) {}

export const SourceRef = Schema.Union(WebSource, AttestedSource)
export type SourceRef = typeof SourceRef.Type

export const isWebSource = (s: SourceRef): s is WebSource => "url" in s
