import { Effect, Layer } from "effect"
import { getHeapStatistics, setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { FetchConfig, type FetchSettings } from "../../src/fetch/config.js"
import { Fetcher } from "../../src/fetch/fetcher.js"
import { readSource, type SourceReading } from "../../src/sources/reader.js"
import type { SourceKind } from "../../src/domain/source.js"
import { CP1251_SENTENCE, localOnly, startFaultServer, type FaultServer } from "./fault-server.js"

/**
 * The ways the web fails, end to end through readSource: each ends as a reading with a code and a
 * reason a desk reads, never as an exception. Fetcher-level checks of some of the same faults (retry
 * counts, gzip bombs, conditional requests) are in fetcher.test.ts; these check what the desk sees.
 * Every connection goes to 127.0.0.1 (see `localOnly`), whatever host a URL names.
 */

let s: FaultServer
beforeAll(async () => {
  s = await startFaultServer()
})
afterAll(() => s.close())

const SETTINGS: Partial<FetchSettings> = {
  privateNetwork: "loopback",
  perHostSpacingMs: 0,
  // Every fault is on one host; they run side by side.
  perHostConcurrency: 32,
  retries: 1,
  maxBytes: 1_000_000,
  bodyTimeoutMs: 600,
  totalTimeoutMs: 5_000
}

const readAll = (sources: ReadonlyArray<{ url: string; kind?: SourceKind }>): Promise<ReadonlyArray<SourceReading>> =>
  Effect.runPromise(
    Effect.flatMap(Fetcher, (f) => Effect.forEach(sources, (x) => readSource(f, x.url, x.kind), { concurrency: "unbounded" })).pipe(
      Effect.provide(Fetcher.Default.pipe(Layer.provide(localOnly(s)), Layer.provide(FetchConfig.layer(SETTINGS)))),
      Effect.scoped
    )
  )
const readOne = async (url: string, kind?: SourceKind) => (await readAll([{ url, ...(kind ? { kind } : {}) }]))[0]!

const LOGIN_WALLED = "https://www.linkedin.com/posts/someone_resignation-activity-1"

describe("faults, through readSource", () => {
  it("ends every fault as unavailable with its code and a reason a desk reads, all at once, nothing thrown", async () => {
    const cases: ReadonlyArray<{ url: string; kind?: SourceKind; code: string; reason: RegExp }> = [
      { url: `${s.base}/hang`, code: "Timeout", reason: /^timed out: the server did not answer in time \(headers timeout\)$/ },
      { url: `${s.base}/reset`, code: "Network", reason: /^the connection was reset while the response was being read$/ },
      { url: `${s.base}/error`, code: "Status", reason: /^the server answered 500/ },
      { url: `${s.base}/drip`, code: "Timeout", reason: /^timed out: the body took longer than 600 ms to arrive \(\d+ bytes by then\)$/ },
      { url: `${s.base}/truncated`, code: "Network", reason: /^the connection closed after 80 of the 5000 bytes the server announced \(truncated body\)$/ },
      { url: `${s.base}/bad-gzip`, code: "Unparseable", reason: /^cannot decode gzip body/ },
      { url: `${s.base}/loop`, code: "TooManyRedirects", reason: /redirect loop back to .*\/loop/ },
      { url: `${s.base}/huge`, code: "TooLarge", reason: /^too large: the body is larger than the 1000000-byte cap$/ },
      { url: `${s.base}/huge-announced`, code: "TooLarge", reason: /^too large: the server announced 52428800 bytes, over the 1000000-byte cap$/ },
      { url: LOGIN_WALLED, code: "BlockedByPlatform", reason: /^blocked by platform \(LinkedIn login wall\); the web archive has no copy of it$/ },
      { url: `${s.base}/to-metadata`, code: "Refused", reason: /^refused: the URL points at a link-local .*address 169\.254\.169\.254$/ }
    ]
    const readings = await readAll(cases)
    readings.forEach((r, i) => {
      const want = cases[i]!
      expect({ url: want.url, tag: r._tag, code: r._tag === "unavailable" ? r.code : undefined }).toEqual({ url: want.url, tag: "unavailable", code: want.code })
      if (r._tag === "unavailable") expect(r.reason).toMatch(want.reason)
    })
    // Transient faults were tried again once; a refusal, a loop and a cap are not worth a second try.
    expect(s.hits.get("/error")).toBe(2)
    expect(s.hits.get("/huge-announced")).toBe(1)
  })

  it("refuses a redirect to the cloud metadata address before any connection is made", async () => {
    const before = s.origins.length
    const r = await readOne(`${s.base}/to-metadata`)
    expect(r).toMatchObject({ _tag: "unavailable", code: "Refused" })
    expect(s.origins.slice(before)).toEqual(["127.0.0.1"])
    const direct = await readOne("http://169.254.169.254/latest/meta-data/")
    expect(direct).toMatchObject({ _tag: "unavailable", code: "Refused" })
    expect(s.origins).not.toContain("169.254.169.254")
  })

  it("waits as long as Retry-After asks on a 429, then reads the page", async () => {
    const started = Date.now()
    const r = await readOne(`${s.base}/busy`)
    expect(r._tag).toBe("read")
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000)
    expect(s.hits.get("/busy")).toBe(2)
  })

  it("reads windows-1251 bytes served as UTF-8 in the right charset, and says so", async () => {
    const r = await readOne(`${s.base}/cp1251`)
    if (r._tag !== "read") throw new Error(r.reason)
    expect(r.extracted.text).toContain(CP1251_SENTENCE)
    expect(r.extracted.notes).toContain("declared by the server as UTF-8 but is not valid UTF-8; read as windows-1251")
  })

  it("reads a login-walled LinkedIn post as blocked by the platform, not as the sign-in page", async () => {
    const r = await readOne(LOGIN_WALLED)
    expect(r).toMatchObject({ _tag: "unavailable", adapter: "linkedin-post", code: "BlockedByPlatform" })
    if (r._tag === "unavailable") expect(r.fetched?.finalUrl).toMatch(/\/authwall\?/)
  })

  it("keeps memory bounded: twenty bodies far over the cap leave the heap where it was", async () => {
    setFlagsFromString("--expose-gc")
    const gc = runInNewContext("gc") as () => void
    await readOne(`${s.base}/huge`) // warm up: modules, agent, server
    gc()
    const before = getHeapStatistics().used_heap_size
    const huge = Array.from({ length: 20 }, () => ({ url: `${s.base}/huge` }))
    for (const x of huge) expect((await readOne(x.url))._tag).toBe("unavailable")
    gc()
    const grown = getHeapStatistics().used_heap_size - before
    expect(grown).toBeLessThan(4 * 1024 * 1024)
  })
})
