import type { Claim } from "../domain/claim.js"
import { claimSubject } from "../domain/claim.js"
import { isWebSource, type AttestedSource, type SourceRef } from "../domain/source.js"
import type { ClaimReport, EvidenceItem } from "../report/schema.js"
import type { Assessment } from "../score/assessment.js"
import { combine } from "../score/combine.js"
import { groupSources, type GroupInput } from "../score/independence.js"
import { timeCaveats } from "../score/time.js"
import { reliabilityOf, registrableDomain, type ReliabilityProfile } from "../score/reliability.js"
import type { SourceReading } from "../sources/reader.js"
import { isOwnSource } from "./authorship.js"
import type { CheckResult } from "./check.js"
import { checkConfirmation } from "./confirmation.js"
import { checkListing } from "./listing.js"
import { checkPassage } from "./passage.js"
import { checkQuote } from "./quote.js"
import { documentIndexes, type DocumentIndexes } from "./document-indexes.js"
import type { Extracted } from "../sources/extracted.js"

/** The claim in one line, for reports. */
export const claimLine = (claim: Claim): string => {
  switch (claim.kind) {
    case "quote": return `${claim.speaker}: “${claim.text}”`
    case "listing": return `${claim.person} is listed as ${claim.role}, ${claim.organization}`
    case "confirmation": return `${claim.who}, to ${claim.to} by ${claim.method} on ${claim.date}: ${claim.text}`
    case "statement": return claim.text
  }
}

/** How a source was fetched, as its evidence item tells it: where, when, what came back, where it is archived. */
const fetchEvidence = (url: string, reading: SourceReading) => {
  const fetched = reading.fetched
  return {
    url,
    finalUrl: fetched?.finalUrl ?? null,
    status: fetched?.status ?? null,
    fetchedAt: fetched?.fetchedAt ?? null,
    sha256: fetched?.sha256 ?? null,
    ...(fetched?.archive ? { archive: fetched.archive } : {}),
    ...(fetched?.headers["etag"] ? { etag: fetched.headers["etag"] } : {}),
    ...(fetched?.headers["last-modified"] ? { lastModified: fetched.headers["last-modified"] } : {})
  }
}

/**
 * An earlier verdict on the same inputs (see inputs.ts), with each web source's fetch details
 * replaced by this reading's: the judgement is the same, the evidence points at what was fetched
 * now. Undefined when the earlier report does not line up with the claim's sources.
 */
export const refreshedReport = (earlier: ClaimReport, claim: Claim, readings: ReadonlyArray<SourceReading>): ClaimReport | undefined => {
  if (earlier.id !== claim.id || earlier.evidence.length !== claim.sources.length) return undefined
  let r = 0
  const evidence: Array<EvidenceItem> = []
  for (const [i, source] of claim.sources.entries()) {
    const item = earlier.evidence[i]!
    if (!isWebSource(source)) {
      evidence.push(item)
      continue
    }
    const reading = readings[r++]
    if (!reading || item.url !== source.url) return undefined
    const { archive: _archive, etag: _etag, lastModified: _lastModified, change: _change, ...judged } = item
    evidence.push({ ...judged, ...fetchEvidence(source.url, reading) })
  }
  return { ...earlier, evidence }
}

/** Each claim kind's own check, in one place. */
const checkOne = (claim: Claim, doc: Extracted, indexes: DocumentIndexes): CheckResult => {
  switch (claim.kind) {
    case "quote": return checkQuote(claim, doc, indexes.quote(doc))
    case "listing": return checkListing(claim, doc)
    case "confirmation": return checkConfirmation(claim, doc, indexes.passage(doc))
    case "statement": {
      const subject = claimSubject(claim)
      return checkPassage(claim.text, doc, subject !== undefined && isOwnSource(doc, subject), indexes.passage(doc))
    }
  }
}

const label = (url: string, kind: string) => `${registrableDomain(url)} (${kind})`

const attestedEvidence = (source: AttestedSource, i: number): { assessment: Assessment; item: EvidenceItem } => {
  const a = source.attested
  const finding = `desk record: ${a.by}, by ${a.method}, at ${a.at}${a.note ? ` — ${a.note}` : ""}`
  const reliability = { tier: "attested", weight: 0.8, basis: "the desk's own first-hand record" } as const
  return {
    assessment: {
      key: `attested:${i}`,
      label: `Desk record by ${a.by}`,
      availability: "attested",
      support: "supports",
      strength: 1,
      primary: false,
      reliability: { ...reliability, tier: "high" },
      finding
    },
    item: {
      url: null, finalUrl: null, status: null, fetchedAt: null, sha256: null,
      availability: "attested", adapter: "desk-record", sourceKind: "attested", authors: [a.by],
      support: "supports", primary: false, reliability, group: null, finding, attested: a,
      notes: ["attested by the desk: the tool could not see this evidence itself"]
    }
  }
}

