import { claimReviewScale, BEST_RATING } from "./claim-review.js"
import { excerptHtml } from "./highlight.js"
import { escapeHtml, idAttr, linkOrText, safeHref } from "./html-escape.js"
import type { ClaimReport, EvidenceItem } from "./schema.js"
import { kindWords, percent, ratingMeanings, ratingSymbols, ratingWords, supportWords } from "./words.js"

/** One claim as an HTML <article>: shared by the full report page and the embeddable fragment. */

export interface ClaimHtmlOptions {
  /** Heading level of the claim's title (2 on the report page; an embedding page may want 3). */
  readonly level?: 2 | 3
  /** Explain the marks inside the claim itself (the fragment has no page legend to point to). */
  readonly legend?: boolean
}

/** "2022-05-24T07:58:12.000Z" → a <time> reading "2022-05-24 07:58 UTC": unambiguous in any locale. */
export const timeHtml = (iso: string): string => {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return escapeHtml(iso)
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`
  return `<time datetime="${escapeHtml(d.toISOString())}">${escapeHtml(shown)}</time>`
}

export const badgeHtml = (rating: ClaimReport["rating"]): string =>
  `<span class="crb-badge crb-badge--${rating}"><span aria-hidden="true">${ratingSymbols[rating]}</span> ${escapeHtml(ratingWords[rating])}</span>`

const hostOf = (url: string | null): string | undefined => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "") : undefined
  } catch {
    return undefined
  }
}

const row = (term: string, value: string | undefined): string => (value ? `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>` : "")

const metaHtml = (e: EvidenceItem, claim: ClaimReport): string => {
  const group = e.group === null ? undefined : claim.groups.find((g) => g.id === e.group)
  const a = e.attested
  const rows = [
    row("Source", e.url ? linkOrText(e.url, e.url) : undefined),
    row("Ended at", e.finalUrl && e.finalUrl !== e.url ? linkOrText(e.finalUrl, e.finalUrl) : undefined),
    row("Checked", e.fetchedAt ? timeHtml(e.fetchedAt) : a ? "not fetched: the desk's own record" : "time not recorded (no response was kept)"),
    row("Response", e.status !== null ? `HTTP ${e.status}` : undefined),
    // the finding line above already gives the reason when it is the same words
    row("Why unavailable", e.availability === "unavailable" && e.reason !== e.finding ? escapeHtml(e.reason ?? "no reason given") : undefined),
    row("Published", e.published ? timeHtml(e.published) : undefined),
    row("Updated", e.modified ? timeHtml(e.modified) : undefined),
    row("By", e.authors.length ? escapeHtml(e.authors.join(", ")) : undefined),
    row("Attested", a ? `${escapeHtml(a.by)}, by ${escapeHtml(a.method)}, ${timeHtml(a.at)}${a.note ? ` — ${escapeHtml(a.note)}` : ""}` : undefined),
    row("Archived copy", e.archive
      ? `WARC file <code>${escapeHtml(e.archive.file)}</code>, record <code>${escapeHtml(e.archive.recordId)}</code> (offset ${e.archive.offset})`
      : undefined),
    row("SHA-256", e.sha256 ? `<code>${escapeHtml(e.sha256)}</code>` : undefined),
    row("Source type", escapeHtml(`${e.sourceKind}${e.primary ? " · the subject's own (primary) source" : ""}`)),
    row("Reliability", escapeHtml(`${e.reliability.tier}: ${e.reliability.basis}`)),
    // an attested record's group is labelled with the verifier's placeholder host (desk.invalid): not for readers
    row("Independence", group ? escapeHtml(`group ${group.id}, ${a ? "the desk's own record" : group.label}`) : undefined)
  ]
  return `<dl>${rows.join("")}</dl>`
}

const evidenceHtml = (e: EvidenceItem, claim: ClaimReport, level: number): string => {
  const title = e.title ?? (e.attested ? `Desk record by ${e.attested.by}` : hostOf(e.url) ?? e.url ?? "Source")
  const excerpt = excerptHtml(e, claim)
  const cite = safeHref(e.finalUrl ?? e.url)
  const notes = e.notes.length ? `<ul class="crb-note">${e.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` : ""
  return [
    `<li class="crb-source">`,
    `<h${level} class="crb-source-title">${escapeHtml(title)}</h${level}>`,
    `<p class="crb-finding"><strong>${escapeHtml(supportWords[e.support])}</strong> — ${escapeHtml(e.finding)}</p>`,
    excerpt ? `<blockquote class="crb-excerpt"${cite ? ` cite="${escapeHtml(cite)}"` : ""}><p>${excerpt}</p></blockquote>` : "",
    metaHtml(e, claim),
    notes,
    `</li>`
  ].join("")
}

const marksLegend =
  `<p class="crb-note">In the excerpts: <mark>highlighted</mark> words are the claim's words as the source has them; ` +
  `<del>struck-through</del> words are the source's, changed or left out by the quote; ` +
  `<ins>underlined</ins> words are the quote's own, not in the source.</p>`

/**
 * Confidence is the belief that the claim holds as worded (docs/scoring.md), not certainty in the
 * rating: an altered quote has low confidence. It is 0 when nothing could be read, which must not
 * read as "certainly false".
 */
const anyRead = (claim: ClaimReport) => claim.evidence.some((e) => e.availability !== "unavailable")

export const confidenceText = (claim: ClaimReport): string =>
  anyRead(claim) ? `Confidence the claim holds as worded: ${percent(claim.confidence)}` : "Confidence: none (no source could be read)"

/** The confidence for the summary table's narrow column. */
export const confidenceShort = (claim: ClaimReport): string => (anyRead(claim) ? percent(claim.confidence) : "none")

const reviewNote = (claim: ClaimReport): string => {
  const value = claimReviewScale[claim.rating]
  return value === undefined
    ? `<p class="crb-note">Not published as a fact-check rating (ClaimReview): “${escapeHtml(ratingWords[claim.rating])}” is not a conclusion about the claim.</p>`
    : `<p class="crb-note">Published rating: ${value} of ${BEST_RATING} (${escapeHtml(ratingWords[claim.rating])}).</p>`
}

export const claimHtml = (claim: ClaimReport, options: ClaimHtmlOptions = {}): string => {
  const level = options.level ?? 2
  const id = idAttr(claim.id)
  const hasMarks = claim.evidence.some((e) => e.excerpt)
  return [
    `<article class="crb-claim" id="${id}" aria-labelledby="crb-title-${id}">`,
    `<div class="crb-claim-head">`,
    `<h${level} class="crb-title" id="crb-title-${id}"><span class="crb-kind">${kindWords[claim.kind]} · ${escapeHtml(claim.id)}</span>${escapeHtml(claim.claim)}</h${level}>`,
    `<p class="crb-verdict">${badgeHtml(claim.rating)} <span>${confidenceText(claim)}</span></p>`,
    `<p class="crb-note">${escapeHtml(ratingMeanings[claim.rating])}</p>`,
    `</div>`,
    `<h${level + 1} class="crb-sub">Why</h${level + 1}>`,
    claim.explanation.length ? `<ul>${claim.explanation.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>` : `<p>No explanation was recorded.</p>`,
    `<h${level + 1} class="crb-sub">Sources</h${level + 1}>`,
    claim.evidence.length
      ? `<ol class="crb-evidence">${claim.evidence.map((e) => evidenceHtml(e, claim, level + 2)).join("")}</ol>`
      : `<p>No source could be assessed.</p>`,
    options.legend && hasMarks ? marksLegend : "",
    reviewNote(claim),
    `</article>`
  ].join("\n")
}
