import { Schema } from "effect"
import { Report } from "./schema.js"

/** The JSON report, checked against its schema on the way out so a writer bug cannot ship a bad file. */
export const reportToJson = (report: Report): string =>
  JSON.stringify(Schema.encodeSync(Report)(report, { onExcessProperty: "error" }), null, 2) + "\n"

export const reportFromJson = (text: string): Report => Schema.decodeUnknownSync(Report)(JSON.parse(text))
