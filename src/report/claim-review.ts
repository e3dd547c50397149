import type { Rating } from "../domain/verdict.js"
import { claimParties } from "./claim-parties.js"
import { type DeskConfig, reportUrl } from "./desk-config.js"
import type { ClaimReport, Report } from "./schema.js"
import { ratingWords } from "./words.js"

/**
 * The ratings on ClaimReview's 1–5 scale (worst 1, best 5). The number only orders the verdicts;
 * the words (alternateName) are what readers and search tools show.
 *
 *   5  verified      the sources say what the claim says, on strong evidence
 *   4  (not used)    the tool has no "mostly verified": it never softens a verdict into one
 *   3  unverified    the sources read do not back the claim: no evidence for it, none against
 *   2  altered       the words are in the source but the quote changed some of them — worse
 *                    than no evidence, since the source shows what was really said
 *   1  contradicted  a source says otherwise
 *
 * `unavailable` and `needs-review` get no ClaimReview at all. ClaimReview publishes a fact
 * check's conclusion, and the structured data must agree with the page; neither is a conclusion
 * about the claim ("we could not read the sources", "an editor must decide"). Publishing them
 * with a number would put a verdict into search results that the desk has not reached. The HTML
 * report still shows those claims, with their reasons; the CSV lists them too.
 */
export const claimReviewScale: Record<Rating, number | undefined> = {
  verified: 5,
  altered: 2,
  unverified: 3,
  contradicted: 1,
  unavailable: undefined,
  "needs-review": undefined
}
export const BEST_RATING = 5
export const WORST_RATING = 1

export const isPublishable = (rating: Rating): boolean => claimReviewScale[rating] !== undefined

interface Thing {
  readonly "@type": string
  readonly name?: string
  readonly url?: string
}

export interface ClaimReviewLd {
  readonly "@context": "https://schema.org"
  readonly "@type": "ClaimReview"
  readonly url: string
  readonly claimReviewed: string
  readonly datePublished: string
  readonly inLanguage: string
  readonly author: Thing
  readonly reviewRating: {
    readonly "@type": "Rating"
    readonly ratingValue: number
    readonly bestRating: number
    readonly worstRating: number
    readonly alternateName: string
    readonly name: string
    readonly ratingExplanation?: string
  }
  readonly itemReviewed: {
    readonly "@type": "Claim"
    readonly author: Thing
    readonly about?: Thing
    readonly datePublished: string
    readonly appearance: Thing & { readonly datePublished: string; readonly publisher: Thing }
    readonly firstAppearance?: Thing
  }
}

/**
 * Where the quoted words first appeared: only for a verified quote whose own-account (primary)
 * source was read and carries them. Anywhere else the tool would be guessing, so it says nothing.
 */
const firstAppearanceOf = (claim: ClaimReport): Thing | undefined => {
  if (claim.kind !== "quote" || claim.rating !== "verified") return undefined
  const own = claim.evidence.find((e) => e.primary && e.support === "supports" && e.availability === "fetched" && (e.finalUrl ?? e.url))
  const url = own?.finalUrl ?? own?.url
  return url ? { "@type": "CreativeWork", url, ...(own?.title ? { name: own.title } : {}) } : undefined
}

/**
 * One claim's ClaimReview (schema.org, with Google's required and recommended fields), or
 * undefined when the rating is not a published verdict (see `claimReviewScale`).
 */
export const claimReviewOf = (report: Report, claim: ClaimReport, desk: DeskConfig): ClaimReviewLd | undefined => {
  const value = claimReviewScale[claim.rating]
  if (value === undefined) return undefined
  const article = report.claimSet.article
  const outlet: Thing = { "@type": "Organization", name: article.outlet }
  const parties = claimParties(claim)
  // The claim's author is the speaker only when the words are verified as theirs. An altered or
  // unverified quote is the story's attribution, not the speaker's words: naming the speaker as
  // its author would tell search tools that they said something false. Then the outlet is the
  // author and the speaker is what the claim is about. A claim the story makes in its own voice
  // (a statement, a listing) is the outlet's.
  const speakerIsAuthor = parties.speaker !== undefined && claim.rating === "verified"
  const author: Thing = speakerIsAuthor ? { "@type": "Person", name: parties.speaker } : outlet
  const aboutName = speakerIsAuthor ? parties.about : parties.about ?? parties.speaker
  const first = firstAppearanceOf(claim)
  const words = ratingWords[claim.rating]
  const explanation = claim.explanation[0]
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: reportUrl(desk, report.claimSet.id, claim.id),
    claimReviewed: claim.claim,
    datePublished: report.generatedAt,
    inLanguage: desk.language,
    author: { "@type": "Organization", name: desk.name, url: desk.url },
    reviewRating: {
      "@type": "Rating",
      ratingValue: value,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: words,
      name: words,
      ...(explanation ? { ratingExplanation: explanation } : {})
    },
    itemReviewed: {
      "@type": "Claim",
      author,
      ...(aboutName ? { about: { "@type": "Person", name: aboutName } } : {}),
      datePublished: article.published,
      appearance: { "@type": "NewsArticle", url: article.url, datePublished: article.published, publisher: outlet },
      ...(first ? { firstAppearance: first } : {})
    }
  }
}

/** Every publishable claim's ClaimReview, in report order. */
export const claimReviewsOf = (report: Report, desk: DeskConfig): Array<ClaimReviewLd> =>
  report.claims.flatMap((c) => {
    const review = claimReviewOf(report, c, desk)
    return review ? [review] : []
  })
