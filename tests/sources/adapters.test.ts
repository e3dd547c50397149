import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { adapterFor } from "../../src/sources/registry.js"
import type { Extracted } from "../../src/sources/extracted.js"
import { fixtureInput } from "./fixtures.js"

const LI_POST = "https://www.linkedin.com/posts/boris-bondarev-1a2b3c4d_to-colleagues-and-foreign-partners-activity-6934506290637754368-bX9k"
const LI_PROFILE = "https://www.linkedin.com/in/boris-bondarev-1a2b3c4d/"
const IMPOSTOR = "https://www.linkedin.com/posts/ivan-petrov-7f8e9d10_bondarev-letter-activity-6934611111111111111-aBcD"
const BLUE_BOOK = "https://www.ungeneva.org/en/blue-book/permanent-missions/russian-federation"
const AP = "https://apnews.com/article/russia-ukraine-geneva-united-nations-diplomats-4f1a2b3c4d5e6f708192a3b4c5d6e7f8"
const REUTERS = "https://www.reuters.com/world/europe/exclusive-putin-envoy-chubais-quits-leaves-russia-over-ukraine-war-sources-2022-03-23/"
const USNEWS = "https://www.usnews.com/news/world/articles/2022-03-23/exclusive-putin-envoy-chubais-quits-leaves-russia-over-ukraine-war-sources"
const BROWDER = "https://x.com/Billbrowder/status/1528696283327463424"

/** Reads a fixture through the adapter the registry picks for its URL. */
const read = (url: string): Extracted => {
  const adapter = adapterFor(new URL(url))
  const target = adapter.requestUrl ? adapter.requestUrl(new URL(url)) : url
  return Effect.runSync(adapter.read(fixtureInput(target)))
}

describe("source adapters on recorded pages", () => {
  it("LinkedIn post: the author's own text, not the comments around it", () => {
    const doc = read(LI_POST)
    expect(doc).toMatchObject({ adapter: "linkedin-post", authors: ["Boris Bondarev"], handles: ["boris-bondarev-1a2b3c4d"] })
    expect(doc.published).toMatch(/^2022-05-23/)
    expect(doc.text).toMatch(/never have I been so ashamed of my country as on February 24/)
    expect(doc.text).not.toMatch(/Brave man/)
  })

  it("LinkedIn post by someone else: the post's author is who posted it", () => {
    const doc = read(IMPOSTOR)
    expect(doc.authors).toEqual(["Ivan Petrov"])
    expect(doc.text).toMatch(/ashamed of my country/)
  })

  it("LinkedIn profile: the owner as author, headline and experience in the text", () => {
    const doc = read(LI_PROFILE)
    expect(doc).toMatchObject({ adapter: "linkedin-profile", authors: ["Boris Bondarev"] })
    expect(doc.text).toMatch(/arms control/i)
    expect(doc.text).toMatch(/2019/)
  })

  it("X post via oEmbed: author, handle, text and date", () => {
    const doc = read(BROWDER)
    expect(doc).toMatchObject({ adapter: "x-post", authors: ["Bill Browder"], handles: ["billbrowder"], published: "2022-05-23" })
    expect(doc.text).toMatch(/^This is an unbelievable letter below from a top Russian diplomat/)
  })

  it("UN Blue Book: staff records with name, title and section; sidebar names kept apart", () => {
    const doc = read(BLUE_BOOK)
    expect(doc.adapter).toBe("directory")
    const bondarev = doc.records.find((r) => r.name.includes("BONDAREV"))
    expect(bondarev).toMatchObject({ name: "Mr. Boris BONDAREV", title: "Counsellor" })
    expect(bondarev!.section).toMatch(/Permanent Mission of the Russian Federation/)
    const bondar = doc.records.find((r) => r.name === "Mr. Boris BONDAR")
    expect(bondar?.section ?? "").not.toMatch(/Russian Federation/)
    expect(doc.records.length).toBeGreaterThan(20)
    expect(doc.modified).toMatch(/^2022-05-16/)
  })

  it("wire report: byline, date, dateline and its own credit", () => {
    const doc = read(AP)
    expect(doc).toMatchObject({ adapter: "wire", authors: ["Jamey Keaten"] })
    expect(doc.published).toMatch(/^2022-05-23/)
    expect(doc.credits).toContain("The Associated Press")
    expect(doc.notes.join(" ")).toMatch(/dateline GENEVA \(AP\)/)
    expect(doc.text).toMatch(/Reached by phone by the Associated Press on Monday/)
  })

  it("syndicated copy: an article page that credits Reuters", () => {
    const doc = read(USNEWS)
    expect(doc.adapter).toBe("article")
    expect(doc.credits).toContain("Reuters")
    expect(read(REUTERS).credits).toEqual(["Reuters"])
  })
})
