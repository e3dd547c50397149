/**
 * Word-level alignment of a quote against a window of the document: semi-global edit distance
 * (the quote must be used whole, the document window is free to start and end anywhere). A
 * replaced word costs SUB, an added or dropped word INDEL, with INDEL < SUB < 2 x INDEL: one
 * replacement is cheaper than an addition plus an omission ("proud" for "ashamed"), but an
 * omission is cheaper than shifting every word by a replacement ("is only" against "is not only"
 * must read as "not" left out, not as "is" replaced by "not"). Where the quote marks an omission
 * (an ellipsis) the document may skip up to maxElision words at no cost; at a bracketed
 * editorial insertion it may skip up to maxBracket words (the words the insertion stands for).
 * Cost is O(quote words x window words); windows come from candidates.ts, never the whole text.
 */

export type StepKind = "match" | "sub" | "ins" | "del" | "skip"

/** One step of the alignment. q: quote word index; s: document token index (absolute). */
export interface Step {
  readonly kind: StepKind
  readonly q?: number
  readonly s?: number
  /** for "skip": the document tokens [s, sEnd) passed over at an ellipsis or bracket */
  readonly sEnd?: number
}

export interface AlignInput {
  readonly quote: ReadonlyArray<number>
  /** free gap before quote word q: 0 none, 1 ellipsis, 2 bracket */
  readonly gapBefore: ReadonlyArray<number>
  readonly doc: Int32Array
  readonly lo: number
  readonly hi: number
  readonly maxElision: number
  readonly maxBracket: number
}

export interface Alignment {
  /** edit cost (SUB and INDEL units, matches not counted) */
  readonly cost: number
  readonly steps: ReadonlyArray<Step>
}

/**
 * Costs are scaled so that a match can earn -1 without ever outweighing an edit: among
 * alignments with the fewest edits, the one with the most equal words wins ("is only" against
 * "is not only" keeps "is" equal and reports "not" left out, rather than starting after "not").
 */
const SCALE = 4096
const SUB = 3 * SCALE
const INDEL = 2 * SCALE
const MATCH = -1
const DIAG = 0
const UP = 1
const LEFT = 2

/**
 * Sliding-window minimum of row over [j - k, j], in place; returns the argmin per cell. Ties go
 * to the later cell, so a free skip is only taken when it is strictly cheaper.
 */
const slidingMin = (row: Int32Array, k: number): Int32Array => {
  const from = new Int32Array(row.length)
  const deque = new Int32Array(row.length)
  let head = 0
  let tail = 0
  const original = row.slice()
  for (let j = 0; j < row.length; j++) {
    while (tail > head && (original[deque[tail - 1] ?? 0] ?? 0) >= (original[j] ?? 0)) tail--
    deque[tail++] = j
    while ((deque[head] ?? 0) < j - k) head++
    const best = deque[head] ?? j
    from[j] = best
    row[j] = original[best] ?? 0
  }
  return from
}

export const align = (input: AlignInput): Alignment => {
  const { quote, doc, lo } = input
  const m = quote.length
  const w = Math.max(0, input.hi - lo)
  const cols = w + 1
  const moves = new Uint8Array((m + 1) * cols)
  const freeFrom = new Map<number, Int32Array>()
  let prev = new Int32Array(cols) // row 0: the quote may start anywhere
  let cur = new Int32Array(cols)
  for (let i = 1; i <= m; i++) {
    const gap = quote.length > 0 ? (input.gapBefore[i - 1] ?? 0) : 0
    if (gap !== 0 && i > 1) {
      // free skip in the document between quote words i-2 and i-1
      freeFrom.set(i - 1, slidingMin(prev, gap === 1 ? input.maxElision : input.maxBracket))
    }
    const word = quote[i - 1] ?? -1
    const base = i * cols
    cur[0] = (prev[0] ?? 0) + INDEL
    moves[base] = UP
    for (let j = 1; j < cols; j++) {
      const diag = (prev[j - 1] ?? 0) + (word >= 0 && doc[lo + j - 1] === word ? MATCH : SUB)
      const up = (prev[j] ?? 0) + INDEL
      const left = (cur[j - 1] ?? 0) + INDEL
      let best = diag
      let move = DIAG
      if (up < best) {
        best = up
        move = UP
      }
      if (left < best) {
        best = left
        move = LEFT
      }
      cur[j] = best
      moves[base + j] = move
    }
    const t = prev
    prev = cur
    cur = t
  }
  // the quote may end anywhere: the earliest best end keeps the span tight
  let end = 0
  for (let j = 1; j < cols; j++) if ((prev[j] ?? 0) < (prev[end] ?? 0)) end = j
  const cost = Math.ceil((prev[end] ?? 0) / SCALE)
  const steps: Array<Step> = []
  let i = m
  let j = end
  // a free skip is taken once per row, on arrival from the row below (see slidingMin)
  let skippedRow = -1
  while (i > 0) {
    const from = freeFrom.get(i)?.[j] ?? j
    if (skippedRow !== i && from !== j) {
      steps.push({ kind: "skip", q: i, s: lo + from, sEnd: lo + j })
      skippedRow = i
      j = from
      continue
    }
    const move = moves[i * cols + j]
    if (move === DIAG && j > 0) {
      const same = doc[lo + j - 1] === quote[i - 1] && (quote[i - 1] ?? -1) >= 0
      steps.push({ kind: same ? "match" : "sub", q: i - 1, s: lo + j - 1 })
      i--
      j--
    } else if (move === LEFT && j > 0) {
      steps.push({ kind: "del", s: lo + j - 1 })
      j--
    } else {
      steps.push({ kind: "ins", q: i - 1 })
      i--
    }
  }
  steps.reverse()
  return { cost, steps }
}
