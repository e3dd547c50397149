import { FileSystem } from "@effect/platform"
import { Effect, ParseResult, Schema } from "effect"
import { InputError } from "../domain/errors.js"
import { REPORT_SCHEMA_VERSION, Report } from "./schema.js"

/**
 * Reads a JSON report written by `corroborate run`. A report is input from disk (possibly hand
 * edited, possibly from another version), so it is decoded against the schema before anything
 * is rendered from it, and every failure names the file.
 */
export const readReportFile = Effect.fn("Report.read")(function* (file: string) {
  const fs = yield* FileSystem.FileSystem
  const fail = (detail: string) => new InputError({ what: file, detail })
  const text = yield* fs.readFileString(file).pipe(
    Effect.mapError((e) => fail(e._tag === "SystemError" && e.reason === "NotFound" ? "no such report file" : `cannot read the report: ${e.message}`))
  )
  const raw = yield* Effect.try({ try: () => JSON.parse(text) as unknown, catch: (e) => fail(`not JSON: ${(e as Error).message}`) })
  const version = typeof raw === "object" && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined
  if (version !== undefined && version !== REPORT_SCHEMA_VERSION) {
    return yield* fail(`report format ${JSON.stringify(version)} is not one this version reads (expected ${REPORT_SCHEMA_VERSION})`)
  }
  return yield* Schema.decodeUnknown(Report)(raw, { errors: "all" }).pipe(
    Effect.mapError((e) =>
      fail(`not a corroborate report: ${ParseResult.ArrayFormatter.formatErrorSync(e)
        .slice(0, 5)
        .map((p) => `${p.path.length ? p.path.join(".") : "(top)"}: ${p.message}`)
        .join("; ")}`))
  )
})
