import type { MatchClass, Support } from "../domain/verdict.js"
import type { Reliability } from "./reliability.js"

/** What one source says about one claim, as the score stage reads it. */
export interface Assessment {
  /** Evidence key: the source URL, or "attested:N" for a desk record. */
  readonly key: string
  /** How the source is named in explanations: "apnews.com (wire)". */
  readonly label: string
  readonly availability: "fetched" | "unavailable" | "attested"
  readonly support: Support
  /** How strongly it supports (or contradicts), 0..1: an exact quote is 1, a close paraphrase less. */
  readonly strength: number
  /** The subject's own account or document (their post, their profile, their organisation's record). */
  readonly primary: boolean
  readonly reliability: Reliability
  /** What the source says, in a desk editor's words. */
  readonly finding: string
  readonly match?: MatchClass
}

/** Weight of a desk's own attested record: first-hand, but not something the tool could see. */
export const ATTESTED_WEIGHT = 0.8
/** Weight of a primary source that supports the claim, whatever its platform's tier. */
export const PRIMARY_WEIGHT = 1.0

export const weightOf = (a: Assessment): number =>
  a.availability === "attested" ? ATTESTED_WEIGHT : a.primary ? PRIMARY_WEIGHT : a.reliability.weight
