/** The compare stage: pure functions from texts to findings, no I/O. */
export { normalizeForMatch, originalSpan, type Normalized, type NormalizeOptions } from "./normalize.js"
export { forEachToken, matchKey, normalizeWord, tokenize, type Token } from "./tokens.js"
export {
  ALTERED_MIN,
  ALTERED_MIN_CONTENT,
  ALTERED_MIN_RECALL,
  indexDocument,
  locateQuote,
  MAX_BRACKET,
  MAX_ELISION,
  type DiffOp,
  type MatchClass,
  type QuoteIndex,
  type QuoteMatch,
  type Span
} from "./quote.js"
export { PARAPHRASE_MIN_DICE, PARAPHRASE_MIN_RECALL, PARAPHRASE_MIN_SUM } from "./paraphrase.js"
export { STITCHED_SCORE } from "./fragments.js"
export { bestPassage, dice, keyTermsOf, passageIndex, type FoundTerm, type Passage, type PassageIndex } from "./similarity.js"
export type { KeyTerm, TermKind } from "./terms.js"
export { nameMatches, organizationMatches, roleMatches } from "./names.js"
export {
  matchListing,
  ORGANIZATION_THRESHOLD,
  type DirectoryRecord,
  type ListingClaimInput,
  type ListingMatch,
  type ListingStatus
} from "./listing.js"
export { sentenceSpans } from "./sentences.js"
