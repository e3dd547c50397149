import { describe, expect, it } from "vitest"
import { BEST_RATING, claimReviewOf, claimReviewScale, claimReviewsOf, type ClaimReviewLd, WORST_RATING } from "../../src/report/claim-review.js"
import { DeskConfig } from "../../src/report/desk-config.js"
import type { Report } from "../../src/report/schema.js"
import { ratingWords } from "../../src/report/words.js"
import { claimOf, desk, fixture } from "./sample.js"

/**
 * Google's fact-check (ClaimReview) guidance: required claimReviewed, reviewRating (with
 * alternateName) and url (on the fact-checker's own site); recommended author (the organisation),
 * datePublished, itemReviewed (a Claim with author, datePublished, appearance, firstAppearance)
 * and the rating's bestRating, worstRating, ratingValue and name. Checked field by field.
 */
const isIsoDate = (s: unknown) => typeof s === "string" && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(s) && !Number.isNaN(Date.parse(s))
const nonEmpty = (s: unknown) => typeof s === "string" && s.trim().length > 0

const problemsOf = (cr: ClaimReviewLd, claimId: string): Array<string> => {
  const p: Array<string> = []
  if (cr["@context"] !== "https://schema.org") p.push("@context")
  if (cr["@type"] !== "ClaimReview") p.push("@type")
  // required
  if (!nonEmpty(cr.claimReviewed)) p.push("claimReviewed")
  if (cr.reviewRating?.["@type"] !== "Rating" || !nonEmpty(cr.reviewRating.alternateName)) p.push("reviewRating.alternateName")
  const url = new URL(cr.url)
  if (url.host !== new URL(desk.reportBaseUrl).host || url.hash !== `#${claimId}`) p.push("url on the desk's site with the claim's anchor")
  // recommended
  if (cr.author?.["@type"] !== "Organization" || !nonEmpty(cr.author.name) || !nonEmpty(cr.author.url)) p.push("author")
  if (!isIsoDate(cr.datePublished)) p.push("datePublished")
  const r = cr.reviewRating
  if (r.bestRating !== BEST_RATING || r.worstRating !== WORST_RATING) p.push("bestRating/worstRating")
  if (!(r.ratingValue >= r.worstRating && r.ratingValue <= r.bestRating && Number.isInteger(r.ratingValue))) p.push("ratingValue")
  if (!nonEmpty(r.name)) p.push("reviewRating.name")
  const item = cr.itemReviewed
  if (item?.["@type"] !== "Claim") p.push("itemReviewed")
  if (!["Person", "Organization"].includes(item.author?.["@type"]) || !nonEmpty(item.author.name)) p.push("itemReviewed.author")
  if (!isIsoDate(item.datePublished)) p.push("itemReviewed.datePublished")
  if (!nonEmpty(item.appearance?.url) || !["NewsArticle", "CreativeWork"].includes(item.appearance["@type"])) p.push("itemReviewed.appearance")
  // Google: "Don't include the rating in the claimReviewed field"
  if (cr.claimReviewed.startsWith(r.alternateName)) p.push("claimReviewed carries the rating")
  return p
}

