import { Effect, Either, Schema } from "effect"
import { ExtractError, type FetchError } from "../domain/errors.js"
import type { Fetcher } from "../fetch/fetcher.js"
import { articleAdapter } from "./article.js"
import { htmlTypes, type Extracted, type SourceAdapter } from "./extracted.js"

/**
 * The Wayback Machine (web.archive.org): where a desk goes when a source was deleted or a platform
 * will not show it. Two of its services are used:
 *
 * - the availability API, https://archive.org/wayback/available?url=…[&timestamp=YYYYMMDD], which
 *   names the capture closest to a time;
 * - raw captures, https://web.archive.org/web/<timestamp>id_/<original url>: the `id_` flag returns
 *   the bytes the archive received, without the toolbar and rewritten links it adds to a page.
 *
 * A capture is read by the adapter of the page it preserves (a LinkedIn post capture by the LinkedIn
 * post adapter), so an archived copy is judged exactly as the live page would have been, and its
 * Extracted says it is an archived copy and of when.
 */

const ARCHIVE_HOST = /^(web|wayback)\.archive\.org$/i
/** /web/<timestamp><flags>/<original>; flags are two letters and "_" (id_, if_, im_, js_ …). */
const CAPTURE_PATH = /^\/web\/(\d{4,14})((?:[a-z]{2}_)*)\/(.+)$/i

/** A Wayback capture URL taken apart. */
export interface Capture {
  /** YYYYMMDDhhmmss, or a prefix of it when the URL asks for "the capture nearest to" a day or year. */
  readonly timestamp: string
  readonly flags: string
  /** The page the capture preserves. */
  readonly original: string
}

