import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { tokenize } from "../../src/compare/index.js"
import { forEachWord } from "../../src/compare/segment.js"
import { americanSpelling } from "../../src/compare/spelling.js"
import { AP, AP_STORY, LETTER } from "./letter.js"

const norms = (text: string) => tokenize(text).map((t) => t.norm)

describe("tokenize", () => {
  it("gives offsets into the original text", () => {
    const text = "‘’Russia’s  counsellor, Boris — said"
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).toLowerCase().replace("’", "'")).toBe(t.norm === "counselor" ? "counsellor" : t.norm)
    expect(norms(text)).toEqual(["russia's", "counselor", "boris", "said"])
  })

  it("splits 'cannot' into 'can' 'not', sharing out the letters", () => {
    const text = "I simply Cannot go"
    expect(tokenize(text).slice(2, 4)).toEqual([
      { norm: "can", start: 9, end: 12 },
      { norm: "not", start: 12, end: 15 }
    ])
    expect(norms("can not")).toEqual(["can", "not"])
  })

  it("joins hyphenated compounds but keeps numbers apart", () => {
    expect(norms("non-proliferation and nonproliferation")).toEqual(["nonproliferation", "and", "nonproliferation"])
    expect(tokenize("arms non\u2010proliferation")[1]).toEqual({ norm: "nonproliferation", start: 5, end: 22 })
    expect(norms("2019-2022 COVID-19")).toEqual(["2019", "2022", "covid", "19"])
  })

  it("maps British spellings to American ones", () => {
    expect(norms("counsellor honour favourite labourer organise realisation analysed travelled centre defence")).toEqual(
      norms("counselor honor favorite laborer organize realization analyzed traveled center defense")
    )
  })

  it("leaves words alone that only look British", () => {
    for (const w of ["four", "hour", "your", "pour", "tour", "flour", "rise", "wise", "raise", "crises", "filled", "called", "detour"]) {
      expect(americanSpelling(w)).toBe(w)
    }
  })

  it("keeps numerals as written", () => {
    expect(norms("On February 24, 1,000 people and 3.5% paid $12.50")).toEqual(["on", "february", "24", "1,000", "people", "and", "3.5", "paid", "12.50"])
  })

  it("handles Cyrillic, accents and CJK", () => {
    expect(norms("Борис Бондарев, советник Постпредства")).toEqual(["борис", "бондарев", "советник", "постпредства"])
    expect(norms("Ещё раз: José Pérez")).toEqual(["еще", "раз", "josé", "pérez"])
    expect(norms("我们从未如此为自己的国家感到羞耻").length).toBeGreaterThan(4)
  })
})

describe("word scanner", () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "word" })
  const viaSegmenter = (text: string) =>
    [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => [s.index, s.index + s.segment.length])
  const viaScanner = (text: string) => {
    const out: Array<Array<number>> = []
    forEachWord(text, (s, e) => out.push([s, e]))
    return out
  }

  it("agrees with Intl.Segmenter on the seed story's texts", () => {
    for (const text of [LETTER, AP_STORY, ...Object.values(AP)]) expect(viaScanner(text)).toEqual(viaSegmenter(text))
  })

  it("agrees with Intl.Segmenter on mixed text (property)", () => {
    const pieces = [
      "word", "Wörd", "слово", "λόγος", "24", "3.5", "1,000", "U.S.", "don't", "Russia’s", "a:b", "e.g.", "_x", "x_",
      " ", "  ", "\n", ",", ".", "'", "’", "-", "—", "(", ")", "\u00ad", "\u0301", "😀", "#", "$", "%", "中文", "カタカナ"
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("")
        // ICU quirk, not worth copying: a connector followed by a combining mark ("x_\u0301")
        // ends a segment that ICU does not call word-like
        fc.pre(!/_[\u00ad\u0301]/.test(text))
        expect(viaScanner(text)).toEqual(viaSegmenter(text))
      }),
      { numRuns: 2000 }
    )
  })
})
