import type { Rating, Support } from "../domain/verdict.js"

/** Ratings in the words a reader of the published report understands. */
export const ratingWords: Record<Rating, string> = {
  verified: "Verified",
  altered: "Altered quote",
  unverified: "Not verified",
  contradicted: "Contradicted",
  unavailable: "Source unavailable",
  "needs-review": "Needs review"
}

/** What each rating means, in one sentence, for the legend of a published report. */
export const ratingMeanings: Record<Rating, string> = {
  verified: "The sources say what the claim says, and they are strong enough to rely on.",
  altered: "The words are in the source, but the quote changes some of them.",
  unverified: "The sources that could be read do not back the claim.",
  contradicted: "A source says something that contradicts the claim.",
  unavailable: "The sources could not be read, so the claim could not be checked.",
  "needs-review": "The evidence is thin or mixed: an editor has to decide."
}

/**
 * A short mark that goes with the badge text, so the rating is told by shape and words as well as
 * by colour (and survives black-and-white printing).
 */
export const ratingSymbols: Record<Rating, string> = {
  verified: "✓",
  altered: "≠",
  unverified: "?",
  contradicted: "✗",
  unavailable: "–",
  "needs-review": "!"
}

export const percent = (x: number) => `${Math.round(x * 100)}%`

/** What one source did for the claim, as a reader would put it. */
export const supportWords: Record<Support, string> = {
  supports: "Supports the claim",
  partial: "Partly supports the claim",
  contradicts: "Contradicts the claim",
  silent: "Does not carry the claim",
  unavailable: "Could not be read"
}

export const kindWords: Record<"quote" | "listing" | "confirmation" | "statement", string> = {
  quote: "Quote",
  listing: "Listing",
  confirmation: "Confirmation",
  statement: "Statement"
}
