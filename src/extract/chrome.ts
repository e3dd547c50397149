/**
 * Boilerplate removal over the flattened blocks: decide which chrome
 * elements (see boilerplate.ts) really are chrome, and mark their blocks.
 *
 * Each rule can misfire (a site wraps its whole page in <form>, calls its
 * article column "content-sidebar-wrap", names chapters "toc-para"), so an
 * element is only dropped if it does not hold most of the prose that is left.
 * Smallest elements are judged first and their prose leaves the totals, so a
 * layout wrapper is judged on what remains inside it once the real sidebar,
 * comments and cookie dialogs are gone.
 */
import type { BlockModel, TextBlock } from "./blocks.js"

/** A chrome element survives if it holds at least this share of the remaining prose. */
const GUARD_SHARE = { strong: 0.7, weak: 0.4 } as const
/** A container named like a TOC/tag list/pager is one only if this share of its text is links. */
const LINK_LIST_DENSITY = 0.4

export const nonLink = (b: TextBlock): number => b.chars - b.linkChars

/** Fenwick tree over per-block prose, so range sums stay cheap while blocks are zeroed. */
class ProseIndex {
  private readonly tree: Float64Array
  constructor(private readonly values: Float64Array) {
    this.tree = new Float64Array(values.length + 1)
    for (let i = 0; i < values.length; i++) this.add(i, values[i] as number)
  }
  private add(i: number, delta: number): void {
    for (let j = i + 1; j < this.tree.length; j += j & -j) this.tree[j] = (this.tree[j] as number) + delta
  }
  private prefix(n: number): number {
    let sum = 0
    for (let j = n; j > 0; j -= j & -j) sum += this.tree[j] as number
    return sum
  }
  sum(start: number, end: number): number {
    return this.prefix(end) - this.prefix(start)
  }
  zero(i: number): void {
    const v = this.values[i] as number
    if (v !== 0) {
      this.add(i, -v)
      this.values[i] = 0
    }
  }
}

/** Prefix sums of a per-block quantity; range sums in O(1). */
function prefixSums(blocks: ReadonlyArray<TextBlock>, of: (b: TextBlock) => number): Float64Array {
  const sums = new Float64Array(blocks.length + 1)
  for (let i = 0; i < blocks.length; i++) sums[i + 1] = (sums[i] as number) + of(blocks[i] as TextBlock)
  return sums
}

/** Mark blocks inside dropped chrome: 1 = boilerplate, 0 = kept. */
export function dropChrome(model: BlockModel): Uint8Array {
  const { blocks, spans } = model
  const dropped = new Uint8Array(blocks.length)
  const prose = new ProseIndex(Float64Array.from(blocks, nonLink))
  // Static: "is this container mostly links?" does not change as others drop.
  const links = prefixSums(blocks, (b) => b.linkChars)
  const chars = prefixSums(blocks, (b) => b.chars)
  const chrome = spans
    .filter((s) => s.drop !== "none" && s.drop !== "always" && s.end > s.start)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || b.depth - a.depth)
  for (const span of chrome) {
    if (span.drop === "links") {
      const c = (chars[span.end] as number) - (chars[span.start] as number)
      const l = (links[span.end] as number) - (links[span.start] as number)
      if (l < LINK_LIST_DENSITY * c) continue
    }
    const inside = prose.sum(span.start, span.end)
    const guard = span.drop === "strong" ? GUARD_SHARE.strong : GUARD_SHARE.weak
    if (inside > 0 && inside >= guard * prose.sum(0, blocks.length)) continue
    dropped.fill(1, span.start, span.end)
    for (let i = span.start; i < span.end; i++) prose.zero(i)
  }
  return dropped
}
