/**
 * Loader for the WCXB article pages in ../shared/eval (never copied into the
 * repo). Shared by the benchmark runner and the pinned quality test.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { gunzipSync } from "node:zlib"

export interface EvalPage {
  readonly id: string
  readonly url: string
  readonly html: string
  readonly title: string | null
  readonly author: string | null
  readonly publishDate: string | null
  readonly mainContent: string
}

/** ../shared/eval/wcxb-dev-articles relative to the repository root (the cwd of npm/vitest). */
export function corpusDir(): string {
  const fromCwd = resolve(process.cwd(), "../shared/eval/wcxb-dev-articles")
  if (existsSync(fromCwd)) return fromCwd
  return new URL("../../../shared/eval/wcxb-dev-articles", import.meta.url).pathname
}

export function corpusAvailable(): boolean {
  return existsSync(join(corpusDir(), "html"))
}

/** Page ids sorted by file name, so "the first N" is a fixed subset. */
export function pageIds(): Array<string> {
  return readdirSync(join(corpusDir(), "html"))
    .filter((f) => f.endsWith(".html.gz"))
    .map((f) => f.slice(0, -".html.gz".length))
    .sort()
}

interface GroundTruthFile {
  readonly url?: string
  readonly ground_truth?: {
    readonly title?: string | null
    readonly author?: string | null
    readonly publish_date?: string | null
    readonly main_content?: string | null
  }
}

export function loadPage(id: string): EvalPage {
  const dir = corpusDir()
  const html = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8")
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth", `${id}.json`), "utf8")) as GroundTruthFile
  const gt = truth.ground_truth ?? {}
  return {
    id,
    url: truth.url ?? `https://example.invalid/${id}`,
    html,
    title: gt.title ?? null,
    author: gt.author ?? null,
    publishDate: gt.publish_date ?? null,
    mainContent: gt.main_content ?? ""
  }
}

export function loadPages(limit?: number): Array<EvalPage> {
  const ids = pageIds()
  return (limit === undefined ? ids : ids.slice(0, limit)).map(loadPage)
}
