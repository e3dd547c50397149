import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Assessment } from "../../src/score/assessment.js"
import { combine } from "../../src/score/combine.js"
import type { SourceGroup } from "../../src/score/independence.js"

/** A scenario: assessments and the independence groups they fall in. */
interface Scenario {
  readonly assessments: ReadonlyArray<Assessment>
  readonly groups: ReadonlyArray<SourceGroup>
}

const tiers = [
  { tier: "high", weight: 1 },
  { tier: "medium", weight: 0.6 },
  { tier: "low", weight: 0.3 }
] as const

const assessmentArb = (key: string) =>
  fc.record({
    support: fc.constantFrom("supports", "partial", "contradicts", "silent") as fc.Arbitrary<Assessment["support"]>,
    strength: fc.constantFrom(0.3, 0.6, 0.95, 1),
    primary: fc.boolean(),
    tier: fc.constantFrom(...tiers),
    kind: fc.constantFrom("fetched", "attested")
  }).map((r): Assessment => ({
    key,
    label: key,
    availability: r.kind === "attested" ? "attested" : "fetched",
    support: r.support,
    strength: r.support === "silent" ? 0 : r.strength,
    primary: r.kind === "attested" ? false : r.primary,
    reliability: { tier: r.tier.tier, weight: r.tier.weight, basis: "test" },
    finding: r.support
  }))

const group = (id: number, members: ReadonlyArray<string>): SourceGroup => ({ id, members, reasons: {}, label: `g${id}` })

/** One to four independent groups, each with one member. */
const scenarioArb: fc.Arbitrary<Scenario> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => assessmentArb(`s${i}`))).map((assessments) => ({
    assessments,
    groups: assessments.map((a, i) => group(i + 1, [a.key]))
  }))
)

const kindArb = fc.constantFrom("quote", "listing", "confirmation", "statement") as fc.Arbitrary<"quote" | "listing" | "confirmation" | "statement">
const score = (kind: Parameters<typeof combine>[0], s: Scenario) => combine(kind, s.assessments, s.groups)

describe("scoring model properties", () => {
  it("adding a syndicated copy never raises confidence", () => {
    fc.assert(fc.property(kindArb, scenarioArb, fc.nat(), (kind, s, pick) => {
      const original = s.assessments[pick % s.assessments.length]!
      const copy: Assessment = { ...original, key: `${original.key}-copy`, label: "copy", primary: false }
      const groups = s.groups.map((g) => (g.members.includes(original.key) ? group(g.id, [...g.members, copy.key]) : g))
      const after = combine(kind, [...s.assessments, copy], groups)
      expect(after.confidence).toBeLessThanOrEqual(score(kind, s).confidence)
    }))
  })

  it("adding an independent supporting source never lowers confidence", () => {
    fc.assert(fc.property(kindArb, scenarioArb, assessmentArb("new"), (kind, s, extra) => {
      const support: Assessment = { ...extra, support: "supports", strength: Math.max(extra.strength, 0.3) }
      const after = combine(kind, [...s.assessments, support], [...s.groups, group(99, [support.key])])
      expect(after.confidence).toBeGreaterThanOrEqual(score(kind, s).confidence)
    }))
  })

  it("removing the only primary source never raises confidence", () => {
    fc.assert(fc.property(kindArb, scenarioArb, (kind, s) => {
      const primaries = s.assessments.filter((a) => a.primary && a.support === "supports")
      fc.pre(primaries.length === 1 && s.assessments.length > 1)
      const gone = primaries[0]!.key
      const after = combine(kind, s.assessments.filter((a) => a.key !== gone), s.groups.filter((g) => !g.members.includes(gone)))
      expect(after.confidence).toBeLessThanOrEqual(score(kind, s).confidence)
    }))
  })

  it("a credible contradiction never leaves a claim verified", () => {
    fc.assert(fc.property(kindArb, scenarioArb, fc.constantFrom(tiers[0], tiers[1]), (kind, s, tier) => {
      const against: Assessment = {
        key: "against", label: "against", availability: "fetched", support: "contradicts", strength: 1, primary: false,
        reliability: { tier: tier.tier, weight: tier.weight, basis: "test" }, finding: "says otherwise"
      }
      const after = combine(kind, [...s.assessments, against], [...s.groups, group(99, ["against"])])
      expect(after.rating).not.toBe("verified")
    }))
  })

  it("an unavailable source never counts as support", () => {
    fc.assert(fc.property(kindArb, scenarioArb, (kind, s) => {
      const gone: Assessment = {
        key: "gone", label: "gone", availability: "unavailable", support: "unavailable", strength: 0, primary: true,
        reliability: { tier: "high", weight: 1, basis: "test" }, finding: "the page is gone (HTTP 404 Not Found)"
      }
      const before = score(kind, s)
      const after = combine(kind, [...s.assessments, gone], s.groups)
      expect(after.rating).toBe(before.rating)
      expect(after.confidence).toBe(before.confidence)
      expect(after.explanation.some((l) => l.includes("unavailable"))).toBe(true)
    }))
  })

  it("only unavailable sources give `unavailable` with zero confidence", () => {
    const gone: Assessment = {
      key: "gone", label: "example.org (article)", availability: "unavailable", support: "unavailable", strength: 0, primary: false,
      reliability: { tier: "medium", weight: 0.6, basis: "test" }, finding: "timed out"
    }
    expect(combine("statement", [gone], [])).toMatchObject({ rating: "unavailable", confidence: 0 })
  })

  it("never verifies on a single non-primary group, however reliable", () => {
    fc.assert(fc.property(kindArb, assessmentArb("only"), (kind, a) => {
      const lone = { ...a, primary: false }
      expect(combine(kind, [lone], [group(1, ["only"])]).rating).not.toBe("verified")
    }))
  })
})
