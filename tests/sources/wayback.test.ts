import { Effect, Layer } from "effect"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import type { SourceKind } from "../../src/domain/source.js"
import { FetchConfig } from "../../src/fetch/config.js"
import { Fetcher } from "../../src/fetch/fetcher.js"
import { replayTransport } from "../../src/fetch/replay.js"
import { readSource, type PriorReading, type SourceReading } from "../../src/sources/reader.js"
import { adapterFor } from "../../src/sources/registry.js"
import { availabilityUrl, captureTime, parseCapture, rawCaptureUrl } from "../../src/sources/wayback.js"
import { claimOf, runClaimSet } from "../e2e/run.js"

/** The letter's post under its feed URL: LinkedIn answers 999 there, the archive has a capture (fixtures/README.md). */
const FEED = "https://www.linkedin.com/feed/update/urn:li:activity:6934506290637754368/"
const CAPTURE = `https://web.archive.org/web/20220523161207id_/${FEED}`
const GONE = "https://www.rferl.org/a/russia-diplomat-bondarev-resigns/31863315.html"

/** Reads sources through the replay server, i.e. the same fetch code as a live run. */
const read = (url: string, declared?: SourceKind, prior?: PriorReading): Promise<SourceReading> =>
  Effect.runPromise(
    Effect.flatMap(Fetcher, (f) => readSource(f, url, declared, prior)).pipe(
      Effect.provide(Fetcher.Default.pipe(Layer.provide(replayTransport("fixtures")), Layer.provide(FetchConfig.layer({ perHostSpacingMs: 0 })))),
      Effect.scoped
    )
  )

describe("Wayback capture URLs", () => {
  it("takes a capture URL apart, whatever its flags and however the original is written", () => {
    expect(parseCapture(new URL(`https://web.archive.org/web/20220523161207/${FEED}`))).toEqual({ timestamp: "20220523161207", flags: "", original: FEED })
    expect(parseCapture(new URL(CAPTURE))).toMatchObject({ flags: "id_", original: FEED })
    expect(parseCapture(new URL("http://web.archive.org/web/2022if_/example.com/a?b=1"))).toEqual({ timestamp: "2022", flags: "if_", original: "http://example.com/a?b=1" })
    expect(parseCapture(new URL("https://web.archive.org/web/20220101000000/https:/example.com/x"))?.original).toBe("https://example.com/x")
    expect(parseCapture(new URL("https://web.archive.org/web/*/example.com"))).toBeUndefined()
    expect(parseCapture(new URL(`https://archive.ph/web/20220523161207/${FEED}`))).toBeUndefined()
  })

  it("asks for the toolbar-free capture and encodes the availability question", () => {
    expect(adapterFor(new URL(`https://web.archive.org/web/20220523161207/${FEED}`), "archive").requestUrl?.(new URL(`https://web.archive.org/web/20220523161207/${FEED}`))).toBe(CAPTURE)
    expect(rawCaptureUrl("20220523161207", FEED)).toBe(CAPTURE)
    expect(availabilityUrl("https://x.com/a?b=c&d", "20220523")).toBe("https://archive.org/wayback/available?url=https%3A%2F%2Fx.com%2Fa%3Fb%3Dc%26d&timestamp=20220523")
    expect(captureTime("20220523161207")).toBe("2022-05-23 16:12 UTC")
    expect(captureTime("20220524")).toBe("2022-05-24")
  })

  it("reads a capture URL in any declared kind through the archive adapter", () => {
    const url = new URL(`https://web.archive.org/web/20220523161207/${FEED}`)
    expect(adapterFor(url).id).toBe("wayback")
    expect(adapterFor(url, "linkedin-post").id).toBe("wayback")
  })
})

describe("web archive fallback in readSource (replayed recordings)", () => {
  it("reads a post LinkedIn blocks (999) from its archived copy, with the post adapter, and says so", async () => {
    const r = await read(FEED)
    if (r._tag !== "read") throw new Error(`expected a reading, got ${r.code}: ${r.reason}`)
    expect(r).toMatchObject({ url: FEED, adapter: "wayback" })
    expect(r.fetched).toMatchObject({ finalUrl: CAPTURE, status: 200 })
    expect(r.extracted).toMatchObject({ adapter: "wayback", kind: "linkedin-post", finalUrl: CAPTURE, authors: ["Boris Bondarev"], handles: ["boris-bondarev-1a2b3c4d"] })
    expect(r.extracted.notes[0]).toBe("archived copy from 2022-05-23 16:12 UTC (web.archive.org), the live page answered 999")
    expect(r.extracted.text).toMatch(/never have I been so ashamed of my country as on February 24/)
    expect(r.extracted.text).not.toMatch(/Brave man/)
  })

  it("reads a capture given as the source, and follows the archive to the nearest capture", async () => {
    const direct = await read(`https://web.archive.org/web/20220523161207/${FEED}`, "archive")
    if (direct._tag !== "read") throw new Error(direct.reason)
    expect(direct.extracted.notes[0]).toBe("archived copy from 2022-05-23 16:12 UTC (web.archive.org)")
    expect(direct.extracted).toMatchObject({ kind: "linkedin-post", finalUrl: CAPTURE, authors: ["Boris Bondarev"] })
    const nearest = await read(`https://web.archive.org/web/20220524/${FEED}`)
    if (nearest._tag !== "read") throw new Error(nearest.reason)
    expect(nearest.fetched.redirects).toHaveLength(1)
    expect(nearest.extracted.finalUrl).toBe(CAPTURE)
    expect(nearest.extracted.text).toBe(direct.extracted.text)
  })

  it("keeps the live reason, with what the archive said, when there is no copy", async () => {
    const r = await read(GONE)
    expect(r).toMatchObject({ _tag: "unavailable", code: "Removed", reason: "the page is gone (HTTP 404 Not Found); the web archive has no copy of it" })
  })

  it("does not let an archived copy hide the removal of a page a re-check read live before", async () => {
    const prior: PriorReading = {
      fetchedAt: "2022-05-23T17:00:00.000Z",
      extracted: { adapter: "linkedin-post", kind: "linkedin-post", finalUrl: FEED, authors: [], handles: [], text: "…", records: [], credits: [], notes: [] }
    }
    expect(await read(FEED, undefined, prior)).toMatchObject({ _tag: "unavailable", code: "BlockedByPlatform", reason: "blocked by platform (LinkedIn answered 999)" })
    const fromArchiveBefore = await read(FEED, undefined, { ...prior, extracted: { ...prior.extracted!, finalUrl: CAPTURE } })
    expect(fromArchiveBefore._tag).toBe("read")
  })

  it("verifies the letter's words from the archived copy of the speaker's own post (primary)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wayback-"))
    const file = join(dir, "archived.yaml")
    writeFileSync(file, `id: archived-post
title: The letter, from an archived copy of the post
article: { url: https://apnews.com/article/x, published: 2022-05-23, outlet: AP }
claims:
  - id: letter-ashamed
    kind: quote
    speaker: Boris Bondarev
    text: never have I been so ashamed of my country as on February 24 of this year
    sources: [ { url: "${FEED}" } ]
`)
    const c = claimOf(await runClaimSet(file), "letter-ashamed")
    expect(c.rating).toBe("verified")
    expect(c.evidence[0]).toMatchObject({ availability: "fetched", primary: true, adapter: "wayback", sourceKind: "linkedin-post", finalUrl: CAPTURE, status: 200 })
    expect(c.evidence[0]!.notes).toContain("archived copy from 2022-05-23 16:12 UTC (web.archive.org), the live page answered 999")
  })
})
