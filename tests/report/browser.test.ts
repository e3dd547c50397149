import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { claimToHtmlFragment, reportToHtml } from "../../src/report/html.js"
import type { Report } from "../../src/report/schema.js"
import { ratingWords } from "../../src/report/words.js"
import { claimOf, desk, fixture, hostileReport } from "./sample.js"

/**
 * The HTML report in a real browser (Debian's chromium, driven by playwright-core): every claim,
 * badge and source link visible on a phone and a desktop, no horizontal scrolling, no serious or
 * critical axe-core violation, nothing fetched from the network, and no injected script run.
 * Screenshots go to test-artifacts/ for a person to look at.
 */
const CHROMIUM = "/usr/bin/chromium"
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"
]
const WIDTHS = [{ name: "phone", width: 375, height: 812 }, { name: "desktop", width: 1280, height: 900 }] as const
const ARTIFACTS = "test-artifacts"

// Skipped only on a developer machine without chromium; in CI a missing browser must fail.
const skip = !existsSync(CHROMIUM) && !process.env["CI"]
if (skip) console.warn(`report browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`)

/** The browser globals the checks use: the project's tsconfig has no DOM lib, and should not get one for a test. */
interface Browser {
  readonly document: { readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number } }
  getComputedStyle(el: unknown, pseudo?: string): { visibility: string; display: string; content: string; color: string; textDecorationLine: string }
  readonly axe: { run(context: unknown, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: Array<string> }> }> }> }
  readonly __pwned?: number
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")

