import { Effect, Either, Exit, Layer } from "effect"
import { createHash } from "node:crypto"
import { createReadStream, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { WARCParser } from "warcio"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { WarcArchive } from "../../src/archive/warc-archive.js"
import { parseClaimSet } from "../../src/claimset/load.js"
import { engineLayer } from "../../src/cli/layers.js"
import { isWebSource } from "../../src/domain/source.js"
import { FetchConfig } from "../../src/fetch/config.js"
import { Fetcher } from "../../src/fetch/fetcher.js"
import { replayTransport } from "../../src/fetch/replay.js"
import type { Transport } from "../../src/fetch/transport.js"
import type { InputError } from "../../src/domain/errors.js"
import { readWarcRecordings } from "../../src/fetch/warc-replay.js"
import type { Report } from "../../src/report/schema.js"
import { readSource, SourceReader, type SourceReading } from "../../src/sources/reader.js"
import { Verifier } from "../../src/verify/verifier.js"
import { localOnly, startFaultServer, type FaultServer } from "./fault-server.js"

/** What must come out the same when a run is replayed from its own evidence archive. */
const essence = (r: SourceReading) =>
  r._tag === "read"
    ? { tag: r._tag, url: r.url, adapter: r.adapter, status: r.fetched.status, finalUrl: r.fetched.finalUrl, sha256: r.fetched.sha256, redirects: r.fetched.redirects, text: r.extracted.text, authors: r.extracted.authors, notes: r.extracted.notes, published: r.extracted.published }
    : { tag: r._tag, url: r.url, adapter: r.adapter, code: r.code, reason: r.reason, status: r.fetched?.status, sha256: r.fetched?.sha256 }

const verdicts = (report: Report) =>
  report.claims.map((c) => ({ id: c.id, rating: c.rating, confidence: c.confidence, evidence: c.evidence.map((e) => [e.url, e.status, e.sha256, e.finalUrl, e.availability, e.reason ?? null, e.excerpt ?? null]) }))

const dir = mkdtempSync(join(tmpdir(), "warc-replay-"))

describe("--replay FILE.warc.gz: a run replayed from its own evidence archive", () => {
  it("gives the same readings and verdicts as the run that wrote it (the seed and control claim sets)", async () => {
    const warc = join(dir, "fixtures-run.warc.gz")
    const sets = ["pipelines/bondarev-resignation.yaml", "pipelines/controls.yaml"].map((file) => {
      const parsed = parseClaimSet(file, readFileSync(file, "utf8"))
      if (Either.isLeft(parsed)) throw new Error(parsed.left.message)
      return parsed.right
    })
    const sources = [...new Map(sets.flatMap((cs) => cs.claims.flatMap((c) => c.sources.filter(isWebSource))).map((s) => [`${s.kind ?? ""} ${s.url}`, s])).values()]
    const runOnce = (options: { replay: string; archive?: string }) =>
      Effect.runPromise(
        Effect.gen(function* () {
          const reader = yield* SourceReader
          const verifier = yield* Verifier
          const readings = yield* Effect.forEach(sources, (s) => reader.read(s.url, s.kind), { concurrency: 4 })
          const reports = yield* Effect.forEach(sets, (cs) => verifier.reportSet(cs))
          return { readings: readings.map(essence), verdicts: reports.map(verdicts) }
        }).pipe(Effect.provide(engineLayer(options)), Effect.scoped)
      )
    const live = await runOnce({ replay: "fixtures", archive: warc })
    const replayed = await runOnce({ replay: warc })
    expect(replayed.readings).toEqual(live.readings)
    expect(replayed.verdicts).toEqual(live.verdicts)
    expect(live.readings.filter((r) => r.tag === "read").length).toBeGreaterThan(10)
  })

  it("refuses to replay from a missing or non-WARC file, or into the archive it is reading", async () => {
    const notWarc = join(dir, "notes.warc")
    writeFileSync(notWarc, "this is not a WARC file\n")
    for (const replay of [join(dir, "missing.warc.gz"), notWarc]) {
      const exit = await Effect.runPromiseExit(Effect.provide(Effect.void, replayTransport(replay).pipe(Layer.provide(FetchConfig.layer()))).pipe(Effect.scoped))
      expect(Exit.isFailure(exit) && JSON.stringify(exit.cause)).toMatch(/InputError/)
    }
    const same = await Effect.runPromiseExit(Effect.provide(Effect.void, engineLayer({ replay: join(dir, "x.warc.gz"), archive: join(dir, "x.warc.gz") })).pipe(Effect.scoped))
    expect(Exit.isFailure(same) && JSON.stringify(same.cause)).toMatch(/would write its evidence archive to/)
  })
})

describe("live against a local server, then replayed from the WARC", () => {
  let s: FaultServer
  const zipped = gzipSync("<html><head><title>Zipped</title></head><body><article><p>Compressed evidence, as it came over the wire.</p></article></body></html>")
  beforeAll(async () => {
    s = await startFaultServer({
      "/article": (_q, r) => { r.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip", etag: '"z1"' }); r.end(zipped) },
      "/moved": (_q, r) => { r.writeHead(301, { location: "/article?from=moved" }); r.end() },
      "/gone": (_q, r) => { r.writeHead(404, { "content-type": "text/html" }); r.end("<html><body><p>Page not found</p></body></html>") }
    })
  })
  afterAll(() => s.close())

  const config = FetchConfig.layer({ privateNetwork: "loopback", perHostSpacingMs: 0, retries: 0 })
  const readEach = (urls: ReadonlyArray<string>, transport: Layer.Layer<Transport, InputError, FetchConfig>, archive?: string) =>
    Effect.runPromise(
      Effect.flatMap(Fetcher, (f) => Effect.forEach(urls, (u) => readSource(f, u))).pipe(
        Effect.provide(Fetcher.Default.pipe(Layer.provide(transport), Layer.provide(archive ? WarcArchive.toFile(archive) : Layer.empty), Layer.provide(config))),
        Effect.scoped
      )
    )

  it("replays gzip, redirects, charset and 404 answers byte for byte, and every record's digest is the SHA-256 of its payload", async () => {
    const warc = join(dir, "local-run.warc.gz")
    const urls = ["/article", "/moved", "/cp1251", "/gone"].map((p) => `${s.base}${p}`)
    const live = await readEach(urls, localOnly(s), warc)
    expect(live.map((r) => r._tag)).toEqual(["read", "read", "read", "unavailable"])
    const replayed = await readEach(urls, replayTransport(warc))
    expect(replayed.map(essence)).toEqual(live.map(essence))

    // Every record, read back with warcio: requests follow their responses, digests cover the payload as received.
    const records: Array<{ type: string; uri: string; id: string; concurrentTo: string | undefined; digest: string; sha: string }> = []
    for await (const record of WARCParser.iterRecords(createReadStream(warc))) {
      const payload = await record.readFully(false)
      records.push({
        type: record.warcType,
        uri: record.warcTargetURI ?? "",
        id: record.warcHeader("WARC-Record-ID") ?? "",
        concurrentTo: record.warcConcurrentTo?.[0],
        digest: record.warcPayloadDigest ?? "",
        sha: `sha256:${createHash("sha256").update(payload).digest("hex")}`
      })
    }
    expect(records[0]!.type).toBe("warcinfo")
    const exchanges = records.slice(1)
    expect(exchanges.map((r) => r.type)).toEqual(exchanges.map((_, i) => (i % 2 === 0 ? "response" : "request")))
    for (let i = 0; i < exchanges.length; i += 2) {
      const [response, request] = [exchanges[i]!, exchanges[i + 1]!]
      expect(response.digest).toBe(response.sha)
      expect(request.uri).toBe(response.uri)
      expect(request.concurrentTo).toBe(response.id)
    }
    const fetchedUris = exchanges.filter((r) => r.type === "response").map((r) => r.uri)
    expect(fetchedUris).toEqual(expect.arrayContaining([`${s.base}/moved`, `${s.base}/article?from=moved`, "https://archive.org/wayback/available?url=" + encodeURIComponent(`${s.base}/gone`)]))
    const zippedRecord = (await readWarcRecordings(warc)).get(`127.0.0.1:${s.port}/article`)!
    expect(zippedRecord).toMatchObject({ status: 200, headers: { "content-encoding": "gzip", etag: '"z1"' } })
    expect(Buffer.from(zippedRecord.body).equals(zipped)).toBe(true)
  })
})
