/**
 * Job titles and organisations as directories write them.
 *
 * Roles match when their words are the same after spelling variants (counsellor/counselor),
 * ordinals (1st/first), common abbreviations (Amb., Dep., Sec.) and case; a qualifier after a
 * comma, a dash or in brackets ("Counsellor (Disarmament)") is ignored. A different rank is a
 * different role: "Minister-Counsellor" is not "Counsellor".
 *
 * Organisations are scored 0..1 as the mean of recall (how much of the claimed name is found)
 * and Dice (shared words over both), on content words (generic ones such as "mission" weigh half), with acronyms expanded ("UN" meets
 * "United Nations", "UNOG" meets "United Nations Office at Geneva") and demonyms folded
 * ("Russian" meets "Russia").
 */
import { americanSpelling } from "./spelling.js"

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["amb", "ambassador"], ["ambs", "ambassador"], ["dep", "deputy"], ["sec", "secretary"],
  ["secy", "secretary"], ["gen", "general"], ["dir", "director"], ["exec", "executive"],
  ["asst", "assistant"], ["att", "attache"], ["min", "minister"], ["rep", "representative"],
  ["perm", "permanent"], ["pr", "permanent representative"], ["dpr", "deputy permanent representative"],
  ["vp", "vice president"], ["1st", "first"], ["2nd", "second"], ["3rd", "third"], ["sr", "senior"],
  ["snr", "senior"], ["jr", "junior"], ["cnslr", "counselor"], ["couns", "counselor"]
])
const FILLER: ReadonlySet<string> = new Set(["the", "of", "a", "an", "and", "to", "in", "at", "for", "on", "s", "&"])

const words = (s: string): Array<string> =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['\u2019]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)

const roleWords = (role: string): Array<string> =>
  words(role)
    .flatMap((w) => (ABBREVIATIONS.get(w) ?? w).split(" "))
    .map(americanSpelling)
    .filter((w) => !FILLER.has(w))

/** A role without its trailing qualifier: "Counsellor (Disarmament)" -> "Counsellor". */
const core = (role: string): string => role.split(/\s*(?:[,(;]|\s[-\u2013\u2014]\s)/)[0] ?? role

export const roleMatches = (claimed: string, found: string): boolean => {
  const same = (x: string, y: string) => {
    const a = roleWords(x)
    const b = roleWords(y)
    return a.length > 0 && a.length === b.length && a.every((w, k) => w === b[k])
  }
  return same(claimed, found) || same(core(claimed), core(found))
}

/** True when found contains the role's words in order ("BONDAREV Boris, Counselor, Disarmament"). */
export const roleIn = (role: string, text: string): boolean => {
  const a = roleWords(role)
  const b = roleWords(text)
  if (a.length === 0) return false
  for (let k = 0; k + a.length <= b.length; k++) if (a.every((w, i) => b[k + i] === w)) return true
  return false
}

const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ["russian", "russia"], ["ukrainian", "ukraine"], ["american", "america"], ["chinese", "china"],
  ["british", "britain"], ["french", "france"], ["german", "germany"], ["swiss", "switzerland"],
  ["european", "europe"], ["belarusian", "belarus"], ["polish", "poland"], ["italian", "italy"]
])

const ACRONYMS: ReadonlyMap<string, string> = new Map([
  ["un", "united nations"], ["unog", "united nations office geneva"], ["us", "united states"],
  ["usa", "united states america"], ["uk", "united kingdom"], ["eu", "european union"],
  ["mfa", "ministry foreign affairs"], ["rf", "russia federation"], ["ussr", "soviet union"]
])

const orgWords = (org: string): Array<string> => {
  const out: Array<string> = []
  for (const raw of org.replace(/\b([A-Z])\.(?=[A-Z]\.)/g, "$1").replace(/\b([A-Z])\.(?!\w)/g, "$1").split(/\s+/)) {
    const upper = /^[A-Z]{2,6}$/.test(raw.replace(/[^\p{L}]/gu, ""))
    for (const w of words(raw)) {
      const expanded = upper ? ACRONYMS.get(w) : undefined
      if (expanded !== undefined) out.push(...expanded.split(" "))
      else out.push(DEMONYMS.get(w) ?? americanSpelling(w))
    }
  }
  return out.filter((w) => !FILLER.has(w))
}

/** Acronyms not in the table meet the initials of a run of the other side's words. */
const expandByInitials = (a: Array<string>, b: ReadonlyArray<string>): Array<string> =>
  a.flatMap((w) => {
    if (w.length < 2 || w.length > 7 || b.includes(w)) return [w]
    for (let k = 0; k + w.length <= b.length; k++) {
      const run = b.slice(k, k + w.length)
      if (run.map((x) => x[0]).join("") === w) return run
    }
    return [w]
  })

/**
 * Words every mission or office has: they count half, so that two missions of different
 * countries do not look alike for sharing "Permanent Mission of".
 */
const GENERIC: ReadonlySet<string> = new Set([
  "permanent", "mission", "missions", "office", "offices", "delegation", "organization",
  "organizations", "organisation", "organisations", "international", "other", "department",
  "agency", "representation", "embassy", "consulate", "general", "secretariat"
])
const weight = (w: string): number => (GENERIC.has(w) ? 0.5 : 1)
const total = (words: Set<string>): number => [...words].reduce((sum, w) => sum + weight(w), 0)

export const organizationMatches = (claimed: string, found: string): number => {
  const fWords = orgWords(found)
  const cWords = expandByInitials(orgWords(claimed), fWords)
  const fExpanded = expandByInitials(fWords, cWords)
  const a = new Set(cWords)
  const b = new Set(fExpanded)
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const w of a) if (b.has(w)) shared += weight(w)
  const recall = shared / total(a)
  const diceScore = (2 * shared) / (total(a) + total(b))
  return Math.round(((recall + diceScore) / 2) * 1000) / 1000
}
