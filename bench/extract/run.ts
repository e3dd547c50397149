/**
 * Benchmark: our extractor versus @mozilla/readability (on linkedom) on the
 * WCXB article pages, same pages, same process, one core.
 *
 *   npx tsx bench/extract/run.ts [--limit N] [--only corroborate|readability] [--worst N] [--json FILE]
 *
 * Columns: text word-F1/precision/recall (mean over pages, WCXB scoring, see
 * score.ts); exact-match rates for title, author and publish date; pages/s by
 * wall clock; pages per CPU-second (process CPU time, steadier when the
 * machine is shared, but it also counts V8's background GC threads); median
 * wall time per page; pages on which the method threw.
 */
import { Readability } from "@mozilla/readability"
import { parseHTML } from "linkedom"
import { writeFileSync } from "node:fs"
import { extractArticleFromHtml } from "../../src/extract/index.js"
import { loadPages, type EvalPage } from "./corpus.js"
import { authorMatches, dateMatches, titleMatches, wordF1, type TextScore } from "./score.js"

interface Output {
  readonly text: string
  readonly title?: string | undefined
  readonly authors: ReadonlyArray<string>
  readonly published?: string | undefined
}

interface PageResult extends TextScore {
  readonly id: string
  /** Wall-clock and process CPU time for this page (CPU time is less disturbed by other load). */
  readonly ms: number
  readonly cpuMs: number
  readonly failed: boolean
  readonly title: boolean
  readonly author: boolean
  readonly date: boolean
}

type Method = { readonly name: string; readonly run: (page: EvalPage) => Output }

const ours: Method = {
  name: "corroborate",
  run: (page) => extractArticleFromHtml(page.html, page.url)
}

const readability: Method = {
  name: "readability",
  run: (page) => {
    const { document } = parseHTML(page.html)
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
    const byline = article?.byline?.trim()
    return {
      text: article?.textContent ?? "",
      title: article?.title ?? undefined,
      authors: byline ? [byline] : [],
      published: article?.publishedTime?.slice(0, 10) ?? undefined
    }
  }
}

function runMethod(method: Method, pages: ReadonlyArray<EvalPage>): Array<PageResult> {
  return pages.map((page) => {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    let out: Output
    let failed = false
    try {
      out = method.run(page)
    } catch {
      // A crash scores as an empty extraction and is counted separately.
      out = { text: "", authors: [] }
      failed = true
    }
    const ms = performance.now() - t0
    const cpu = process.cpuUsage(c0)
    return {
      id: page.id,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      failed,
      ...wordF1(out.text, page.mainContent),
      title: titleMatches(out.title, page.title),
      author: authorMatches(out.authors, page.author),
      date: dateMatches(out.published, page.publishDate)
    }
  })
}

const mean = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? 0 : (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2
}

interface Summary {
  readonly method: string
  readonly f1: number
  readonly precision: number
  readonly recall: number
  readonly title: number
  readonly author: number
  readonly date: number
  readonly pagesPerSec: number
  readonly cpuPagesPerSec: number
  readonly medianMs: number
  readonly failures: number
}

function summarise(name: string, results: ReadonlyArray<PageResult>): Summary {
  const totalMs = results.reduce((a, r) => a + r.ms, 0)
  const totalCpuMs = results.reduce((a, r) => a + r.cpuMs, 0)
  return {
    method: name,
    f1: mean(results.map((r) => r.f1)),
    precision: mean(results.map((r) => r.precision)),
    recall: mean(results.map((r) => r.recall)),
    title: mean(results.map((r) => (r.title ? 1 : 0))),
    author: mean(results.map((r) => (r.author ? 1 : 0))),
    date: mean(results.map((r) => (r.date ? 1 : 0))),
    pagesPerSec: results.length / (totalMs / 1000),
    cpuPagesPerSec: results.length / (totalCpuMs / 1000),
    medianMs: median(results.map((r) => r.ms)),
    failures: results.filter((r) => r.failed).length
  }
}

function printTable(rows: ReadonlyArray<Summary>, pages: number): void {
  const head = ["method", "F1", "P", "R", "title", "author", "date", "pages/s", "pages/cpu-s", "median ms", "errors"]
  const lines = rows.map((r) => [
    r.method, r.f1.toFixed(4), r.precision.toFixed(4), r.recall.toFixed(4), r.title.toFixed(3),
    r.author.toFixed(3), r.date.toFixed(3), r.pagesPerSec.toFixed(1), r.cpuPagesPerSec.toFixed(1), r.medianMs.toFixed(2), String(r.failures)
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const fmt = (cells: ReadonlyArray<string>): string => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ")
  console.log(`\n${pages} pages (metadata columns: exact-match rate; a missing label matches only a missing value)\n`)
  console.log(fmt(head))
  console.log(fmt(widths.map((w) => "-".repeat(w))))
  for (const l of lines) console.log(fmt(l))
  const [a, b] = rows
  if (a !== undefined && b !== undefined) {
    console.log(`\nratio ${a.method}/${b.method}: F1 ${(a.f1 / b.f1).toFixed(3)}, speed ${(a.pagesPerSec / b.pagesPerSec).toFixed(2)}x`)
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function main(): void {
  const limitArg = arg("--limit")
  const only = arg("--only")
  const worst = Number(arg("--worst") ?? 0)
  const pages = loadPages(limitArg === undefined ? undefined : Number(limitArg))
  const methods = [ours, readability].filter((m) => only === undefined || m.name.startsWith(only))
  const all = methods.map((m) => ({ name: m.name, results: runMethod(m, pages) }))
  printTable(all.map((m) => summarise(m.name, m.results)), pages.length)
  if (worst > 0) {
    for (const m of all) {
      const sorted = [...m.results].sort((x, y) => x.f1 - y.f1).slice(0, worst)
      console.log(`\nworst ${m.name}: ${sorted.map((r) => `${r.id}=${r.f1.toFixed(2)}(p${r.precision.toFixed(2)} r${r.recall.toFixed(2)})`).join(" ")}`)
    }
  }
  const jsonFile = arg("--json")
  if (jsonFile !== undefined) writeFileSync(jsonFile, JSON.stringify(all, null, 1))
}

main()
