import type { Rating } from "../domain/verdict.js"

/** Ratings in the words a reader of the published report understands. */
export const ratingWords: Record<Rating, string> = {
  verified: "Verified",
  altered: "Altered quote",
  unverified: "Not verified",
  contradicted: "Contradicted",
  unavailable: "Source unavailable",
  "needs-review": "Needs review"
}

export const percent = (x: number) => `${Math.round(x * 100)}%`
