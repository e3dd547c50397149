import { load } from "cheerio"
import { describe, expect, it } from "vitest"
import { extractJsonLd, flattenJsonLd, parseJsonLdText } from "../../src/extract/jsonld.js"

describe("lenient JSON-LD parsing", () => {
  it("parses valid JSON unchanged", () => {
    expect(parseJsonLdText('{"@type":"NewsArticle","headline":"A"}')).toEqual([{ "@type": "NewsArticle", headline: "A" }])
  })

  it("repairs trailing commas without touching commas inside strings", () => {
    const out = parseJsonLdText('{"headline": "Rates, fees, and more",\n "keywords": ["a", "b",],\n}')
    expect(out).toEqual([{ headline: "Rates, fees, and more", keywords: ["a", "b"] }])
  })

  it("strips HTML comment and CDATA wrappers", () => {
    expect(parseJsonLdText('<!-- {"@type":"Article"} -->')).toEqual([{ "@type": "Article" }])
    expect(parseJsonLdText('//<![CDATA[\n{"@type":"Article"}\n//]]>')).toEqual([{ "@type": "Article" }])
  })

  it("escapes raw newlines inside strings", () => {
    expect(parseJsonLdText('{"articleBody": "line one\nline two"}')).toEqual([{ articleBody: "line one\nline two" }])
  })

  it("splits several concatenated objects", () => {
    expect(parseJsonLdText('{"@type":"WebSite"} {"@type":"Article",}')).toEqual([{ "@type": "WebSite" }, { "@type": "Article" }])
  })

  it("returns nothing for hopeless input instead of throwing", () => {
    expect(parseJsonLdText("not json at all")).toEqual([])
    expect(parseJsonLdText("")).toEqual([])
  })

  it("flattens arrays and @graph, keeping a container that has its own fields", () => {
    const nodes = flattenJsonLd([
      [{ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, { "@type": "NewsArticle" }] }],
      { "@type": "Organization", name: "Org", "@graph": [{ "@type": "Person" }] }
    ])
    expect(nodes.map((n) => n["@type"])).toEqual(["WebPage", "NewsArticle", "Organization", "Person"])
  })

  it("collects every ld+json script of a document", () => {
    const $ = load(`<html><head>
      <script type="application/ld+json">{"@type":"BreadcrumbList"}</script>
      <script type="application/ld+json; charset=utf-8">{"@graph":[{"@type":"Article","headline":"H"}]}</script>
      <script>var notJsonLd = 1</script></head><body></body></html>`)
    expect(extractJsonLd($).map((n) => n["@type"])).toEqual(["BreadcrumbList", "Article"])
  })
})
