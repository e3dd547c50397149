import { Effect, Layer } from "effect"
import { createHash } from "node:crypto"
import { createReadStream, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gunzipSync, gzipSync } from "node:zlib"
import { WARCParser } from "warcio"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { WarcArchive } from "../../src/archive/warc-archive.js"
import { FetchConfig } from "../../src/fetch/config.js"
import { Fetcher } from "../../src/fetch/fetcher.js"
import { liveTransport } from "../../src/fetch/transport.js"
import { startServer } from "../fetch/local-server.js"

let base = ""
let close = () => {}
const zipped = gzipSync("<html><body><p>Compressed evidence</p></body></html>")

beforeAll(async () => {
  const s = await startServer({
    "/a": (_q, r) => { r.writeHead(301, { location: "/b" }); r.end() },
    "/b": (_q, r) => { r.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }); r.end(zipped) }
  })
  base = s.base
  close = () => s.server.close()
})
afterAll(() => close())

describe("WARC evidence archive", () => {
  it("writes every request and response, and warcio reads them back with matching SHA-256 digests", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "warc-")), "run.warc.gz")
    const fetched = await Effect.runPromise(
      Effect.flatMap(Fetcher, (f) => f.fetch(`${base}/a`)).pipe(
        Effect.provide(Fetcher.Default.pipe(
          Layer.provide(liveTransport),
          Layer.provide(WarcArchive.toFile(file)),
          Layer.provide(FetchConfig.layer({ privateNetwork: "loopback", perHostSpacingMs: 0 }))
        )),
        Effect.scoped
      )
    )
    const records: Array<{ type: string; url: string | null | undefined; id: string | null | undefined; digest: string | null | undefined; payload: Uint8Array }> = []
    for await (const record of WARCParser.iterRecords(createReadStream(file))) {
      const payload = await record.readFully(false)
      records.push({ type: record.warcType, url: record.warcTargetURI, id: record.warcHeader("WARC-Record-ID"), digest: record.warcPayloadDigest, payload })
    }
    expect(records.map((r) => r.type)).toEqual(["warcinfo", "response", "request", "response", "request"])
    const final = records[3]!
    expect(final.url).toBe(`${base}/b`)
    // The digest covers the bytes as received (still gzipped), so the archive shows exactly what came over the wire.
    const expected = createHash("sha256").update(zipped).digest("hex")
    expect(final.digest).toBe(`sha256:${expected}`)
    expect(fetched.sha256).toBe(expected)
    expect(fetched.archive).toMatchObject({ file: "run.warc.gz", recordId: final.id, payloadDigest: `sha256:${expected}` })

    // Every block digest is the SHA-256 of the record's block exactly as stored (HTTP head and
    // payload), read from the raw bytes, and the response's recorded offset starts its own gzip member.
    const raw = gunzipSync(readFileSync(file))
    const blocks: Array<{ type: string; digest: string | undefined; block: Buffer }> = []
    for (let at = 0; at < raw.length;) {
      const headEnd = raw.indexOf("\r\n\r\n", at)
      const head = raw.subarray(at, headEnd).toString("latin1")
      const field = (name: string) => new RegExp(`^${name}: (.*)$`, "mi").exec(head)?.[1]?.trim()
      const length = Number(field("Content-Length"))
      const block = raw.subarray(headEnd + 4, headEnd + 4 + length)
      blocks.push({ type: field("WARC-Type") ?? "", digest: field("WARC-Block-Digest"), block })
      at = headEnd + 4 + length + 4
    }
    expect(blocks.map((b) => b.type)).toEqual(["warcinfo", "response", "request", "response", "request"])
    for (const { type, digest, block } of blocks.slice(1)) {
      expect(digest, type).toBe(`sha256:${createHash("sha256").update(block).digest("hex")}`)
    }
    const member = gunzipSync(readFileSync(file).subarray(fetched.archive!.offset)).toString("latin1")
    expect(member.startsWith("WARC/1.1\r\n")).toBe(true)
    expect(member).toContain(`WARC-Record-ID: ${final.id}`)
  })
})
