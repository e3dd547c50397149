import type { EvidenceItem } from "../report/schema.js"
import type { Extracted } from "../sources/extracted.js"
import type { SourceReading } from "../sources/reader.js"
import type { Snapshot } from "../store/store.js"

export type SourceChange = NonNullable<EvidenceItem["change"]>

/** The extracted document a snapshot keeps, or undefined when it kept none (the source was unavailable). */
export const extractedOf = (snapshot: Snapshot): Extracted | undefined => {
  if (!snapshot.text) return undefined
  try {
    const doc = JSON.parse(snapshot.text) as Extracted
    return typeof doc.text === "string" && Array.isArray(doc.authors) ? doc : undefined
  } catch {
    return undefined
  }
}

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s)

/**
 * Where two versions of a text differ: the span between their common beginning and end, in words,
 * e.g. “ashamed of my country” → “proud of my country”.
 */
export const textDifference = (before: string, after: string): string => {
  const a = before.split(/\s+/)
  const b = after.split(/\s+/)
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const lead = a.slice(Math.max(0, head - 4), head).join(" ")
  const was = a.slice(head, a.length - tail).join(" ")
  const now = b.slice(head, b.length - tail).join(" ")
  return `…${lead} “${clip(was) || "(nothing)"}” is now “${clip(now) || "(nothing)"}”`
}

const pathOf = (url: string | null | undefined) => {
  if (!url) return undefined
  const u = new URL(url)
  return `${u.host}${u.pathname}`
}

/** How a source differs from its last snapshot: unchanged, edited, removed, moved, or unreachable for now. */
export const classifyChange = (prior: Snapshot | undefined, reading: SourceReading): SourceChange => {
  if (!prior) return { kind: "new", detail: "first time this source was read" }
  const before = extractedOf(prior)
  if (reading._tag === "unavailable") {
    return reading.code === "Removed" || reading.code === "BlockedByPlatform"
      ? { kind: "removed", detail: reading.reason }
      : { kind: "unreachable", detail: `${reading.reason} (it may be back later)` }
  }
  if (reading.fetched.status === 304) return { kind: "unchanged", detail: `not modified since ${prior.fetchedAt} (HTTP 304): judged on the copy read then` }
  if (prior.sha256 !== null && reading.fetched.sha256 === prior.sha256) return { kind: "unchanged", detail: "the same bytes as before (same SHA-256)" }
  const from = pathOf(prior.finalUrl)
  const to = pathOf(reading.fetched.finalUrl)
  if (from && to && from !== to) return { kind: "moved", detail: `now answers from ${reading.fetched.finalUrl}` }
  if (!before) return { kind: "edited", detail: "readable again after being unavailable" }
  if (before.text === reading.extracted.text) return { kind: "unchanged", detail: "the page changed around the text, the text is the same" }
  return { kind: "edited", detail: textDifference(before.text, reading.extracted.text) }
}
