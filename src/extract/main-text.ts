/**
 * Main text: flatten the page into blocks (blocks.ts), drop boilerplate
 * (chrome.ts), choose the article container (container.ts), then render its
 * blocks with per-line filters. One walk over the DOM plus arithmetic; the
 * DOM itself is never modified.
 */
import { buildBlocks, Ctx, type BlockModel, type TextBlock } from "./blocks.js"
import { dropChrome } from "./chrome.js"
import { chooseRanges, type Range } from "./container.js"
import type { AnyNode } from "./dom.js"
import { isBoilerplateLine, isTailHeading, looksLikeData } from "./lines.js"

export interface MainTextHints {
  /** Page title: a heading that repeats it is not body text. */
  readonly title?: string
  /** JSON-LD articleBody, used when the page itself yields much less text. */
  readonly articleBody?: string
}

/** Blocks of at least this length that repeat are copies, not a refrain. */
const DUPLICATE_MIN_CHARS = 60
/** When this share of long blocks repeat, the page ships its article more than once. */
const COPIED_LAYOUT_SHARE = 0.3
/** After a tail heading, link-heavy or comparatively short text is tail, not article. */
const TAIL_LINK_DENSITY = 0.25
const TAIL_SHARE = 0.4

const normTitle = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()

/** Per-block filters inside the chosen container. */
function keepBlock(b: TextBlock, title: string): boolean {
  if ((b.ctx & Ctx.HEADING) !== 0 && title !== "" && normTitle(b.text) === title) return false
  // Short runs of links are menus, tag lists, "Shop X" buttons: not prose.
  if (b.chars < 100 && b.linkChars >= 0.8 * b.chars) return false
  return !isBoilerplateLine(b.text) && !looksLikeData(b.text)
}

/**
 * Responsive pages often ship the article two or three times (desktop,
 * tablet, mobile variants, all but one hidden by CSS). Long repeated blocks
 * are always dropped; when many long blocks repeat, the page is such a copy
 * and every repeated block goes, headings included.
 */
function dedupe(texts: ReadonlyArray<string>): Array<string> {
  const counts = new Map<string, number>()
  let long = 0
  let repeatedLong = 0
  for (const t of texts) {
    const n = (counts.get(t) ?? 0) + 1
    counts.set(t, n)
    if (t.length >= DUPLICATE_MIN_CHARS) {
      long++
      if (n > 1) repeatedLong++
    }
  }
  const copiedLayout = long > 0 && repeatedLong >= COPIED_LAYOUT_SHARE * long
  const seen = new Set<string>()
  return texts.filter((t) => {
    if (!copiedLayout && t.length < DUPLICATE_MIN_CHARS) return true
    if (seen.has(t)) return false
    seen.add(t)
    return true
  })
}

/** A truncated excerpt: "...the final quarter of the year is more than a..." */
const TEASER_RE = /(?:\.\.\.|…)\s*(?:\(?(?:read|continue|more)[\w ]*\)?)?\W*$/i

/**
 * Cards of other articles (linked title, then an excerpt cut off with "...")
 * end up inside the container on many blog templates. A trailing ellipsis
 * alone is a writing style; right after a link-only line it is a teaser.
 */
const isTeaser = (b: TextBlock, prev: TextBlock | undefined): boolean =>
  b.chars < 400 && TEASER_RE.test(b.text) && prev !== undefined && prev.linkChars >= 0.8 * prev.chars

/**
 * What follows a tail heading ("Related articles", "About the author") is
 * tail if it is link-heavy (teaser lists) or short next to the article; a long
 * prose section under "Further reading" is still the author's text.
 */
function isTail(model: BlockModel, dropped: Uint8Array, range: Range, from: number): boolean {
  let chars = 0
  let links = 0
  let before = 0
  for (let i = range.start; i < range.end; i++) {
    if (dropped[i] === 1) continue
    const b = model.blocks[i] as TextBlock
    if (i >= from) {
      chars += b.chars
      links += b.linkChars
    } else {
      before += b.chars
    }
  }
  return links >= TAIL_LINK_DENSITY * chars || chars <= TAIL_SHARE * before
}

function render(model: BlockModel, dropped: Uint8Array, ranges: ReadonlyArray<Range>, hints: MainTextHints): string {
  const title = hints.title === undefined ? "" : normTitle(hints.title)
  const texts: Array<string> = []
  for (const range of ranges) {
    let prev: TextBlock | undefined
    for (let i = range.start; i < range.end; i++) {
      if (dropped[i] === 1) continue
      const b = model.blocks[i] as TextBlock
      const tail = (b.ctx & Ctx.HEADING) !== 0 && texts.length >= 3 && isTailHeading(b.text)
      if (tail && isTail(model, dropped, range, i + 1)) break
      if (keepBlock(b, title) && !isTeaser(b, prev)) texts.push(b.text)
      prev = b
    }
  }
  return dedupe(texts).join("\n\n")
}

/** Main text of the page under `root` (the document, or any subtree). */
export function extractMainText(root: AnyNode, hints: MainTextHints = {}): string {
  const model = buildBlocks(root)
  const dropped = dropChrome(model)
  const text = render(model, dropped, chooseRanges(model, dropped), hints)
  // Script-rendered pages can carry the full body only in structured data.
  const body = hints.articleBody?.replace(/\s*\n\s*\n\s*/g, "\n\n").trim() ?? ""
  return body.length > 200 && body.length > 2 * text.length ? body : text
}
