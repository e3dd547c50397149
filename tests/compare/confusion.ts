/** A confusion matrix of quote classes, printed by the quality test and the benchmark. */
import type { MatchClass } from "../../src/compare/index.js"
import { plain } from "./wcxb.js"

interface Span {
  readonly start: number
  readonly end: number
}

/** A found span is at the expected place: it overlaps it, or holds the same words (a repeat). */
export const samePlace = (doc: string, found: Span | undefined, expected: Span | undefined): boolean => {
  if (found === undefined || expected === undefined) return false
  if (found.start < expected.end && found.end > expected.start) return true
  return plain(doc.slice(found.start, found.end)) === plain(doc.slice(expected.start, expected.end))
}

export const CLASSES: ReadonlyArray<MatchClass> = ["exact", "elided", "altered", "paraphrase", "absent"]

export interface Scored {
  readonly expected: MatchClass
  readonly accept: ReadonlyArray<MatchClass>
  readonly got: MatchClass
}

export interface Confusion {
  /** counts[expected][got] */
  readonly counts: Record<MatchClass, Record<MatchClass, number>>
  /** right answers per label (a bracketed quote labelled exact may be right as elided) */
  readonly rowRight: Record<MatchClass, number>
  readonly right: number
  readonly total: number
  /** altered or absent quotes reported exact or elided: the errors a desk cannot afford */
  readonly unsafe: number
}

export const confusion = (results: ReadonlyArray<Scored>): Confusion => {
  const row = () => Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<MatchClass, number>
  const counts = Object.fromEntries(CLASSES.map((c) => [c, row()])) as Record<MatchClass, Record<MatchClass, number>>
  const rowRight = row()
  let right = 0
  let unsafe = 0
  for (const r of results) {
    counts[r.expected][r.got]++
    if (r.accept.includes(r.got)) {
      right++
      rowRight[r.expected]++
    }
    if ((r.expected === "altered" || r.expected === "absent") && (r.got === "exact" || r.got === "elided")) unsafe++
  }
  return { counts, rowRight, right, total: results.length, unsafe }
}

/** Rows: the label; columns: what the method said. */
export const formatConfusion = (c: Confusion, title: string): string => {
  const w = 11
  const lines = [
    title,
    `${"label \\ got".padEnd(w)}${CLASSES.map((k) => k.padStart(w)).join("")}${"right".padStart(w)}`
  ]
  for (const label of CLASSES) {
    const counts = CLASSES.map((k) => c.counts[label][k])
    const n = counts.reduce((a, b) => a + b, 0)
    if (n === 0) continue
    const ok = c.rowRight[label]
    lines.push(`${label.padEnd(w)}${counts.map((x) => String(x).padStart(w)).join("")}${`${ok}/${n}`.padStart(w)}`)
  }
  const pct = ((100 * c.right) / Math.max(1, c.total)).toFixed(1)
  lines.push(`right ${c.right}/${c.total} (${pct}%), altered/absent reported exact or elided: ${c.unsafe}`)
  return lines.join("\n")
}
