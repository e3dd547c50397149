import { locateQuote, type QuoteIndex } from "../compare/index.js"
import type { QuoteClaim } from "../domain/claim.js"
import type { Extracted } from "../sources/extracted.js"
import { authorList, familyName, isOwnSource, isPersonalAccount } from "./authorship.js"
import { excerptAround, type CheckResult } from "./check.js"

/** How far from the quoted words a secondary source must name the speaker for it to count as attribution. */
const ATTRIBUTION_WINDOW = 400

const describeDiff = (diff: NonNullable<CheckResult["diff"]>): string =>
  diff
    .filter((d) => d.op !== "equal")
    .slice(0, 4)
    .map((d) =>
      d.op === "replace" ? `“${d.claimed}” where the source has “${d.source}”`
      : d.op === "insert" ? `“${d.claimed}” is not in the source`
      : `the source's “${d.source}” is left out`
    )
    .join("; ")

/**
 * A quote is supported where the words are found (exactly, or exactly in fragments around an
 * ellipsis) in the speaker's own source, or in a source that attributes them to the speaker.
 */
export const checkQuote = (claim: QuoteClaim, doc: Extracted, index?: QuoteIndex): CheckResult => {
  const m = locateQuote(claim.text, index ?? doc.text)
  const own = isOwnSource(doc, claim.speaker, claim.affiliation)
  const span = m.span
  const excerpt = span ? excerptAround(doc.text, span.start, span.end) : undefined
  const base = {
    match: m.match,
    score: m.score,
    primary: own,
    ...(span ? { span } : {}),
    ...(excerpt ? { excerpt } : {}),
    diff: m.diff,
    notes: m.notes
  }
  const attributed = span !== undefined &&
    doc.text.slice(Math.max(0, span.start - ATTRIBUTION_WINDOW), span.end + ATTRIBUTION_WINDOW).toLowerCase().includes(familyName(claim.speaker).toLowerCase())
  const foreignAccount = !own && isPersonalAccount(doc)

  switch (m.match) {
    case "exact":
    case "elided": {
      const how = m.match === "exact" ? "quote found exact" : "quote found exact in its fragments around the ellipsis"
      if (own) return { ...base, support: "supports", strength: m.match === "exact" ? 1 : 0.95, finding: `${how}, in ${claim.speaker}'s own source` }
      if (foreignAccount) {
        return {
          ...base,
          support: attributed ? "supports" : "partial",
          strength: m.match === "exact" ? 1 : 0.95,
          finding: `${how}, but posted by ${authorList(doc)}, not by ${claim.speaker}: a third party's copy, not the speaker's own account`
        }
      }
      return attributed
        ? { ...base, support: "supports", strength: m.match === "exact" ? 1 : 0.95, finding: `${how} and attributed to ${familyName(claim.speaker)}` }
        : { ...base, support: "partial", strength: 0.5, finding: `${how}, but the source does not attribute it to ${claim.speaker} nearby` }
    }
    case "altered":
      return { ...base, support: "partial", strength: m.score, finding: `words differ: ${describeDiff(m.diff) || "see the diff"}` }
    case "paraphrase":
      return { ...base, support: "partial", strength: Math.min(0.5, m.score), finding: "only a paraphrase of the quote is in the source, not the words" }
    case "absent":
      return { ...base, primary: own, support: "silent", strength: 0, finding: `the quoted words are not in the source${own ? "" : ` (by ${authorList(doc)})`}` }
  }
}
