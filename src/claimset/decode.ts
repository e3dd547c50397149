import { Either, ParseResult, Schema } from "effect"
import { ConfirmationClaim, ListingClaim, QuoteClaim, StatementClaim } from "../domain/claim.js"
import { ClaimSet } from "../domain/claim-set.js"
import { AttestedSource, WebSource } from "../domain/source.js"

export type FieldPath = ReadonlyArray<string | number>

export interface DecodeProblem {
  readonly path: FieldPath
  readonly message: string
}

const claimSchemas = {
  quote: QuoteClaim,
  listing: ListingClaim,
  confirmation: ConfirmationClaim,
  statement: StatementClaim
} as const
const claimKinds = Object.keys(claimSchemas) as ReadonlyArray<keyof typeof claimSchemas>

const strict = { errors: "all", onExcessProperty: "error" } as const

const problemsOf = (error: ParseResult.ParseError, at: FieldPath): Array<DecodeProblem> => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error).map((issue) => ({
    path: [...at, ...issue.path.map((k) => (typeof k === "number" ? k : String(k)))],
    message: issue._tag === "Unexpected" ? "unknown field (not part of the claim set format)" : issue.message
  }))
  // An optional field that is present but wrong also fails the "absent" branch of its union;
  // that second complaint ("Expected undefined") says nothing the first does not.
  const key = (p: DecodeProblem) => JSON.stringify(p.path)
  return issues.filter((p) => !p.message.startsWith("Expected undefined, actual") || issues.filter((q) => key(q) === key(p)).length === 1)
}

const decodePart = <A, I>(schema: Schema.Schema<A, I>, value: unknown, at: FieldPath): Array<DecodeProblem> =>
  Either.match(Schema.decodeUnknownEither(schema)(value, strict), {
    onLeft: (e) => problemsOf(e, at),
    onRight: () => []
  })

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * Unions report every member's complaint, which buries the one that matters. So claims are checked
 * one by one against the schema their `kind` names, and sources against the shape they have.
 */
const checkClaim = (claim: unknown, at: FieldPath): Array<DecodeProblem> => {
  if (!isRecord(claim)) return [{ path: at, message: "a claim must be a mapping with id, kind and sources" }]
  const kind = claim["kind"]
  if (kind === undefined) return [{ path: [...at, "kind"], message: `missing kind (one of ${claimKinds.join(", ")})` }]
  if (typeof kind !== "string" || !(claimKinds as ReadonlyArray<string>).includes(kind)) {
    return [{ path: [...at, "kind"], message: `unknown kind ${JSON.stringify(kind)} (expected one of ${claimKinds.join(", ")})` }]
  }
  const schema = claimSchemas[kind as keyof typeof claimSchemas]
  const { sources, ...rest } = claim
  const shell = Schema.Struct({ ...schema.fields, sources: Schema.Unknown })
  const problems = decodePart(shell, { ...rest, sources }, at)
  if (!Array.isArray(sources)) {
    if (sources !== undefined) problems.push({ path: [...at, "sources"], message: "sources must be a list" })
    return problems
  }
  if (sources.length === 0) problems.push({ path: [...at, "sources"], message: "a claim needs at least one source" })
  sources.forEach((source, i) => {
    const where = [...at, "sources", i]
    if (isRecord(source) && "attested" in source) problems.push(...decodePart(AttestedSource, source, where))
    else if (isRecord(source) && "url" in source) problems.push(...decodePart(WebSource, source, where))
    else problems.push({ path: where, message: "a source needs a url (or an attested record)" })
  })
  return problems
}

/** Decodes a parsed claim set, collecting every problem with its field path. */
export const decodeClaimSet = (value: unknown): Either.Either<ClaimSet, ReadonlyArray<DecodeProblem>> => {
  if (!isRecord(value)) return Either.left([{ path: [], message: "a claim set must be a mapping with id, title, article and claims" }])
  const { claims, ...header } = value
  const problems = decodePart(Schema.Struct({ ...ClaimSet.fields, claims: Schema.Unknown }), { ...header, claims }, [])
  if (Array.isArray(claims)) {
    if (claims.length === 0) problems.push({ path: ["claims"], message: "a claim set needs at least one claim" })
    const seen = new Map<unknown, number>()
    claims.forEach((claim, i) => {
      problems.push(...checkClaim(claim, ["claims", i]))
      const id = isRecord(claim) ? claim["id"] : undefined
      if (typeof id === "string") {
        const first = seen.get(id)
        if (first !== undefined) problems.push({ path: ["claims", i, "id"], message: `duplicate id ${JSON.stringify(id)} (first used by claims[${first}])` })
        else seen.set(id, i)
      }
    })
  } else if (claims !== undefined) {
    problems.push({ path: ["claims"], message: "claims must be a list" })
  }
  if (problems.length > 0) return Either.left(problems)
  return Either.mapLeft(Schema.decodeUnknownEither(ClaimSet)(value, strict), (e) => problemsOf(e, []))
}

export const formatPath = (path: FieldPath): string =>
  path.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), "")
