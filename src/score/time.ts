import type { Claim } from "../domain/claim.js"

/** A problem with dates that weakens a claim's evidence, in words for the explanation. */
export interface TimeCaveat {
  /** `lower` takes confidence down; `block` also keeps the claim from `verified`. */
  readonly severity: "lower" | "block"
  readonly line: string
}

/** What the time checks need of one read source. */
export interface DatedSource {
  readonly label: string
  readonly kind: string
  readonly published?: string
  readonly modified?: string
  readonly primary: boolean
  readonly supports: boolean
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const
const DAY = 86_400_000

/** How far a directory snapshot may be from the date a listing is claimed for before it is stale. */
export const STALE_DIRECTORY_DAYS = 180
/** Slack for time zones and late indexing when a source is dated after the words were said. */
const LATE_SOURCE_SLACK_DAYS = 1

const day = (iso: string | undefined): number | undefined => {
  if (!iso) return undefined
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  return Number.isNaN(t) ? undefined : Math.floor(t / DAY) * DAY
}

const claimDate = (claim: Claim): string | undefined =>
  claim.kind === "listing" ? claim.asOf : claim.date

/**
 * Date checks: a weekday in the claim that does not fit its date, a primary source dated after the
 * words were said to have been published, a directory snapshot far from the listing's date.
 */
export const timeCaveats = (claim: Claim, storyDate: string, sources: ReadonlyArray<DatedSource>): Array<TimeCaveat> => {
  const out: Array<TimeCaveat> = []
  const date = claimDate(claim) ?? storyDate
  const at = day(date)
  const text = claim.kind === "listing" ? "" : claim.text
  const named = WEEKDAYS.find((w) => new RegExp(`\\b${w}\\b`, "i").test(text))
  if (named && at !== undefined) {
    const actual = WEEKDAYS[new Date(at).getUTCDay()]!
    if (actual !== named) {
      out.push({ severity: "block", line: `The claim says “${named}”, but ${date} was a ${actual}: the date or the weekday is wrong.` })
    }
  }
  if (claim.kind === "quote" && at !== undefined) {
    for (const s of sources) {
      const published = day(s.published)
      if (s.primary && s.supports && published !== undefined && published > at + LATE_SOURCE_SLACK_DAYS * DAY) {
        out.push({
          severity: "lower",
          line: `${s.label} is dated ${s.published!.slice(0, 10)}, after ${date}, when the words are said to have been published: it may be a later copy or an edit.`
        })
      }
    }
  }
  if (claim.kind === "listing" && at !== undefined) {
    for (const s of sources) {
      const snapshot = day(s.modified ?? s.published)
      if (s.kind === "directory" && snapshot !== undefined && Math.abs(snapshot - at) > STALE_DIRECTORY_DAYS * DAY) {
        // A listing is claimed for a date; a record from long before or after it does not show it held then.
        out.push({
          severity: "block",
          line: `${s.label} was last updated ${(s.modified ?? s.published)!.slice(0, 10)}, more than ${STALE_DIRECTORY_DAYS} days from ${date}: the listing may not hold on that date.`
        })
      }
    }
  }
  return out
}
