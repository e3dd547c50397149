import { matchListing, nameMatches } from "../compare/index.js"
import type { ListingClaim } from "../domain/claim.js"
import type { Extracted } from "../sources/extracted.js"
import { excerptAround, type CheckResult } from "./check.js"
import { familyName } from "./authorship.js"

/**
 * A listing is supported by a directory record that names the person, with the role, under the
 * organisation. A directory is the organisation's own record, so it is a primary source.
 */
export const checkListing = (claim: ListingClaim, doc: Extracted): CheckResult => {
  const primary = doc.kind === "directory"
  if (doc.records.length === 0) {
    // Pages without records (a profile, an article) can still mention the person with the role.
    const at = doc.text.toLowerCase().indexOf(familyName(claim.person).toLowerCase())
    const excerpt = at >= 0 ? excerptAround(doc.text, at, at + familyName(claim.person).length, 160) : undefined
    return {
      support: at >= 0 ? "partial" : "silent",
      strength: at >= 0 ? 0.3 : 0,
      primary: false,
      finding: at >= 0 ? `no directory records; the page mentions ${claim.person} in its text` : `no directory records, and ${claim.person} is not mentioned`,
      ...(excerpt ? { excerpt } : {})
    }
  }
  const result = matchListing(claim, doc.records)
  const rec = result.record
  const shown = rec ? `${rec.name}${rec.title ? `, ${rec.title}` : ""}${rec.section ? ` (under “${rec.section}”)` : ""}` : ""
  const base = { primary, ...(rec ? { excerpt: shown } : {}), notes: result.notes }
  switch (result.status) {
    case "listed":
      return { ...base, support: "supports", strength: 1, finding: `listed: ${shown}` }
    case "listed-other-role":
      return { ...base, support: "contradicts", strength: 0.8, finding: `listed with another role: ${shown}, not ${claim.role}` }
    case "listed-other-organization":
      return { ...base, support: "partial", strength: 0.4, finding: `listed, but under another organisation: ${shown}` }
    case "not-listed": {
      const near = doc.records.find((r) => nameMatches(claim.person, r.name))
      return { ...base, support: "silent", strength: 0, finding: near ? `only a partial record: ${near.text}` : `${claim.person} is not among the ${doc.records.length} records` }
    }
  }
}
