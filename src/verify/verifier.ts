import { Effect } from "effect"
import type { Claim } from "../domain/claim.js"
import type { ClaimSet } from "../domain/claim-set.js"
import { isWebSource } from "../domain/source.js"
import { Fetcher } from "../fetch/fetcher.js"
import { REPORT_SCHEMA_VERSION, type ClaimReport, type Report } from "../report/schema.js"
import { loadProfile, withOverrides, type ReliabilityProfile } from "../score/reliability.js"
import { SourceReader, type PriorReading, type ReadingSession, type SourceReading } from "../sources/reader.js"
import { TOOL_VERSION } from "../version.js"
import { documentIndexes } from "./document-indexes.js"
import { profileDigest, verdictInputs } from "./inputs.js"
import { claimLine, refreshedReport, verifyClaim } from "./verify-claim.js"

export interface Progress {
  readonly onClaimDone?: (claim: ClaimReport, done: number, total: number) => void
}

export interface EarlierVerdict {
  readonly inputs: string | undefined
  readonly report: ClaimReport
}

export interface VerifyOptions<E> extends Progress {
  /** Claims already decided (a resumed run): they are not fetched or checked again. */
  readonly skip?: ReadonlySet<string>
  /**
   * Called with each verdict as soon as it is reached, before the next claim's turn: the store
   * commits it there, so an interrupted batch loses nothing it had decided.
   */
  readonly onVerdict?: (claim: ClaimReport, readings: ReadonlyArray<SourceReading>, inputs: string | undefined, kept: boolean) => Effect.Effect<void, E>
  /**
   * The last verdict on a claim and the digest of its inputs (a re-check): when the claim's inputs
   * are the same again, that verdict is kept with this run's fetch details instead of being judged
   * again (inputs.ts).
   */
  readonly earlier?: (claimId: string) => EarlierVerdict | undefined
  /** What is known of a source from an earlier run: a re-check fetches it conditionally. */
  readonly priorOf?: (url: string) => Effect.Effect<PriorReading | undefined, E>
}

/** The report of a claim set from its verdicts, in the claim set's order. */
export const buildReport = (claimSet: ClaimSet, claims: ReadonlyArray<ClaimReport>, mode: Report["mode"]): Report => {
  const order = new Map(claimSet.claims.map((c, i) => [c.id, i]))
  const sorted = [...claims].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  const ratings = { verified: 0, altered: 0, unverified: 0, contradicted: 0, unavailable: 0, "needs-review": 0 }
  for (const c of sorted) ratings[c.rating]++
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "corroborate", version: TOOL_VERSION },
    claimSet: {
      id: claimSet.id,
      title: claimSet.title,
      article: { url: claimSet.article.url, published: claimSet.article.published, outlet: claimSet.article.outlet }
    },
    generatedAt: new Date().toISOString(),
    mode,
    summary: { claims: sorted.length, ratings },
    claims: sorted
  }
}

/**
 * Claims verified at once; sources are further limited per host by the fetcher's politeness. A
 * claim waiting for a host's next polite slot (up to perHostSpacingMs) keeps its place, so this has
 * to cover claims finished per second times that wait: with 64, a re-check (little CPU per claim)
 * spent half its time waiting for slots it could have used. bench/batch (2,000 claims, 200 hosts,
 * 2 per host 1 s apart): 32 took 35.2 s, 64 took 28.2 s, 128 took 24.3 s (peak RSS 247 MB),
 * 192 took 28.1 s (more claims in flight, more garbage to collect).
 */
const CLAIM_CONCURRENCY = 128

/** What every claim of one verifySet call shares. */
interface Batch<E> {
  readonly session: ReadingSession
  readonly claimSet: ClaimSet
  readonly profile: ReliabilityProfile
  /** The profile's digest, part of every verdict's inputs. */
  readonly profileInput: string
  readonly options: VerifyOptions<E>
}

