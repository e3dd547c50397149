import { Effect, Option } from "effect"
import type { ClaimSet } from "../domain/claim-set.js"
import { isWebSource } from "../domain/source.js"
import type { ClaimReport } from "../report/schema.js"
import { Countdown } from "../sources/countdown.js"
import type { PriorReading, SourceReading } from "../sources/reader.js"
import { Store, type Snapshot } from "../store/store.js"
import { snapshotOf } from "../verify/snapshots.js"
import { buildReport, Verifier } from "../verify/verifier.js"
import type { Progress } from "../verify/verifier.js"
import { Alerts, type VerdictChanged } from "./alerts.js"
import { classifyChange, extractedOf } from "./changes.js"

export interface RecheckOptions extends Progress {
  /** Only these claims (all when absent). */
  readonly claimIds?: ReadonlySet<string>
  readonly mode: "live" | "replay"
}

/** The evidence of a verdict, each web source marked with how it changed since it was last read. */
const withChanges = (report: ClaimReport, readings: ReadonlyArray<SourceReading>, snapshotOf: (url: string) => Snapshot | undefined): ClaimReport => {
  const byUrl = new Map(readings.map((r) => [r.url, classifyChange(snapshotOf(r.url), r)]))
  return { ...report, evidence: report.evidence.map((e) => (e.url && byUrl.has(e.url) ? { ...e, change: byUrl.get(e.url)! } : e)) }
}

/** What a snapshot tells the next fetch of its URL: validators, and the document a 304 stands for. */
const priorReading = (snapshot: Snapshot): PriorReading => {
  const extracted = extractedOf(snapshot)
  return {
    ...(snapshot.etag ? { etag: snapshot.etag } : {}),
    ...(snapshot.lastModified ? { lastModified: snapshot.lastModified } : {}),
    ...(extracted ? { extracted } : {}),
    fetchedAt: snapshot.fetchedAt
  }
}

/**
 * Re-checks the claims of a set: every source fetched again, conditionally where it was read
 * before; each verdict re-scored, recorded in the store's history, and compared with the last
 * one. A changed verdict is told through Alerts. A claim whose sources all say what they said for
 * its last verdict (the same claim, documents, profile and judging code: src/verify/inputs.ts)
 * keeps that verdict, with this re-check's fetch details, instead of being judged again.
 */
export const recheckClaimSet = Effect.fn("Recheck.claimSet")(function* (claimSet: ClaimSet, options: RecheckOptions) {
  const store = yield* Store
  const verifier = yield* Verifier
  const alerts = yield* Alerts
  const previous = new Map((yield* store.latestVerdicts(claimSet.id)).map((v) => [v.claimId, v]))
  const runId = yield* store.startRun({ claimSetId: claimSet.id, kind: "recheck", options: { claims: options.claimIds ? [...options.claimIds] : "all" } })
  const skip = new Set(options.claimIds ? claimSet.claims.map((c) => c.id).filter((id) => !options.claimIds!.has(id)) : [])

  // Each URL's last snapshot is looked up, and its document parsed, once however many claims cite
  // it, and let go once the last claim citing the URL has its verdict.
  const citations = new Countdown(
    claimSet.claims.filter((c) => !skip.has(c.id)).flatMap((c) => c.sources.filter(isWebSource).map((s) => s.url))
  )
  const known = new Map<string, { readonly snapshot?: Snapshot; readonly prior?: PriorReading }>()
  const priorOf = (url: string) =>
    Effect.gen(function* () {
      let entry = known.get(url)
      if (!entry) {
        const snapshot = Option.getOrUndefined(yield* store.latestSnapshot(url))
        entry = snapshot ? { snapshot, prior: priorReading(snapshot) } : {}
        known.set(url, entry)
      }
      return entry.prior
    })
  const release = (readings: ReadonlyArray<SourceReading>) => {
    for (const { url } of readings) if (citations.take(url)) known.delete(url)
  }

  const changed: Array<VerdictChanged> = []
  let kept = 0
  const decided = yield* verifier.verifySet(claimSet, {
    ...options,
    skip,
    priorOf,
    earlier: (claimId) => {
      const last = previous.get(claimId)
      return last && { inputs: last.inputs, report: last.report }
    },
    onVerdict: (raw, readings, inputs, isKept) =>
      Effect.gen(function* () {
        if (isKept) kept++
        const report = withChanges(raw, readings, (url) => known.get(url)?.snapshot)
        release(readings)
        yield* store.recordVerdict(runId, claimSet.id, report, readings.map(snapshotOf), inputs)
        const before = previous.get(report.id)
        // A claim checked for the first time has no verdict to change from.
        if (before !== undefined && before.rating !== report.rating) {
          const event: VerdictChanged = {
            type: "verdict-changed",
            claimSetId: claimSet.id,
            claimId: report.id,
            runId,
            from: before.rating,
            to: report.rating,
            confidence: report.confidence,
            at: new Date().toISOString(),
            sources: report.evidence.flatMap((e) => (e.change ? [{ url: e.url, ...e.change }] : []))
          }
          changed.push(event)
          yield* alerts.verdictChanged(event)
        }
      })
  }).pipe(Effect.onInterrupt(() => Effect.orDie(store.finishRun(runId, "interrupted"))))
  yield* store.finishRun(runId, "complete")
  const recorded = yield* store.claimReports(runId)
  return { runId, changed, decided, kept, report: buildReport(claimSet, recorded, options.mode) }
})
