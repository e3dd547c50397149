import type { DiffOp, MatchClass, Support } from "../domain/verdict.js"

/** What a claim-kind check found in one source, before weighing. */
export interface CheckResult {
  readonly support: Support
  readonly strength: number
  readonly primary: boolean
  readonly finding: string
  readonly match?: MatchClass
  readonly score?: number
  readonly span?: { readonly start: number; readonly end: number }
  readonly excerpt?: string
  readonly diff?: ReadonlyArray<DiffOp>
  readonly notes?: ReadonlyArray<string>
}

/** Keeps excerpts readable in a report: the span with a little context, cut at word boundaries. */
export const excerptAround = (text: string, start: number, end: number, context = 80): string => {
  const from = Math.max(0, start - context)
  const to = Math.min(text.length, end + context)
  const head = from > 0 ? "…" + text.slice(from, start).replace(/^\S*\s/, "") : text.slice(0, start)
  const tail = to < text.length ? text.slice(end, to).replace(/\s\S*$/, "") + "…" : text.slice(end)
  return (head + text.slice(start, end) + tail).replace(/\s+/g, " ").trim()
}

export const quoteWords = (s: string, max = 12): string => {
  const words = s.trim().split(/\s+/)
  return words.length > max ? `“${words.slice(0, max).join(" ")} …”` : `“${s.trim()}”`
}
