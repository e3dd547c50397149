import { Effect, Layer } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { FetchConfig } from "../../src/fetch/config.js"
import { Fetcher } from "../../src/fetch/fetcher.js"
import { liveTransport } from "../../src/fetch/transport.js"
import { SourceReader } from "../../src/sources/reader.js"
import { startServer } from "../fetch/local-server.js"

const page = (title: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>The council approved the budget for the new bridge on Tuesday after a long evening session.</p></article></body></html>`

let base = ""
let hits = new Map<string, number>()
let close = () => {}

beforeAll(async () => {
  const routes = Object.fromEntries(["/a", "/b", "/c"].map((p) => [p, (_q: unknown, r: import("node:http").ServerResponse) => {
    r.writeHead(200, { "content-type": "text/html; charset=utf-8" })
    r.end(page(p))
  }]))
  const s = await startServer(routes)
  base = s.base
  hits = s.hits
  close = () => s.server.close()
})
afterAll(() => close())

const layer = SourceReader.Default.pipe(
  Layer.provide(Fetcher.Default),
  Layer.provide(liveTransport),
  Layer.provide(FetchConfig.layer({ privateNetwork: "loopback", perHostSpacingMs: 0 }))
)

describe("a reading session", () => {
  it("reads a source once for all the claims that cite it, then lets it go", async () => {
    hits.clear()
    const tags = await Effect.runPromise(
      Effect.gen(function* () {
        const reader = yield* SourceReader
        // /a is cited by three claims, /b by one; /c was not announced
        const session = reader.session([{ url: `${base}/a` }, { url: `${base}/b` }, { url: `${base}/a` }, { url: `${base}/a` }])
        const first = yield* Effect.forEach([`${base}/a`, `${base}/b`, `${base}/a`], (u) => session.read(u), { concurrency: "unbounded" })
        expect(hits.get("/a")).toBe(1)
        const third = yield* session.read(`${base}/a`)
        expect(hits.get("/a")).toBe(1)
        // every citation of /a has had its reading: the session no longer holds it, so a fourth
        // (unannounced) read fetches the page again
        yield* session.read(`${base}/a`)
        expect(hits.get("/a")).toBe(2)
        // a source the session was not told of is kept until the session ends
        yield* session.read(`${base}/c`)
        yield* session.read(`${base}/c`)
        expect(hits.get("/c")).toBe(1)
        return [...first, third].map((r) => r._tag)
      }).pipe(Effect.provide(layer), Effect.scoped)
    )
    expect(tags).toEqual(["read", "read", "read", "read"])
    expect(hits.get("/b")).toBe(1)
  })

  it("keeps a source apart per declared kind: one URL read as two kinds is read twice", async () => {
    hits.clear()
    await Effect.runPromise(
      Effect.gen(function* () {
        const reader = yield* SourceReader
        const session = reader.session([{ url: `${base}/b`, kind: "article" }, { url: `${base}/b`, kind: "wire" }])
        yield* session.read(`${base}/b`, "article")
        yield* session.read(`${base}/b`, "wire")
      }).pipe(Effect.provide(layer), Effect.scoped)
    )
    expect(hits.get("/b")).toBe(2)
  })
})
