import { describe, expect, it } from "vitest"
import { CSV_HEADER, csvField, reportToCsv } from "../../src/report/csv.js"
import { desk, fixture, hostileReport } from "./sample.js"

/** A strict RFC 4180 reader: what a spreadsheet program does with the file. */
const parseCsv = (text: string): Array<Array<string>> => {
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let i = 0
  while (i < text.length) {
    let field = ""
    if (text[i] === '"') {
      i++
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field")
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2 }
        else if (text[i] === '"') { i++; break }
        else field += text[i++]
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r") {
        if (text[i] === '"' || text[i] === "\n") throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`)
        field += text[i++]
      }
    }
    row.push(field)
    if (text[i] === ",") { i++; continue }
    if (text.slice(i, i + 2) !== "\r\n") throw new Error(`expected CRLF at ${i}`)
    i += 2
    rows.push(row)
    row = []
  }
  return rows
}

describe("CSV report", () => {
  it("has the header and one record per claim, each ended by CRLF", () => {
    const report = fixture("controls")
    const csv = reportToCsv(report, desk)
    expect(csv.endsWith("\r\n")).toBe(true)
    const rows = parseCsv(csv)
    expect(rows[0]).toEqual([...CSV_HEADER])
    expect(rows).toHaveLength(report.claims.length + 1)
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true)
  })

  it("carries each claim's figures: sources, those available, independent groups, first line, URL", () => {
    const report = fixture("controls")
    const rows = parseCsv(reportToCsv(report, desk))
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]))
    expect(byId.get("control-mixed-sources")).toEqual([
      "control-mixed-sources", "statement", "Boris Bondarev left the civil service on Monday", "needs-review", "0.82",
      "2", "1", "1",
      report.claims.find((c) => c.id === "control-mixed-sources")!.explanation[0],
      "https://desk.example.org/checks/controls.html#control-mixed-sources"
    ])
    expect(byId.get("control-syndicated-only")?.slice(5, 8)).toEqual(["3", "3", "1"])
    expect(byId.get("control-gone-source")?.slice(3, 8)).toEqual(["unavailable", "0", "1", "0", "0"])
  })

  it("counts a desk's attested record as available evidence", () => {
    const seed = fixture("bondarev-resignation")
    const row = parseCsv(reportToCsv(seed, desk)).find((r) => r[0] === "ap-phone-confirmation")
    expect(row?.slice(5, 8)).toEqual(["2", "2", "2"])
  })

  it("reads back every tricky value exactly: commas, quotes, line breaks, curly quotes", () => {
    const report = fixture("controls")
    const tricky = [`a, b`, `say "no"`, `two\nlines`, `cr\r\nlf`, `“curly” — dash`, `trailing space `, ``, `""`]
    const claims = tricky.map((claim, i) => ({ ...report.claims[0]!, id: `t${i}`, claim, explanation: [claim] }))
    const rows = parseCsv(reportToCsv({ ...report, claims }, desk))
    expect(rows.slice(1).map((r) => r[2])).toEqual(tricky)
    expect(rows.slice(1).map((r) => r[8])).toEqual(tricky)
  })

  it("quotes only when it must", () => {
    expect(csvField("plain words")).toBe("plain words")
    expect(csvField("a,b")).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField("x\ny")).toBe('"x\ny"')
    expect(csvField(0.82)).toBe("0.82")
  })

  it("keeps text that a spreadsheet would run as a formula from running (CSV injection)", () => {
    for (const s of ["=1+1", "+1", "-2+3 text", "@SUM(A1)", "\tx", "\rx"]) expect(csvField(s).replace(/^"/, "").startsWith("'")).toBe(true)
    const rows = parseCsv(reportToCsv(hostileReport(), desk))
    const hostile = rows.slice(1).filter((r) => r[2]?.includes("HYPERLINK"))
    expect(hostile.length).toBeGreaterThan(0)
    for (const r of hostile) {
      expect(r[2]!.startsWith(`'=HYPERLINK("http://evil.example/"), "quoted", comma\nnew line`)).toBe(true)
      expect(r[8]!.startsWith(`'-2+3 first line, with "quotes"`)).toBe(true)
    }
    // numbers are the tool's own and stay numbers
    expect(csvField(-1)).toBe("-1")
  })
})
