import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { normalizeForMatch, originalSpan } from "../../src/compare/index.js"

describe("normalizeForMatch", () => {
  it("folds quotes, doubled ‘’, dashes, ellipses, spaces and case", () => {
    const cases: Array<[string, string]> = [
      ["‘’For twenty years’’", '"for twenty years"'],
      ["“Hello” „world‟ «Bonjour» ‹x›", '"hello" "world" "bonjour" \'x\''],
      ["it’s ‘so ashamed’'", "it's 'so ashamed\""],
      ["so ashamed’'", 'so ashamed"'],
      ["arms\u00a0control \u2014 and\u2013more\u2212 x\u2010y\u2011z \u2015 \u2012", "arms control - and-more- x-y-z - -"],
      ["wait… what. . . now...", "wait... what... now..."],
      ["  two\t\n  spaces\u2003\u3000here  ", "two spaces here"],
      ["zero\u200bwidth\u00ad \ufeffhere", "zerowidth here"],
      ["BONDAREV Boris", "bondarev boris"],
      ["′prime″", "'prime\""]
    ]
    for (const [input, output] of cases) expect(normalizeForMatch(input).text).toBe(output)
  })

  it("folds diacritics only when asked", () => {
    expect(normalizeForMatch("Gatilòv Pérez Ёлка").text).toBe("gatilòv pérez ёлка")
    expect(normalizeForMatch("Gatilòv Pérez Ёлка", { foldDiacritics: true }).text).toBe("gatilov perez елка")
  })

  it("maps every normalised character back to the original", () => {
    const text = "‘’So  ashamed’' … of my\u00a0country — he wrote. . . "
    const n = normalizeForMatch(text)
    const word = n.text.indexOf("ashamed")
    const span = originalSpan(n, word, word + 'ashamed"'.length)
    expect(text.slice(span.start, span.end)).toBe("ashamed’'")
    const dots = n.text.lastIndexOf("...")
    const back = originalSpan(n, dots, dots + 3)
    expect(text.slice(back.start, back.end)).toBe(". . .")
    expect(n.toOriginal[n.text.length]).toBe(text.length)
  })

  const alphabet = [
    "a", "B", "é", "e\u0301", "ё", "Ж", "1", " ", "  ", "\u00a0", "\n", "\u200b", "\u00ad", "’", "‘", "'", "“", "”",
    "«", "»", "—", "–", "-", "…", ".", ". . .", "...", ",", "İ", "ß", "𝐀", "中", "文"
  ]
  const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((parts) => parts.join(""))

  it("round-trips: the original behind any whole-word span normalises to that span (property)", () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, fold) => {
        const opts = { foldDiacritics: fold }
        const n = normalizeForMatch(text, opts)
        // word boundaries: the ends of the text and the positions next to a space
        const cuts = [0, n.text.length]
        for (let k = 0; k < n.text.length; k++) if (n.text[k] === " ") cuts.push(k, k + 1)
        for (const s of cuts) {
          for (const e of cuts) {
            if (e <= s || n.text[s] === " " || n.text[e - 1] === " ") continue
            const span = originalSpan(n, s, e)
            expect(normalizeForMatch(text.slice(span.start, span.end), opts).text).toBe(n.text.slice(s, e))
          }
        }
      }),
      { numRuns: 300 }
    )
  })

  it("keeps the map monotonic and inside the original (property)", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const n = normalizeForMatch(text)
        expect(n.toOriginal.length).toBe(n.text.length + 1)
        for (let k = 0; k < n.text.length; k++) {
          const start = n.toOriginal[k] ?? -1
          const end = n.toOriginalEnd[k] ?? -1
          expect(start).toBeGreaterThanOrEqual(0)
          expect(end).toBeGreaterThan(start)
          expect(end).toBeLessThanOrEqual(text.length)
          if (k > 0) expect(start).toBeGreaterThanOrEqual(n.toOriginal[k - 1] ?? 0)
        }
      }),
      { numRuns: 300 }
    )
  })
})
