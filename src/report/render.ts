import { claimReviewsOf } from "./claim-review.js"
import { reportToCsv } from "./csv.js"
import type { DeskConfig } from "./desk-config.js"
import { claimToHtmlFragment, reportToHtml } from "./html.js"
import { jsonForScript } from "./html-escape.js"
import { reportToJson } from "./json.js"
import { reportToMarkdown } from "./markdown.js"
import type { Report } from "./schema.js"
import type { ReportFormat } from "./formats.js"
export { REPORT_FORMATS, type ReportFormat } from "./formats.js"

export interface RenderedFile {
  /** File name, relative to the output folder. */
  readonly name: string
  readonly content: string
  /** The format's main document (what is printed when no folder is given). */
  readonly main: boolean
}

/** Which formats need the desk config (the report's public URL, the reviewing organisation). */
export const needsDesk = (format: ReportFormat): boolean => format !== "md" && format !== "json"

/** Every file of one format; the embeddable claim fragments come with the HTML page. */
export const renderFormat = (report: Report, format: Exclude<ReportFormat, "all">, desk: DeskConfig | undefined): Array<RenderedFile> => {
  const id = report.claimSet.id
  const requireDesk = (): DeskConfig => {
    if (!desk) throw new Error(`the ${format} format needs the desk config`)
    return desk
  }
  switch (format) {
    case "json":
      return [{ name: `${id}.json`, content: reportToJson(report), main: true }]
    case "md":
      return [{ name: `${id}.md`, content: reportToMarkdown(report), main: true }]
    case "csv":
      return [{ name: `${id}.csv`, content: reportToCsv(report, requireDesk()), main: true }]
    case "claimreview":
      // An array of complete ClaimReview objects, each with its own @context, so a CMS can take
      // one; written with <, > and & as \u escapes so it stays safe to paste into a <script>.
      return [{ name: `${id}.jsonld`, content: jsonForScript(claimReviewsOf(report, requireDesk())) + "\n", main: true }]
    case "html": {
      const d = requireDesk()
      return [
        { name: `${id}.html`, content: reportToHtml(report, d), main: true },
        ...report.claims.map((c) => ({ name: `${id}.${c.id}.embed.html`, content: claimToHtmlFragment(report, c, d), main: false }))
      ]
    }
  }
}

export const renderReport = (report: Report, format: ReportFormat, desk: DeskConfig | undefined): Array<RenderedFile> =>
  format === "all"
    ? (["json", "md", "csv", "claimreview", "html"] as const).flatMap((f) => renderFormat(report, f, desk))
    : renderFormat(report, format, desk)