/**
 * Verifies one claim from its sources' readings: each source checked by the claim kind's own
 * check, grouped by independence, weighed, combined into a verdict with its explanation.
 */
export const verifyClaim = (
  claim: Claim,
  storyDate: string,
  readings: ReadonlyArray<SourceReading>,
  profile: ReliabilityProfile,
  indexes: DocumentIndexes = documentIndexes()
): ClaimReport => {
  const assessments: Array<Assessment> = []
  const items: Array<EvidenceItem> = []
  const keys: Array<string> = []
  let r = 0
  claim.sources.forEach((source: SourceRef, i) => {
    if (!isWebSource(source)) {
      const { assessment, item } = attestedEvidence(source, i)
      assessments.push(assessment)
      items.push(item)
      keys.push(assessment.key)
      return
    }
    const reading = readings[r++]!
    const key = `${i}:${source.url}`
    keys.push(key)
    const http = fetchEvidence(source.url, reading)
    if (reading._tag === "unavailable") {
      const kind = source.kind ?? reading.adapter
      const reliability = reliabilityOf(profile, source.url, source.kind ?? "article")
      assessments.push({ key, label: label(source.url, kind), availability: "unavailable", support: "unavailable", strength: 0, primary: false, reliability, finding: reading.reason })
      items.push({ ...http, availability: "unavailable", reason: reading.reason, reasonCode: reading.code, adapter: reading.adapter, sourceKind: kind, authors: [], support: "unavailable", primary: false, reliability, group: null, finding: reading.reason, notes: [] })
      return
    }
    const doc = reading.extracted
    const reliability = reliabilityOf(profile, doc.finalUrl, doc.kind)
    const check = checkOne(claim, doc, indexes)
    assessments.push({
      key, label: label(doc.finalUrl, doc.kind), availability: "fetched", support: check.support, strength: check.strength,
      primary: check.primary, reliability, finding: check.finding, ...(check.match ? { match: check.match } : {})
    })
    items.push({
      ...http,
      availability: "fetched",
      adapter: reading.adapter,
      sourceKind: doc.kind,
      ...(doc.title ? { title: doc.title } : {}),
      authors: [...doc.authors],
      ...(doc.published ? { published: doc.published } : {}),
      ...(doc.modified ? { modified: doc.modified } : {}),
      support: check.support,
      primary: check.primary,
      reliability,
      group: null,
      finding: check.finding,
      ...(check.match ? { match: check.match } : {}),
      ...(check.score !== undefined ? { score: Math.round(check.score * 1000) / 1000 } : {}),
      ...(check.span ? { span: check.span } : {}),
      ...(check.excerpt ? { excerpt: check.excerpt } : {}),
      ...(check.diff ? { diff: check.diff } : {}),
      notes: [...doc.notes, ...(check.notes ?? [])]
    })
  })

  const groupInputs = claim.sources.flatMap((source, i): Array<GroupInput> => {
    const key = keys[i]!
    if (!isWebSource(source)) return [{ key, url: "https://desk.invalid/", site: `desk record ${i + 1}`, text: "", credits: [] }]
    const idx = claim.sources.slice(0, i).filter(isWebSource).length
    const reading = readings[idx]!
    return reading._tag === "read"
      ? [{ key, url: reading.extracted.finalUrl, text: reading.extracted.text, shingles: indexes.shingles(reading.extracted), credits: reading.extracted.credits }]
      : []
  })
  const groups = groupSources(groupInputs, profile)
  const caveats = timeCaveats(
    claim,
    storyDate,
    items.flatMap((item, i) =>
      item.availability === "fetched"
        ? [{
          label: assessments[i]!.label,
          kind: item.sourceKind,
          ...(item.published ? { published: item.published } : {}),
          ...(item.modified ? { modified: item.modified } : {}),
          primary: item.primary,
          supports: item.support === "supports"
        }]
        : []
    )
  )
  const scored = combine(claim.kind, assessments, groups, caveats)
  const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)))
  const byId = new Map(scored.groups.map((g) => [g.group.id, g.contribution]))
  const urlOf = (key: string) => key.startsWith("attested:") ? key : key.slice(key.indexOf(":") + 1)
  return {
    id: claim.id,
    kind: claim.kind,
    claim: claimLine(claim),
    ...(claimSubject(claim) ? { subject: claimSubject(claim)! } : {}),
    rating: scored.rating,
    confidence: scored.confidence,
    explanation: scored.explanation,
    groups: groups.map((g) => ({
      id: g.id,
      label: g.label,
      members: g.members.map(urlOf),
      reasons: Object.fromEntries(Object.entries(g.reasons).map(([k, v]) => [urlOf(k), v])),
      contribution: Math.round((byId.get(g.id) ?? 0) * 100) / 100
    })),
    evidence: items.map((item, i) => ({ ...item, group: groupOf.get(keys[i]!) ?? null }))
  }
}
