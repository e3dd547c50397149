import { Duration, Effect } from "effect"
import { createHash } from "node:crypto"
import { request } from "undici"
import { WarcArchive } from "../archive/warc-archive.js"
import { FetchError } from "../domain/errors.js"
import { addressRefusal } from "./address-guard.js"
import { decodeContentEncoding } from "./body.js"
import { FetchConfig, type FetchSettings } from "./config.js"
import type { Fetched, RedirectHop } from "./fetched.js"
import { makePoliteness } from "./politeness.js"
import { NOT_RECORDED_HEADER } from "./replay.js"
import { FORBIDDEN_ADDRESS, Transport } from "./transport.js"

export interface Conditional {
  readonly etag?: string
  readonly lastModified?: string
}

interface RawResponse {
  readonly requestHeaders: Record<string, string>
  readonly date: string
  readonly status: number
  readonly headers: Record<string, string>
  readonly payload: Uint8Array
}

const flattenHeaders = (h: Record<string, string | Array<string> | undefined>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v
  return out
}

const errorCode = (e: unknown): string | undefined => {
  let cur: unknown = e
  for (let i = 0; i < 4 && cur; i++) {
    const code = (cur as { code?: string }).code
    if (code) return code
    cur = (cur as { cause?: unknown }).cause
  }
  return undefined
}

/** Maps what undici and the OS throw onto the few reasons a desk needs to read. */
const classify = (url: string, e: unknown): FetchError => {
  if (e instanceof FetchError) return e
  const code = errorCode(e)
  const message = (e as Error)?.message ?? String(e)
  if (code === FORBIDDEN_ADDRESS) return new FetchError({ url, reason: "Refused", detail: message })
  if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") {
    return new FetchError({ url, reason: "Timeout", detail: `the server did not answer in time (${code.replace("UND_ERR_", "").toLowerCase().replace(/_/g, " ")})` })
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new FetchError({ url, reason: "Network", detail: `host not found (${code})` })
  if (code === "UND_ERR_SOCKET" || code === "ECONNRESET") return new FetchError({ url, reason: "Network", detail: "the connection was reset while the response was being read" })
  if (code === "ECONNREFUSED") return new FetchError({ url, reason: "Network", detail: "connection refused" })
  return new FetchError({ url, reason: "Network", detail: message })
}

const seconds = (ms: number) => (ms >= 1000 ? `${ms / 1000}s` : `${ms} ms`)

/**
 * Reads the body, stopping as soon as it passes the cap so a huge answer never sits in memory, and
 * within `deadlineMs`: undici's bodyTimeout only bounds the pause between two chunks, so a server
 * trickling a byte at a time would otherwise hold the request (and a batch slot) open indefinitely.
 * A body cut off before its announced Content-Length is said to be truncated, not "reset".
 */
const readCapped = async (
  body: AsyncIterable<Uint8Array> & { destroy: (e?: Error) => void },
  url: string,
  cap: number,
  deadlineMs: number,
  announced: number | undefined
) => {
  const chunks: Array<Uint8Array> = []
  let size = 0
  let expired = false
  const timer = setTimeout(() => {
    expired = true
    body.destroy(new Error("body deadline"))
  }, deadlineMs)
  try {
    for await (const chunk of body) {
      size += chunk.byteLength
      if (size > cap) {
        body.destroy()
        throw new FetchError({ url, reason: "TooLarge", detail: `the body is larger than the ${cap}-byte cap` })
      }
      chunks.push(chunk)
    }
  } catch (e) {
    if (e instanceof FetchError) throw e
    if (expired) throw new FetchError({ url, reason: "Timeout", detail: `the body took longer than ${seconds(deadlineMs)} to arrive (${size} bytes by then)` })
    if (announced !== undefined && size < announced) {
      throw new FetchError({ url, reason: "Network", detail: `the connection closed after ${size} of the ${announced} bytes the server announced (truncated body)` })
    }
    throw e
  } finally {
    clearTimeout(timer)
  }
  return Buffer.concat(chunks, size)
}

const isTransient = (e: FetchError) =>
  e.reason === "Timeout" || e.reason === "Network" || (e.reason === "Status" && (e.status === 429 || (e.status ?? 0) >= 500))

