import { FileSystem } from "@effect/platform"
import { Config, Effect, Either, ParseResult, Schema } from "effect"
import { fileURLToPath } from "node:url"
import { parse } from "yaml"
import { InputError } from "../domain/errors.js"
import { HttpUrl } from "../domain/source.js"

/**
 * The desk that publishes the reports: named as the ClaimReview author, and the place the HTML
 * reports live, so each claim has a public URL. Kept out of the claim set because one desk
 * publishes many claim sets under the same name.
 */
export class DeskConfig extends Schema.Class<DeskConfig>("DeskConfig")({
  name: Schema.NonEmptyTrimmedString,
  url: HttpUrl,
  /** Folder URL the HTML reports are published under. */
  reportBaseUrl: HttpUrl,
  /** BCP 47 language tag of the reports' own words (the page's lang). */
  language: Schema.optionalWith(
    Schema.String.pipe(Schema.pattern(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { message: () => "a BCP 47 language tag, e.g. en or en-GB" })),
    { default: () => "en" }
  )
}) {}

export const DESK_CONFIG_ENV = "CORROBORATE_DESK_CONFIG"

/** The shipped config/desk.yaml (same layout from src/ under tsx and from dist/ once built). */
export const defaultDeskConfigPath = fileURLToPath(new URL("../../config/desk.yaml", import.meta.url))

/** Which file to read: CORROBORATE_DESK_CONFIG when set, else the shipped one. */
export const deskConfigPath = Config.string(DESK_CONFIG_ENV).pipe(
  Config.withDefault(defaultDeskConfigPath),
  Effect.map((p) => (p.trim() === "" ? defaultDeskConfigPath : p))
)

/** Decodes desk-config YAML; every problem is named with the file and the field. */
export const parseDeskConfig = (file: string, text: string): Either.Either<DeskConfig, InputError> => {
  let raw: unknown
  try {
    raw = parse(text)
  } catch (e) {
    return Either.left(new InputError({ what: file, detail: `malformed YAML: ${(e as Error).message.split("\n")[0]}` }))
  }
  return Schema.decodeUnknownEither(DeskConfig)(raw, { errors: "all", onExcessProperty: "error" }).pipe(
    Either.mapLeft((e) =>
      new InputError({
        what: file,
        detail: ParseResult.ArrayFormatter.formatErrorSync(e)
          .map((p) => `${p.path.length ? `${p.path.join(".")}: ` : ""}${p.message}`)
          .join("; ")
      }))
  )
}

/** Reads the desk config named by the environment (or the given file). */
export const loadDeskConfig = Effect.fn("DeskConfig.load")(function* (file?: string) {
  const path = file ?? (yield* deskConfigPath.pipe(Effect.orElseSucceed(() => defaultDeskConfigPath)))
  const fs = yield* FileSystem.FileSystem
  const text = yield* fs.readFileString(path).pipe(
    Effect.mapError((e) => new InputError({ what: path, detail: `cannot read the desk config: ${e.message}` }))
  )
  return yield* parseDeskConfig(path, text)
})

/** The public URL of a claim set's HTML report, and of one claim in it. */
export const reportUrl = (desk: DeskConfig, claimSetId: string, claimId?: string): string => {
  const base = desk.reportBaseUrl.endsWith("/") ? desk.reportBaseUrl : `${desk.reportBaseUrl}/`
  const page = new URL(`${encodeURIComponent(claimSetId)}.html`, base).href
  return claimId === undefined ? page : `${page}#${encodeURIComponent(claimId)}`
}
