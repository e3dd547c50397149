import { readFileSync } from "node:fs"
import { DeskConfig } from "../../src/report/desk-config.js"
import { reportFromJson } from "../../src/report/json.js"
import type { ClaimReport, EvidenceItem, Report } from "../../src/report/schema.js"

/**
 * Reports to render in tests: real ones written by `corroborate run … --replay fixtures` (kept in
 * tests/report/fixtures so these tests do not depend on the engine), and a hostile one whose
 * every text field carries markup, script and spreadsheet formulas, as untrusted web text can.
 */
export const fixture = (name: "controls" | "bondarev-resignation"): Report =>
  reportFromJson(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"))

export const desk = new DeskConfig({
  name: "Test Desk",
  url: "https://desk.example.org/",
  reportBaseUrl: "https://desk.example.org/checks/",
  language: "en"
})

export const claimOf = (report: Report, id: string): ClaimReport => {
  const c = report.claims.find((x) => x.id === id)
  if (!c) throw new Error(`no claim ${id}`)
  return c
}

/** Sets window.__pwned if any of it ever runs. */
export const XSS = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">"'><svg onload=window.__pwned=1>`

const hostileEvidence = (e: EvidenceItem): EvidenceItem => ({
  ...e,
  title: `Title ${XSS} & more`,
  authors: [`Author ${XSS}`],
  finding: `finding ${XSS}`,
  ...(e.excerpt ? { excerpt: `${e.excerpt} ${XSS} </script><!--` } : {}),
  notes: [`note ${XSS}`]
})

export const hostileReport = (): Report => {
  const base = fixture("controls")
  const claims = base.claims.map((c, i): ClaimReport => ({
    ...c,
    claim: i === 0 ? c.claim : `=HYPERLINK("http://evil.example/"), "quoted", comma\nnew line ${XSS}`,
    explanation: [`-2+3 first line, with "quotes" ${XSS} </script>`, ...c.explanation.slice(1)],
    evidence: c.evidence.map(hostileEvidence)
  }))
  // a source URL that is a script, not a page: it must never become a link
  const [first, ...rest] = claims
  const evil: ClaimReport = {
    ...first!,
    evidence: first!.evidence.map((e) => ({ ...e, url: "javascript:window.__pwned=1", finalUrl: "javascript:window.__pwned=1" }))
  }
  return {
    ...base,
    claimSet: { ...base.claimSet, title: `Title </title><script>window.__pwned=1</script>`, article: { ...base.claimSet.article, outlet: `AP ${XSS}` } },
    claims: [evil, ...rest]
  }
}
