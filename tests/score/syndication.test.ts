import { Effect } from "effect"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { containment, MIN_SHINGLES, shingles, SYNDICATION_THRESHOLD } from "../../src/score/independence.js"
import { adapterFor } from "../../src/sources/registry.js"
import { fixtureInput } from "../sources/fixtures.js"

const textOf = (url: string) => Effect.runSync(adapterFor(new URL(url)).read(fixtureInput(url))).text

const U = {
  reuters: "https://www.reuters.com/world/europe/exclusive-putin-envoy-chubais-quits-leaves-russia-over-ukraine-war-sources-2022-03-23/",
  usnews: "https://www.usnews.com/news/world/articles/2022-03-23/exclusive-putin-envoy-chubais-quits-leaves-russia-over-ukraine-war-sources",
  nasdaq: "https://www.nasdaq.com/articles/exclusive-putin-envoy-chubais-quits-leaves-russia-over-ukraine-war-sources",
  marketscreener: "https://www.marketscreener.com/news/latest/Exclusive-Putin-envoy-Chubais-quits-leaves-Russia-over-Ukraine-war-sources--39781234/",
  bbc: "https://www.bbc.com/news/world-europe-60849236",
  guardian: "https://www.theguardian.com/world/2022/mar/23/anatoly-chubais-putin-climate-envoy-quits-leaves-russia",
  ap: "https://apnews.com/article/russia-ukraine-geneva-united-nations-diplomats-4f1a2b3c4d5e6f708192a3b4c5d6e7f8",
  reutersBondarev: "https://www.reuters.com/world/europe/russian-diplomat-geneva-resigns-over-ukraine-war-2022-05-23/",
  unwatch: "https://unwatch.org/russian-diplomat-at-un-resigns-over-ukraine-war-un-watch-hails-hero/"
}

/** How a syndicating site reworks a wire story: a trimmed tail, its own lead-in and footer, a retouched sentence. */
const syndicate = (text: string, seed: number): string => {
  const paras = text.split(/\n\n+/)
  const kept = paras.slice(0, Math.max(2, paras.length - 1 - (seed % 2)))
  const retouched = kept.map((p, i) => (i === 1 ? p.replace(/\bsaid\b/, "told reporters") : p))
  return [`(Reuters) - ${seed % 3 === 0 ? "UPDATE 1-" : ""}`, ...retouched, "(c) Copyright Thomson Reuters 2025. Click For Restrictions"].join("\n\n")
}

const evalDir = join(process.cwd(), "..", "shared", "eval", "wcxb-dev-articles", "ground-truth")
const articles = readdirSync(evalDir).sort().slice(0, 80)
  .map((f) => (JSON.parse(readFileSync(join(evalDir, f), "utf8")) as { ground_truth: { main_content: string } }).ground_truth.main_content)
  .filter((t) => shingles(t).size >= 150)
  .slice(0, 40)

const score = (a: string, b: string) => containment(shingles(a), shingles(b))

describe("syndication threshold, chosen on labelled pairs", () => {
  const copies = [
    ...[U.usnews, U.nasdaq, U.marketscreener].map((u) => score(textOf(U.reuters), textOf(u))),
    ...articles.map((t, i) => score(t, syndicate(t, i)))
  ]
  const independent = [
    score(textOf(U.reuters), textOf(U.bbc)),
    score(textOf(U.reuters), textOf(U.guardian)),
    score(textOf(U.bbc), textOf(U.guardian)),
    score(textOf(U.ap), textOf(U.reutersBondarev)),
    score(textOf(U.ap), textOf(U.unwatch)),
    ...articles.slice(1).map((t, i) => score(articles[i]!, t))
  ]

  it("separates every labelled copy from every independent report, with the threshold in the gap", () => {
    const lowestCopy = Math.min(...copies)
    const highestIndependent = Math.max(...independent)
    console.log(`syndication pairs: ${copies.length} copies (lowest containment ${lowestCopy.toFixed(3)}), ${independent.length} independent (highest ${highestIndependent.toFixed(3)}); threshold ${SYNDICATION_THRESHOLD}`)
    expect(copies.length).toBeGreaterThanOrEqual(40)
    expect(independent.length).toBeGreaterThanOrEqual(40)
    expect(highestIndependent).toBeLessThan(SYNDICATION_THRESHOLD)
    expect(lowestCopy).toBeGreaterThanOrEqual(SYNDICATION_THRESHOLD)
  })

  it("does not judge short texts by overlap at all", () => {
    expect(MIN_SHINGLES).toBeGreaterThan(10)
    const tweet = "UN Watch is now calling on all other Russian diplomats at the United Nations and worldwide to follow his moral example and resign."
    expect(shingles(tweet).size).toBeLessThan(MIN_SHINGLES)
  })
})
