import { describe, expect, it } from "vitest"
import { indexDocument, locateQuote } from "../../src/compare/index.js"
import { AP, LETTER } from "./letter.js"

const letter = indexDocument(LETTER)
const nonEqual = (m: { diff: ReadonlyArray<{ op: string }> }) => m.diff.filter((op) => op.op !== "equal")

describe("locateQuote: the seed letter", () => {
  it.each(Object.entries(AP))("finds AP's %s quote exact in the letter", (_, quote) => {
    const m = locateQuote(quote, letter)
    expect(m.match).toBe("exact")
    expect(m.score).toBe(1)
    expect(nonEqual(m)).toEqual([])
  })

  it("maps the span back to the original letter text", () => {
    const m = locateQuote(AP.cannot, LETTER)
    expect(m.excerpt).toBe("But I simply can not any longer share in this bloody, witless and absolutely needless ignominy")
    expect(LETTER.slice(m.span?.start, m.span?.end)).toBe(m.excerpt)
  })

  it("treats 'lies, and hatred' and 'lies and hatred' as the same words", () => {
    const m = locateQuote(AP.warmongering, letter)
    expect(m.excerpt).toBe("warmongering, lies and hatred")
  })

  it("reads curly and straight quote marks alike", () => {
    for (const q of ["“so ashamed of my country”", '"so ashamed of my country"', "«so ashamed of my country»", "'so ashamed of my country'"]) {
      expect(locateQuote(q, letter).match).toBe("exact")
    }
  })

  it("matches a quote that spans two paragraphs", () => {
    const m = locateQuote("The Ministry has become my home and family. But I simply cannot any longer share in this", letter)
    expect(m.match).toBe("exact")
    expect(m.excerpt).toContain("family.\nBut I simply can not")
  })
})

describe("locateQuote: alterations", () => {
  it("reports 'proud' for 'ashamed' as a replacement", () => {
    const m = locateQuote("never have I been so proud of my country as on February 24 of this year", letter)
    expect(m.match).toBe("altered")
    expect(nonEqual(m)).toEqual([{ op: "replace", claimed: "proud", source: "ashamed" }])
    expect(m.diff[0]).toEqual({ op: "equal", claimed: "never have I been so", source: "never have I been so" })
    expect(m.notes).toContain("the quote has 'proud' where the source has 'ashamed'")
    expect(m.score).toBeGreaterThan(0.9)
    expect(m.score).toBeLessThan(1)
  })

  it("reports a dropped 'not' however small the edit", () => {
    const m = locateQuote("the war is only a crime against the Ukrainian people", "They said the war is not only a crime against the Ukrainian people.")
    expect(m.match).toBe("altered")
    expect(nonEqual(m)).toEqual([{ op: "delete", source: "not" }])
    expect(m.notes).toContain("the word 'not' is missing")
  })

  it("reports a negation added to a short quote", () => {
    const m = locateQuote("not so ashamed", letter)
    expect(m.match).toBe("altered")
    expect(nonEqual(m)).toEqual([{ op: "insert", claimed: "not" }])
    expect(m.notes).toEqual(["the quote adds the word 'not', which the source does not have"])
  })

  it("reports an added negation", () => {
    const m = locateQuote("I have never seen different turns of our foreign policy", letter)
    expect(m.match).toBe("altered")
    expect(nonEqual(m)).toEqual([{ op: "insert", claimed: "never" }])
    expect(m.notes.join(" ")).toMatch(/adds the word 'never'/)
  })

  it("reports a dropped contraction negation (don't / do)", () => {
    const m = locateQuote("we do want this war", "We don't want this war, he said.")
    expect(m.match).toBe("altered")
    expect(m.notes.join(" ")).toMatch(/negation differs|missing/)
  })

  it("reports a changed number", () => {
    const m = locateQuote("as on February 25 of this year", letter)
    expect(m.match).toBe("altered")
    expect(nonEqual(m)).toEqual([{ op: "replace", claimed: "25", source: "24" }])
    expect(m.notes[0]).toBe("the number differs: the source has '24', the quote '25'")
  })

  it("reports a changed number word and a changed month", () => {
    expect(locateQuote("For thirty years of my diplomatic career", letter).notes[0]).toMatch(/number differs.*'twenty'.*'thirty'/)
    const m = locateQuote("never have I been so ashamed of my country as on March 24 of this year", letter)
    expect(m.match).toBe("altered")
    expect(m.notes[0]).toMatch(/date differs.*'February'.*'March'/)
  })

  it("reports a changed name", () => {
    const m = locateQuote("The aggressive war unleashed by Lukashenko against Ukraine", letter)
    expect(m.match).toBe("altered")
    expect(m.notes[0]).toMatch(/name differs.*'Putin'.*'Lukashenko'/)
  })

  it("lists insertions and omissions from the claim's point of view", () => {
    const m = locateQuote("I regret to admit that over all these twenty long years the level of lies in the work of the Foreign Ministry", letter)
    expect(m.match).toBe("altered")
    expect(nonEqual(m)).toEqual([
      { op: "insert", claimed: "long" },
      { op: "delete", source: "and unprofessionalism" }
    ])
  })
})

