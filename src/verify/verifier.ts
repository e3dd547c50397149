import { Effect } from "effect"
import { indexDocument, type QuoteIndex } from "../compare/index.js"
import type { ClaimSet } from "../domain/claim-set.js"
import { isWebSource } from "../domain/source.js"
import { Fetcher } from "../fetch/fetcher.js"
import { REPORT_SCHEMA_VERSION, type ClaimReport, type Report } from "../report/schema.js"
import { loadProfile, withOverrides, type ReliabilityProfile } from "../score/reliability.js"
import type { Extracted } from "../sources/extracted.js"
import { SourceReader } from "../sources/reader.js"
import { TOOL_VERSION } from "../version.js"
import { verifyClaim } from "./verify-claim.js"

export interface Progress {
  readonly onClaimDone?: (claim: ClaimReport, done: number, total: number) => void
}

/** Claims verified at once; sources are further limited per host by the fetcher's politeness. */
const CLAIM_CONCURRENCY = 8

export class Verifier extends Effect.Service<Verifier>()("corroborate/Verifier", {
  effect: Effect.gen(function* () {
    const reader = yield* SourceReader
    const fetcher = yield* Fetcher
    const shippedProfile = loadProfile()
    // A long page cited by several quote claims is indexed once.
    const indexes = new WeakMap<Extracted, QuoteIndex>()
    const indexOf = (doc: Extracted) => {
      let idx = indexes.get(doc)
      if (!idx) indexes.set(doc, (idx = indexDocument(doc.text)))
      return idx
    }

    const verifyOne = Effect.fn("Verifier.claim")(function* (claimSet: ClaimSet, profile: ReliabilityProfile, index: number) {
      const claim = claimSet.claims[index]!
      const readings = yield* Effect.forEach(
        claim.sources.filter(isWebSource),
        (s) => reader.read(s.url, s.kind),
        { concurrency: "unbounded" }
      )
      return yield* Effect.sync(() => verifyClaim(claim, claimSet.article.published, readings, profile, indexOf)).pipe(
        // A bug in a check must cost one claim its verdict detail, never the batch.
        Effect.catchAllDefect((defect) =>
          Effect.succeed<ClaimReport>({
            id: claim.id,
            kind: claim.kind,
            claim: claim.id,
            rating: "needs-review",
            confidence: 0,
            explanation: [`The check failed with an internal error and needs a person: ${String((defect as Error)?.message ?? defect)}`],
            groups: [],
            evidence: []
          })
        )
      )
    })

    /** Verifies every claim of a set; every claim ends with a verdict. */
    const verifySet = Effect.fn("Verifier.verifySet")(function* (claimSet: ClaimSet, progress: Progress = {}) {
      const profile = withOverrides(shippedProfile, claimSet.reliability)
      let done = 0
      const claims = yield* Effect.forEach(
        claimSet.claims.map((_, i) => i),
        (i) =>
          verifyOne(claimSet, profile, i).pipe(
            Effect.tap((c) => Effect.sync(() => progress.onClaimDone?.(c, ++done, claimSet.claims.length)))
          ),
        { concurrency: CLAIM_CONCURRENCY }
      )
      const ratings = { verified: 0, altered: 0, unverified: 0, contradicted: 0, unavailable: 0, "needs-review": 0 }
      for (const c of claims) ratings[c.rating]++
      const report: Report = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: "corroborate", version: TOOL_VERSION },
        claimSet: {
          id: claimSet.id,
          title: claimSet.title,
          article: { url: claimSet.article.url, published: claimSet.article.published, outlet: claimSet.article.outlet }
        },
        generatedAt: new Date().toISOString(),
        mode: fetcher.mode,
        summary: { claims: claims.length, ratings },
        claims
      }
      return report
    })

    return { verifySet } as const
  }),
  dependencies: [SourceReader.Default]
}) {}
