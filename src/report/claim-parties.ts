import type { ClaimReport } from "./schema.js"

/**
 * Who a claim is by and whom it is about, for ClaimReview's itemReviewed.
 *
 * Reports carry the claim's `subject` (schema 1.0.0 reports written before it was added do not):
 * it is read first. For older reports the claim line that src/verify/verify-claim.ts `claimLine`
 * writes is read back: `Speaker: “words”`, `Person is listed as Role, Organisation`,
 * `Who, to Outlet by method on date: …`; tests/report/claim-parties.test.ts pins these patterns.
 */
export interface ClaimParties {
  /** The person whose words the claim reports (quote, confirmation): the Claim's author. */
  readonly speaker?: string
  /** The person the claim is about but who did not make it (a listing): the Claim's `about`. */
  readonly about?: string
}

const patterns: Record<ClaimReport["kind"], RegExp | undefined> = {
  quote: /^(.+?): “[\s\S]*”$/,
  // The current line, and the one reports written before 2026-11-27 carry.
  confirmation: /^(.+?)(?:, to .+? by .+? on \d{4}-\d{2}-\d{2}: | confirmed to )/,
  listing: /^(.+?) is listed as /,
  statement: undefined
}

export const claimParties = (claim: ClaimReport): ClaimParties => {
  const name = claim.subject ?? patterns[claim.kind]?.exec(claim.claim)?.[1]?.trim()
  if (!name) return {}
  return claim.kind === "listing" || claim.kind === "statement" ? { about: name } : { speaker: name }
}
