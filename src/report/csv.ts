import { type DeskConfig, reportUrl } from "./desk-config.js"
import type { ClaimReport, Report } from "./schema.js"

/**
 * The report as a spreadsheet: one row per claim, for a desk's tracking sheet. RFC 4180: fields
 * separated by commas, records by CRLF, a field quoted when it holds a comma, a quote, CR or LF,
 * with its quotes doubled.
 */
export const CSV_HEADER = [
  "id", "kind", "claim", "rating", "confidence", "sources", "sources available", "independent groups",
  "first explanation line", "report URL"
] as const

/**
 * Text that starts with = + - @ (or a tab/CR) is run as a formula by spreadsheet programs: a
 * source's title or a claim could then compute or fetch things when the desk opens the file
 * (CSV injection). Such text gets a leading apostrophe, which spreadsheets show as plain text.
 */
const defuse = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)

export const csvField = (value: string | number): string => {
  const s = typeof value === "number" ? String(value) : defuse(value)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export const csvRecord = (fields: ReadonlyArray<string | number>): string => fields.map(csvField).join(",")

const row = (report: Report, c: ClaimReport, desk: DeskConfig): Array<string | number> => [
  c.id,
  c.kind,
  c.claim,
  c.rating,
  c.confidence,
  c.evidence.length,
  // attested desk records count as available: the desk has them, even if the tool could not fetch them
  c.evidence.filter((e) => e.availability !== "unavailable").length,
  c.groups.length,
  c.explanation[0] ?? "",
  reportUrl(desk, report.claimSet.id, c.id)
]

/** The whole file, header first, every record (the last too) ended by CRLF. */
export const reportToCsv = (report: Report, desk: DeskConfig): string =>
  [CSV_HEADER, ...report.claims.map((c) => row(report, c, desk))].map(csvRecord).join("\r\n") + "\r\n"