describe("locateQuote: elisions and editorial insertions", () => {
  it("accepts an ellipsis that stands for omitted words", () => {
    for (const q of [
      "The aggressive war unleashed by Putin ... is not only a crime against the Ukrainian people",
      "The aggressive war unleashed by Putin … is not only a crime against the Ukrainian people",
      "The aggressive war unleashed by Putin . . . is not only a crime against the Ukrainian people",
      "The aggressive war unleashed by Putin [...] is not only a crime against the Ukrainian people"
    ]) {
      const m = locateQuote(q, letter)
      expect(m.match).toBe("elided")
      expect(m.fragments).toHaveLength(2)
      expect(m.notes).toContain("1 omission marked by an ellipsis (10 source words left out)")
    }
  })

  it("accepts fragments across paragraphs, in order", () => {
    const m = locateQuote("never have I been so ashamed of my country … It is all about warmongering, lies and hatred", letter)
    expect(m.match).toBe("elided")
  })

  it("does not call an elided quote with a changed fragment elided", () => {
    const m = locateQuote("The aggressive war unleashed by Putin ... is only a crime against the Ukrainian people", letter)
    expect(m.match).toBe("altered")
    expect(m.notes).toContain("the word 'not' is missing")
  })

  it("calls exact pieces far apart a stitched, altered quote", () => {
    const filler = Array.from({ length: 120 }, (_, k) => `Paragraph ${k} is about something else entirely.`).join(" ")
    const doc = `${LETTER.split("\n\n")[1]}\n\n${filler}\n\n${LETTER.split("\n\n")[2]}`
    const m = locateQuote("never have I been so ashamed of my country … It is all about warmongering, lies and hatred", doc)
    expect(m.match).toBe("altered")
    expect(m.fragments).toHaveLength(2)
    expect(m.notes[0]).toMatch(/^each of the 2 pieces joined by an ellipsis is in the source word for word, but they are up to \d+ words apart/)
    expect(nonEqual(m)).toEqual([])
  })

  it("calls exact pieces in another order a stitched, altered quote", () => {
    const m = locateQuote("It is all about warmongering, lies and hatred … never have I been so ashamed of my country", letter)
    expect(m.match).toBe("altered")
    expect(m.notes[0]).toMatch(/the source has them in another order/)
  })

  it("ignores bracketed insertions that replace words, and notes them", () => {
    const m = locateQuote("[The Foreign Ministry] is all about warmongering, lies and hatred", letter)
    expect(m.match).toBe("exact")
    expect(m.diff[0]).toEqual({ op: "replace", claimed: "[The Foreign Ministry]", source: "It" })
    expect(m.notes).toContain("1 editorial insertion in [brackets] ignored: [The Foreign Ministry] for 'It'")
  })

  it("ignores bracketed insertions that add words, and counts them", () => {
    const m = locateQuote("The aggressive war unleashed by [President Vladimir] Putin against Ukraine [in February]", letter)
    expect(m.match).toBe("exact")
    expect(m.notes[0]).toMatch(/^2 editorial insertions in \[brackets\] ignored/)
  })

  it("reads a bracketed letter as part of its word", () => {
    expect(locateQuote("[t]he level of lies and unprofessionalism", letter).match).toBe("exact")
  })
})

