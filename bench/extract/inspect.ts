/**
 * Look at one eval page: our extracted record, its score, and the words we
 * missed or added relative to the ground truth (the quickest way to see why
 * a page scores badly).
 *
 *   npx tsx bench/extract/inspect.ts 0097 [--text] [--truth]
 */
import { extractArticleFromHtml } from "../../src/extract/index.js"
import { loadPage } from "./corpus.js"
import { wordF1, words } from "./score.js"

function bagDiff(a: ReadonlyArray<string>, b: ReadonlyArray<string>): Array<[string, number]> {
  const counts = new Map<string, number>()
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1)
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) - 1)
  return [...counts].filter(([, n]) => n > 0).sort((x, y) => y[1] - x[1])
}

for (const id of process.argv.slice(2).filter((a) => !a.startsWith("--"))) {
  const page = loadPage(id)
  const out = extractArticleFromHtml(page.html, page.url)
  const score = wordF1(out.text, page.mainContent)
  console.log(`== ${id} ${page.url}`)
  console.log(`F1 ${score.f1.toFixed(3)} P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}`)
  console.log(`title   ${JSON.stringify(out.title)}  | truth ${JSON.stringify(page.title)}`)
  console.log(`authors ${JSON.stringify(out.authors)}  | truth ${JSON.stringify(page.author)}`)
  console.log(`date    ${JSON.stringify(out.published)}  | truth ${JSON.stringify(page.publishDate)}`)
  const ours = words(out.text)
  const truth = words(page.mainContent)
  const fmt = (d: Array<[string, number]>): string => d.slice(0, 60).map(([w, n]) => (n > 1 ? `${w}×${n}` : w)).join(" ")
  console.log(`extra   (${bagDiff(ours, truth).reduce((a, [, n]) => a + n, 0)}): ${fmt(bagDiff(ours, truth))}`)
  console.log(`missing (${bagDiff(truth, ours).reduce((a, [, n]) => a + n, 0)}): ${fmt(bagDiff(truth, ours))}`)
  if (process.argv.includes("--text")) console.log(`--- text\n${out.text}`)
  if (process.argv.includes("--truth")) console.log(`--- truth\n${page.mainContent}`)
}
