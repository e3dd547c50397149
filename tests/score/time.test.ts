import { describe, expect, it } from "vitest"
import { ListingClaim, QuoteClaim, StatementClaim } from "../../src/domain/claim.js"
import { WebSource } from "../../src/domain/source.js"
import { timeCaveats } from "../../src/score/time.js"

const src = [new WebSource({ url: "https://example.org/x" })] as const

describe("time checks", () => {
  it("accepts “on Monday” for 2022-05-23, a Monday", () => {
    const claim = new StatementClaim({ id: "s", kind: "statement", text: "He left the civil service on Monday", sources: src })
    expect(timeCaveats(claim, "2022-05-23", [])).toEqual([])
  })

  it("blocks a weekday that does not fit the date", () => {
    const claim = new StatementClaim({ id: "s", kind: "statement", text: "He left the civil service on Tuesday", date: "2022-05-23", sources: src })
    const [c] = timeCaveats(claim, "2022-05-23", [])
    expect(c).toMatchObject({ severity: "block" })
    expect(c!.line).toMatch(/2022-05-23 was a Monday/)
  })

  it("lowers confidence when the speaker's own source is dated after the quote", () => {
    const claim = new QuoteClaim({ id: "q", kind: "quote", speaker: "A B", text: "words", date: "2022-05-23", sources: src })
    const late = { label: "linkedin.com (linkedin-post)", kind: "linkedin-post", published: "2022-06-30T10:00:00Z", primary: true, supports: true }
    expect(timeCaveats(claim, "2022-05-23", [late])[0]).toMatchObject({ severity: "lower" })
    expect(timeCaveats(claim, "2022-05-23", [{ ...late, published: "2022-05-23T14:12:16Z" }])).toEqual([])
  })

  it("flags a directory snapshot far from the listing date", () => {
    const claim = new ListingClaim({ id: "l", kind: "listing", person: "A B", role: "Counsellor", organization: "Mission", asOf: "2022-05-23", sources: src })
    const stale = { label: "ungeneva.org (directory)", kind: "directory", modified: "2020-01-10", primary: true, supports: true }
    expect(timeCaveats(claim, "2022-05-23", [stale])[0]).toMatchObject({ severity: "block", line: expect.stringMatching(/last updated 2020-01-10/) })
    expect(timeCaveats(claim, "2022-05-23", [{ ...stale, modified: "2022-05-16" }])).toEqual([])
  })
})

describe("archived copies", () => {
  it("speak for the site they captured", async () => {
    const { registrableDomain } = await import("../../src/score/reliability.js")
    expect(registrableDomain("https://web.archive.org/web/20220523161200id_/https://www.reuters.com/world/x")).toBe("reuters.com")
    expect(registrableDomain("https://web.archive.org/web/")).toBe("archive.org")
  })
})
