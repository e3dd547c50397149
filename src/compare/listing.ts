/**
 * Does a directory list a person with a role under an organisation? A record matches the person
 * by name (names.ts); then the role is looked for in the record's title (or, failing a title, in
 * its text) and the organisation in its section (or its text). A record with the person but
 * another role or another organisation is reported as such: a directory that lists the
 * "counsellor" as a "first secretary" does not confirm the claim, but it is not silent either.
 */
import { nameMatches } from "./names.js"
import { organizationMatches, roleIn, roleMatches } from "./roles.js"

export interface DirectoryRecord {
  readonly name: string
  readonly title?: string
  readonly section?: string
  readonly text: string
}

export type ListingStatus = "listed" | "listed-other-role" | "listed-other-organization" | "not-listed"

export interface ListingMatch {
  readonly status: ListingStatus
  readonly record?: DirectoryRecord
  readonly notes: ReadonlyArray<string>
}

export interface ListingClaimInput {
  readonly person: string
  readonly role: string
  readonly organization: string
}

/** Organisation score from which a record counts as "under" the claimed organisation. */
export const ORGANIZATION_THRESHOLD = 0.6

const RANK: Readonly<Record<ListingStatus, number>> = {
  listed: 3,
  "listed-other-organization": 1,
  "listed-other-role": 2,
  "not-listed": 0
}

const judge = (claim: ListingClaimInput, record: DirectoryRecord): ListingMatch => {
  const notes: Array<string> = []
  const role =
    record.title !== undefined && record.title.trim() !== ""
      ? roleMatches(claim.role, record.title)
      : roleIn(claim.role, record.text)
  const orgScore = Math.max(
    record.section === undefined ? 0 : organizationMatches(claim.organization, record.section),
    organizationMatches(claim.organization, record.text)
  )
  const organization = orgScore >= ORGANIZATION_THRESHOLD
  notes.push(`The directory lists "${record.name}"${record.name === claim.person ? "" : `, taken to be ${claim.person}`}.`)
  if (role) {
    const shown = record.title ?? claim.role
    notes.push(shown === claim.role ? `Role "${claim.role}" as claimed.` : `Role given as "${shown}", the same role as "${claim.role}".`)
  } else {
    notes.push(`Role given as "${record.title ?? "(no title)"}", not "${claim.role}".`)
  }
  const where = record.section ?? "the record's text"
  notes.push(
    organization
      ? `Listed under "${where}", which matches "${claim.organization}" (score ${orgScore}).`
      : `Listed under "${where}", which does not match "${claim.organization}" (score ${orgScore}).`
  )
  const status: ListingStatus = !organization ? "listed-other-organization" : role ? "listed" : "listed-other-role"
  return { status, record, notes }
}

export const matchListing = (
  claim: ListingClaimInput,
  records: ReadonlyArray<DirectoryRecord>
): ListingMatch => {
  let best: ListingMatch | undefined
  for (const record of records) {
    if (!nameMatches(claim.person, record.name)) continue
    const result = judge(claim, record)
    if (best === undefined || RANK[result.status] > RANK[best.status]) best = result
    if (result.status === "listed") break
  }
  return (
    best ?? {
      status: "not-listed",
      notes: [`No record among ${records.length} names ${claim.person}.`]
    }
  )
}
