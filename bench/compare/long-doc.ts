/**
 * Long documents for the quote benchmark: the quality set's pages (tests/compare/quality-set.ts)
 * shuffled among other WCXB article pages until the text reaches the size asked for, with every
 * case's span moved to where its page landed. Read from ../shared/eval at run time.
 *
 * Pages of the donor hosts (whose sentences are the absent quotes) are left out, so an absent
 * quote stays absent; one more check drops any absent quote that shares a 6-word run with the
 * long text (reported, normally none).
 */
import { readdirSync } from "node:fs"
import { DONORS, PAGES, documentOf, qualitySet, type QualityCase } from "../../tests/compare/quality-set.js"
import { groundTruthDir, loadPage, plain, prng } from "../../tests/compare/wcxb.js"

export interface LongDoc {
  readonly text: string
  readonly bytes: number
  readonly cases: ReadonlyArray<QualityCase>
  /** absent cases dropped because the long text has a 6-word run of them */
  readonly dropped: number
}

/** A hand-written case's document that cannot share a text with the others: the stitched quote
 *  is "altered" only because the letter's two paragraphs lie far apart in it. */
const SOLO_DOCS = (doc: string) => doc.includes("Paragraph 119 is about something else")

export const longDocument = (targetBytes: number, seed = 7): LongDoc => {
  const donorHosts = new Set(DONORS.map((id) => loadPage(id).host))
  const chosen = new Set(PAGES)
  const all = readdirSync(groundTruthDir())
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort()
  const cases = qualitySet().filter((c) => c.doc === undefined || !SOLO_DOCS(c.doc))
  const handDocs = [...new Set(cases.flatMap((c) => (c.doc === undefined ? [] : [c.doc])))]
  const parts: Array<{ key: string; text: string }> = [
    ...PAGES.map((id) => ({ key: id, text: loadPage(id).text })),
    ...handDocs.map((text, k) => ({ key: `hand-${k}`, text }))
  ]
  let bytes = parts.reduce((n, p) => n + Buffer.byteLength(p.text) + 2, 0)
  for (const id of all) {
    if (bytes >= targetBytes) break
    const page = loadPage(id)
    if (chosen.has(id) || DONORS.includes(id) || donorHosts.has(page.host) || page.text.length < 500) continue
    parts.push({ key: id, text: page.text })
    bytes += Buffer.byteLength(page.text) + 2
  }
  // Fisher-Yates with a seeded generator: the case pages spread through the text
  const rnd = prng(seed)
  for (let k = parts.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1))
    const t = parts[k] as (typeof parts)[number]
    parts[k] = parts[j] as (typeof parts)[number]
    parts[j] = t
  }
  const offsets = new Map<string, number>()
  let at = 0
  for (const p of parts) {
    offsets.set(p.key, at)
    at += p.text.length + 2
  }
  const text = parts.map((p) => p.text).join("\n\n")
  const flat = ` ${plain(text)} `
  let dropped = 0
  const placed: Array<QualityCase> = []
  for (const c of cases) {
    const key = c.doc === undefined ? (c.page ?? "") : `hand-${handDocs.indexOf(c.doc)}`
    const offset = offsets.get(key) ?? 0
    if (c.expected === "absent") {
      const words = plain(c.quote).split(" ")
      let shared = false
      for (let k = 0; k + 6 <= words.length && !shared; k++) shared = flat.includes(` ${words.slice(k, k + 6).join(" ")} `)
      if (shared) {
        dropped++
        continue
      }
    }
    const { doc: _doc, page: _page, ...rest } = c
    void _doc
    void _page
    placed.push(c.span === undefined ? rest : { ...rest, span: { start: c.span.start + offset, end: c.span.end + offset } })
  }
  return { text, bytes: Buffer.byteLength(text), cases: placed, dropped }
}

/** The placed span's text is the case's original span text (a self-check of the placement). */
export const checkPlacement = (long: LongDoc): number => {
  const byId = new Map(qualitySet().map((c) => [c.id, c]))
  let bad = 0
  for (const c of long.cases) {
    const original = byId.get(c.id)
    if (original?.span === undefined || c.span === undefined) continue
    const want = documentOf(original).slice(original.span.start, original.span.end)
    if (long.text.slice(c.span.start, c.span.end) !== want) bad++
  }
  return bad
}
