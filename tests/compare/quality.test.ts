/**
 * Pinned quality of the quote locator on the labelled set (quality-set.ts): real article
 * sentences from ../shared/eval with seeded edits, hand-written paraphrases and hard cases.
 *
 * Zero tolerance: no altered or absent quote may come back exact or elided (a desk would print
 * a misquote as verified). Overall at least MIN_RIGHT of the cases in the right class, and the
 * span of every found quote at the quote's place. The confusion matrix and the misses are
 * printed, so a regression shows what moved.
 */
import { describe, expect, it } from "vitest"
import { indexDocument, locateQuote, type QuoteIndex, type QuoteMatch } from "../../src/compare/index.js"
import { confusion, formatConfusion, samePlace } from "./confusion.js"
import { documentOf, qualitySet, type QualityCase } from "./quality-set.js"
import { evalAvailable } from "./wcxb.js"

/** Share of cases that must be in the right class. */
const MIN_RIGHT = 0.97
/** Share of found quotes (exact, elided, altered) whose span must be at the quote's place. */
const MIN_PLACE = 0.98

describe.skipIf(!evalAvailable())("quote locator quality on the labelled set", () => {
  const cases = qualitySet()
  // every case is located once, by whichever test asks first
  let results: Array<{ c: QualityCase; doc: string; m: QuoteMatch }> | undefined
  const run = () => {
    if (results !== undefined) return results
    const indexes = new Map<string, QuoteIndex>()
    results = cases.map((c) => {
      const doc = documentOf(c)
      let index = indexes.get(doc)
      if (index === undefined) {
        index = indexDocument(doc)
        indexes.set(doc, index)
      }
      return { c, doc, m: locateQuote(c.quote, index) }
    })
    return results
  }

  it("has at least 300 cases of every kind, each with a unique id", () => {
    expect(cases.length).toBeGreaterThanOrEqual(300)
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length)
    const kinds = new Set(cases.map((c) => c.kind))
    for (const k of ["verbatim", "replaced", "inserted", "dropped", "not-added", "not-dropped", "number", "name", "date",
      "elided", "bracket-added", "bracket-subject", "absent", "paraphrase", "hard"]) expect(kinds).toContain(k)
    // every located case's span is inside its document
    for (const c of cases) if (c.span !== undefined) expect(c.span.end).toBeLessThanOrEqual(documentOf(c).length)
  })

  it(`puts ${MIN_RIGHT * 100}% in the right class, never calls a changed or missing quote exact`, () => {
    const started = performance.now()
    const results = run()
    const seconds = (performance.now() - started) / 1000
    const matrix = confusion(results.map(({ c, m }) => ({ expected: c.expected, accept: c.accept, got: m.match })))
    console.log(formatConfusion(matrix, `quote locator on ${cases.length} labelled cases (${seconds.toFixed(1)} s)`))
    const byKind = new Map<string, [number, number]>()
    for (const { c, m } of results) {
      const [ok, n] = byKind.get(c.kind) ?? [0, 0]
      byKind.set(c.kind, [ok + (c.accept.includes(m.match) ? 1 : 0), n + 1])
    }
    console.log([...byKind].map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join(", "))
    for (const { c, m } of results.filter(({ c, m }) => !c.accept.includes(m.match))) {
      console.log(`  miss ${c.id}: ${c.expected} -> ${m.match} (${m.score}) ${c.quote.slice(0, 90)}`)
    }
    expect(matrix.unsafe).toBe(0)
    // a paraphrase is not the source's words either
    expect(results.filter(({ c, m }) => c.expected === "paraphrase" && (m.match === "exact" || m.match === "elided"))).toEqual([])
    expect(matrix.right / matrix.total).toBeGreaterThanOrEqual(MIN_RIGHT)
  })

  it(`finds ${MIN_PLACE * 100}% of the located quotes at their place`, () => {
    const found = run().filter(({ c, m }) => c.span !== undefined && ["exact", "elided", "altered"].includes(m.match))
    const wrong = found.filter(({ c, m, doc }) => !samePlace(doc, m.span, c.span))
    for (const { c, m } of wrong) console.log(`  elsewhere ${c.id}: ${m.match} at ${m.span?.start} (expected ${c.span?.start}): ${m.excerpt?.slice(0, 60)}`)
    console.log(`place: ${found.length - wrong.length}/${found.length} found quotes at their place`)
    expect((found.length - wrong.length) / found.length).toBeGreaterThanOrEqual(MIN_PLACE)
  })
})
