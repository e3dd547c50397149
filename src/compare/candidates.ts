/**
 * Where in a document a quote may be: anchor words, then voting.
 *
 * The quote's rarest words in the document (and, when all its words are common, its rarest word
 * pairs) are anchors. Each occurrence of an anchor at document position p, for the anchor at
 * quote position q, votes for the diagonal p - q: the place the quote would start if it were
 * copied word for word. Diagonals with votes from many different quote words are candidate
 * regions; a replaced, added or dropped word only shifts or removes a vote or two, so an altered
 * quote still wins its region. Work is bounded by a budget of anchor occurrences.
 */
import { frequency, positions, type QuoteIndex } from "./quote-index.js"

/** A window of document tokens [lo, hi) worth aligning the quote against. */
export interface Candidate {
  readonly lo: number
  readonly hi: number
  readonly votes: number
}

export interface CandidateQuery {
  /** vocabulary id per quote word, -1 when the document lacks it */
  readonly ids: ReadonlyArray<number>
  /** true where a free gap (ellipsis) precedes the word */
  readonly elisionBefore: ReadonlyArray<boolean>
  /** true where a pair (q, q + 1) must not be used as a bigram anchor */
  readonly breakAfter: ReadonlyArray<boolean>
  /** extra document words the alignment may need on each side */
  readonly slack: number
  /** source words an ellipsis may stand for */
  readonly maxElision: number
  /** vote for document position rather than diagonal (word order may differ: paraphrase) */
  readonly unordered?: boolean
}

/** Anchors with this many occurrences or fewer are "rare". */
const RARE = 200
/** Total anchor occurrences examined per quote. */
const HIT_BUDGET = 6000
const MIN_ANCHORS = 3
const MAX_ANCHORS = 12
const MAX_CANDIDATES = 8

interface Unit {
  readonly q: number
  readonly hits: ArrayLike<number>
}

const bigramHits = (index: QuoteIndex, a: number, b: number): Array<number> => {
  const out: Array<number> = []
  const fa = frequency(index, a)
  const fb = frequency(index, b)
  if (fa <= fb) {
    for (const p of positions(index, a)) if (index.ids[p + 1] === b) out.push(p)
  } else {
    for (const p of positions(index, b)) if (p > 0 && index.ids[p - 1] === a) out.push(p - 1)
  }
  return out
}

const pickUnits = (units: Array<Unit>, chosen: Array<Unit>, budget: { left: number }) => {
  units.sort((x, y) => x.hits.length - y.hits.length)
  for (const u of units) {
    if (u.hits.length === 0) continue
    if (chosen.length >= MAX_ANCHORS) break
    if (chosen.length >= MIN_ANCHORS && u.hits.length > budget.left) break
    chosen.push(u)
    budget.left -= u.hits.length
  }
}

const anchors = (index: QuoteIndex, query: CandidateQuery): Array<Unit> => {
  const m = query.ids.length
  const unigrams: Array<Unit> = []
  const seen = new Set<number>()
  for (let q = 0; q < m; q++) {
    const id = query.ids[q] ?? -1
    if (id < 0 || seen.has(id)) continue
    seen.add(id)
    unigrams.push({ q, hits: positions(index, id) })
  }
  const chosen: Array<Unit> = []
  const budget = { left: HIT_BUDGET }
  pickUnits(unigrams.filter((u) => u.hits.length <= RARE), chosen, budget)
  if (chosen.length >= MIN_ANCHORS || query.unordered === true) {
    if (chosen.length === 0) pickUnits(unigrams, chosen, budget)
    return chosen
  }
  // every word is common: word pairs are rarer than either word
  const bigrams: Array<Unit> = []
  for (let q = 0; q + 1 < m; q++) {
    const a = query.ids[q] ?? -1
    const b = query.ids[q + 1] ?? -1
    if (a < 0 || b < 0 || query.breakAfter[q] === true) continue
    bigrams.push({ q, hits: bigramHits(index, a, b) })
  }
  pickUnits(bigrams, chosen, budget)
  if (chosen.length === 0) pickUnits(unigrams, chosen, budget)
  return chosen
}

export const candidates = (index: QuoteIndex, query: CandidateQuery): Array<Candidate> => {
  const m = query.ids.length
  const units = anchors(index, query)
  const elisionsBefore: Array<number> = []
  let running = 0
  for (let q = 0; q < m; q++) {
    if (query.elisionBefore[q] === true) running++
    elisionsBefore.push(running)
  }
  const total = running
  // votes: (key, q) with key = diagonal p - q (or position p when unordered)
  const keys: Array<number> = []
  const qs: Array<number> = []
  for (const u of units) {
    for (let k = 0; k < u.hits.length; k++) {
      const p = u.hits[k] ?? 0
      keys.push(query.unordered === true ? p : p - u.q)
      qs.push(u.q)
    }
  }
  const order = keys.map((_, k) => k).sort((x, y) => (keys[x] ?? 0) - (keys[y] ?? 0))
  const width = query.unordered === true ? Math.max(8, Math.ceil(m * 1.5)) : query.slack
  // sliding window over sorted keys, counting distinct quote words in each
  const count = new Int32Array(m)
  let distinct = 0
  let left = 0
  const windows: Array<{ from: number; to: number; votes: number }> = []
  for (let right = 0; right < order.length; right++) {
    const r = order[right] ?? 0
    if ((count[qs[r] ?? 0] = (count[qs[r] ?? 0] ?? 0) + 1) === 1) distinct++
    while ((keys[r] ?? 0) - (keys[order[left] ?? 0] ?? 0) > width) {
      const l = order[left] ?? 0
      if ((count[qs[l] ?? 0] = (count[qs[l] ?? 0] ?? 0) - 1) === 0) distinct--
      left++
    }
    windows.push({ from: left, to: right, votes: distinct })
  }
  windows.sort((a, b) => b.votes - a.votes || a.from - b.from)
  const out: Array<Candidate> = []
  const taken: Array<[number, number]> = []
  for (const w of windows) {
    if (out.length >= MAX_CANDIDATES) break
    const k0 = keys[order[w.from] ?? 0] ?? 0
    const k1 = keys[order[w.to] ?? 0] ?? 0
    if (taken.some(([a, b]) => k0 <= b && k1 >= a)) continue
    taken.push([k0 - width, k1 + width])
    // the window must hold the whole quote whichever fragment the votes came from
    // generous: words added or dropped before the voted diagonal shift where the quote starts
    const pad = query.slack + Math.ceil(m / 2)
    let lo = Number.POSITIVE_INFINITY
    let hi = Number.NEGATIVE_INFINITY
    for (let k = w.from; k <= w.to; k++) {
      const h = order[k] ?? 0
      const q = qs[h] ?? 0
      const start = query.unordered === true ? (keys[h] ?? 0) - m : keys[h] ?? 0
      const before = (elisionsBefore[q] ?? 0) * query.maxElision
      const after = (total - (elisionsBefore[q] ?? 0)) * query.maxElision
      lo = Math.min(lo, start - before - pad)
      hi = Math.max(hi, start + m + after + pad)
    }
    out.push({ lo: Math.max(0, lo), hi: Math.min(index.size, hi), votes: w.votes })
  }
  return out
}
