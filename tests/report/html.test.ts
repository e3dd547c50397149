import { parseHTML } from "linkedom"
import { describe, expect, it } from "vitest"
import { claimReviewsOf } from "../../src/report/claim-review.js"
import { claimToHtmlFragment, reportToHtml } from "../../src/report/html.js"
import { escapeHtml, jsonForScript, safeHref } from "../../src/report/html-escape.js"
import type { Report } from "../../src/report/schema.js"
import { ratingWords } from "../../src/report/words.js"
import { claimOf, desk, fixture, hostileReport, XSS } from "./sample.js"

/** The little of the DOM these checks use (the project's tsconfig has no DOM lib). */
interface El {
  readonly tagName: string
  readonly id: string
  readonly textContent: string | null
  readonly attributes: Iterable<{ readonly name: string }>
  readonly nextElementSibling: El | null
  readonly documentElement: El
  getAttribute(name: string): string | null
  getElementById(id: string): El | null
  querySelector(selector: string): El | null
  querySelectorAll(selector: string): Iterable<El>
}
const dom = (html: string) => parseHTML(html).document as unknown as El
const all = (el: El | null | undefined, sel: string): Array<El> => (el ? [...el.querySelectorAll(sel)] : [])
const text = (el: El | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim()

describe("HTML report page", () => {
  const report = fixture("controls")
  const doc = dom(reportToHtml(report, desk))

  it("is a complete page in the desk's language, with landmarks and one h1", () => {
    expect(doc.documentElement.getAttribute("lang")).toBe("en")
    expect(doc.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8")
    expect(doc.querySelector("meta[name=viewport]")).not.toBeNull()
    expect(text(doc.querySelector("title"))).toBe("Verification report: Controls that must not verify")
    expect(all(doc, "main")).toHaveLength(1)
    expect(all(doc, "header.crb-masthead")).toHaveLength(1)
    expect(all(doc, "body footer")).toHaveLength(1)
    expect(all(doc, "h1")).toHaveLength(1)
  })

  it("never skips a heading level", () => {
    const levels = all(doc, "h1,h2,h3,h4,h5,h6").map((h) => Number(h.tagName[1]))
    expect(levels[0]).toBe(1)
    levels.forEach((l, i) => { if (i > 0) expect(l - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1) })
  })

  it("needs nothing from outside: no scripts to run, no stylesheets, images or fonts to fetch", () => {
    expect(all(doc, "script").every((s) => s.getAttribute("type") === "application/ld+json")).toBe(true)
    expect(all(doc, "link[rel=stylesheet], img, iframe, object, embed, [src]")).toEqual([])
    const css = all(doc, "style").map((s) => s.textContent).join("")
    expect(css).not.toMatch(/@import|url\(/)
  })

  it("shows each claim with its anchor, badge in words, confidence and explanation lines", () => {
    for (const c of report.claims) {
      const article = doc.getElementById(c.id)
      expect(article?.tagName, c.id).toBe("ARTICLE")
      expect(text(article?.querySelector(".crb-verdict .crb-badge"))).toContain(ratingWords[c.rating])
      const lines = all(article, ":scope > ul > li").map(text)
      expect(lines).toEqual(c.explanation.map((l) => l.replace(/\s+/g, " ").trim()))
      expect(doc.querySelector(`a[href="#${c.id}"]`)).not.toBeNull()
    }
    expect(text(doc.querySelector("#control-altered-word .crb-verdict"))).toContain("Confidence the claim holds as worded: 18%")
    // nothing could be read: 0 must not read as "certainly false"
    expect(text(doc.querySelector("#control-gone-source .crb-verdict"))).toContain("Confidence: none (no source could be read)")
  })

  it("gives every source its link, the date checked and the archived copy (WARC file, record, SHA-256)", () => {
    for (const c of report.claims) {
      const items = all(doc.getElementById(c.id), ".crb-source")
      expect(items).toHaveLength(c.evidence.length)
      c.evidence.forEach((e, i) => {
        const item = text(items[i])
        if (e.url) expect(items[i]!.querySelector(`a[href="${e.url}"]`), e.url).not.toBeNull()
        if (e.fetchedAt) expect(items[i]!.querySelector(`time[datetime="${new Date(e.fetchedAt).toISOString()}"]`)).not.toBeNull()
        if (e.archive) expect(item).toContain(`WARC file ${e.archive.file}, record ${e.archive.recordId}`)
        if (e.sha256) expect(item).toContain(e.sha256)
        if (e.availability === "unavailable") expect(item).toContain(e.reason ?? "")
      })
    }
  })

  it("shows a desk's attested record as attested, with who, how and when, not as fetched", () => {
    const seed = fixture("bondarev-resignation")
    const page = dom(reportToHtml(seed, desk))
    const item = all(page.getElementById("ap-phone-confirmation"), ".crb-source")
      .find((li) => text(li.querySelector(".crb-source-title")) === "Desk record by desk reporter")!
    const field = (name: string) => text(all(item, "dt").find((dt) => text(dt) === name)?.nextElementSibling)
    expect(field("Attested")).toMatch(/^desk reporter, by phone, 2022-05-23 14:00 UTC — AP Geneva reached Bondarev/)
    expect(field("Checked")).toBe("not fetched: the desk's own record")
    expect(field("Source")).toBe("")
    expect(field("Independence")).toBe("group 2, the desk's own record")
  })

  it("embeds each published claim's ClaimReview as JSON-LD, and says which claims have none", () => {
    const blocks = all(doc, "script[type='application/ld+json']").map((s) => JSON.parse(s.textContent ?? ""))
    expect(blocks).toEqual(JSON.parse(JSON.stringify(claimReviewsOf(report, desk))))
    expect(text(doc.querySelector("#control-gone-source"))).toContain("Not published as a fact-check rating")
    expect(text(doc.querySelector("#control-altered-word"))).toContain("Published rating: 2 of 5 (Altered quote)")
  })

  it("says when the sources were replayed from recordings", () => {
    expect(text(doc.querySelector(".crb-notice"))).toContain("recorded copies of the sources")
    const live: Report = { ...report, mode: "live" }
    expect(dom(reportToHtml(live, desk)).querySelector(".crb-notice")).toBeNull()
  })
})

describe("HTML escaping of untrusted text", () => {
  const hostile = hostileReport()
  const html = reportToHtml(hostile, desk)
  const doc = dom(html)

  it("adds no element and no event handler from the report's text", () => {
    expect(all(doc, "img, svg, iframe")).toEqual([])
    expect(all(doc, "script").every((s) => s.getAttribute("type") === "application/ld+json")).toBe(true)
    expect(all(doc, "*").some((el) => [...el.attributes].some((a) => a.name.startsWith("on")))).toBe(false)
  })

  it("shows the hostile text as text, exactly", () => {
    expect(text(doc.querySelector("title"))).toBe("Verification report: Title </title><script>window.__pwned=1</script>")
    const second = hostile.claims[1]!
    expect(text(doc.getElementById(second.id)?.querySelector(".crb-title"))).toContain(`new line ${XSS}`)
    expect(text(doc.querySelector(".crb-source-title"))).toBe(`Title ${XSS} & more`)
  })

  it("links no javascript: URL, but still shows it", () => {
    expect(all(doc, "a").filter((a) => !/^(https?:|#)/.test(a.getAttribute("href") ?? ""))).toEqual([])
    expect(text(doc.getElementById(hostile.claims[0]!.id))).toContain("javascript:window.__pwned=1")
    expect(safeHref("javascript:alert(1)")).toBeUndefined()
    expect(safeHref("data:text/html,x")).toBeUndefined()
    expect(safeHref("https://example.org/a b")).toBe("https://example.org/a%20b")
  })

  it("keeps JSON-LD inside its script block, and it reads back to the same text", () => {
    expect(html).not.toMatch(/<\/script>(?!\s*(\n<script type="application\/ld\+json">|\n<\/head>))/)
    const blocks = all(doc, "script[type='application/ld+json']").map((s) => JSON.parse(s.textContent ?? ""))
    expect(blocks.map((b) => b.claimReviewed)).toEqual(claimReviewsOf(hostile, desk).map((c) => c.claimReviewed))
    expect(jsonForScript({ x: "</script><!--\u2028" })).toBe('{\n  "x": "\\u003c/script\\u003e\\u003c!--\\u2028"\n}')
  })

  it("escapes the five HTML specials and replaces characters HTML does not allow", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    expect(escapeHtml("bell\u0007 nul\u0000 ok\n")).toBe("bell\uFFFD nul\uFFFD ok\n")
  })
})

describe("embeddable claim fragment", () => {
  const report = fixture("controls")
  const claim = claimOf(report, "control-altered-word")
  const fragment = claimToHtmlFragment(report, claim, desk)
  const doc = dom(`<!doctype html><html><head></head><body>${fragment}</body></html>`)

  it("is a fragment with just that claim, in the desk's language, linking to the full report", () => {
    expect(fragment).not.toMatch(/<html|<head|<body|<!doctype/i)
    expect(all(doc, "article.crb-claim").map((a) => a.id)).toEqual(["control-altered-word"])
    expect(doc.querySelector("section.crb")?.getAttribute("lang")).toBe("en")
    expect(doc.querySelector("section.crb")?.getAttribute("aria-label")).toBe("Fact check by Test Desk")
    expect(doc.querySelector(`a[href="https://desk.example.org/checks/controls.html#control-altered-word"]`)).not.toBeNull()
    expect(text(doc.querySelector(".crb-claim"))).toContain("struck-through words are the source's")
  })

  it("carries no ClaimReview (it lives on the full report page only) and no script", () => {
    expect(all(doc, "script")).toEqual([])
  })

  it("scopes every style rule under .crb, so the host page keeps its own look", () => {
    const css = doc.querySelector("style")?.textContent ?? ""
    const selectors = [...css.replace(/@media[^{]*\{/g, "").matchAll(/(?:^|\})\s*([^{}@]+)\{/g)].flatMap((m) => m[1]!.split(","))
    expect(selectors.length).toBeGreaterThan(20)
    for (const s of selectors) expect(s.trim(), s).toMatch(/^\.crb(?![\w-])/)
  })
})
