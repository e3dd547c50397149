import type { ClaimKind } from "../domain/claim.js"
import type { Rating } from "../domain/verdict.js"
import { weightOf, type Assessment } from "./assessment.js"
import type { SourceGroup } from "./independence.js"
import type { TimeCaveat } from "./time.js"

/** A group's standing: the one member that speaks for it, and what the others add (nothing). */
export interface GroupResult {
  readonly group: SourceGroup
  readonly lead: Assessment
  readonly contribution: number
  readonly line: string
}

export interface Scored {
  readonly rating: Rating
  readonly confidence: number
  readonly explanation: ReadonlyArray<string>
  readonly groups: ReadonlyArray<GroupResult>
}

/** Thresholds of the model; docs/scoring.md explains each. */
export const THRESHOLDS = {
  /** Evidence needed with a primary source that carries the claim (an elided quote counts 0.95). */
  withPrimary: 0.9,
  /** Evidence needed from independent groups when there is no primary source. */
  independent: 1.5,
  /** Independent supporting groups needed without a primary source. */
  minGroups: 2,
  /** A contradicting group counts as credible from this weight up (a medium source). */
  credibleContradiction: 0.6,
  /** Strength a primary source needs to carry a claim alone (an exact or elided quote, a listed record). */
  primaryStrength: 0.9,
  /** Log-odds per unit of evidence, and the sceptical prior, for the confidence figure. */
  logOddsPerUnit: 3,
  prior: -1.5,
  /** Evidence taken away by each date problem that lowers confidence, and by one that blocks `verified`. */
  timePenalty: 0.3,
  timeBlockPenalty: 1
} as const

const rank = { supports: 4, contradicts: 3, partial: 2, silent: 1, unavailable: 0 } as const

const leadOf = (members: ReadonlyArray<Assessment>): Assessment =>
  [...members].sort((a, b) => rank[b.support] - rank[a.support] || weightOf(b) * b.strength - weightOf(a) * a.strength)[0]!

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))
const round2 = (x: number) => Math.round(x * 100) / 100

const contributionWords = (lead: Assessment, contribution: number): string => {
  if (lead.availability === "unavailable") return "could not be read, counts for nothing"
  if (lead.support === "supports") return contribution >= 1 ? "strong support" : contribution >= 0.5 ? "moderate support" : "weak support"
  if (lead.support === "contradicts") return contribution <= -0.6 ? "credible contradiction" : "weak contradiction"
  if (lead.support === "partial") return "does not fully support the claim"
  return "does not support the claim"
}

const groupLine = (group: SourceGroup, lead: Assessment, members: ReadonlyArray<Assessment>, contribution: number): string => {
  const basis = lead.availability === "attested"
    ? "attested by the desk, not fetched"
    : `${lead.primary ? "primary source, " : ""}reliability ${lead.reliability.tier}`
  const others = members.filter((m) => m !== lead)
  const copies = others.length === 0
    ? ""
    : `; ${others.length} more ${others.length === 1 ? "source is" : "sources are"} not independent of it (${
      others.map((o) => `${o.label}: ${group.reasons[o.key] ?? "same group"}`).join("; ")
    }) and add nothing`
  return `${lead.label} (${basis}): ${lead.finding.replace(/[.;:]\s*$/, "")} — ${contributionWords(lead, contribution)}${copies}`
}

/**
 * Combines the evidence for one claim. Each independent group counts once, through its strongest
 * member; support and contradiction are weighed by reliability; `verified` needs either a primary
 * source that carries the claim or two independent reliable groups, and no credible contradiction.
 */
