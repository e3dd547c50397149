/**
 * Turns a word alignment into the diff a report shows, from the claim's point of view:
 * "equal" words, "replace" (the quote says X where the source says Y), "insert" (words only the
 * quote has) and "delete" (source words the quote leaves out). Runs of one kind are merged and
 * keep each text's own spelling. Bracketed editorial insertions appear as their own ops (their
 * claimed text starts with "[") and are never merged with the quote's words.
 */
import type { Step } from "./align.js"
import type { ParsedQuote } from "./quote-parse.js"
import { isContentWord } from "./lexicon.js"
import { keyOf, type QuoteIndex } from "./quote-index.js"

export interface DiffOp {
  readonly op: "equal" | "insert" | "delete" | "replace"
  readonly claimed?: string
  readonly source?: string
}

/** One aligned position: a quote word, a source word, or both. */
export interface Cell {
  readonly op: DiffOp["op"]
  readonly q?: number
  readonly s?: number
  /** editorial insertion (index into parsed.insertions) */
  readonly editorial?: number
  /** source words [s, sEnd) an editorial insertion stands for */
  readonly sEnd?: number
}

export interface Diffed {
  readonly cells: ReadonlyArray<Cell>
  /** source word ranges passed over at ellipses */
  readonly elided: ReadonlyArray<readonly [number, number]>
  /** quote/source written forms that differ but are the same word(s) */
  readonly variants: ReadonlyArray<readonly [string, string]>
}

const sourceKey = (index: QuoteIndex, s: number): string => keyOf(index, index.ids[s] ?? -1)

/** Written text of several words, joined by spaces unless they touch ("cannot" -> can|not). */
const joinWritten = (text: string, spans: ReadonlyArray<readonly [number, number]>): string => {
  let out = ""
  let lastEnd = -1
  for (const [start, end] of spans) {
    if (out !== "" && start !== lastEnd) out += " "
    out += text.slice(start, end)
    lastEnd = end
  }
  return out
}

/** Source words a leading insertion may stand for ("[The Ministry] is ..." for "It is ..."). */
const LEADING_WORDS = 4

/**
 * A bracket that opens the quote usually stands for the words that open the source's sentence:
 * when at most LEADING_WORDS words lie between a sentence start and the matched words, the
 * insertion is shown as replacing them.
 */
