/** Small helpers of the quote benchmark: percentiles, baseline classes and their thresholds. */
import type { MatchClass } from "../../src/compare/index.js"

export const percentile = (xs: ReadonlyArray<number>, p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN
}
export const median = (xs: ReadonlyArray<number>): number => percentile(xs, 0.5)

export const ELLIPSIS = /\u2026|\.\s?\.\s?\./

/**
 * A baseline says only "how similar is the best window", so its class comes from thresholds:
 * at least `exact` is exact (elided when the quote has an ellipsis), at least `altered` is
 * altered, at least `paraphrase` is a paraphrase, below that absent.
 */
export interface Thresholds {
  readonly exact: number
  readonly altered: number
  readonly paraphrase: number
}

export const classify = (score: number, quote: string, t: Thresholds): MatchClass => {
  if (score >= t.exact) return ELLIPSIS.test(quote) ? "elided" : "exact"
  if (score >= t.altered) return "altered"
  if (score >= t.paraphrase) return "paraphrase"
  return "absent"
}

export interface Labelled {
  readonly score: number
  readonly quote: string
  readonly accept: ReadonlyArray<MatchClass>
}

/**
 * The thresholds that put most cases in the right class (a grid over 0.30..1.00 in steps of
 * 0.01): the baselines are given their best showing, chosen on the very cases they are scored on.
 */
export const calibrate = (cases: ReadonlyArray<Labelled>): { thresholds: Thresholds; right: number } => {
  let best: Thresholds = { exact: 1, altered: 0.8, paraphrase: 0.6 }
  let bestRight = -1
  const grid = Array.from({ length: 71 }, (_, k) => Math.round((0.3 + k / 100) * 100) / 100)
  for (const exact of grid.filter((g) => g >= 0.8)) {
    for (const altered of grid.filter((g) => g <= exact)) {
      for (const paraphrase of grid.filter((g) => g <= altered)) {
        const t = { exact, altered, paraphrase }
        let right = 0
        for (const c of cases) if (c.accept.includes(classify(c.score, c.quote, t))) right++
        if (right > bestRight) {
          bestRight = right
          best = t
        }
      }
    }
  }
  return { thresholds: best, right: bestRight }
}

export const pct = (n: number, d: number): string => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`)
export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))
