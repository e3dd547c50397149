import { load } from "cheerio"
import { describe, expect, it } from "vitest"
import { extractArticle, extractArticleFromHtml } from "../../src/extract/index.js"

const para = (n: number): string =>
  `<p>Paragraph ${n} of the report explains, with figures and named sources, how the regional water authority ` +
  `spent its emergency fund during the drought of 2024 and why auditors questioned three of the contracts.</p>`

const ARTICLE_PAGE = `<!doctype html><html><head><title>Audit finds water fund misspent</title></head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. By continuing to browse
  you agree to our use of cookies and similar technologies described in our cookie policy. Accept all cookies.</div>
<header class="site-header"><a href="/">The Valley Courier</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
  <article>
    <h1>Audit finds water fund misspent</h1>
    <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
    <div class="entry-content">
      ${para(1)}${para(2)}
      <h2>What the auditors found</h2>
      ${para(3)}
      <ul><li>Contract A was awarded without tender.</li><li>Contract B exceeded its cap by 40 percent.</li></ul>
      <blockquote>"We followed the emergency rules," the authority's chair said in a statement.</blockquote>
      <table><tr><th>Contract</th><th>Amount</th></tr><tr><td>Pipeline repair</td><td>$1.2 million</td></tr></table>
      ${para(4)}
      <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and receive
        the day's most important local stories in your inbox every weekday morning, free of charge.</p></div>
      ${para(5)}
    </div>
  </article>
  <section class="related-posts"><h2>Related stories</h2>
    <div><a href="/a">Drought emergency declared</a><p>The authority declared an emergency in June after two
      dry winters left reservoirs at their lowest level in decades, officials said at a briefing.</p></div>
    <div><a href="/b">New reservoir approved</a><p>Plans for a new reservoir north of the city were approved by
      the council after a long consultation with farmers and residents of the valley.</p></div>
  </section>
  <section id="comments" class="comments-area"><h2>3 comments</h2>
    <div class="comment"><p>Reader One: This is exactly what many of us suspected for months, and it is good
      that the paper finally looked at the contracts in detail. Who will be held responsible?</p></div>
    <div class="comment"><p>Reader Two: I would like to see the full audit published so that everyone can judge
      the figures for themselves rather than relying on summaries from either side.</p></div>
  </section>
</main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Mayor resigns</a></li><li><a href="/y">Storm warning</a></li></ul></aside>
<footer class="site-footer"><p>Copyright 2025 The Valley Courier. All rights reserved. Contact the newsroom at
  news@valleycourier.example or write to us at 1 Main Street, Valley Town.</p></footer>
</body></html>`

describe("main text", () => {
  const a = extractArticleFromHtml(ARTICLE_PAGE, "https://valleycourier.example/audit")

  it("keeps article paragraphs, headings, list items, quotes and table cells", () => {
    for (let n = 1; n <= 5; n++) expect(a.text).toContain(`Paragraph ${n} of the report`)
    expect(a.text).toContain("What the auditors found")
    expect(a.text).toContain("Contract A was awarded without tender.")
    expect(a.text).toContain("We followed the emergency rules")
    expect(a.text).toContain("$1.2 million")
  })

  it("removes cookie banner, navigation, share bar, newsletter box, related links, comments and footer", () => {
    for (const boilerplate of [
      "cookies", "Sport", "Share on Facebook", "newsletter", "Drought emergency declared",
      "dry winters", "Reader One", "Reader Two", "Most read", "Copyright", "The Valley Courier"
    ]) {
      expect(a.text).not.toContain(boilerplate)
    }
  })

  it("does not repeat the headline in the body", () => {
    expect(a.title).toBe("Audit finds water fund misspent")
    expect(a.text).not.toContain("Audit finds water fund misspent")
  })

  it("joins blocks with blank lines and collapses whitespace", () => {
    const blocks = a.text.split("\n\n")
    expect(blocks[0]).toMatch(/^Paragraph 1 of the report/)
    expect(blocks).toContain("Contract A was awarded without tender.")
    expect(a.text).not.toMatch(/[ \t]{2,}|\n{3,}/)
  })

  it("is pure: same output twice, caller's document untouched", () => {
    const $ = load(ARTICLE_PAGE)
    const before = $.html()
    const first = extractArticle($, "https://valleycourier.example/audit")
    const second = extractArticle($, "https://valleycourier.example/audit")
    expect($.html()).toBe(before)
    expect(second).toEqual(first)
    expect(first.text).toBe(a.text)
  })

  it("drops hidden elements and link-only menus inside the article", () => {
    const html = `<html><body><article>${para(1)}<div style="display:none"><p>Hidden promotional text that readers
      never see on the page because it is hidden with an inline style.</p></div>
      <p><a href="/t/water">Water</a> <a href="/t/audit">Audit</a></p>${para(2)}</article></body></html>`
    const text = extractArticleFromHtml(html, "https://x.example/").text
    expect(text).toContain("Paragraph 2")
    expect(text).not.toContain("Hidden promotional")
    expect(text).not.toMatch(/^Water Audit$/m)
  })

  it("uses JSON-LD articleBody when the page body is empty (script-rendered)", () => {
    const body = "The full story text. ".repeat(30).trim()
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${body}"}</script></head>
      <body><div id="root"></div></body></html>`
    expect(extractArticleFromHtml(html, "https://x.example/").text).toBe(body)
  })

  it("survives empty and malformed input", () => {
    expect(extractArticleFromHtml("", "https://x.example/").text).toBe("")
    expect(extractArticleFromHtml("<div><p>unclosed <b>bold", "https://x.example/").text).toBe("unclosed bold")
    const deep = `<body>${"<div>".repeat(2000)}<p>Deep text.</p></body>`
    expect(extractArticleFromHtml(deep, "https://x.example/").text).toBe("Deep text.")
  })
})
