import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { indexDocument, locateQuote, tokenize } from "../../src/compare/index.js"

// A document of ordinary words with much repetition, so that anchors are not trivially unique.
const VOCABULARY = "the of and to a in war ministry letter diplomat Geneva mission lies hatred country twenty years said has been".split(" ")
const documentOf = (picks: ReadonlyArray<number>) =>
  picks.map((k, i) => `${VOCABULARY[k % VOCABULARY.length]}${i % 11 === 10 ? "." : i % 7 === 6 ? "," : ""}`).join(" ")

const arbitraryCase = fc
  .record({
    picks: fc.array(fc.nat(1000), { minLength: 300, maxLength: 600 }),
    from: fc.nat(10_000),
    length: fc.integer({ min: 8, max: 30 })
  })
  .map(({ picks, from, length }) => {
    const doc = documentOf(picks)
    const words = tokenize(doc)
    const first = from % (words.length - length)
    const start = words[first]?.start ?? 0
    const end = words[first + length - 1]?.end ?? 0
    return { doc, start, end, quote: doc.slice(start, end) }
  })

describe("locateQuote (properties)", () => {
  it("finds any stretch of a document exact, at a place with the same words", () => {
    fc.assert(
      fc.property(arbitraryCase, ({ doc, quote }) => {
        const m = locateQuote(quote, indexDocument(doc))
        expect(m.match).toBe("exact")
        const found = doc.slice(m.span?.start, m.span?.end)
        expect(tokenize(found).map((t) => t.norm)).toEqual(tokenize(quote).map((t) => t.norm))
      }),
      { numRuns: 150 }
    )
  })

  it("reports one replaced word as exactly that replacement", () => {
    fc.assert(
      fc.property(arbitraryCase, fc.nat(100), ({ doc, quote }, at) => {
        const words = tokenize(quote)
        const k = 2 + (at % (words.length - 4))
        const target = words[k]
        if (target === undefined) return
        // When the quote without that word also stands in the document (a run of repeated words),
        // "walrus inserted" is as true as "walrus replaced": only a unique reading can be asserted.
        const key = (ts: ReadonlyArray<{ norm: string }>) => ` ${ts.map((t) => t.norm).join(" ")} `
        fc.pre(!key(tokenize(doc)).includes(key(words.filter((_, i) => i !== k))))
        const changed = `${quote.slice(0, target.start)}walrus${quote.slice(target.end)}`
        const m = locateQuote(changed, doc)
        expect(m.match).toBe("altered")
        expect(m.diff.filter((op) => op.op !== "equal")).toEqual([
          { op: "replace", claimed: "walrus", source: quote.slice(target.start, target.end) }
        ])
      }),
      { numRuns: 150 }
    )
  })
})
