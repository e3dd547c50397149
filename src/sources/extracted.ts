import type { Effect } from "effect"
import type { DirectoryRecord } from "../compare/listing.js"
import type { ExtractError } from "../domain/errors.js"
import type { SourceKind } from "../domain/source.js"
import type { Fetched } from "../fetch/fetched.js"

/** What an adapter makes of a fetched source: the document the compare stage reads. */
export interface Extracted {
  readonly adapter: string
  readonly kind: SourceKind
  readonly finalUrl: string
  readonly title?: string
  /** People or organisations the source is by: post author, tweet author, byline, JSON-LD author. */
  readonly authors: ReadonlyArray<string>
  /** Platform handles of the authors (x.com, LinkedIn vanity names), lower-case, without "@". */
  readonly handles: ReadonlyArray<string>
  readonly published?: string
  readonly modified?: string
  readonly siteName?: string
  /** Main text, paragraphs separated by blank lines. Offsets in evidence refer to this text. */
  readonly text: string
  /** Structured records, for directories. */
  readonly records: ReadonlyArray<DirectoryRecord>
  /** Wire services the text credits as its origin ("(AP) —", "Reuters reported"). */
  readonly credits: ReadonlyArray<string>
  /** What the adapter noticed and a desk should know (login wall, archived copy used, charset fixed). */
  readonly notes: ReadonlyArray<string>
}

// A page cited by several claims is stored and digested with each verdict: its JSON is made once.
const jsonOf = new WeakMap<Extracted, string>()

/** The document as JSON, as the store keeps it (snapshots) and verdict inputs digest it. */
export const extractedJson = (doc: Extracted): string => {
  let json = jsonOf.get(doc)
  if (json === undefined) jsonOf.set(doc, (json = JSON.stringify(doc)))
  return json
}

/** The body of a fetched response as text, with the charset it was read in. */
export interface FetchedText {
  readonly fetched: Fetched
  readonly text: string
  readonly charset: string
}

/**
 * One kind of source. Adapters sit in an ordered registry; the first that accepts a URL reads it.
 * Adding a source is one file, one registry entry and one fixture test.
 */
export interface SourceAdapter {
  readonly id: string
  readonly kind: SourceKind
  readonly accepts: (url: URL) => boolean
  /** The URL to fetch for a source URL, when it is not the URL itself (an oEmbed endpoint). */
  readonly requestUrl?: (url: URL) => string
  /** Content types this adapter reads. */
  readonly contentTypes: ReadonlyArray<string>
  /** Turns a non-success status into the platform's meaning of it (a deleted post, a login wall). */
  readonly explainStatus?: (status: number, url: string) => ExtractError | undefined
  readonly read: (input: FetchedText) => Effect.Effect<Extracted, ExtractError>
}

export const htmlTypes = ["text/html", "application/xhtml+xml"] as const
