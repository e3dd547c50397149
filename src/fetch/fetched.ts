import type { ArchiveRef } from "../archive/warc-archive.js"

/** One hop of a redirect chain, as it was followed. */
export interface RedirectHop {
  readonly url: string
  readonly status: number
  readonly location: string
}

/** A complete HTTP exchange as the tool saw it: enough to archive it and to show it again later. */
export interface Fetched {
  readonly requestedUrl: string
  readonly finalUrl: string
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly redirects: ReadonlyArray<RedirectHop>
  /** The body after content-decoding (gzip, deflate, br). */
  readonly body: Uint8Array
  /** The body as it came over the wire, before content-decoding: this is what the digest covers. */
  readonly payload: Uint8Array
  /** SHA-256 of `payload`, hex. */
  readonly sha256: string
  readonly contentType: string
  readonly fetchedAt: string
  /** Where the response is kept in the run's WARC evidence archive, when the run keeps one. */
  readonly archive?: ArchiveRef
}

export const headerValue = (headers: Readonly<Record<string, string>>, name: string): string | undefined =>
  headers[name.toLowerCase()]
