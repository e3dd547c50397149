import { Effect, Layer } from "effect"
import { createHash } from "node:crypto"
import { gzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { decodeText } from "../../src/fetch/charset.js"
import { FetchConfig, type FetchSettings } from "../../src/fetch/config.js"
import { Fetcher } from "../../src/fetch/fetcher.js"
import { liveTransport } from "../../src/fetch/transport.js"
import { startServer } from "./local-server.js"

let base = ""
let hits = new Map<string, number>()
let close = () => {}

beforeAll(async () => {
  const s = await startServer({
    "/page": (_q, r) => { r.writeHead(200, { "content-type": "text/html; charset=utf-8", etag: '"v1"' }); r.end("<p>Hello</p>") },
    "/conditional": (q, r) => {
      if (q.headers["if-none-match"] === '"v1"') { r.writeHead(304); r.end(); return }
      r.writeHead(200, { etag: '"v1"', "content-type": "text/plain" }); r.end("body")
    },
    "/hop1": (_q, r) => { r.writeHead(301, { location: "/hop2" }); r.end() },
    "/hop2": (_q, r) => { r.writeHead(302, { location: "/page" }); r.end() },
    "/loop": (_q, r) => { r.writeHead(302, { location: "/loop" }); r.end() },
    "/gzip": (_q, r) => { r.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" }); r.end(gzipSync("squeezed")) },
    "/bomb": (_q, r) => { r.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }); r.end(gzipSync(Buffer.alloc(3_000_000, 32))) },
    "/bad-gzip": (_q, r) => { r.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }); r.end("not gzip at all") },
    "/big": (_q, r) => { r.writeHead(200, { "content-type": "text/html" }); r.end(Buffer.alloc(2_000_000, 97)) },
    "/busy": (_q, r) => {
      const n = hits.get("/busy") ?? 0
      if (n <= 2) { r.writeHead(429, { "retry-after": "0" }); r.end(); return }
      r.writeHead(200, { "content-type": "text/plain" }); r.end("finally")
    },
    "/always-busy": (_q, r) => { r.writeHead(503, { "retry-after": "3600" }); r.end() },
    "/slow": (_q, r) => { setTimeout(() => { r.writeHead(200); r.end("late") }, 2_000) },
    "/to-private": (_q, r) => { r.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }); r.end() }
  })
  base = s.base
  hits = s.hits
  close = () => s.server.close()
})
afterAll(() => close())

const run = <A, E>(settings: Partial<FetchSettings>, f: (fetcher: Fetcher) => Effect.Effect<A, E>) =>
  Effect.runPromise(
    Effect.flatMap(Fetcher, f).pipe(
      Effect.provide(Fetcher.Default.pipe(Layer.provide(liveTransport), Layer.provide(FetchConfig.layer({ privateNetwork: "loopback", perHostSpacingMs: 0, ...settings })))),
      Effect.scoped
    )
  )
const failureOf = <A, E>(settings: Partial<FetchSettings>, f: (fetcher: Fetcher) => Effect.Effect<A, E>) => run(settings, (x) => Effect.flip(f(x)))

describe("Fetcher (against a local server)", () => {
  it("fetches a page and records status, headers, digest and time", async () => {
    const page = await run({}, (f) => f.fetch(`${base}/page`))
    expect(page.status).toBe(200)
    expect(Buffer.from(page.body).toString()).toBe("<p>Hello</p>")
    expect(page.sha256).toBe(createHash("sha256").update("<p>Hello</p>").digest("hex"))
    expect(page.headers["etag"]).toBe('"v1"')
    expect(page.contentType).toBe("text/html")
  })

  it("follows redirects by hand and records each hop", async () => {
    const page = await run({}, (f) => f.fetch(`${base}/hop1`))
    expect(page.finalUrl).toBe(`${base}/page`)
    expect(page.redirects.map((r) => r.status)).toEqual([301, 302])
  })

  it("stops a redirect loop", async () => {
    const e = await failureOf({}, (f) => f.fetch(`${base}/loop`))
    expect(e.reason).toBe("TooManyRedirects")
  })

  it("refuses loopback by default, and a redirect hop to a link-local address even when loopback is allowed", async () => {
    const before = hits.get("/page") ?? 0
    const e = await failureOf({ privateNetwork: "deny" }, (f) => f.fetch(`${base}/page`))
    expect(e).toMatchObject({ reason: "Refused" })
    expect(e.detail).toMatch(/loopback/)
    expect(hits.get("/page") ?? 0).toBe(before)
    const hop = await failureOf({}, (f) => f.fetch(`${base}/to-private`))
    expect(hop).toMatchObject({ reason: "Refused" })
    expect(hop.detail).toMatch(/169\.254\.169\.254/)
  })

  it("undoes gzip, and refuses a body that inflates past the cap", async () => {
    const page = await run({}, (f) => f.fetch(`${base}/gzip`))
    expect(Buffer.from(page.body).toString()).toBe("squeezed")
    const bomb = await failureOf({ maxBytes: 1_000_000 }, (f) => f.fetch(`${base}/bomb`))
    expect(bomb.reason).toBe("TooLarge")
    const bad = await failureOf({}, (f) => f.fetch(`${base}/bad-gzip`))
    expect(bad.reason).toBe("Unparseable")
  })

  it("stops reading a body over the byte cap", async () => {
    const e = await failureOf({ maxBytes: 100_000 }, (f) => f.fetch(`${base}/big`))
    expect(e.reason).toBe("TooLarge")
  })

  it("retries 429 after the Retry-After the server asked for", async () => {
    const page = await run({ retries: 3 }, (f) => f.fetch(`${base}/busy`))
    expect(Buffer.from(page.body).toString()).toBe("finally")
    expect(hits.get("/busy")).toBe(3)
  })

  it("gives up when asked to wait longer than it will", async () => {
    const e = await failureOf({ retries: 3, maxRetryAfterMs: 5_000 }, (f) => f.fetch(`${base}/always-busy`))
    expect(e).toMatchObject({ reason: "Status", status: 503 })
    expect(hits.get("/always-busy")).toBe(1)
  })

  it("times out a server that does not answer", async () => {
    const e = await failureOf({ headersTimeoutMs: 300, retries: 0 }, (f) => f.fetch(`${base}/slow`))
    expect(e.reason).toBe("Timeout")
  })

  it("sends conditional headers and accepts 304", async () => {
    const page = await run({}, (f) => f.fetch(`${base}/conditional`, { etag: '"v1"' }))
    expect(page.status).toBe(304)
  })
})

describe("charset decoding", () => {
  it("reads windows-1251 served without a charset and declared in meta", () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])])
    expect(decodeText(bytes, "text/html").text).toContain("Привет")
  })

  it("recovers a Cyrillic page mislabelled as UTF-8", () => {
    const bytes = Buffer.from([0x3c, 0x70, 0x3e, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0])
    const decoded = decodeText(bytes, "text/html; charset=utf-8")
    expect(decoded.text).toContain("Привет мир")
    expect(decoded.note).toMatch(/not valid UTF-8/)
  })

  it("honours a byte-order mark over the header", () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), "text/html; charset=latin1").text).toBe("A")
  })
})
