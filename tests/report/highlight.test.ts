import { describe, expect, it } from "vitest"
import { diffHighlight, excerptHtml, wordHighlight } from "../../src/report/highlight.js"
import type { EvidenceItem } from "../../src/report/schema.js"
import { claimOf, fixture } from "./sample.js"

describe("excerpt highlighting", () => {
  it("marks the altered quote's matched words, strikes the source's word and adds the quote's", () => {
    const report = fixture("controls")
    const claim = claimOf(report, "control-altered-word")
    const html = excerptHtml(claim.evidence[0]!, claim)
    expect(html).toContain("<del>ashamed</del> <ins>proud</ins>")
    expect(html).toMatch(/<mark>For twenty years of my diplomatic career[^<]*been so<\/mark>/)
    expect(html).toMatch(/<mark>of my country as on February 24 of this year<\/mark>\. The aggressive war/)
    // what is outside the quote stays plain
    expect(html.startsWith("Long overdue, but today I resign")).toBe(true)
  })

  it("marks an exact quote as one highlight, with no changes shown", () => {
    const report = fixture("bondarev-resignation")
    const claim = claimOf(report, "letter-warmongering")
    const html = excerptHtml(claim.evidence[0]!, claim)
    expect(html.match(/<mark>/g)).toHaveLength(1)
    // the source's own punctuation ("lies and hatred"), which the quote normalised away
    expect(html).toContain("about <mark>warmongering, lies and hatred</mark>. It serves")
    expect(html).not.toMatch(/<del>|<ins>/)
  })

  it("shows words only the quote has where they would stand, and source words it left out", () => {
    const excerpt = "…he said the war is a crime against the people. Then he left…"
    const diff = [
      { op: "equal" as const, claimed: "the war is", source: "the war is" },
      { op: "insert" as const, claimed: "clearly" },
      { op: "equal" as const, claimed: "a crime against", source: "a crime against" },
      { op: "delete" as const, source: "the" },
      { op: "equal" as const, claimed: "people", source: "people" }
    ]
    expect(diffHighlight(excerpt, diff, true)).toBe(
      "…he said <mark>the war is</mark> <ins>clearly</ins> <mark>a crime against</mark> <del>the</del> <mark>people</mark>. Then he left…"
    )
    // an elided or exact match shows no changes: left-out words are simply not marked
    expect(diffHighlight(excerpt, diff, false)).toBe("…he said <mark>the war is</mark> <mark>a crime against</mark> the <mark>people</mark>. Then he left…")
  })

  it("puts quote words that come before any source word at the start of the match", () => {
    const html = diffHighlight("so ashamed of it", [{ op: "insert", claimed: "never" }, { op: "equal", claimed: "so ashamed", source: "so ashamed" }], true)
    expect(html).toBe("<ins>never</ins> <mark>so ashamed</mark> of it")
  })

  it("finds words whole: 'a' is not the a in 'Ukraine'", () => {
    expect(diffHighlight("Ukraine is a country", [{ op: "equal", claimed: "a country", source: "a country" }], false))
      .toBe("Ukraine is <mark>a country</mark>")
  })

  it("gives up (for the caller's fallback) when the diff's words are not all in the excerpt", () => {
    expect(diffHighlight("short excerpt…", [{ op: "equal", claimed: "words cut off", source: "words cut off" }], true)).toBeUndefined()
  })

  it("marks a statement's content words, not its function words, merging neighbours", () => {
    const html = wordHighlight("GENEVA (AP) — Boris Bondarev, a counsellor, left the civil service on Monday.", "Boris Bondarev left the civil service on Monday")
    expect(html).toBe("GENEVA (AP) — <mark>Boris Bondarev</mark>, a counsellor, <mark>left</mark> the <mark>civil service</mark> on <mark>Monday</mark>.")
  })

  it("escapes the source's text inside and around the marks", () => {
    const html = wordHighlight(`<b onclick="x()">Bondarev</b> & co`, "Bondarev")
    expect(html).toBe(`&lt;b onclick=&quot;x()&quot;&gt;<mark>Bondarev</mark>&lt;/b&gt; &amp; co`)
    const laid = diffHighlight(`a <script>"quote"</script> b`, [{ op: "equal", claimed: `<script>"quote"</script>`, source: `<script>"quote"</script>` }], false)
    expect(laid).toBe(`a <mark>&lt;script&gt;&quot;quote&quot;&lt;/script&gt;</mark> b`)
  })

  it("marks nothing in the excerpt of a paraphrase, and has nothing to show without an excerpt", () => {
    const report = fixture("controls")
    const claim = claimOf(report, "control-impostor-post")
    const e: EvidenceItem = { ...claim.evidence[0]!, match: "paraphrase" }
    expect(excerptHtml(e, claim)).not.toContain("<mark>")
    const { excerpt: _dropped, ...bare } = e
    expect(excerptHtml(bare, claim)).toBe("")
  })
})
