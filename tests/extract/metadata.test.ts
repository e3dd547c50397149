import { describe, expect, it } from "vitest"
import { cleanAuthors } from "../../src/extract/authors.js"
import { normalizeDate } from "../../src/extract/dates.js"
import { extractArticleFromHtml } from "../../src/extract/index.js"

const URL_ = "https://news.example.com/2025/09/04/story"

const page = (head: string, body = "<p>Body text.</p>"): string =>
  `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`

describe("metadata from JSON-LD", () => {
  it("reads a NewsArticle inside @graph before any meta tag", () => {
    const html = page(`
      <meta property="og:title" content="OG title | Example News">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Example News"},
        {"@type":"NewsArticle","headline":"Minister resigns after audit",
         "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
         "datePublished":"2025-09-04T08:30:00+02:00","dateModified":"2025-09-05T10:00:00+02:00",
         "publisher":{"@type":"Organization","name":"Example News"}}]}</script>`)
    const a = extractArticleFromHtml(html, URL_)
    expect(a.title).toBe("Minister resigns after audit")
    expect(a.authors).toEqual(["Jane Doe", "John Roe"])
    expect(a.published).toBe("2025-09-04T08:30:00+02:00")
    expect(a.modified).toBe("2025-09-05T10:00:00+02:00")
    expect(a.siteName).toBe("Example News")
    expect(a.lang).toBe("en-GB")
    expect(a.jsonLd.map((n) => n["@type"])).toEqual(["WebSite", "NewsArticle"])
  })

  it("resolves @id references to author and publisher nodes (Yoast-style @graph)", () => {
    const html = page(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Article","@id":"https://x.example/#article","headline":"H",
       "author":{"@id":"https://x.example/#/schema/person/1"},"publisher":{"@id":"https://x.example/#org"}},
      {"@type":"Person","@id":"https://x.example/#/schema/person/1","name":"Maria Souza"},
      {"@type":"Organization","@id":"https://x.example/#org","name":"Example Daily"}]}</script>`)
    const a = extractArticleFromHtml(html, URL_)
    expect(a.authors).toEqual(["Maria Souza"])
    expect(a.siteName).toBe("Example Daily")
  })

  it("accepts SocialMediaPosting and ReportageNewsArticle as articles", () => {
    for (const type of ["SocialMediaPosting", "ReportageNewsArticle"]) {
      const html = page(`<script type="application/ld+json">{"@type":"${type}","headline":"H ${type}","author":"Ana Lima","datePublished":"2024-02-29"}</script>`)
      const a = extractArticleFromHtml(html, URL_)
      expect(a.authors).toEqual(["Ana Lima"])
      expect(a.published).toBe("2024-02-29")
    }
  })

  it("decodes entities that templates leave in structured data", () => {
    const html = page(`<script type="application/ld+json">{"@type":"Article","headline":"Rates &amp; Fees &#8211; 2025"}</script>`)
    expect(extractArticleFromHtml(html, URL_).title).toBe("Rates & Fees – 2025")
  })
})

describe("metadata fallbacks", () => {
  it("falls back to og:, article: and link tags", () => {
    const html = page(`
      <title>Council approves budget - The Courier</title>
      <meta property="og:title" content="Council approves budget">
      <meta property="og:site_name" content="The Courier">
      <meta property="article:published_time" content="2025-03-01T12:00:00Z">
      <meta name="author" content="By Sam Reporter">
      <meta name="description" content="The vote was 7-2.">
      <link rel="canonical" href="/news/budget">`)
    const a = extractArticleFromHtml(html, URL_)
    expect(a.title).toBe("Council approves budget")
    expect(a.siteName).toBe("The Courier")
    expect(a.published).toBe("2025-03-01T12:00:00Z")
    expect(a.authors).toEqual(["Sam Reporter"])
    expect(a.description).toBe("The vote was 7-2.")
    expect(a.canonicalUrl).toBe("https://news.example.com/news/budget")
    expect(a.meta["og:site_name"]).toBe("The Courier")
  })

  it("keeps the first value of a repeated meta key and lower-cases keys", () => {
    const html = page(`<meta name="Author" content="First Person"><meta name="author" content="Second Person">`)
    const a = extractArticleFromHtml(html, URL_)
    expect(a.meta["author"]).toBe("First Person")
    expect(a.authors).toEqual(["First Person"])
  })

  it("strips a site-name suffix from <title> when nothing better exists", () => {
    const html = page(`<title>Flooding closes river road | Valley Gazette</title><meta property="og:site_name" content="Valley Gazette">`, "<p>x</p>")
    expect(extractArticleFromHtml(html, URL_).title).toBe("Flooding closes river road")
  })

  it("prefers the visible <h1> when it agrees with a declared title", () => {
    const html = page(`<meta property="og:title" content="Port strike enters second week - Harbour Times">`,
      `<header><h1>Harbour Times</h1></header><article><h1>Port strike enters second week</h1><p>Text.</p></article>`)
    expect(extractArticleFromHtml(html, URL_).title).toBe("Port strike enters second week")
  })

  it("reads <time datetime> and the itemprop date", () => {
    const withTime = page("", `<article><time datetime="2023-11-05T09:15:00-05:00">Nov 5</time><p>Text.</p></article>`)
    expect(extractArticleFromHtml(withTime, "https://x.example/a").published).toBe("2023-11-05T09:15:00-05:00")
    const withItemprop = page("", `<span itemprop="datePublished" content="2022-01-31">Jan 31</span>`)
    expect(extractArticleFromHtml(withItemprop, "https://x.example/a").published).toBe("2022-01-31")
  })

  it("falls back to a visible byline and a labelled visible date", () => {
    const html = page("", `<article><div class="post-meta"><p class="byline">By JAMEY KEATEN and SAM METZ</p>
      <span class="date">Published on July 18, 2025</span></div><p>Text of the story.</p></article>`)
    const a = extractArticleFromHtml(html, "https://x.example/a")
    expect(a.authors).toEqual(["Jamey Keaten", "Sam Metz"])
    expect(a.published).toBe("2025-07-18")
  })

  it("omits absent fields instead of setting them to undefined", () => {
    const a = extractArticleFromHtml("<p>Just a fragment.</p>", "https://x.example/")
    expect(Object.keys(a).sort()).toEqual(["authors", "jsonLd", "meta", "text"])
    expect(a.authors).toEqual([])
  })
})

describe("author cleanup", () => {
  it("splits, strips lead-ins, fixes shouting and de-duplicates", () => {
    expect(cleanAuthors(["By JAMEY KEATEN and SAM METZ"])).toEqual(["Jamey Keaten", "Sam Metz"])
    expect(cleanAuthors(["Written by Jane Doe | Sept 4, 2025"])).toEqual(["Jane Doe"])
    expect(cleanAuthors(["Jane Doe", "jane doe", "https://example.com/author/jane", "@janedoe"])).toEqual(["Jane Doe"])
    expect(cleanAuthors(["Ana Lima, Bo Chen & Cy Diaz"])).toEqual(["Ana Lima", "Bo Chen", "Cy Diaz"])
    // Lead-ins are whole words: "Byron" and "Authority" are not "By" and "Author".
    expect(cleanAuthors(["Byron Smith", "Authority Jones"])).toEqual(["Byron Smith", "Authority Jones"])
  })

  it("keeps credentials with their name and reorders 'Surname, Given'", () => {
    expect(cleanAuthors(["Dylan Bailey, MS, RD, FAND"])).toEqual(["Dylan Bailey, MS, RD, FAND"])
    expect(cleanAuthors(["Roy, Aniruddha"])).toEqual(["Aniruddha Roy"])
  })

  it("drops user names, dates and placeholders", () => {
    expect(cleanAuthors(["andrew.keaveney", "admin", "October 17", "The Author"])).toEqual([])
  })
})

describe("date normalisation", () => {
  it("keeps the publisher's calendar date and offset", () => {
    expect(normalizeDate("2025-09-04T23:30:00-05:00")).toBe("2025-09-04T23:30:00-05:00")
    expect(normalizeDate("2025-09-04T23:30:00.000Z")).toBe("2025-09-04T23:30:00Z")
    expect(normalizeDate("2025-09-04 08:05")).toBe("2025-09-04T08:05:00")
    expect(normalizeDate("2025-9-4")).toBe("2025-09-04")
  })

  it("reads dates written for people", () => {
    expect(normalizeDate("September 4, 2025")).toBe("2025-09-04")
    expect(normalizeDate("Sept. 4th, 2025")).toBe("2025-09-04")
    expect(normalizeDate("4 September 2025")).toBe("2025-09-04")
    expect(normalizeDate("12.12.2025")).toBe("2025-12-12")
    expect(normalizeDate("Thu, 04 Sep 2025 10:00:00 GMT")).toBe("2025-09-04")
  })

  it("rejects impossible or missing dates", () => {
    expect(normalizeDate("2025-02-30")).toBeUndefined()
    expect(normalizeDate("yesterday")).toBeUndefined()
    expect(normalizeDate("")).toBeUndefined()
    expect(normalizeDate(undefined)).toBeUndefined()
  })
})
