import { Effect, Either } from "effect"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { parseClaimSet } from "../../src/claimset/load.js"
import { engineLayer } from "../../src/cli/layers.js"
import type { ClaimSet } from "../../src/domain/claim-set.js"
import type { ClaimReport } from "../../src/report/schema.js"
import { Verifier, type EarlierVerdict } from "../../src/verify/verifier.js"

const load = (file: string, edit: (text: string) => string = (t) => t): ClaimSet => {
  const parsed = parseClaimSet(file, edit(readFileSync(file, "utf8")))
  if (Either.isLeft(parsed)) throw new Error(parsed.left.message)
  return parsed.right
}

interface Judged {
  readonly report: ClaimReport
  readonly inputs: string | undefined
}

/** Verifies a claim set offline from the recorded fixtures, keeping each verdict with its inputs' digest. */
const verify = (claimSet: ClaimSet, earlier?: (id: string) => EarlierVerdict | undefined) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const verifier = yield* Verifier
      const out = new Map<string, Judged>()
      yield* verifier.verifySet(claimSet, {
        ...(earlier ? { earlier } : {}),
        onVerdict: (report, _readings, inputs) => Effect.sync(() => void out.set(report.id, { report, inputs }))
      })
      return out
    }).pipe(Effect.provide(engineLayer({ replay: "fixtures" })), Effect.scoped)
  )

/** A report without the details of when each source was fetched. */
const judgement = (r: ClaimReport) => ({ ...r, evidence: r.evidence.map(({ fetchedAt: _f, ...e }) => e) })

const SEED = "pipelines/bondarev-resignation.yaml"

describe("keeping a verdict whose inputs did not change", () => {
  it("gives the same inputs digest for the same claim and the same documents, run after run", async () => {
    const seed = load(SEED)
    const [a, b] = [await verify(seed), await verify(seed)]
    expect(a.size).toBe(seed.claims.length)
    for (const [id, x] of a) {
      expect(x.inputs, id).toMatch(/^[0-9a-f]{64}$/)
      expect(b.get(id)!.inputs, id).toBe(x.inputs)
    }
    // and each claim's inputs differ from every other claim's
    expect(new Set([...a.values()].map((x) => x.inputs)).size).toBe(a.size)
  })

  it("keeps the earlier verdict when the inputs match, with this run's fetch details", async () => {
    const seed = load(SEED)
    const first = await verify(seed)
    // A marked copy of each earlier verdict: a verdict judged again would not carry the mark.
    const marked = (id: string): EarlierVerdict | undefined => {
      const x = first.get(id)
      return x && { inputs: x.inputs, report: { ...x.report, explanation: ["kept from the last check"] } }
    }
    const again = await verify(seed, marked)
    for (const [id, x] of again) {
      expect(x.report.explanation, id).toEqual(["kept from the last check"])
      expect(judgement(x.report), id).toEqual(judgement({ ...first.get(id)!.report, explanation: ["kept from the last check"] }))
    }
  })

  it("judges again a claim whose words changed, or whose inputs are unknown, and keeps the others", async () => {
    const first = await verify(load(SEED))
    const edited = load(SEED, (t) => t.replace("never have I been so ashamed of my country", "never have I been so proud of my country"))
    const changedId = edited.claims.find((c) => c.kind === "quote" && c.text.includes("so proud of my country"))!.id
    const unknownId = edited.claims.find((c) => c.id !== changedId)!.id
    const again = await verify(edited, (id) => {
      const x = first.get(id)
      return x && { inputs: id === unknownId ? undefined : x.inputs, report: { ...x.report, explanation: ["kept from the last check"] } }
    })
    expect(again.get(changedId)!.report.rating).toBe("altered")
    expect(again.get(changedId)!.report.explanation).not.toEqual(["kept from the last check"])
    expect(again.get(unknownId)!.report.explanation).not.toEqual(["kept from the last check"])
    const kept = [...again.values()].filter((x) => x.report.explanation[0] === "kept from the last check")
    expect(kept).toHaveLength(edited.claims.length - 2)
  })

  it("judges every claim again under another reliability profile", async () => {
    const seed = load(SEED)
    const first = await verify(seed)
    const stricter = { ...seed, reliability: { ...seed.reliability, "apnews.com": "low" as const } } as ClaimSet
    const again = await verify(stricter, (id) => first.get(id) && { inputs: first.get(id)!.inputs, report: { ...first.get(id)!.report, explanation: ["kept"] } })
    for (const [id, x] of again) expect(x.report.explanation, id).not.toEqual(["kept"])
  })
})