/** Seconds or an HTTP date, as Retry-After allows. */
export const retryAfterMs = (value: string | undefined, now = Date.now()): number | undefined => {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

export class Fetcher extends Effect.Service<Fetcher>()("corroborate/Fetcher", {
  effect: Effect.gen(function* () {
    const settings: FetchSettings = yield* FetchConfig
    const transport = yield* Transport
    const archive = yield* Effect.serviceOption(WarcArchive)
    const { polite } = yield* makePoliteness(
      settings.perHostConcurrency,
      transport.mode === "replay" ? 0 : settings.perHostSpacingMs
    )

    const checkUrl = (url: URL): FetchError | undefined => {
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        return new FetchError({ url: url.href, reason: "Refused", detail: `only http and https are fetched, not ${url.protocol}` })
      }
      // Literal addresses never reach DNS, so they are checked here; the URL parser has already
      // turned decimal, octal and hex spellings into dotted form.
      const why = addressRefusal(url.hostname, settings.privateNetwork)
      return why ? new FetchError({ url: url.href, reason: "Refused", detail: `the URL points at a ${why}` }) : undefined
    }

    const once = (url: URL, conditional: Conditional) =>
      Effect.tryPromise({
        try: async (signal): Promise<RawResponse> => {
          const requestHeaders: Record<string, string> = {
            "user-agent": settings.userAgent,
            accept: "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.5",
            "accept-encoding": "gzip, deflate, br",
            "accept-language": "en;q=1.0, *;q=0.5",
            ...(conditional.etag ? { "if-none-match": conditional.etag } : {}),
            ...(conditional.lastModified ? { "if-modified-since": conditional.lastModified } : {})
          }
          const date = new Date().toISOString()
          const res = await request(url, { dispatcher: transport.dispatcher, method: "GET", signal, headers: requestHeaders })
          const headers = flattenHeaders(res.headers)
          if (transport.mode === "replay" && headers[NOT_RECORDED_HEADER]) {
            await res.body.dump()
            throw new FetchError({ url: url.href, reason: "NotRecorded", detail: "no recorded response for this URL in the replay archive" })
          }
          // A body announced over the cap is refused before a byte of it is read.
          const announced = /^\d+$/.test(headers["content-length"] ?? "") ? Number(headers["content-length"]) : undefined
          if (announced !== undefined && announced > settings.maxBytes) {
            res.body.destroy()
            throw new FetchError({ url: url.href, reason: "TooLarge", detail: `the server announced ${announced} bytes, over the ${settings.maxBytes}-byte cap` })
          }
          const payload = await readCapped(res.body, url.href, settings.maxBytes, settings.bodyTimeoutMs, announced)
          return { requestHeaders, date, status: res.statusCode, headers, payload }
        },
        catch: (e) => classify(url.href, e)
      }).pipe(
        Effect.flatMap((raw) => {
          // Only 429 and real 5xx answers are worth retrying: LinkedIn's 999 is a refusal, not a
          // server error, and retrying it would only get the client blocked for longer.
          if (raw.status === 429 || (raw.status >= 500 && raw.status <= 599)) {
            const wait = retryAfterMs(raw.headers["retry-after"])
            return Effect.fail(new FetchError({
              url: url.href,
              reason: "Status",
              status: raw.status,
              ...(wait !== undefined ? { retryAfterMs: wait } : {}),
              detail: `the server answered ${raw.status}${raw.headers["retry-after"] ? ` (Retry-After: ${raw.headers["retry-after"]})` : ""}`
            }))
          }
          return Effect.succeed(raw)
        })
      )

    /**
     * Holds one request to what is left of the fetch's totalTimeoutMs. The budget counts time on the
     * network only: waits a server asked for (Retry-After) and our own per-host spacing do not use it.
     */
    const withinBudget = (url: URL, budget: { spentMs: number }, request: Effect.Effect<RawResponse, FetchError>) =>
      Effect.suspend(() => {
        const left = settings.totalTimeoutMs - budget.spentMs
        const over = () =>
          new FetchError({ url: url.href, reason: "Timeout", detail: `the exchange took longer than ${seconds(settings.totalTimeoutMs)} in all` })
        if (left <= 0) return Effect.fail(over())
        const started = Date.now()
        return request.pipe(
          Effect.timeoutFail({ duration: Duration.millis(left), onTimeout: over }),
          Effect.ensuring(Effect.sync(() => {
            budget.spentMs += Date.now() - started
          }))
        )
      })

    /** One request with retries for transient failures, honouring Retry-After. */
    const withRetries = (url: URL, conditional: Conditional, budget: { spentMs: number }) =>
      Effect.gen(function* () {
        for (let attempt = 0; ; attempt++) {
          const result = yield* Effect.either(polite(url.host, withinBudget(url, budget, once(url, conditional))))
          if (result._tag === "Right") return result.right
          const error = result.left
          if (!isTransient(error) || attempt >= settings.retries) return yield* Effect.fail(error)
          const hinted = error.retryAfterMs
          if (hinted !== undefined && hinted > settings.maxRetryAfterMs) {
            return yield* Effect.fail(new FetchError({ ...error, detail: `${error.detail}; asked to wait longer than ${settings.maxRetryAfterMs / 1000}s` }))
          }
          const backoff = Math.min(30_000, 500 * 2 ** attempt)
          yield* Effect.sleep(Duration.millis(Math.max(backoff, hinted ?? 0)))
        }
      })

    /**
     * Fetches a URL, following redirects by hand so every hop is checked and recorded. Answers any
     * final status (the caller decides what a 404 means for its kind of source); fails only when no
     * complete answer could be had.
     */
    const fetch = Effect.fn("Fetcher.fetch")(function* (input: string, conditional: Conditional = {}) {
      const redirects: Array<RedirectHop> = []
      const budget = { spentMs: 0 }
      let url = yield* Effect.try({
        try: () => new URL(input),
        catch: () => new FetchError({ url: input, reason: "Refused", detail: "not a valid URL" })
      })
      for (;;) {
        const refused = checkUrl(url)
        if (refused) return yield* Effect.fail(refused)
        const raw = yield* withRetries(url, redirects.length === 0 ? conditional : {}, budget)
        // Every response is archived, redirects and error pages included: they are evidence too.
        const archived = archive._tag === "Some"
          ? yield* archive.value.record({
            url: url.href,
            requestHeaders: raw.requestHeaders,
            status: raw.status,
            responseHeaders: raw.headers,
            payload: raw.payload,
            date: raw.date
          })
          : undefined
        const location = raw.headers["location"]
        if (raw.status >= 300 && raw.status < 400 && raw.status !== 304 && location) {
          const next = new URL(location, url)
          redirects.push({ url: url.href, status: raw.status, location: next.href })
          if (redirects.length > settings.maxRedirects) {
            return yield* Effect.fail(new FetchError({ url: input, reason: "TooManyRedirects", detail: `more than ${settings.maxRedirects} redirects (last to ${next.href})` }))
          }
          if (redirects.some((r) => r.url === next.href)) {
            return yield* Effect.fail(new FetchError({ url: input, reason: "TooManyRedirects", detail: `redirect loop back to ${next.href}` }))
          }
          url = next
          continue
        }
        const decoded = decodeContentEncoding(raw.payload, raw.headers["content-encoding"], settings.maxBytes)
        if (decoded._tag === "too-large") return yield* Effect.fail(new FetchError({ url: url.href, reason: "TooLarge", detail: decoded.detail }))
        if (decoded._tag === "corrupt") return yield* Effect.fail(new FetchError({ url: url.href, reason: "Unparseable", detail: decoded.detail }))
        const fetched: Fetched = {
          requestedUrl: input,
          finalUrl: url.href,
          status: raw.status,
          headers: raw.headers,
          redirects,
          body: decoded.body,
          payload: raw.payload,
          sha256: createHash("sha256").update(raw.payload).digest("hex"),
          contentType: (raw.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase(),
          fetchedAt: raw.date,
          ...(archived ? { archive: archived } : {})
        }
        return fetched
      }
    })

    return { fetch, mode: transport.mode } as const
  })
}) {}
