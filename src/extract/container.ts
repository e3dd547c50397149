/**
 * Choosing the article container. Every element is scored by the prose it
 * holds minus the link and navigation text it drags along; the best one is
 * the densest region of the page. The publisher's own body markers (see
 * content-markers.ts) then refine it: narrow to them when they hold enough
 * of that prose, or widen to them when the densest region is one fragment of
 * a body split by ads or page-builder widgets.
 */
import type { BlockModel, ElementSpan, TextBlock } from "./blocks.js"
import { nonLink } from "./chrome.js"
import { contentMarker } from "./content-markers.js"

/** A half-open range of block indices. */
export interface Range {
  readonly start: number
  readonly end: number
}

/** Elements that can be the article container (besides marked body elements). */
const CANDIDATE_TAGS: ReadonlySet<string> = new Set([
  "body", "div", "section", "article", "main", "td", "blockquote", "center", "form", "header"
])

/** Publisher body markers inside the densest region must hold this share of its prose. */
const MARKER_SHARE = 0.3
/** A marked body around the densest region is taken if it keeps this share of its score. */
const WIDEN_SHARE = 0.5

/**
 * Evidence that a block is article prose (good) or navigation (bad). Short
 * fragments (labels, dates, buttons) are neutral: they say nothing either way.
 */
function weigh(b: TextBlock): { good: number; bad: number } {
  if (b.linkChars >= 0.5 * b.chars) return { good: 0, bad: b.chars }
  if (b.chars < 20) return { good: 0, bad: b.linkChars }
  return { good: nonLink(b), bad: b.linkChars }
}

export function chooseRanges(model: BlockModel, dropped: Uint8Array): Array<Range> {
  const { blocks, spans } = model
  const good = new Float64Array(blocks.length + 1)
  const bad = new Float64Array(blocks.length + 1)
  for (let i = 0; i < blocks.length; i++) {
    const w = dropped[i] === 1 ? { good: 0, bad: 0 } : weigh(blocks[i] as TextBlock)
    good[i + 1] = (good[i] as number) + w.good
    bad[i + 1] = (bad[i] as number) + w.bad
  }
  const goodOf = (r: Range): number => (good[r.end] as number) - (good[r.start] as number)
  const scoreOf = (r: Range): number => goodOf(r) - ((bad[r.end] as number) - (bad[r.start] as number))

  let best: ElementSpan | undefined
  let bestScore = -Infinity
  // For each marker ("class:entry-content"...), its outermost occurrences in document order.
  const groups = new Map<string, Array<ElementSpan>>()
  for (const span of spans) {
    if (span.start === span.end) continue
    const marker = contentMarker(span.el)
    if (marker !== undefined) {
      const group = groups.get(marker) ?? []
      const last = group[group.length - 1]
      if (last === undefined || span.start >= last.end) group.push(span)
      groups.set(marker, group)
    }
    if (!CANDIDATE_TAGS.has(span.el.name) && marker === undefined) continue
    // ">=": on ties the later, deeper element wins (same text, less wrapper).
    const score = scoreOf(span)
    if (score >= bestScore) {
      bestScore = score
      best = span
    }
  }
  if (best === undefined) return []
  const top = best
  let choice: Array<Range> = [top]
  let choiceScore = -Infinity
  for (const group of groups.values()) {
    const inside = group.filter((s) => s !== top && s.start >= top.start && s.end <= top.end)
    const around = group.find((s) => s.start <= top.start && s.end >= top.end && s.depth < top.depth)
    let ranges: Array<Range> | undefined
    if (inside.length > 0) {
      const g = inside.reduce((sum, s) => sum + goodOf(s), 0)
      if (g >= MARKER_SHARE * goodOf(top)) ranges = inside
    } else if (around !== undefined && scoreOf(around) >= WIDEN_SHARE * bestScore) {
      ranges = [around]
    }
    if (ranges === undefined) continue
    const score = ranges.reduce((sum, r) => sum + scoreOf(r), 0)
    if (score > choiceScore) {
      choiceScore = score
      choice = ranges
    }
  }
  return choice
}
