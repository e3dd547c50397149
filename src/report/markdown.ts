import type { DiffOp } from "../domain/verdict.js"
import type { ClaimReport, EvidenceItem, Report } from "./schema.js"
import { percent, ratingWords } from "./words.js"

const esc = (s: string) => s.replace(/([\\`*_[\]|<>])/g, "\\$1").replace(/\s+/g, " ")

/** A diff as a reader sees it: removed source words struck through, the quote's own words in bold. */
export const diffToMarkdown = (diff: ReadonlyArray<DiffOp>): string =>
  diff
    .map((d) =>
      d.op === "equal" ? esc(d.claimed ?? d.source ?? "")
      : d.op === "replace" ? `~~${esc(d.source ?? "")}~~ **${esc(d.claimed ?? "")}**`
      : d.op === "insert" ? `**${esc(d.claimed ?? "")}**`
      : `~~${esc(d.source ?? "")}~~`
    )
    .join(" ")

const evidenceLines = (e: EvidenceItem): Array<string> => {
  const head = e.url
    ? `- [${esc(e.title ?? e.url)}](${e.url}) — ${e.availability === "unavailable" ? `**unavailable**: ${esc(e.reason ?? "")}` : esc(e.finding)}`
    : `- Desk record — ${esc(e.finding)}`
  const lines = [head]
  if (e.excerpt) lines.push(`  > ${esc(e.excerpt)}`)
  if (e.diff && e.match === "altered") lines.push(`  Differences (struck: the source's words; bold: the quote's): ${diffToMarkdown(e.diff)}`)
  const meta = [
    e.sourceKind,
    e.authors.length ? `by ${e.authors.join(", ")}` : undefined,
    e.published ? `published ${e.published}` : undefined,
    e.fetchedAt ? `checked ${e.fetchedAt}` : undefined,
    e.status !== null ? `HTTP ${e.status}` : undefined,
    e.sha256 ? `SHA-256 \`${e.sha256.slice(0, 16)}…\`` : undefined,
    e.group !== null ? `group ${e.group}` : undefined
  ].filter(Boolean)
  lines.push(`  <small>${meta.join(" · ")}</small>`)
  return lines
}

const claimSection = (c: ClaimReport): string =>
  [
    `### ${esc(c.id)} — ${ratingWords[c.rating]} (${percent(c.confidence)})`,
    "",
    `> ${esc(c.claim)}`,
    "",
    ...c.explanation.map((l) => `- ${esc(l)}`),
    "",
    "**Evidence**",
    "",
    ...c.evidence.flatMap(evidenceLines),
    ""
  ].join("\n")

export const reportToMarkdown = (r: Report): string =>
  [
    `# Verification report: ${esc(r.claimSet.title)}`,
    "",
    `Article: [${esc(r.claimSet.article.outlet)}, ${r.claimSet.article.published}](${r.claimSet.article.url}) · claim set \`${r.claimSet.id}\` · generated ${r.generatedAt}${r.mode === "replay" ? " · **sources replayed from recorded copies**" : ""}`,
    "",
    "| Claim | Rating | Confidence |",
    "| --- | --- | --- |",
    ...r.claims.map((c) => `| ${esc(c.id)} | ${ratingWords[c.rating]} | ${percent(c.confidence)} |`),
    "",
    ...r.claims.map(claimSection)
  ].join("\n")
