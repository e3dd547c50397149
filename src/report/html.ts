import { BEST_RATING, claimReviewScale, claimReviewsOf, WORST_RATING } from "./claim-review.js"
import { type DeskConfig, reportUrl } from "./desk-config.js"
import { badgeHtml, claimHtml, confidenceShort, timeHtml } from "./html-claim.js"
import { escapeHtml, idAttr, jsonForScript, linkOrText, safeHref } from "./html-escape.js"
import { pageCss, reportCss } from "./html-styles.js"
import type { ClaimReport, Report } from "./schema.js"
import { ratingMeanings, ratingWords } from "./words.js"
import type { Rating } from "../domain/verdict.js"

/**
 * Page-level ids carry a crb- prefix: a claim's own id is its URL fragment (#claim-id) and can be
 * any [a-z0-9-] word, so nothing else on the page may take a bare word.
 *
 * The report a desk publishes beside the article: one self-contained page per claim set (inline
 * CSS, no scripts, no external assets, so it can be hosted, mailed or archived as one file), and
 * a fragment per claim to embed in the article itself.
 */

const replayNotice = (r: Report) =>
  r.mode === "replay"
    ? `<p class="crb-notice"><strong>Recorded sources.</strong> This check was run on recorded copies of the sources, not on the live web.</p>`
    : ""

const summaryHtml = (r: Report): string => [
  `<section aria-labelledby="crb-summary-title">`,
  `<h2 id="crb-summary-title">Summary</h2>`,
  `<table>`,
  `<caption class="crb-vh">Each claim's rating and the confidence in it</caption>`,
  `<thead><tr><th scope="col">Claim</th><th scope="col">Rating</th><th scope="col" class="crb-num">Confidence</th></tr></thead>`,
  `<tbody>`,
  ...r.claims.map((c) =>
    `<tr><td><a href="#${idAttr(c.id)}">${escapeHtml(c.id)}</a></td><td>${badgeHtml(c.rating)}</td><td class="crb-num">${confidenceShort(c)}</td></tr>`
  ),
  `</tbody></table>`,
  `</section>`
].join("\n")

const legendHtml = (): string => {
  const ratings = Object.keys(ratingWords) as Array<Rating>
  return [
    `<section class="crb-legend" aria-labelledby="crb-legend-title">`,
    `<h2 id="crb-legend-title">How to read this report</h2>`,
    `<dl>`,
    ...ratings.map((r) => `<dt>${badgeHtml(r)}</dt><dd>${escapeHtml(ratingMeanings[r])}${claimReviewScale[r] === undefined ? " Not published as a fact-check rating." : ` Published as ${claimReviewScale[r]} on a scale of ${WORST_RATING} to ${BEST_RATING}.`}</dd>`),
    `</dl>`,
    `<p>In the excerpts, <mark>highlighted</mark> words are the claim's words as the source has them; <del>struck-through</del> words are the source's, changed or left out by the quote; <ins>underlined</ins> words are the quote's own, not in the source.</p>`,
    `<p>Confidence is the tool's belief, from the sources it could read, that the claim holds as worded: an altered quote has a low one. Each source's archived copy (WARC file, record and SHA-256 of the bytes received) lets anyone check that the page said what this report quotes.</p>`,
    `</section>`
  ].join("\n")
}

const jsonLdScripts = (r: Report, desk: DeskConfig): string =>
  claimReviewsOf(r, desk).map((cr) => `<script type="application/ld+json">\n${jsonForScript(cr)}\n</script>`).join("\n")

/** The full report page. */
export const reportToHtml = (r: Report, desk: DeskConfig): string => {
  const title = `Verification report: ${r.claimSet.title}`
  const article = r.claimSet.article
  const canonical = safeHref(reportUrl(desk, r.claimSet.id))
  return [
    `<!doctype html>`,
    `<html lang="${escapeHtml(desk.language)}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(`${desk.name} checked ${r.claims.length} claims from ${article.outlet}'s story of ${article.published}.`)}">`,
    canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : "",
    `<style>\n${pageCss}\n${reportCss}\n</style>`,
    jsonLdScripts(r, desk),
    `</head>`,
    `<body>`,
    `<div class="crb">`,
    `<a class="crb-skip" href="#crb-main">Skip to the claims</a>`,
    `<header class="crb-masthead">`,
    `<p class="crb-desk">${linkOrText(desk.url, desk.name)}</p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${r.claims.length} claims from ${linkOrText(article.url, `${article.outlet}, ${article.published}`)}. Checked ${timeHtml(r.generatedAt)}.</p>`,
    replayNotice(r),
    `</header>`,
    `<main id="crb-main">`,
    summaryHtml(r),
    `<h2 class="crb-vh">Claims</h2>`,
    ...r.claims.map((c) => claimHtml(c, { level: 3 })),
    legendHtml(),
    `</main>`,
    `<footer>`,
    `<p>Made with corroborate ${escapeHtml(r.tool.version)} (report format ${escapeHtml(r.schemaVersion)}) for ${escapeHtml(desk.name)}. Claim set <code>${escapeHtml(r.claimSet.id)}</code>.</p>`,
    `</footer>`,
    `</div>`,
    `</body>`,
    `</html>`,
    ``
  ].filter((l) => l !== "").join("\n")
}

/**
 * One claim, to paste into the article page (a fragment: no <html>, <head> or <body>). Its styles
 * travel with it, scoped under .crb. It carries no ClaimReview: Google asks that a fact check's
 * ClaimReview live on one page only, and that page is the full report this fragment links to.
 */
export const claimToHtmlFragment = (r: Report, claim: ClaimReport, desk: DeskConfig): string => {
  const full = reportUrl(desk, r.claimSet.id, claim.id)
  return [
    `<section class="crb crb-embed" lang="${escapeHtml(desk.language)}" aria-label="${escapeHtml(`Fact check by ${desk.name}`)}">`,
    `<style>\n${reportCss}\n</style>`,
    claimHtml(claim, { level: 2, legend: true }),
    `<p class="crb-note">Checked ${timeHtml(r.generatedAt)} by ${linkOrText(desk.url, desk.name)}. ${linkOrText(full, "Full verification report")}.</p>`,
    `</section>`,
    ``
  ].join("\n")
}