export const combine = (
  kind: ClaimKind,
  assessments: ReadonlyArray<Assessment>,
  groups: ReadonlyArray<SourceGroup>,
  caveats: ReadonlyArray<TimeCaveat> = []
): Scored => {
  const byKey = new Map(assessments.map((a) => [a.key, a]))
  const results: Array<GroupResult> = groups.map((group) => {
    const members = group.members.map((k) => byKey.get(k)!).filter(Boolean)
    const lead = leadOf(members)
    const w = weightOf(lead)
    const contribution = lead.support === "supports" ? w * lead.strength : lead.support === "contradicts" ? -w * lead.strength : 0
    return { group, lead, contribution, line: groupLine(group, lead, members, contribution) }
  })
  // Unavailable sources form no group of their own in the evidence, but the desk must see them.
  const unavailableLines = assessments
    .filter((a) => a.availability === "unavailable" && !groups.some((g) => g.members.includes(a.key)))
    .map((a) => `${a.label}: unavailable — ${a.finding}; counts for nothing`)

  const supporting = results.filter((r) => r.lead.support === "supports")
  const evidence = supporting.reduce((s, r) => s + r.contribution, 0)
  const credibleAgainst = results.filter((r) => r.lead.support === "contradicts" && weightOf(r.lead) >= THRESHOLDS.credibleContradiction)
  const against = results.filter((r) => r.lead.support === "contradicts").reduce((s, r) => s - r.contribution, 0)
  const primaryCarries = supporting.some((r) => r.lead.primary && r.lead.strength >= THRESHOLDS.primaryStrength && r.lead.availability === "fetched")
  const altered = results.filter((r) => r.lead.match === "altered")
  const available = assessments.filter((a) => a.availability !== "unavailable")

  const blocked = caveats.some((c) => c.severity === "block")
  const lone = supporting.length === 1 ? supporting[0] : undefined
  let rating: Rating
  let why: string
  if (available.length === 0) {
    rating = "unavailable"
    why = "No source could be read, so nothing was checked."
  } else if (credibleAgainst.length > 0) {
    rating = evidence > 0 ? "needs-review" : "contradicted"
    why = evidence > 0
      ? "Sources disagree: a credible source contradicts the claim while others support it."
      : "A credible source contradicts the claim and none supports it."
  } else if (
    !blocked &&
    ((primaryCarries && evidence >= THRESHOLDS.withPrimary) || (supporting.length >= THRESHOLDS.minGroups && evidence >= THRESHOLDS.independent))
  ) {
    rating = "verified"
    why = primaryCarries
      ? `Verified: a primary source carries the claim${supporting.length > 1 ? `, and ${supporting.length - 1} more independent group${supporting.length > 2 ? "s" : ""} support${supporting.length > 2 ? "" : "s"} it` : ""}.`
      : `Verified: ${supporting.length} independent groups of reliable sources support the claim.`
  } else if (kind === "quote" && altered.length > 0) {
    rating = "altered"
    why = "The words appear in the source, but not as quoted: see the differences."
  } else if (supporting.length > 0 || results.some((r) => r.lead.support === "partial")) {
    rating = "needs-review"
    why = blocked
      ? "The sources support the claim, but its dates do not add up: an editor should look."
      : lone?.lead.primary
      ? "A primary source supports the claim only in part: an editor should look."
      : lone
      ? `Only one independent source supports the claim${lone.group.members.length > 1 ? ` (its ${lone.group.members.length} sources count as one)` : ""}, and it is not the subject's own: not enough to verify.`
      : "The sources support the claim only in part: an editor should look."
  } else {
    rating = "unverified"
    why = "The sources that could be read do not support the claim."
  }
  // Confidence is the belief that the claim holds as stated: it rises with independent support and
  // falls with credible contradiction, whatever the rating's name; with nothing read it is zero.
  const penalty = caveats.reduce((sum, c) => sum + (c.severity === "block" ? THRESHOLDS.timeBlockPenalty : THRESHOLDS.timePenalty), 0)
  const confidence = available.length === 0 ? 0 : sigmoid(THRESHOLDS.logOddsPerUnit * (evidence - against - penalty) + THRESHOLDS.prior)
  // The first line is the verdict in plain words; the figures behind it come last, for whoever checks the sums.
  const weighing = results.length === 0
    ? []
    : [`Weighing: support ${round2(evidence)} from ${supporting.length} of ${results.length} independent group${results.length === 1 ? "" : "s"}${against > 0 ? `, contradiction ${round2(against)}` : ""}${penalty > 0 ? `, date problems ${round2(penalty)}` : ""}; confidence ${Math.round(Math.min(0.99, confidence) * 100)}% that the claim holds as stated.`]
  return {
    rating,
    confidence: round2(Math.min(0.99, confidence)),
    explanation: [why, ...results.map((r) => r.line), ...unavailableLines, ...caveats.map((c) => `Dates: ${c.line}`), ...weighing],
    groups: results
  }
}