const leadingInsertion = (cells: Array<Cell>, index: QuoteIndex) => {
  const head = cells[0]
  if (head?.editorial === undefined || head.op !== "insert") return
  const s0 = cells.find((c) => c.s !== undefined)?.s
  if (s0 === undefined) return
  let s = s0
  while (s > 0 && s0 - s < LEADING_WORDS) {
    const between = index.text.slice(index.ends[s - 1] ?? 0, index.starts[s] ?? 0)
    if (/[.!?\n"\u201c\u201d\u00ab\u00bb]/.test(between)) break
    s--
  }
  const before = s === 0 ? "." : index.text.slice(index.ends[s - 1] ?? 0, index.starts[s] ?? 0)
  if (s < s0 && /[.!?\n"\u201c\u201d\u00ab\u00bb]/.test(before)) {
    cells[0] = { op: "replace", editorial: head.editorial, s, sEnd: s0 }
  }
}

const SENTENCE_BREAK = /[.!?\n\u3002\uff01\uff1f]/

/**
 * The alignment leaves the document free before and after the quote, so a quote whose last word
 * was changed aligns as "quote adds X" (cheaper than a replacement). When the words that follow
 * the span in the same sentence are there to be replaced, the change is shown as the
 * replacement it is ("…this month" for "…this year"); likewise at the start. Function words
 * and negations stay additions: "not so ashamed" adds "not", it does not replace "been".
 */
const replaceAtEnds = (cells: Array<Cell>, parsed: ParsedQuote, index: QuoteIndex) => {
  const isWordInsert = (c: Cell | undefined) =>
    c !== undefined && c.op === "insert" && c.editorial === undefined && isContentWord(parsed.words[c.q ?? -1]?.norm ?? "")
  const sameSentence = (a: number, b: number) =>
    a >= 0 && b < index.size && !SENTENCE_BREAK.test(index.text.slice(index.ends[a] ?? 0, index.starts[b] ?? 0))
  const sources = cells.flatMap((c) => (c.s === undefined ? [] : [c.s]))
  if (sources.length === 0) return
  let last = Math.max(...sources)
  for (let k = cells.findIndex((c, i) => isWordInsert(c) && cells.slice(i).every(isWordInsert)); k >= 0 && k < cells.length; k++) {
    if (!sameSentence(last, last + 1)) break
    cells[k] = { ...(cells[k] as Cell), op: "replace", s: ++last }
  }
  let first = Math.min(...sources)
  let lead = 0
  while (isWordInsert(cells[lead])) lead++
  for (let k = lead - 1; k >= 0; k--) {
    if (!sameSentence(first - 1, first)) break
    cells[k] = { ...(cells[k] as Cell), op: "replace", s: --first }
  }
}

export const cellsOf = (steps: ReadonlyArray<Step>, parsed: ParsedQuote, index: QuoteIndex): Diffed => {
  const cells: Array<Cell> = []
  const elided: Array<readonly [number, number]> = []
  const variants: Array<readonly [string, string]> = []
  const placed = new Set<number>()
  const placeInsertions = (beforeWord: number, skip?: Step) => {
    // the first insertion at a place stands for the source words skipped there
    let skipped = skip !== undefined && (skip.sEnd ?? 0) > (skip.s ?? 0)
    parsed.insertions.forEach((ins, k) => {
      if (ins.before !== beforeWord || placed.has(k)) return
      placed.add(k)
      const stands = skipped
      skipped = false
      cells.push(
        stands
          ? { op: "replace", editorial: k, s: skip?.s ?? 0, sEnd: skip?.sEnd ?? 0 }
          : { op: "insert", editorial: k }
      )
    })
  }
  for (const step of steps) {
    if (step.kind === "skip") {
      const q = step.q ?? 0
      if ((parsed.words[q]?.gapBefore ?? "none") === "bracket") placeInsertions(q, step)
      else elided.push([step.s ?? 0, step.sEnd ?? 0])
      continue
    }
    if (step.q !== undefined) placeInsertions(step.q)
    if (step.kind === "match") cells.push({ op: "equal", q: step.q ?? 0, s: step.s ?? 0 })
    else if (step.kind === "sub") cells.push({ op: "replace", q: step.q ?? 0, s: step.s ?? 0 })
    else if (step.kind === "ins") cells.push({ op: "insert", q: step.q ?? 0 })
    else cells.push({ op: "delete", s: step.s ?? 0 })
  }
  placeInsertions(parsed.words.length)
  leadingInsertion(cells, index)
  replaceAtEnds(cells, parsed, index)

  // runs that only differ by spacing or hyphens ("well known" / "well-known") are equal
  for (let a = 0; a < cells.length; a++) {
    if (cells[a]?.op === "equal" || cells[a]?.editorial !== undefined) continue
    let b = a
    while (b + 1 < cells.length && cells[b + 1]?.op !== "equal" && cells[b + 1]?.editorial === undefined) b++
    const run = cells.slice(a, b + 1)
    const claimed = run.flatMap((c) => (c.q === undefined ? [] : [parsed.words[c.q]?.key ?? ""])).join("")
    const source = run.flatMap((c) => (c.s === undefined ? [] : [sourceKey(index, c.s)])).join("")
    if (claimed !== "" && claimed === source) {
      const qs = run.flatMap((c) => (c.q === undefined ? [] : [c.q]))
      const ss = run.flatMap((c) => (c.s === undefined ? [] : [c.s]))
      variants.push([
        joinWritten(parsed.text, qs.map((q) => [parsed.words[q]?.start ?? 0, parsed.words[q]?.end ?? 0])),
        joinWritten(index.text, ss.map((s) => [index.starts[s] ?? 0, index.ends[s] ?? 0]))
      ])
      const merged: Array<Cell> = run.map((c) => ({ ...c, op: "equal" as const }))
      cells.splice(a, run.length, ...merged)
    }
    a = b
  }
  // same words, written differently (counsellor/counselor, José/Jose)
  for (const c of cells) {
    if (c.op !== "equal" || c.q === undefined || c.s === undefined) continue
    const w = parsed.words[c.q]
    const claimed = parsed.text.slice(w?.start ?? 0, w?.end ?? 0)
    const source = index.text.slice(index.starts[c.s] ?? 0, index.ends[c.s] ?? 0)
    const fold = (x: string) => x.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u00ad\u200b]/g, "")
    if (fold(claimed) !== fold(source)) {
      if (!variants.some(([x, y]) => x.includes(claimed) && y.includes(source))) variants.push([claimed, source])
    }
  }
  return { cells, elided, variants }
}

/** Merged diff ops for the report. */
export const opsOf = (diffed: Diffed, parsed: ParsedQuote, index: QuoteIndex): Array<DiffOp> => {
  const ops: Array<DiffOp> = []
  let k = 0
  const cells = diffed.cells
  while (k < cells.length) {
    const first = cells[k] as Cell
    if (first.editorial !== undefined) {
      const ins = parsed.insertions[first.editorial]
      const source =
        first.s !== undefined && first.sEnd !== undefined && first.sEnd > first.s
          ? index.text.slice(index.starts[first.s] ?? 0, index.ends[first.sEnd - 1] ?? 0)
          : undefined
      ops.push(source === undefined ? { op: first.op, claimed: ins?.text ?? "" } : { op: first.op, claimed: ins?.text ?? "", source })
      k++
      continue
    }
    let e = k
    while (e + 1 < cells.length && cells[e + 1]?.op === first.op && cells[e + 1]?.editorial === undefined) e++
    const run = cells.slice(k, e + 1)
    const qSpans = run.flatMap((c) => (c.q === undefined ? [] : [[parsed.words[c.q]?.start ?? 0, parsed.words[c.q]?.end ?? 0] as const]))
    const sSpans = run.flatMap((c) => (c.s === undefined ? [] : [[index.starts[c.s] ?? 0, index.ends[c.s] ?? 0] as const]))
    const op: { -readonly [K in keyof DiffOp]: DiffOp[K] } = { op: first.op }
    if (qSpans.length > 0) op.claimed = joinWritten(parsed.text, qSpans)
    if (sSpans.length > 0) op.source = joinWritten(index.text, sSpans)
    ops.push(op)
    k = e + 1
  }
  return ops
}