describe("ClaimReview JSON-LD", () => {
  const seed = fixture("bondarev-resignation")
  const controls = fixture("controls")

  it("has every field Google requires or recommends, for every published claim of both reports", () => {
    for (const report of [seed, controls]) {
      const reviews = claimReviewsOf(report, desk)
      expect(reviews.length).toBeGreaterThan(0)
      for (const cr of reviews) {
        const id = new URL(cr.url).hash.slice(1)
        expect(problemsOf(cr, id), id).toEqual([])
      }
    }
  })

  it("maps the ratings onto 1–5: verified 5, unverified 3, altered 2, contradicted 1", () => {
    expect(claimReviewScale).toEqual({ verified: 5, unverified: 3, altered: 2, contradicted: 1, unavailable: undefined, "needs-review": undefined })
    const contradicted = { ...claimOf(seed, "left-civil-service-monday"), rating: "contradicted" as const }
    expect(claimReviewOf(seed, contradicted, desk)?.reviewRating).toMatchObject({ ratingValue: 1, alternateName: "Contradicted" })
    expect(claimReviewOf(controls, claimOf(controls, "control-altered-word"), desk)?.reviewRating).toMatchObject({ ratingValue: 2, alternateName: "Altered quote" })
    expect(claimReviewOf(controls, claimOf(controls, "control-absent-quote"), desk)?.reviewRating).toMatchObject({ ratingValue: 3, alternateName: "Not verified" })
    expect(claimReviewOf(seed, claimOf(seed, "letter-ashamed"), desk)?.reviewRating).toMatchObject({ ratingValue: 5, alternateName: ratingWords.verified })
  })

  it("publishes no ClaimReview for a claim that is unavailable or needs review: they are not verdicts", () => {
    const unpublished = controls.claims.filter((c) => c.rating === "unavailable" || c.rating === "needs-review")
    expect(unpublished.length).toBeGreaterThan(0)
    for (const c of unpublished) expect(claimReviewOf(controls, c, desk)).toBeUndefined()
    expect(claimReviewsOf(controls, desk).map((cr) => new URL(cr.url).hash)).toEqual(["#control-altered-word", "#control-absent-quote"])
  })

  it("names the speaker as the author of a verified quote, with where the words first appeared", () => {
    const cr = claimReviewOf(seed, claimOf(seed, "letter-ashamed"), desk)!
    expect(cr.itemReviewed.author).toEqual({ "@type": "Person", name: "Boris Bondarev" })
    expect(cr.itemReviewed.firstAppearance?.url).toMatch(/^https:\/\/www\.linkedin\.com\/posts\/boris-bondarev/)
    expect(cr.itemReviewed.appearance).toMatchObject({ "@type": "NewsArticle", url: seed.claimSet.article.url, publisher: { name: "AP" } })
  })

  it("never names a speaker as the author of words they were not shown to have said", () => {
    const cr = claimReviewOf(controls, claimOf(controls, "control-altered-word"), desk)!
    expect(cr.itemReviewed.author).toEqual({ "@type": "Organization", name: "AP" })
    expect(cr.itemReviewed.about).toEqual({ "@type": "Person", name: "Boris Bondarev" })
    expect(cr.itemReviewed.firstAppearance).toBeUndefined()
  })

  it("gives a statement or a listing to the outlet that published it, about the person it names", () => {
    const statement = claimReviewOf(seed, claimOf(seed, "left-civil-service-monday"), desk)!
    expect(statement.itemReviewed.author).toEqual({ "@type": "Organization", name: "AP" })
    expect(statement.itemReviewed.about).toEqual({ "@type": "Person", name: "Boris Bondarev" })
    const listing = claimReviewOf(seed, claimOf(seed, "un-directory-counsellor"), desk)!
    expect(listing.itemReviewed.author).toEqual({ "@type": "Organization", name: "AP" })
    expect(listing.itemReviewed.about).toEqual({ "@type": "Person", name: "Boris Bondarev" })
    const confirmation = claimReviewOf(seed, claimOf(seed, "ap-phone-confirmation"), desk)!
    expect(confirmation.itemReviewed.author).toEqual({ "@type": "Person", name: "Boris Bondarev" })
  })

  it("takes the reviewing organisation, language and report address from the desk config", () => {
    const other = new DeskConfig({ name: "Other Desk", url: "https://other.example/", reportBaseUrl: "https://other.example/fc", language: "de" })
    const cr = claimReviewOf(seed, claimOf(seed, "letter-ashamed"), other)!
    expect(cr.author).toEqual({ "@type": "Organization", name: "Other Desk", url: "https://other.example/" })
    expect(cr.url).toBe("https://other.example/fc/bondarev-resignation.html#letter-ashamed")
    expect(cr.inLanguage).toBe("de")
    expect(cr.datePublished).toBe(seed.generatedAt)
  })

  it("keeps the desk's explanation as the rating's explanation, so the page and the data agree", () => {
    const report: Report = fixture("controls")
    const c = claimOf(report, "control-altered-word")
    expect(claimReviewOf(report, c, desk)?.reviewRating.ratingExplanation).toBe(c.explanation[0])
    expect(claimReviewOf(report, { ...c, explanation: [] }, desk)?.reviewRating).not.toHaveProperty("ratingExplanation")
  })
})
