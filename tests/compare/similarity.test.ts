import { describe, expect, it } from "vitest"
import { bestPassage, dice, keyTermsOf, passageIndex } from "../../src/compare/index.js"
import { bigramProfile } from "../../src/compare/dice.js"
import { windowProfile } from "../../src/compare/similarity.js"
import { PAGES } from "./quality-set.js"
import { loadPage } from "./wcxb.js"
import { AP_STORY } from "./letter.js"

describe("dice", () => {
  it("ignores typography and scores overlap of letter pairs", () => {
    expect(dice("lies, and hatred", "Lies and hatred")).toBe(1)
    expect(dice("‘’so ashamed’'", '"so ashamed"')).toBe(1)
    expect(dice("abc", "xyz")).toBe(0)
    const near = dice("never have I been so ashamed", "never have I been so proud")
    expect(near).toBeGreaterThan(0.6)
    expect(near).toBeLessThan(1)
  })
})

describe("keyTermsOf", () => {
  it("finds names, numbers, dates and content words", () => {
    expect(keyTermsOf("Anatoly Chubais resigned on 23 May 2022 after twenty years")).toEqual([
      { term: "Anatoly Chubais", kind: "name" },
      { term: "resigned", kind: "word" },
      { term: "23", kind: "number" },
      { term: "May", kind: "date" },
      { term: "2022", kind: "date" },
      { term: "twenty", kind: "number" },
      { term: "years", kind: "word" }
    ])
  })

  it("does not read 'may' the verb as a month", () => {
    expect(keyTermsOf("He may leave Geneva")).toEqual([
      { term: "leave", kind: "word" },
      { term: "Geneva", kind: "name" }
    ])
  })
})

describe("bestPassage", () => {
  it("finds the supporting sentence with every key term", () => {
    const p = bestPassage("Chubais resigned and left Russia in March", AP_STORY)
    expect(p.passage).toMatch(/^Anatoly Chubais, Putin’s special representative/)
    expect(AP_STORY.slice(p.span.start, p.span.end)).toBe(p.passage)
    expect(p.keyTerms.every((t) => t.found)).toBe(true)
    expect(p.similarity).toBeGreaterThan(0.7)
    expect(p.contradiction).toBeUndefined()
  })

  it("matches a reworded report moderately, with the key terms found", () => {
    const text =
      "Officials said on Tuesday that the talks were slow. Anatoly Chubais, a veteran of the 1990s reforms, has quit his post and left Russia, two sources said, in March. His office declined to comment."
    const p = bestPassage("Chubais resigned and left Russia in March", text)
    expect(p.passage).toMatch(/^Anatoly Chubais, a veteran/)
    expect(p.similarity).toBeGreaterThan(0.5)
    expect(p.similarity).toBeLessThan(0.9)
    const found = Object.fromEntries(p.keyTerms.map((t) => [t.term, t.found]))
    expect(found).toEqual({ Chubais: true, resigned: false, left: true, Russia: true, March: true })
  })

  it("says when the passage gives another month", () => {
    const p = bestPassage("Chubais resigned and left Russia in April", AP_STORY)
    expect(p.contradiction).toBe("The source gives the month as March, not April.")
  })

  it("says when the passage gives another day or year", () => {
    expect(bestPassage("Bondarev confirmed his resignation to the AP by phone on Tuesday", AP_STORY).contradiction).toBe(
      "The source gives the day as Monday, not Tuesday."
    )
    expect(bestPassage("Bondarev has been in his current role since 2017", AP_STORY).contradiction).toBe(
      "The source gives the year as 2019, not 2017."
    )
  })

  it("says when the passage negates the statement", () => {
    expect(bestPassage("Bondarev plans to leave Geneva", AP_STORY).contradiction).toBe(
      'The source says "no plans" where the statement says "plans".'
    )
    expect(bestPassage("Chubais did not resign", AP_STORY).contradiction).toMatch(/statement says "not resign" but the source says "resigned"/)
  })

  it("does not call a negation elsewhere in the sentence a contradiction", () => {
    // "did not publicly comment" is in the passage, but not about resigning or leaving
    expect(bestPassage("Chubais resigned and left Russia in March", AP_STORY).contradiction).toBeUndefined()
  })

  it("may take two adjacent sentences", () => {
    const text = "Bondarev sent the letter on Monday. It was addressed to Ambassador Gennady Gatilov. The weather was fine."
    const p = bestPassage("Bondarev addressed his letter to Ambassador Gatilov on Monday", text)
    expect(p.passage).toBe("Bondarev sent the letter on Monday. It was addressed to Ambassador Gennady Gatilov.")
  })
})

describe("passageIndex", () => {
  // A page's index is built once and searched for every statement that cites it: what it gives
  // must be exactly what the page's text gives.
  const pages = PAGES.slice(0, 12).map(loadPage)

  it("gives each window of sentences the letter pairs of the text it spans", () => {
    let windows = 0
    for (const page of pages) {
      const index = passageIndex(page.text)
      for (let from = 0; from < index.sentences.length; from++) {
        for (let to = from; to < Math.min(index.sentences.length, from + 3); to++) {
          const direct = bigramProfile(page.text.slice(index.sentences[from]!.start, index.sentences[to]!.end))
          const joined = windowProfile(index, from, to)
          expect(joined.letters).toBe(direct.letters)
          expect(Array.from(joined.bigrams)).toEqual(Array.from(direct.bigrams))
          windows++
        }
      }
    }
    expect(windows).toBeGreaterThan(1000)
  })

  it("finds the same passage from the index as from the text, for every statement on the page", () => {
    for (const page of pages) {
      const index = passageIndex(page.text)
      const statements = index.sentences.filter((_, k) => k % 7 === 3).map((s) => page.text.slice(s.start, s.end))
      for (const statement of [...statements, "Chubais resigned and left Russia in March"]) {
        expect(bestPassage(statement, index)).toEqual(bestPassage(statement, page.text))
      }
    }
  })
})
