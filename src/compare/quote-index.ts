/**
 * The index a document is searched with, built once per document: every token's offsets and
 * vocabulary id, and for every id the sorted list of token positions where it occurs (a
 * compressed posting list). Quote lookups then touch only the positions of the quote's rarest
 * words, never the whole text.
 */
import { matchKey, tokenColumns } from "./tokens.js"
import { wordForms } from "./word-forms.js"

export interface QuoteIndex {
  readonly text: string
  /** number of tokens */
  readonly size: number
  readonly starts: Int32Array
  readonly ends: Int32Array
  /** vocabulary id of each token */
  readonly ids: Int32Array
  /** match key (see tokens.matchKey) to vocabulary id */
  readonly vocabulary: ReadonlyMap<string, number>
  /** positions of id v are postings[postingStart[v] .. postingStart[v + 1]) */
  readonly postingStart: Int32Array
  readonly postings: Int32Array
}

let builds = 0

export const indexDocument = (text: string): QuoteIndex => {
  const tokens = tokenColumns(text)
  const size = tokens.count
  const ids = new Int32Array(size)
  const vocabulary = new Map<string, number>()
  // norm -> id: norms repeat, so the key is computed once per distinct norm
  const idOfNorm = new Map<string, number>()
  const build = ++builds
  for (let p = 0; p < size; p++) {
    const form = wordForms.at(tokens.forms[p] ?? -1)
    // most tokens are a cached word form that already knows its id in this build
    if (form !== undefined && form.memoBuild === build) {
      ids[p] = form.memoId
      continue
    }
    const norm = form !== undefined ? (form.norms[0] ?? "") : (tokens.other.get(p) ?? "")
    let id = idOfNorm.get(norm)
    if (id === undefined) {
      const key = matchKey(norm)
      id = vocabulary.get(key)
      if (id === undefined) {
        id = vocabulary.size
        vocabulary.set(key, id)
      }
      idOfNorm.set(norm, id)
    }
    if (form !== undefined) {
      form.memoBuild = build
      form.memoId = id
    }
    ids[p] = id
  }
  // counting sort of positions by id
  const postingStart = new Int32Array(vocabulary.size + 1)
  for (let p = 0; p < size; p++) {
    const slot = (ids[p] ?? 0) + 1
    postingStart[slot] = (postingStart[slot] ?? 0) + 1
  }
  for (let v = 0; v < vocabulary.size; v++) postingStart[v + 1] = (postingStart[v + 1] ?? 0) + (postingStart[v] ?? 0)
  const fill = postingStart.slice(0, vocabulary.size)
  const postings = new Int32Array(size)
  for (let p = 0; p < size; p++) {
    const v = ids[p] ?? 0
    postings[fill[v] ?? 0] = p
    fill[v] = (fill[v] ?? 0) + 1
  }
  return { text, size, starts: tokens.starts, ends: tokens.ends, ids, vocabulary, postingStart, postings }
}

/** Vocabulary id of a match key, or -1 when the document never has that word. */
export const idOf = (index: QuoteIndex, key: string): number => index.vocabulary.get(key) ?? -1

/** How often the word with this id occurs. */
export const frequency = (index: QuoteIndex, id: number): number =>
  id < 0 ? 0 : (index.postingStart[id + 1] ?? 0) - (index.postingStart[id] ?? 0)

/** Token positions of the word with this id, in document order. */
export const positions = (index: QuoteIndex, id: number): Int32Array =>
  id < 0
    ? new Int32Array(0)
    : index.postings.subarray(index.postingStart[id] ?? 0, index.postingStart[id + 1] ?? 0)

const keyLists = new WeakMap<QuoteIndex, ReadonlyArray<string>>()

/** The match key of the word with this id (the vocabulary read backwards, built on first use). */
export const keyOf = (index: QuoteIndex, id: number): string => {
  let keys = keyLists.get(index)
  if (keys === undefined) {
    keys = [...index.vocabulary.keys()]
    keyLists.set(index, keys)
  }
  return keys[id] ?? ""
}
