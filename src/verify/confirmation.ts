import { nameMatches, organizationMatches, type PassageIndex } from "../compare/index.js"
import type { ConfirmationClaim } from "../domain/claim.js"
import { registrableDomain } from "../score/reliability.js"
import { wireOfDomain } from "../sources/credits.js"
import type { Extracted } from "../sources/extracted.js"
import type { CheckResult } from "./check.js"
import { checkPassage } from "./passage.js"
import { familyName } from "./authorship.js"

const METHOD_WORDS: Record<ConfirmationClaim["method"], RegExp> = {
  phone: /\b(phone|telephone|by phone|called|call)\b/i,
  email: /\b(e-?mail|emailed|wrote to)\b/i,
  "in person": /\b(interview|in person|told .* in|met)\b/i,
  "video call": /\b(video|zoom|call)\b/i,
  message: /\b(message|text|messaged|whatsapp|telegram|signal)\b/i,
  statement: /\b(statement|said in a)\b/i
}

/** Whether a source is the report of the outlet the confirmation was given to. */
export const isOutletsOwn = (claim: ConfirmationClaim, doc: Extracted): boolean => {
  const wire = wireOfDomain(registrableDomain(doc.finalUrl))
  const names = [wire, doc.siteName, ...doc.authors].filter((s): s is string => !!s)
  return names.some((n) => organizationMatches(claim.to, n) >= 0.6 || nameMatches(claim.to, n))
}

/**
 * The outlet's own report saying it reached the person by the stated means is the record of the
 * confirmation; another outlet's report of it is secondary.
 */
export const checkConfirmation = (claim: ConfirmationClaim, doc: Extracted, passages?: PassageIndex): CheckResult => {
  const own = isOutletsOwn(claim, doc)
  const passage = checkPassage(claim.text, doc, own, passages)
  const whoNamed = doc.text.toLowerCase().includes(familyName(claim.who).toLowerCase())
  const methodSaid = METHOD_WORDS[claim.method].test(doc.text)
  const notes = [
    ...(own ? [`the report of ${claim.to} itself`] : []),
    ...(whoNamed ? [] : [`${claim.who} is not named`]),
    ...(methodSaid ? [] : [`the report does not say it was by ${claim.method}`])
  ]
  if (passage.support === "supports" && !whoNamed) {
    return { ...passage, support: "partial", strength: 0.3, notes, finding: `${passage.finding}, but ${claim.who} is not named` }
  }
  const finding = passage.support === "supports"
    ? `${own ? `${claim.to}'s own report` : "the report"} says so${methodSaid ? ` and that it was by ${claim.method}` : ""}: ${passage.finding}`
    : passage.finding
  return { ...passage, notes, finding }
}
