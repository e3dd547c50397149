import { describe, expect, it } from "vitest"
import { ConfirmationClaim, ListingClaim, QuoteClaim, StatementClaim } from "../../src/domain/claim.js"
import { WebSource } from "../../src/domain/source.js"
import { claimParties } from "../../src/report/claim-parties.js"
import type { ClaimReport } from "../../src/report/schema.js"
import { claimLine } from "../../src/verify/verify-claim.js"

/**
 * claimParties reads back the line verify's `claimLine` writes; these tests build that line with
 * the real `claimLine`, so a change to its wording fails here rather than in published data.
 */
const asReport = (kind: ClaimReport["kind"], claim: string): ClaimReport =>
  ({ id: "c", kind, claim, rating: "verified", confidence: 0.9, explanation: [], groups: [], evidence: [] })

const src = [new WebSource({ url: "https://example.org/a" })] as const

describe("claim parties from the claim line", () => {
  it("finds a quote's speaker, even when the quoted words hold a colon and quotation marks", () => {
    const q = new QuoteClaim({ id: "q", kind: "quote", speaker: "Hillel Neuer", text: "He said: “resign” — now: all of you.", sources: [...src] })
    expect(claimParties(asReport("quote", claimLine(q)))).toEqual({ speaker: "Hillel Neuer" })
  })

  it("finds who confirmed something to an outlet", () => {
    const c = new ConfirmationClaim({
      id: "c", kind: "confirmation", who: "Boris Bondarev", to: "The Associated Press", method: "phone", date: "2022-05-23",
      text: "he had resigned", sources: [...src]
    })
    expect(claimParties(asReport("confirmation", claimLine(c)))).toEqual({ speaker: "Boris Bondarev" })
  })

  it("takes a listed person as whom the claim is about, not as its author", () => {
    const l = new ListingClaim({ id: "l", kind: "listing", person: "Boris Bondarev", role: "Counsellor", organization: "Permanent Mission", sources: [...src] })
    expect(claimParties(asReport("listing", claimLine(l)))).toEqual({ about: "Boris Bondarev" })
  })

  it("names nobody for a statement, or for a claim line it cannot read", () => {
    const s = new StatementClaim({ id: "s", kind: "statement", text: "Bondarev: resigned on Monday", sources: [...src] })
    expect(claimParties(asReport("statement", claimLine(s)))).toEqual({})
    // the verifier's fallback line after an internal error is just the claim id
    expect(claimParties(asReport("quote", "letter-ashamed"))).toEqual({})
  })
})

describe("claim parties from the report's subject field", () => {
  it("prefers the subject field to the claim line, and keeps a statement's subject as whom it is about", () => {
    expect(claimParties({ ...asReport("quote", "anything at all"), subject: "Bill Browder" })).toEqual({ speaker: "Bill Browder" })
    expect(claimParties({ ...asReport("statement", "He left on Monday"), subject: "Boris Bondarev" })).toEqual({ about: "Boris Bondarev" })
  })
})
