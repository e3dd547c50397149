import { Context, Effect, Layer } from "effect"
import { createHash, randomUUID } from "node:crypto"
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs"
import { basename, dirname } from "node:path"
import { gzipSync } from "node:zlib"
import { WARCRecord, WARCSerializer } from "warcio"
import { TOOL_VERSION } from "../version.js"

/** One HTTP exchange as it went over the wire. */
export interface Exchange {
  readonly url: string
  readonly requestHeaders: Readonly<Record<string, string>>
  readonly status: number
  readonly responseHeaders: Readonly<Record<string, string>>
  /** The body as received, before content-decoding. */
  readonly payload: Uint8Array
  readonly date: string
}

/** Where a response sits in the evidence archive, so a report can point at exactly what was seen. */
export interface ArchiveRef {
  readonly file: string
  readonly recordId: string
  readonly offset: number
  readonly payloadDigest: string
}

export interface WarcArchiveShape {
  readonly record: (exchange: Exchange) => Effect.Effect<ArchiveRef>
}

const EMPTY = new Uint8Array(0)
const CRLF = new TextEncoder().encode("\r\n")

const sha256 = (...parts: ReadonlyArray<Uint8Array | string>): string => {
  const hash = createHash("sha256")
  for (const part of parts) hash.update(part)
  return `sha256:${hash.digest("hex")}`
}

/**
 * Sets the record's payload and block digests (SHA-256, as warcio would write them) with Node's
 * native hash: warcio otherwise starts a WebAssembly hasher per digest, which cost more than the
 * rest of archiving. The block is the HTTP head as serialized, the blank line, then the payload.
 */
const withDigests = (record: WARCRecord, payload: Uint8Array): void => {
  const head = record.httpHeaders ? record.httpHeaders.toString() : ""
  record.warcHeaders.headers.set("WARC-Payload-Digest", sha256(payload))
  record.warcHeaders.headers.set("WARC-Block-Digest", record.httpHeaders ? sha256(head, CRLF, payload) : sha256(payload))
}

/** The evidence archive: every request and response of a run, as WARC 1.1 records with SHA-256 digests. */
export class WarcArchive extends Context.Tag("corroborate/WarcArchive")<WarcArchive, WarcArchiveShape>() {
  /** Writes a gzipped WARC file (one gzip member per record, as WARC readers expect). */
  static readonly toFile = (path: string) =>
    Layer.scoped(
      WarcArchive,
      Effect.gen(function* () {
        mkdirSync(dirname(path), { recursive: true })
        const fd = yield* Effect.acquireRelease(Effect.sync(() => openSync(path, "w")), (fd) => Effect.sync(() => closeSync(fd)))
        const lock = yield* Effect.makeSemaphore(1)
        let offset = 0
        // One gzip member per record, as WARC readers expect, compressed by Node's own zlib in one
        // call: warcio's gzip goes through a web CompressionStream per record, several times slower.
        // Digests are set beforehand (withDigests), so warcio computes none.
        const append = (record: WARCRecord) =>
          Effect.promise(() => WARCSerializer.serialize(record, { gzip: false })).pipe(
            Effect.map((bytes) => {
              const member = gzipSync(bytes)
              const at = offset
              writeSync(fd, member)
              offset += member.byteLength
              return at
            })
          )
        yield* append(
          WARCRecord.createWARCInfo(
            { filename: basename(path), warcVersion: "WARC/1.1" },
            { software: `corroborate/${TOOL_VERSION}`, format: "WARC File Format 1.1", description: "Evidence seen by a corroborate run" }
          )
        )
        const record = (x: Exchange) =>
          lock.withPermits(1)(
            Effect.gen(function* () {
              const date = x.date
              const u = new URL(x.url)
              const responseId = `<urn:uuid:${randomUUID()}>`
              const response = WARCRecord.create(
                {
                  url: x.url,
                  date,
                  type: "response",
                  warcVersion: "WARC/1.1",
                  statusline: `HTTP/1.1 ${x.status}`,
                  httpHeaders: Object.entries(x.responseHeaders),
                  warcHeaders: { "WARC-Record-ID": responseId }
                },
                [x.payload]
              )
              const request = WARCRecord.create(
                {
                  url: x.url,
                  date,
                  type: "request",
                  warcVersion: "WARC/1.1",
                  statusline: `GET ${u.pathname}${u.search} HTTP/1.1`,
                  httpHeaders: [["host", u.host], ...Object.entries(x.requestHeaders)],
                  warcHeaders: { "WARC-Concurrent-To": responseId }
                },
                []
              )
              withDigests(response, x.payload)
              withDigests(request, EMPTY)
              const at = yield* append(response)
              yield* append(request)
              return { file: basename(path), recordId: responseId, offset: at, payloadDigest: response.warcPayloadDigest ?? "" }
            })
          )
        return { record }
      })
    )
}
