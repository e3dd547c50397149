import { indexDocument, type QuoteIndex } from "../compare/index.js"
import { passageIndex, type PassageIndex } from "../compare/similarity.js"
import { shingles } from "../score/independence.js"
import type { Extracted } from "../sources/extracted.js"

/**
 * What the checks derive from a page once however many claims cite it: the quote locator's index,
 * the sentences and word forms statement checks search, and the 5-word runs independence grouping
 * compares. Keyed by the extracted document, so each lives exactly as long as the page's reading.
 */
export interface DocumentIndexes {
  readonly quote: (doc: Extracted) => QuoteIndex
  readonly passage: (doc: Extracted) => PassageIndex
  readonly shingles: (doc: Extracted) => ReadonlySet<string>
}

const memo = <A>(build: (doc: Extracted) => A) => {
  const cache = new WeakMap<Extracted, A>()
  return (doc: Extracted): A => {
    let value = cache.get(doc)
    if (value === undefined) cache.set(doc, (value = build(doc)))
    return value
  }
}

export const documentIndexes = (): DocumentIndexes => ({
  quote: memo((doc) => indexDocument(doc.text)),
  passage: memo((doc) => passageIndex(doc.text)),
  shingles: memo((doc) => shingles(doc.text))
})
