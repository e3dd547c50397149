import { Schema } from "effect"

/**
 * What went wrong in the store, beyond the driver's own SqlError.
 * - NotFound: a run or claim set the caller named is not in the database.
 * - InvalidInput: a value we were asked to store cannot be stored (a bad timestamp, unserialisable options).
 * - Corrupt: a stored row no longer decodes (a hand edit, or a schema change without a migration).
 * - Migration: the schema could not be brought up to date.
 * - Config: the environment does not say where the database is in a usable way.
 * - Open: the database file or its folder cannot be created.
 */
export class StoreError extends Schema.TaggedError<StoreError>()("StoreError", {
  reason: Schema.Literal("NotFound", "InvalidInput", "Corrupt", "Migration", "Config", "Open"),
  message: Schema.String
}) {}

/** The messages along an error's `cause` chain, so a driver's own words reach the person reading. */
export const causeMessages = (cause: unknown): ReadonlyArray<string> => {
  const out: Array<string> = []
  let current: unknown = cause
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current !== "object" || !("message" in current)) {
      out.push(String(current))
      break
    }
    const message = current.message
    if (typeof message === "string" && message !== "" && !out.includes(message)) out.push(message)
    current = "cause" in current ? current.cause : undefined
  }
  return out
}
