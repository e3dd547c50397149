import { beforeAll, describe, expect, it } from "vitest"
import { Schema } from "effect"
import { Report } from "../../src/report/schema.js"
import { claimOf, runClaimSet } from "./run.js"

let seed: Report
let controls: Report

beforeAll(async () => {
  ;[seed, controls] = await Promise.all([runClaimSet("pipelines/bondarev-resignation.yaml"), runClaimSet("pipelines/controls.yaml")])
})

describe("the seed story, replayed", () => {
  it("gives every claim a verdict that matches the report schema", () => {
    expect(() => Schema.decodeUnknownSync(Report)(seed)).not.toThrow()
    expect(seed.mode).toBe("replay")
    expect(seed.claims.length).toBeGreaterThanOrEqual(17)
  })

  it("verifies every seed claim", () => {
    const notVerified = seed.claims.filter((c) => c.rating !== "verified").map((c) => `${c.id}: ${c.rating} — ${c.explanation.join(" | ")}`)
    expect(notVerified).toEqual([])
  })

  it("records what was fetched: status, final URL, digest, time", () => {
    const letter = claimOf(seed, "letter-ashamed").evidence[0]!
    expect(letter).toMatchObject({ status: 200, availability: "fetched", primary: true, match: "exact", sourceKind: "linkedin-post" })
    expect(letter.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(letter.excerpt).toMatch(/ashamed of my country/)
    expect(letter.authors).toContain("Boris Bondarev")
  })

  it("treats the story's punctuation variants of the letter as the same words", () => {
    expect(claimOf(seed, "letter-warmongering").evidence[0]!.match).toBe("exact")
    expect(claimOf(seed, "letter-ignominy").evidence[0]!.match).toBe("exact")
  })

  it("groups the syndicated Chubais copies with the Reuters original and says so", () => {
    const c = claimOf(seed, "chubais-resigned")
    const reutersGroup = c.groups.find((g) => g.members.some((m) => m.includes("reuters.com")))!
    expect(reutersGroup.members.length).toBe(3)
    expect(c.groups.length).toBe(3)
    expect(c.explanation.join("\n")).toMatch(/not independent of it/)
  })

  it("shows the desk's attested record as attested, not fetched", () => {
    const attested = claimOf(seed, "ap-phone-confirmation").evidence.find((e) => e.availability === "attested")!
    expect(attested).toMatchObject({ url: null, sha256: null, adapter: "desk-record" })
    expect(attested.notes.join(" ")).toMatch(/could not see/)
  })

  it("matches the directory record despite case, honorific and spelling", () => {
    const e = claimOf(seed, "un-directory-counsellor").evidence[0]!
    expect(e).toMatchObject({ support: "supports", primary: true, sourceKind: "directory" })
    expect(e.excerpt).toMatch(/BONDAREV/)
  })
})

describe("the controls, replayed", () => {
  it("never verifies a control", () => {
    expect(controls.claims.filter((c) => c.rating === "verified").map((c) => c.id)).toEqual([])
  })

  it("calls a one-word change altered and names the word", () => {
    const c = claimOf(controls, "control-altered-word")
    expect(c.rating).toBe("altered")
    expect(c.evidence[0]!.diff).toContainEqual({ op: "replace", claimed: "proud", source: "ashamed" })
  })

  it("does not verify words the source lacks", () => {
    expect(claimOf(controls, "control-absent-quote").rating).toBe("unverified")
  })

  it("reports a 404 as unavailable with the reason", () => {
    const c = claimOf(controls, "control-gone-source")
    expect(c.rating).toBe("unavailable")
    expect(c.evidence[0]).toMatchObject({ availability: "unavailable", status: 404, reasonCode: "Removed" })
    expect(c.evidence[0]!.reason).toMatch(/404/)
  })

  it("counts three syndicated copies of one wire story as one independent source", () => {
    const c = claimOf(controls, "control-syndicated-only")
    expect(c.rating).toBe("needs-review")
    expect(c.groups).toHaveLength(1)
    expect(c.explanation[0]).toMatch(/Only one independent source/)
    expect(c.explanation.join("\n")).toMatch(/copy of the same story|credits Reuters/)
  })

  it("does not verify the speaker's words from someone else's post", () => {
    const c = claimOf(controls, "control-impostor-post")
    expect(c.rating).not.toBe("verified")
    expect(c.evidence[0]!.primary).toBe(false)
    expect(c.evidence[0]!.finding).toMatch(/Ivan Petrov, not by Boris Bondarev/)
  })

  it.each([
    ["control-broken-html", /no readable text|Unparseable/i],
    ["control-empty-body", /empty body/],
    ["control-binary-type", /application\/pdf/],
    ["control-oversized-body", /too large/]
  ])("marks %s unavailable with its reason and goes on", (id, reason) => {
    const c = claimOf(controls, id)
    expect(c.rating).toBe("unavailable")
    expect(c.evidence[0]!.reason).toMatch(reason)
  })

  it("judges a claim on the sources that could be read and still lists the failed one", () => {
    const c = claimOf(controls, "control-mixed-sources")
    expect(c.evidence.map((e) => e.availability)).toEqual(["unavailable", "fetched"])
    expect(c.rating).not.toBe("verified")
    expect(c.explanation.join("\n")).toMatch(/unavailable/)
  })
})
