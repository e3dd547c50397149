/**
 * Runs one method over labelled cases in one document and records, per quote, the time, the
 * class and whether the place is right. Our locator, the sliding-window Dice baseline and
 * fuzzball's partial_ratio go through the same bookkeeping.
 */
import { locateQuote, type MatchClass, type QuoteIndex } from "../../src/compare/index.js"
import { samePlace } from "../../tests/compare/confusion.js"
import type { QualityCase } from "../../tests/compare/quality-set.js"
import { plain } from "../../tests/compare/wcxb.js"
import {
  partialRatio,
  partialRatioPlace,
  processedOffset,
  slidingDice,
  type DiceDoc,
  type FuzzDoc
} from "./baselines.js"
import { classify, type Thresholds } from "./stats.js"

export interface Outcome {
  readonly id: string
  readonly ms: number
  readonly got: MatchClass
  readonly score: number
  readonly classRight: boolean
  /** undefined when the case has no place (absent quotes) */
  readonly placeRight?: boolean
}

export const bothRight = (o: Outcome): boolean => o.classRight && o.placeRight !== false

const outcome = (c: QualityCase, ms: number, got: MatchClass, score: number, place: boolean | undefined): Outcome => {
  const base = { id: c.id, ms, got, score, classRight: c.accept.includes(got) }
  return c.span === undefined ? base : { ...base, placeRight: place ?? false }
}

export const runOurs = (cases: ReadonlyArray<QualityCase>, index: QuoteIndex): Array<Outcome> =>
  cases.map((c) => {
    const t0 = performance.now()
    const m = locateQuote(c.quote, index)
    const ms = performance.now() - t0
    return outcome(c, ms, m.match, m.score, samePlace(index.text, m.span, c.span))
  })

export const runDice = (
  cases: ReadonlyArray<QualityCase>,
  doc: DiceDoc,
  text: string,
  t: Thresholds,
  progress?: (k: number) => void
): Array<Outcome> =>
  cases.map((c, k) => {
    const t0 = performance.now()
    const hit = slidingDice(c.quote, doc)
    const ms = performance.now() - t0
    progress?.(k)
    return outcome(c, ms, classify(hit.score, c.quote, t), hit.score, samePlace(text, hit.span, c.span))
  })

export interface FuzzRun {
  readonly outcomes: Array<Outcome>
  /** quotes where the place-finding replica disagreed with partial_ratio's own score */
  readonly replicaMismatches: number
}

export const runFuzz = (cases: ReadonlyArray<QualityCase>, doc: FuzzDoc, t: Thresholds, autojunk = true): FuzzRun => {
  let replicaMismatches = 0
  const outcomes = cases.map((c) => {
    const t0 = performance.now()
    const score = partialRatio(c.quote, doc, autojunk)
    const ms = performance.now() - t0
    // the place, found again outside the timed call
    const place = partialRatioPlace(c.quote, doc, autojunk)
    if (Math.abs(place.score - score) > 0.005) replicaMismatches++
    let right: boolean | undefined
    if (c.span !== undefined && place.at >= 0) {
      const start = processedOffset(doc, c.span.start)
      const end = processedOffset(doc, c.span.end)
      const overlap = place.at < end && place.at + place.length > start
      right = overlap || plain(doc.processed.slice(place.at, place.at + place.length)) === plain(doc.processed.slice(start, end))
    }
    return outcome(c, ms, classify(score, c.quote, t), score, right)
  })
  return { outcomes, replicaMismatches }
}

/** `count` cases spread evenly over the list (the list is grouped by kind, so every kind shows). */
export const spread = <T>(items: ReadonlyArray<T>, count: number): Array<T> => {
  if (count >= items.length) return [...items]
  return Array.from({ length: count }, (_, k) => items[Math.floor(((k + 0.5) * items.length) / count)] as T)
}
