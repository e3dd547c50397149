import { Effect } from "effect"
import type { FetchError } from "../domain/errors.js"
import type { SourceKind } from "../domain/source.js"
import { decodeText } from "../fetch/charset.js"
import type { Fetched } from "../fetch/fetched.js"
import { Fetcher } from "../fetch/fetcher.js"
import type { Extracted, SourceAdapter } from "./extracted.js"
import { Countdown } from "./countdown.js"
import { adapterFor } from "./registry.js"
import { findCapture, isCaptureUrl, withLiveAnswer } from "./wayback.js"

/** A source as read, or why it could not be: never an exception, so no claim is lost to a bad source. */
export type SourceReading =
  | {
    readonly _tag: "read"
    readonly url: string
    readonly adapter: string
    readonly fetched: Fetched
    readonly extracted: Extracted
  }
  | {
    readonly _tag: "unavailable"
    readonly url: string
    readonly adapter: string
    /** A short code a program can read: Timeout, Status, TooLarge, Removed, BlockedByPlatform ... */
    readonly code: string
    /** The reason in words a desk editor reads. */
    readonly reason: string
    readonly fetched?: Fetched
  }

const EMPTY = new Uint8Array(0)

/**
 * Readings are kept for the whole run (several claims cite one page), so they keep the digest and
 * the archive reference of the bytes, not the bytes themselves: a batch's memory then grows with
 * the text it checks, not with the pages it downloaded.
 */
const withoutBytes = (fetched: Fetched): Fetched => ({ ...fetched, body: EMPTY, payload: EMPTY })

const unavailable = (url: string, adapter: SourceAdapter, code: string, reason: string, fetched?: Fetched): SourceReading => ({
  _tag: "unavailable",
  url,
  adapter: adapter.id,
  code,
  reason,
  ...(fetched ? { fetched: withoutBytes(fetched) } : {})
})

const statusReason = (status: number): string =>
  status === 404 ? "the page is gone (HTTP 404 Not Found)"
  : status === 410 ? "the page was removed (HTTP 410 Gone)"
  : status === 304 ? "not modified since the last check (HTTP 304)"
  : `the server answered HTTP ${status}`

const fetchReason = (e: FetchError): string => {
  switch (e.reason) {
    case "Timeout": return `timed out: ${e.detail}`
    case "TooLarge": return `too large: ${e.detail}`
    case "Refused": return `refused: ${e.detail}`
    case "NotRecorded": return "not in the replay archive (no recorded response for this URL)"
    default: return e.detail
  }
}

/** What a re-check knows of a source from the last time it was read. */
export interface PriorReading {
  readonly etag?: string
  readonly lastModified?: string
  /** The document as it was extracted then: what a "304 Not Modified" answer stands for. */
  readonly extracted?: Extracted
  readonly fetchedAt: string
}

/** Fetches one URL (conditionally, when it was read before), checks status and type, decodes, hands it to its adapter. */
const readLive = (fetcher: Fetcher, urlText: string, declared?: SourceKind, prior?: PriorReading) =>
  Effect.gen(function* () {
    const url = new URL(urlText)
    const adapter = adapterFor(url, declared)
    const target = adapter.requestUrl ? adapter.requestUrl(url) : url.href
    const conditional = prior?.extracted
      ? { ...(prior.etag ? { etag: prior.etag } : {}), ...(prior.lastModified ? { lastModified: prior.lastModified } : {}) }
      : {}
    const result = yield* Effect.either(fetcher.fetch(target, conditional))
    if (result._tag === "Left") return unavailable(urlText, adapter, result.left.reason, fetchReason(result.left))
    const fetched = result.right
    if (fetched.status === 304 && prior?.extracted) {
      // The document is the one read then, unchanged: the evidence's `change` says it was not modified.
      return { _tag: "read", url: urlText, adapter: adapter.id, fetched: withoutBytes(fetched), extracted: prior.extracted } satisfies SourceReading as SourceReading
    }
    if (fetched.status < 200 || fetched.status >= 300) {
      const platform = adapter.explainStatus?.(fetched.status, urlText)
      return platform
        ? unavailable(urlText, adapter, platform.reason, platform.detail, fetched)
        : unavailable(urlText, adapter, fetched.status === 404 || fetched.status === 410 ? "Removed" : "Status", statusReason(fetched.status), fetched)
    }
    if (fetched.body.byteLength === 0) return unavailable(urlText, adapter, "Empty", "the server sent an empty body", fetched)
    if (!adapter.contentTypes.includes(fetched.contentType)) {
      return unavailable(
        urlText,
        adapter,
        "UnsupportedType",
        `content type ${fetched.contentType || "(none)"} is not something the ${adapter.id} reader can read`,
        fetched
      )
    }
    const decoded = decodeText(fetched.body, fetched.headers["content-type"])
    const read = yield* Effect.either(adapter.read({ fetched, text: decoded.text, charset: decoded.charset }))
    if (read._tag === "Left") return unavailable(urlText, adapter, read.left.reason, read.left.detail, fetched)
    const extracted = decoded.note ? { ...read.right, notes: [...read.right.notes, decoded.note] } : read.right
    return { _tag: "read", url: urlText, adapter: adapter.id, fetched: withoutBytes(fetched), extracted } satisfies SourceReading as SourceReading
  })