describe("locateQuote: where and whether", () => {
  it("picks the best of several spans that share a phrase", () => {
    const doc = [
      "He said the ministry is about lies and hatred.",
      "Much later he said that the ministry is about lies, hatred and warmongering.",
      "Then: the ministry is about lies"
    ].join(" ")
    const m = locateQuote("the ministry is about lies, hatred and warmongering", doc)
    expect(m.match).toBe("exact")
    expect(m.excerpt).toBe("the ministry is about lies, hatred and warmongering")
    expect(m.span?.start).toBe(doc.indexOf("the ministry is about lies, hatred"))
  })

  it("picks the first of identical repeats", () => {
    const doc = "lies and hatred. Then again, lies and hatred."
    expect(locateQuote("lies and hatred", doc).span).toEqual({ start: 0, end: 15 })
  })

  it("finds a quote in a long document of similar sentences", () => {
    const filler = Array.from({ length: 3000 }, (_, k) => `The ministry said on day ${k} that the level of ${k % 7 === 0 ? "lies" : "work"} was rising.`)
    filler.splice(2100, 0, LETTER)
    const doc = filler.join(" ")
    const m = locateQuote(AP.regret, doc)
    expect(m.match).toBe("exact")
    expect(m.span?.start).toBe(doc.indexOf("I regret to admit"))
  })

  it("says absent when the words are not there", () => {
    const m = locateQuote("The weather in Geneva was lovely in the spring", letter)
    expect(m.match).toBe("absent")
    expect(m.span).toBeUndefined()
    expect(locateQuote("", letter).match).toBe("absent")
  })

  it("recognises a paraphrase", () => {
    const m = locateQuote(
      "In my twenty-year diplomatic career I have never been as ashamed of my country as I was on February 24.",
      letter
    )
    expect(m.match).toBe("paraphrase")
    expect(m.excerpt).toMatch(/^For twenty years of my diplomatic career/)
    expect(m.score).toBeGreaterThanOrEqual(0.45)
  })

  it("does not take a sentence with the same function words for the quote", () => {
    const m = locateQuote("I have been a doctor for twenty years and my clinic has become my home.", letter)
    expect(m.match).not.toBe("exact")
    expect(m.match).not.toBe("altered")
  })

  it("works in Cyrillic, with ё and е alike", () => {
    const source = "Никогда ещё мне не было так стыдно за свою страну, как 24 февраля этого года.\nМинистерство сегодня — это не дипломатия."
    expect(locateQuote("«Никогда еще мне не было так стыдно за свою страну»", source).match).toBe("exact")
    const dropped = locateQuote("Никогда ещё мне было так стыдно за свою страну", source)
    expect(dropped.match).toBe("altered")
    expect(dropped.notes).toContain("the word 'не' is missing")
  })

  it("works in Chinese (dictionary word segmentation)", () => {
    const source = "外交部发言人表示，我们从未如此为自己的国家感到羞耻。会议在日内瓦举行。"
    expect(locateQuote("我们从未如此为自己的国家感到羞耻", source).match).toBe("exact")
    expect(locateQuote("我们从未如此为自己的国家感到骄傲", source).match).toBe("altered")
  })

  it("accepts accented and unaccented spellings, noting the difference", () => {
    const m = locateQuote("Jose Gatilov said it", "Ambassador José Gatilov said it.")
    expect(m.match).toBe("exact")
    expect(m.notes.join(" ")).toContain("'Jose' / 'José'")
  })
})

describe("locateQuote: fixes found by the labelled quality set (quality.test.ts)", () => {
  it("calls a one-word change altered even when it was the quote's only content word", () => {
    const m = locateQuote("it is all about what they build with it", "He said: It is all about what they do with it.")
    expect(m.match).toBe("altered")
    expect(nonEqual(m)).toEqual([{ op: "replace", claimed: "build", source: "do" }])
  })

  it("reads a hyphenated compound as its parts when looking for a paraphrase", () => {
    const source =
      "Doctors met in Geneva on Monday. The long-term effects of the drug on weight-related illness are still unknown, researchers said. The study will continue."
    const m = locateQuote("Researchers do not yet know how the drug affects illness related to weight over the long term.", source)
    expect(m.match).toBe("paraphrase")
    expect(m.excerpt).toMatch(/^The long-term effects/)
  })

  it("stems 'calorie' and 'calories' alike when looking for a paraphrase", () => {
    const source = "In the trial, the volunteers cut their daily calorie intake by a third for two years."
    expect(locateQuote("For two years the volunteers ate a third fewer calories each day in the trial.", source).match).toBe("paraphrase")
  })
})
