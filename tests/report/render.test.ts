import { describe, expect, it } from "vitest"
import { reportToJson } from "../../src/report/json.js"
import { reportToMarkdown } from "../../src/report/markdown.js"
import { needsDesk, renderReport } from "../../src/report/render.js"
import { runClaimSet } from "../e2e/run.js"
import { desk, fixture } from "./sample.js"

describe("rendering a report in every format", () => {
  it("leaves Markdown and JSON exactly as `run` writes them", () => {
    const report = fixture("bondarev-resignation")
    expect(renderReport(report, "md", undefined)).toEqual([{ name: "bondarev-resignation.md", content: reportToMarkdown(report), main: true }])
    expect(renderReport(report, "json", undefined)).toEqual([{ name: "bondarev-resignation.json", content: reportToJson(report), main: true }])
    expect([needsDesk("md"), needsDesk("json"), needsDesk("html"), needsDesk("csv"), needsDesk("claimreview")]).toEqual([false, false, true, true, true])
  })

  it("renders a report fresh from the engine: every claim in the page, the CSV and (when published) the JSON-LD", async () => {
    const report = await runClaimSet("pipelines/controls.yaml")
    const files = new Map(renderReport(report, "all", desk).map((f) => [f.name, f.content]))
    const page = files.get("controls.html") ?? ""
    for (const c of report.claims) {
      expect(page).toContain(`<article class="crb-claim" id="${c.id}"`)
      expect(files.get(`controls.${c.id}.embed.html`)).toContain(`id="${c.id}"`)
    }
    expect((files.get("controls.csv") ?? "").split("\r\n").filter(Boolean)).toHaveLength(report.claims.length + 1)
    const reviews = JSON.parse(files.get("controls.jsonld") ?? "[]") as Array<{ url: string }>
    expect(reviews.map((r) => r.url.split("#")[1])).toEqual(
      report.claims.filter((c) => !["unavailable", "needs-review"].includes(c.rating)).map((c) => c.id)
    )
  })
})
