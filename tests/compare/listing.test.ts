import { describe, expect, it } from "vitest"
import { matchListing, type DirectoryRecord } from "../../src/compare/index.js"

const MISSION = "Permanent Mission of the Russian Federation to the United Nations Office and other international organizations in Geneva"

const directory: ReadonlyArray<DirectoryRecord> = [
  { name: "GATILOV Gennady", title: "Ambassador, Permanent Representative", section: MISSION, text: `${MISSION}. H.E. Mr. Gennady GATILOV, Ambassador` },
  { name: "BONDARENKO Ivan", title: "Counselor", section: MISSION, text: `${MISSION}. Mr. Ivan BONDARENKO, Counselor` },
  { name: "BONDAREV Boris", title: "Counselor", section: MISSION, text: `${MISSION}. Mr. Boris BONDAREV, Counselor` },
  { name: "PETROV Ivan", title: "First Secretary", section: "Permanent Mission of Ukraine", text: "Permanent Mission of Ukraine. Mr. Ivan PETROV, First Secretary" }
]

const claim = {
  person: "Boris Bondarev",
  role: "counsellor",
  organization: "Permanent Mission of the Russian Federation to the United Nations"
}

describe("matchListing", () => {
  it("finds the person with the role under the organisation", () => {
    const m = matchListing(claim, directory)
    expect(m.status).toBe("listed")
    expect(m.record?.name).toBe("BONDAREV Boris")
    expect(m.notes.join(" ")).toContain('Role given as "Counselor", the same role as "counsellor"')
  })

  it("accepts the AP's wording of the organisation", () => {
    expect(matchListing({ ...claim, organization: "the Russian Federation’s mission" }, directory).status).toBe("listed")
    expect(matchListing({ ...claim, person: "Bondarew, Boris" }, directory).status).toBe("listed")
  })

  it("reports another role", () => {
    const m = matchListing({ ...claim, role: "First Secretary" }, directory)
    expect(m.status).toBe("listed-other-role")
    expect(m.notes.join(" ")).toContain('Role given as "Counselor", not "First Secretary"')
  })

  it("reports another organisation", () => {
    const m = matchListing({ person: "Ivan Petrov", role: "First Secretary", organization: "Permanent Mission of the Russian Federation" }, directory)
    expect(m.status).toBe("listed-other-organization")
    expect(m.record?.name).toBe("PETROV Ivan")
  })

  it("reads the role from the text when a record has no title", () => {
    const records = [{ name: "BONDAREV Boris", text: `${MISSION}: BONDAREV Boris, Counselor (disarmament)` }]
    expect(matchListing(claim, records).status).toBe("listed")
  })

  it("says not listed when nobody by that name is there", () => {
    const m = matchListing({ ...claim, person: "Anatoly Chubais" }, directory)
    expect(m.status).toBe("not-listed")
    expect(m.record).toBeUndefined()
  })
})
