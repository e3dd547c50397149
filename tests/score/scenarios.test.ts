import { describe, expect, it } from "vitest"
import { loadProfile } from "../../src/score/reliability.js"
import { verifyClaim } from "../../src/verify/verify-claim.js"
import { toClaim, toReadings } from "./scenario-kit.js"
import { scenarios } from "./scenarios.js"

/** Pinned: a change that lowers this must say so in its commit. */
const MIN_RIGHT = 0.95

const profile = loadProfile()
const results = scenarios.map((s, i) => {
  const report = verifyClaim(toClaim(s, i), "2022-05-23", toReadings(s), profile)
  const expected = typeof s.expected === "string" ? [s.expected] : s.expected
  return { s, report, right: expected.includes(report.rating) }
})

describe("labelled scoring scenarios", () => {
  it("has at least 40 scenarios across every category", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40)
    expect(new Set(scenarios.map((s) => s.category))).toEqual(
      new Set(["primary", "impostor", "independent", "syndicated", "weak", "deleted", "listing", "stale", "confirmation", "statement", "contradiction", "dates"])
    )
  })

  it("never says verified where the label does not", () => {
    const wrong = results.filter((r) => r.report.rating === "verified" && !r.right).map((r) => `${r.s.name}: ${r.report.explanation.join(" | ")}`)
    expect(wrong).toEqual([])
  })

  it(`rates at least ${MIN_RIGHT * 100}% of the scenarios as labelled`, () => {
    const misses = results.filter((r) => !r.right).map((r) => `${r.s.category} / ${r.s.name}: got ${r.report.rating}, want ${String(r.s.expected)} — ${r.report.explanation.join(" | ")}`)
    const share = (results.length - misses.length) / results.length
    if (share < MIN_RIGHT) throw new Error(`right ${Math.round(share * 100)}%:\n${misses.join("\n")}`)
    expect(share).toBeGreaterThanOrEqual(MIN_RIGHT)
  })

  it("explains every independent group in one line", () => {
    for (const r of results) {
      const groupLines = r.report.explanation.slice(1).filter((l) => !l.startsWith("Dates:") && !l.startsWith("Weighing:") && !/unavailable —/.test(l))
      expect(groupLines.length).toBe(r.report.groups.length)
    }
  })
})
