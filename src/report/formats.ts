/** The formats `corroborate report` writes; kept apart from the renderers so the CLI can list them without loading them. */
export const REPORT_FORMATS = ["html", "md", "csv", "claimreview", "json", "all"] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]
