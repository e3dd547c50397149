import { ConfigProvider, Effect, Layer } from "effect"
import { createHmac } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { Alerts, SIGNATURE_HEADER, type VerdictChanged } from "../../src/recheck/alerts.js"
import { classifyChange, textDifference } from "../../src/recheck/changes.js"
import { isDue } from "../../src/recheck/due.js"
import { startServer } from "../fetch/local-server.js"

const event: VerdictChanged = {
  type: "verdict-changed", claimSetId: "set", claimId: "c1", runId: 7, from: "verified", to: "unavailable", confidence: 0,
  at: "2026-11-27T00:00:00Z", sources: [{ url: "https://x.com/a/status/1", kind: "removed", detail: "post deleted" }]
}

describe("alerts on a changed verdict", () => {
  it("POSTs the event to the webhook signed with HMAC-SHA256, and appends it to the events file", async () => {
    const received: Array<{ body: string; signature: string | undefined }> = []
    const { server, base } = await startServer({
      "/hook": (req, res) => {
        let body = ""
        req.on("data", (d) => (body += d))
        req.on("end", () => {
          received.push({ body, signature: req.headers[SIGNATURE_HEADER] as string | undefined })
          res.writeHead(204)
          res.end()
        })
      }
    })
    const events = join(mkdtempSync(join(tmpdir(), "alerts-")), "events.jsonl")
    const config = ConfigProvider.fromMap(new Map([["CORROBORATE_WEBHOOK_URL", `${base}/hook`], ["CORROBORATE_WEBHOOK_SECRET", "s3cret"]]))
    await Effect.runPromise(
      Effect.flatMap(Alerts, (a) => a.verdictChanged(event)).pipe(
        Effect.provide(Alerts.layer(events).pipe(Layer.provide(Layer.setConfigProvider(config))))
      )
    )
    server.close()
    expect(received).toHaveLength(1)
    const { body, signature } = received[0]!
    expect(JSON.parse(body)).toEqual(event)
    expect(signature).toBe(`sha256=${createHmac("sha256", "s3cret").update(body).digest("hex")}`)
    expect(JSON.parse(readFileSync(events, "utf8").trim())).toEqual(event)
  })
})

describe("change detection", () => {
  it("shows where a text changed", () => {
    expect(textDifference("never have I been so ashamed of my country", "never have I been so proud of my country")).toBe(
      "…have I been so “ashamed” is now “proud”"
    )
  })

  it("calls a first reading new and a 410 removed", () => {
    const gone = { _tag: "unavailable", url: "https://a.example/x", adapter: "article", code: "Removed", reason: "the page was removed (HTTP 410 Gone)" } as const
    expect(classifyChange(undefined, gone).kind).toBe("new")
    const prior = { id: 1, runId: 1, url: gone.url, finalUrl: gone.url, status: 200, sha256: "ab", fetchedAt: "2022-05-24T00:00:00Z" }
    expect(classifyChange(prior, gone)).toEqual({ kind: "removed", detail: "the page was removed (HTTP 410 Gone)" })
  })

  it("is due when the schedule has ticked since the last check", () => {
    expect(isDue("0 */6 * * *", "2026-11-27T00:30:00Z", new Date("2026-11-27T05:59:00Z"))).toBe(false)
    expect(isDue("0 */6 * * *", "2026-11-27T00:30:00Z", new Date("2026-11-27T06:00:01Z"))).toBe(true)
    expect(isDue(undefined, "2026-11-27T00:30:00Z")).toBe(false)
  })
})