export class Verifier extends Effect.Service<Verifier>()("corroborate/Verifier", {
  effect: Effect.gen(function* () {
    const reader = yield* SourceReader
    const fetcher = yield* Fetcher
    const shippedProfile = loadProfile()
    // A page cited by several claims is indexed once, for as long as its reading is kept.
    const indexes = documentIndexes()

    const verifyOne = Effect.fn("Verifier.claim")(function* <E>(batch: Batch<E>, claim: Claim) {
      const { session, claimSet, profile, profileInput, options } = batch
      const readings: ReadonlyArray<SourceReading> = yield* Effect.forEach(
        claim.sources.filter(isWebSource),
        (s) => Effect.flatMap(options.priorOf ? options.priorOf(s.url) : Effect.succeed(undefined), (prior) => session.read(s.url, s.kind, prior)),
        { concurrency: "unbounded" }
      )
      const inputs = verdictInputs(claim, claimSet.article.published, readings, profileInput)
      const earlier = options.earlier?.(claim.id)
      const kept = inputs !== undefined && earlier?.inputs === inputs ? refreshedReport(earlier.report, claim, readings) : undefined
      const report = yield* Effect.sync(() => kept ?? verifyClaim(claim, claimSet.article.published, readings, profile, indexes)).pipe(
        // A bug in a check must cost one claim its verdict detail, never the batch.
        Effect.catchAllDefect((defect) =>
          Effect.succeed<ClaimReport>({
            id: claim.id,
            kind: claim.kind,
            claim: claimLine(claim),
            rating: "needs-review",
            confidence: 0,
            explanation: [`The check failed with an internal error and needs a person: ${String((defect as Error)?.message ?? defect)}`],
            groups: [],
            evidence: []
          })
        )
      )
      return { report, readings, inputs, kept: kept !== undefined }
    })

    /**
     * Verifies the claims of a set, each handed to `onVerdict` (the store commits it there) as it is
     * reached; every claim ends with a verdict. Keeps no verdict itself, so a batch's memory does
     * not grow with its length. Returns how many claims it decided (skipped ones excluded).
     */
    const verifySet = <E = never>(claimSet: ClaimSet, options: VerifyOptions<E> = {}) =>
      Effect.gen(function* () {
        const profile = withOverrides(shippedProfile, claimSet.reliability)
        const todo = claimSet.claims.filter((c) => !options.skip?.has(c.id))
        let done = claimSet.claims.length - todo.length
        const batch: Batch<E> = {
          session: reader.session(todo.flatMap((c) => c.sources.filter(isWebSource))),
          claimSet,
          profile,
          profileInput: profileDigest(profile),
          options
        }
        yield* Effect.forEach(
          todo,
          (claim) =>
            verifyOne(batch, claim).pipe(
              Effect.tap(({ report, readings, inputs, kept }) => options.onVerdict?.(report, readings, inputs, kept) ?? Effect.void),
              Effect.tap(({ report }) => Effect.sync(() => options.onClaimDone?.(report, ++done, claimSet.claims.length))),
              // Concurrent forEach keeps each item's result until the last one ends, even with
              // `discard`: a void result lets every page's text go as soon as its claim is decided.
              Effect.asVoid
            ),
          { concurrency: CLAIM_CONCURRENCY, discard: true }
        )
        return todo.length
      }).pipe(Effect.withSpan("Verifier.verifySet"))

    /** Verifies a whole claim set in memory and returns its report (no store: tests, library use). */
    const reportSet = (claimSet: ClaimSet, progress: Progress = {}) =>
      Effect.gen(function* () {
        const claims: Array<ClaimReport> = []
        yield* verifySet(claimSet, { ...progress, onVerdict: (c) => Effect.sync(() => void claims.push(c)) })
        return buildReport(claimSet, claims, fetcher.mode)
      })

    return { verifySet, reportSet, mode: fetcher.mode } as const
  }),
  dependencies: [SourceReader.Default]
}) {}