// --- Web archive fallback -------------------------------------------------------------------------

/** A page that is gone or that a platform will not show may still be in the web archive. */
const ARCHIVE_WORTHY = new Set(["Removed", "BlockedByPlatform"])

/**
 * Whether to look for an archived copy of a source that could not be read. Not for a capture itself,
 * and not on a re-check of a page that was read live before: a re-check exists to say that a source
 * disappeared, and an archived copy must not hide that (a page first read from the archive is read
 * from it again, so it compares like with like).
 */
const archiveWorthy = (reading: SourceReading, prior?: PriorReading): reading is Extract<SourceReading, { _tag: "unavailable" }> =>
  reading._tag === "unavailable" &&
  ARCHIVE_WORTHY.has(reading.code) &&
  reading.adapter !== "wayback" &&
  (prior?.extracted === undefined || isCaptureUrl(prior.extracted.finalUrl))

/** What the live page did, for the archived copy's note. */
const liveAnswer = (live: Extract<SourceReading, { _tag: "unavailable" }>): string =>
  live.fetched && (live.fetched.status < 200 || live.fetched.status >= 300)
    ? `the live page answered ${live.fetched.status}`
    : `the live page was unavailable (${live.reason})`

/**
 * Reads the closest archived copy (availability API, then the raw capture) with the adapter of the
 * original URL (of the declared kind, when one is declared). When there is none, or it cannot be
 * had, the live reading stands and its reason says what the archive answered.
 */
const readArchived = (fetcher: Fetcher, urlText: string, declared: SourceKind | undefined, live: Extract<SourceReading, { _tag: "unavailable" }>) =>
  Effect.gen(function* () {
    const lookup = yield* Effect.either(findCapture(fetcher, urlText))
    if (lookup._tag === "Left") return { ...live, reason: `${live.reason}; the web archive could not be consulted (${fetchReason(lookup.left)})` }
    if (lookup.right._tag === "none") return { ...live, reason: `${live.reason}; ${lookup.right.why}` }
    const copy = yield* readLive(fetcher, lookup.right.captureUrl, declared ?? "archive")
    if (copy._tag === "unavailable") return { ...live, reason: `${live.reason}; its archived copy could not be read either (${copy.reason})` }
    return { ...copy, url: urlText, extracted: withLiveAnswer(copy.extracted, liveAnswer(live)) }
  })

/**
 * Reads one source: the live page, and for a page that is gone or blocked, its archived copy.
 * Never fails: a source that cannot be had is an `unavailable` reading with its reason.
 */
export const readSource = (fetcher: Fetcher, urlText: string, declared?: SourceKind, prior?: PriorReading) =>
  readLive(fetcher, urlText, declared, prior).pipe(
    Effect.flatMap((reading): Effect.Effect<SourceReading> =>
      archiveWorthy(reading, prior) ? readArchived(fetcher, urlText, declared, reading) : Effect.succeed(reading)
    ),
    // An adapter bug on one page must not sink the batch: it becomes this source's reason.
    Effect.catchAllDefect((defect) =>
      Effect.succeed(unavailable(urlText, adapterFor(new URL(urlText), declared), "ReaderDefect", `could not read the page: ${String((defect as Error)?.message ?? defect)}`))
    ),
    Effect.withSpan("Sources.read", { attributes: { url: urlText } })
  )

/** One citation of a web source by a claim: what a reading session expects to be asked for. */
export interface Citation {
  readonly url: string
  readonly kind?: SourceKind | undefined
}

/** Reads sources for one batch of claims; see SourceReader.session. */
export interface ReadingSession {
  readonly read: (url: string, declared?: SourceKind, prior?: PriorReading) => Effect.Effect<SourceReading>
}

/**
 * Reads sources. A batch reads through a session: each source at most once however many claims cite
 * it, and the reading (with the text and the indexes the checks build on it) is let go as soon as
 * the last citing claim has it, so a batch's memory follows the claims in flight, not its length.
 */
export class SourceReader extends Effect.Service<SourceReader>()("corroborate/SourceReader", {
  effect: Effect.gen(function* () {
    const fetcher = yield* Fetcher
    const keyOf = (url: string, declared?: SourceKind) => `${declared ?? ""} ${url}`

    /** A session for a batch whose claims cite these sources (a source cited twice is listed twice). */
    const session = (citations: Iterable<Citation>): ReadingSession => {
      const remaining = new Countdown(Array.from(citations, (c) => keyOf(c.url, c.kind)))
      const cache = new Map<string, Effect.Effect<SourceReading>>()
      const read = (url: string, declared?: SourceKind, prior?: PriorReading) =>
        Effect.suspend(() => {
          const key = keyOf(url, declared)
          let cached = cache.get(key)
          if (!cached) {
            cached = Effect.runSync(Effect.cached(readSource(fetcher, url, declared, prior)))
            cache.set(key, cached)
          }
          // A source the session was not told of stays until the session ends.
          if (remaining.expects(key) && remaining.take(key)) cache.delete(key)
          return cached
        })
      return { read }
    }

    /** Reads one source now, outside any session. */
    const read = (url: string, declared?: SourceKind, prior?: PriorReading) => readSource(fetcher, url, declared, prior)
    return { read, session } as const
  })
}) {}
