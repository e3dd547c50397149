import type { Rating } from "../domain/verdict.js"
import type { ClaimReport, Report } from "./schema.js"
import { percent } from "./words.js"

const colour: Record<Rating, string> = {
  verified: "\x1b[32m",
  altered: "\x1b[35m",
  unverified: "\x1b[33m",
  contradicted: "\x1b[31m",
  unavailable: "\x1b[90m",
  "needs-review": "\x1b[36m"
}
const reset = "\x1b[0m"

const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n - 1) + "…" : s + " ".repeat(n - s.length))

/** One line per claim, for logs: stable, greppable, no colour. */
export const claimLogLine = (c: ClaimReport, done: number, total: number): string => {
  const fetched = c.evidence.filter((e) => e.availability === "fetched").length
  const failed = c.evidence.filter((e) => e.availability === "unavailable").length
  return `[${done}/${total}] ${c.id}: ${c.rating} (confidence ${percent(c.confidence)}; ${fetched} sources read, ${failed} unavailable)`
}

/** The end-of-run table. */
export const summaryTable = (r: Report, useColour: boolean): string => {
  const width = Math.max(10, ...r.claims.map((c) => c.id.length)) + 2
  const lines = [`${pad("claim", width)}${pad("rating", 14)}confidence`]
  for (const c of r.claims) {
    const rating = useColour ? `${colour[c.rating]}${pad(c.rating, 14)}${reset}` : pad(c.rating, 14)
    lines.push(`${pad(c.id, width)}${rating}${percent(c.confidence)}`)
  }
  const counts = Object.entries(r.summary.ratings).map(([k, v]) => `${v} ${k}`).join(", ")
  lines.push("", `${r.summary.claims} claims: ${counts}${r.mode === "replay" ? " (replayed from recorded sources)" : ""}`)
  return lines.join("\n")
}