export const parseCapture = (url: URL): Capture | undefined => {
  if (!ARCHIVE_HOST.test(url.hostname)) return undefined
  const m = CAPTURE_PATH.exec(url.pathname)
  if (!m) return undefined
  // The original's own query string lands in the capture URL's search part; its scheme is often
  // squeezed to one slash ("https:/www…") or left out by people who copy these URLs by hand.
  let original = `${m[3]!}${url.search}`.replace(/^(https?):\/+/i, "$1://")
  if (!/^https?:\/\//i.test(original)) original = `http://${original}`
  try {
    return { timestamp: m[1]!, flags: m[2]!.toLowerCase(), original: new URL(original).href }
  } catch {
    return undefined
  }
}

export const isCaptureUrl = (url: string): boolean => {
  try {
    return parseCapture(new URL(url)) !== undefined
  } catch {
    return false
  }
}

/** The toolbar-free capture: the original bytes, as the archive received them. */
export const rawCaptureUrl = (timestamp: string, original: string): string =>
  `https://web.archive.org/web/${timestamp}id_/${original}`

/** The availability API's question for one page, optionally "closest to" a date (YYYYMMDD…). */
export const availabilityUrl = (original: string, at?: string): string =>
  `https://archive.org/wayback/available?${new URLSearchParams({ url: original, ...(at ? { timestamp: at } : {}) })}`

/** "2022-05-23 16:12 UTC" for 20220523161207; as much as the timestamp says when it is shorter. */
export const captureTime = (ts: string): string => {
  const part = (from: number, to: number) => ts.slice(from, to)
  const date = [part(0, 4), part(4, 6), part(6, 8)].filter(Boolean).join("-")
  return ts.length >= 12 ? `${date} ${part(8, 10)}:${part(10, 12)} UTC` : date
}

export const archivedNote = (timestamp: string, live?: string): string =>
  `archived copy from ${captureTime(timestamp)} (web.archive.org)${live ? `, ${live}` : ""}`

/** Adds why the live page was not used to the archived-copy note of a document read from a capture. */
export const withLiveAnswer = (doc: Extracted, live: string): Extracted => {
  const capture = parseCapture(new URL(doc.finalUrl))
  if (!capture) return doc
  const plain = archivedNote(capture.timestamp)
  return { ...doc, notes: doc.notes.map((n) => (n === plain ? archivedNote(capture.timestamp, live) : n)) }
}

/** The part of the availability answer we rely on; `closest` is absent when nothing is archived. */
const Availability = Schema.parseJson(Schema.Struct({
  archived_snapshots: Schema.Struct({
    closest: Schema.optional(Schema.Struct({
      available: Schema.Boolean,
      url: Schema.String,
      timestamp: Schema.String.pipe(Schema.pattern(/^\d{14}$/)),
      status: Schema.String
    }))
  })
}))

export type Lookup =
  | { readonly _tag: "found"; readonly captureUrl: string; readonly timestamp: string }
  | { readonly _tag: "none"; readonly why: string }

/**
 * Asks the availability API for the capture of a page closest to `at` (or the most recent one).
 * Fails only when the archive could not be asked; "nothing usable archived" is an answer.
 */
export const findCapture = (fetcher: Fetcher, original: string, at?: string): Effect.Effect<Lookup, FetchError> =>
  Effect.map(fetcher.fetch(availabilityUrl(original, at)), (answer): Lookup => {
    if (answer.status !== 200) return { _tag: "none", why: `the web archive's availability service answered HTTP ${answer.status}` }
    const decoded = Schema.decodeUnknownEither(Availability)(new TextDecoder().decode(answer.body))
    if (Either.isLeft(decoded)) return { _tag: "none", why: "the web archive's availability answer could not be read" }
    const closest = decoded.right.archived_snapshots.closest
    if (!closest?.available) return { _tag: "none", why: "the web archive has no copy of it" }
    // The closest capture may be of the error page or the login wall itself: that is no copy of the source.
    if (closest.status !== "200") return { _tag: "none", why: `the web archive's nearest copy is itself an HTTP ${closest.status} answer` }
    // The capture is asked for under the URL the desk cited; the archive resolves its own spellings of it.
    return { _tag: "found", captureUrl: rawCaptureUrl(closest.timestamp, original), timestamp: closest.timestamp }
  })

/**
 * Adapters that fetch something other than the page (X posts through oEmbed) cannot read the page's
 * capture; the archived page is then read as a web page, and the evidence says which reader it had.
 */
const readerOfCapture = (adapter: SourceAdapter): SourceAdapter => (adapter.requestUrl ? articleAdapter : adapter)

/**
 * The archive adapter. `readerFor` is the registry's choice of adapter for the original URL; it is
 * passed in rather than imported so that the registry can list this adapter without an import cycle.
 */
export const makeWaybackAdapter = (readerFor: (original: URL) => SourceAdapter): SourceAdapter => ({
  id: "wayback",
  kind: "archive",
  accepts: (url) => parseCapture(url) !== undefined,
  requestUrl: (url) => {
    const capture = parseCapture(url)
    return capture ? rawCaptureUrl(capture.timestamp, capture.original) : url.href
  },
  contentTypes: [...htmlTypes, "text/plain", "application/json"],
  explainStatus: (status, url) =>
    status === 404
      ? new ExtractError({ url, reason: "Removed", detail: "the web archive has no copy of this page at that time (HTTP 404 from web.archive.org)" })
      : undefined,
  read: (input) =>
    Effect.suspend(() => {
      // After redirects the final URL names the capture actually served, with its full timestamp.
      const capture = parseCapture(new URL(input.fetched.finalUrl))
      if (!capture) {
        return Effect.fail(new ExtractError({ url: input.fetched.finalUrl, reason: "Unparseable", detail: "the web archive answered from a URL that is not a capture" }))
      }
      const native = readerFor(new URL(capture.original))
      const inner = readerOfCapture(native)
      if (!inner.contentTypes.includes(input.fetched.contentType)) {
        return Effect.fail(new ExtractError({
          url: input.fetched.finalUrl,
          reason: "Unparseable",
          detail: `the archived copy is ${input.fetched.contentType || "of no stated type"}, not something the ${inner.id} reader can read`
        }))
      }
      // The original's reader sees the page at its own address: relative links, site rules and the
      // login-wall check (a captured redirect to /authwall) work as they would have live.
      const asOriginal = { ...input, fetched: { ...input.fetched, finalUrl: capture.original } }
      return Effect.map(inner.read(asOriginal), (doc): Extracted => ({
        ...doc,
        adapter: "wayback",
        finalUrl: input.fetched.finalUrl,
        notes: [archivedNote(capture.timestamp), ...(inner !== native ? [`read as a web page: the ${native.id} reader needs what only the live platform serves`] : []), ...doc.notes]
      }))
    })
})