describe.skipIf(skip)(`report HTML in Chromium (${CHROMIUM})`, () => {
  let context: BrowserContext
  let profile: string
  const requests: Array<string> = []

  beforeAll(async () => {
    const { chromium } = await import("playwright-core")
    // a new, empty profile every run: nothing cached or remembered can hide a missing asset
    profile = mkdtempSync(join(tmpdir(), "corroborate-chromium-"))
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS })
    // the page must need nothing from outside: every request is recorded and refused
    await context.route("**/*", (route) => {
      requests.push(route.request().url())
      return route.abort()
    })
    mkdirSync(ARTIFACTS, { recursive: true })
  })

  afterAll(async () => {
    await context?.close()
    if (profile) rmSync(profile, { recursive: true, force: true })
  })

  const open = async (html: string, width: number, height: number): Promise<Page> => {
    const page = await context.newPage()
    await page.setViewportSize({ width, height })
    await page.setContent(html, { waitUntil: "load" })
    return page
  }

  const seriousAxe = async (page: Page) => {
    await page.addScriptTag({ content: axeSource })
    const result = await page.evaluate(async () => {
      const w = globalThis as unknown as Browser
      return w.axe.run(w.document, { resultTypes: ["violations"] })
    })
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)
  }

  /** Whether the element is shown and lies within the viewport's width (nothing cut off sideways). */
  const onScreen = (page: Page, selector: string) =>
    page.$$eval(selector, (els) =>
      els.map((el) => {
        const w = globalThis as unknown as Browser
        const r = el.getBoundingClientRect()
        const style = w.getComputedStyle(el)
        return {
          text: (el.textContent ?? "").trim(),
          shown: r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.display !== "none",
          inside: r.left >= -1 && r.right <= w.document.documentElement.clientWidth + 1
        }
      }))

  const checkReport = async (name: string, report: Report) => {
    for (const view of WIDTHS) {
      const page = await open(reportToHtml(report, desk), view.width, view.height)
      const claims = await onScreen(page, "main article.crb-claim")
      expect(claims).toHaveLength(report.claims.length)
      expect(claims.every((c) => c.shown && c.inside), `${name} ${view.name}: every claim shown within the width`).toBe(true)

      const badges = await onScreen(page, "article.crb-claim .crb-verdict .crb-badge")
      expect(badges.map((b) => b.text.replace(/^\S+\s/, ""))).toEqual(report.claims.map((c) => ratingWords[c.rating]))
      expect(badges.every((b) => b.shown && b.inside)).toBe(true)

      const links = await onScreen(page, "article.crb-claim .crb-source dl a[href^='http']")
      const expected = report.claims.flatMap((c) => c.evidence.flatMap((e) => [e.url, e.finalUrl !== e.url ? e.finalUrl : null])).filter((u) => u?.startsWith("http"))
      expect(links.map((l) => l.text)).toEqual(expected)
      expect(links.every((l) => l.shown && l.inside), `${name} ${view.name}: every source link shown within the width`).toBe(true)

      const overflow = await page.evaluate(() => {
        const root = (globalThis as unknown as Browser).document.documentElement
        return root.scrollWidth - root.clientWidth
      })
      expect(overflow, `${name} ${view.name}: no horizontal scrolling`).toBeLessThanOrEqual(0)
      expect(await seriousAxe(page)).toEqual([])
      await page.screenshot({ path: join(ARTIFACTS, `report-${name}-${view.name}.png`), fullPage: true })
      await page.close()
    }
  }

  it("shows every claim, badge and source link of the control report on a phone and a desktop", async () => {
    await checkReport("controls", fixture("controls"))
  })

  it("shows every claim, badge and source link of the seed report on a phone and a desktop", async () => {
    await checkReport("bondarev", fixture("bondarev-resignation"))
  })

  it("marks the altered word in a real browser: the source's word struck, the quote's underlined", async () => {
    const page = await open(reportToHtml(fixture("controls"), desk), 1280, 900)
    const article = page.locator("#control-altered-word")
    await expect(article.locator("del").first().textContent()).resolves.toBe("ashamed")
    await expect(article.locator("ins").first().textContent()).resolves.toBe("proud")
    const lines = await article.locator("del").first().evaluate((el) => (globalThis as unknown as Browser).getComputedStyle(el).textDecorationLine)
    expect(lines).toContain("line-through")
    await page.close()
  })

  it("prints: the badges keep their words and links that are words show their address", async () => {
    const page = await open(reportToHtml(fixture("controls"), desk), 1280, 900)
    await page.emulateMedia({ media: "print" })
    const badges = await onScreen(page, "article.crb-claim .crb-verdict .crb-badge")
    expect(badges.every((b) => b.shown && b.text.length > 2)).toBe(true)
    const article = await page.locator("header a.crb-ext").last().evaluate((a) => (globalThis as unknown as Browser).getComputedStyle(a, "::after").content)
    expect(article).toContain("https://apnews.com/article/")
    await page.screenshot({ path: join(ARTIFACTS, "report-controls-print.png"), fullPage: true })
    const pdf = await page.pdf({ format: "A4" })
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    await page.close()
  })

  it("embeds one claim in an article page without restyling the page around it", async () => {
    const report = fixture("controls")
    const fragment = claimToHtmlFragment(report, claimOf(report, "control-altered-word"), desk)
    const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title>
      <style>body{font-family:Georgia,serif;margin:0;padding:1rem}p{color:rgb(51, 51, 51)}</style></head>
      <body><header><p>News site</p></header><main><h1>The story</h1><p id="host-p">The article's own paragraph.</p>${fragment}</main></body></html>`
    for (const view of WIDTHS) {
      const page = await open(host, view.width, view.height)
      const claims = await onScreen(page, "article.crb-claim")
      expect(claims.every((c) => c.shown && c.inside)).toBe(true)
      expect(await page.locator("#host-p").evaluate((el) => (globalThis as unknown as Browser).getComputedStyle(el).color)).toBe("rgb(51, 51, 51)")
      expect(await seriousAxe(page)).toEqual([])
      await page.screenshot({ path: join(ARTIFACTS, `embed-altered-${view.name}.png`), fullPage: true })
      await page.close()
    }
  })

  it("runs none of the script a hostile source slipped into the report", async () => {
    const report = hostileReport()
    const page = await open(reportToHtml(report, desk), 1280, 900)
    expect(await page.evaluate(() => (globalThis as unknown as Browser).__pwned)).toBeUndefined()
    expect(await page.locator("a[href^='javascript:']").count()).toBe(0)
    expect(await page.title()).toBe("Verification report: Title </title><script>window.__pwned=1</script>")
    await page.close()
  })

  it("fetched nothing: the pages are self-contained", () => {
    expect(requests).toEqual([])
  })
})
