import * as cheerio from "cheerio"
import type { CheerioAPI } from "cheerio"
import type { AnyNode, Element } from "domhandler"
import { Effect } from "effect"
import type { DirectoryRecord } from "../compare/listing.js"
import { MONTHS } from "../compare/lexicon.js"
import { ExtractError } from "../domain/errors.js"
import { htmlTypes, type SourceAdapter } from "./extracted.js"
import { baseFromArticle, readHtml } from "./html.js"

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mme|Mlle|M|Dr|Prof|H\.\s?E|S\.\s?E|Amb|Ambassador)\.?\s+/
/** A family name written in capitals, as diplomatic lists write it ("Boris BONDAREV"). */
const CAPS_SURNAME = /(?:^|\s)\p{Lu}[\p{Lu}'’-]{2,}(?:\s|,|$)/u
const NAME_SHAPE = /^[\p{L}.'’ -]{3,80}$/u

/** Whether a short line reads as a person's name in a directory. */
export const looksLikeName = (line: string): boolean => {
  const name = line.split(/[,|–—]/)[0]!.trim()
  if (!NAME_SHAPE.test(name) || name.split(/\s+/).length > 6) return false
  return HONORIFIC.test(name) || (CAPS_SURNAME.test(name) && /\p{Ll}/u.test(name))
}

interface Line {
  readonly text: string
  readonly section: string
  readonly heading: boolean
}

const SKIP = "script, style, noscript, template, nav, footer, form, button, svg, iframe, [aria-hidden=true], [hidden]"
/** Elements that flow inside a line of text; anything else starts a line of its own. */
const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "em", "i", "img", "kbd", "label", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "wbr"])
const hasBlockChild = ($: CheerioAPI, el: Element) =>
  $(el).children().toArray().some((c) => !INLINE.has(c.tagName) && $(c).text().trim().length > 0)

/**
 * Flattens the page into short lines in reading order, each with the chain of headings above it.
 * Table rows become one line with cells separated by " | ", so a row's name and title stay together.
 */
const linesOf = ($: CheerioAPI): Array<Line> => {
  $(SKIP).remove()
  const out: Array<Line> = []
  const headings: Array<string> = []
  const section = () => headings.filter(Boolean).join(" / ")
  const visit = (node: AnyNode) => {
    if (node.type !== "tag") return
    const el = node as Element
    const tag = el.tagName
    const text = () => $(el).text().replace(/\s+/g, " ").trim()
    const level = /^h([1-6])$/.exec(tag)?.[1]
    if (level) {
      headings.length = Number(level) - 1
      headings[Number(level) - 1] = text()
      out.push({ text: text(), section: section(), heading: true })
      return
    }
    if (tag === "tr") {
      const cells = $(el).children("td, th").map((_, c) => $(c).text().replace(/\s+/g, " ").trim()).get().filter(Boolean)
      if (cells.length) out.push({ text: cells.join(" | "), section: section(), heading: false })
      return
    }
    if (tag === "aside") {
      // A sidebar's headings ("Recently updated", other missions) belong to no section of the page.
      const saved = headings.splice(0)
      for (const child of el.children) visit(child)
      headings.splice(0, headings.length, ...saved)
      return
    }
    if (!hasBlockChild($, el)) {
      const t = text()
      if (t) out.push({ text: t, section: section(), heading: false })
      return
    }
    for (const child of el.children) visit(child)
  }
  for (const root of $("body").length ? $("body").toArray() : $.root().children().toArray()) visit(root)
  return out
}

/** Splits "Mr. Boris BONDAREV, Counsellor" or a row "Mr. Boris BONDAREV | Counsellor" into name and title. */
const splitRecord = (line: string): { name: string; title?: string } => {
  const parts = line.split(/\s*(?:\||,|–|—)\s*/).filter(Boolean)
  const name = parts[0]!.trim()
  const title = parts.slice(1).join(", ").trim()
  return title ? { name, title } : { name }
}

/** Records (name, title, section) from tables, definition lists and repeated blocks alike. */
export const directoryRecords = ($: CheerioAPI): Array<DirectoryRecord> => {
  const lines = linesOf($)
  const records: Array<DirectoryRecord> = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.heading || !looksLikeName(line.text)) continue
    const { name, title } = splitRecord(line.text)
    const next = lines[i + 1]
    // A block layout puts the title on the line after the name.
    const titleBelow = !title && next && !next.heading && !looksLikeName(next.text) && next.text.length <= 120 ? next.text : undefined
    const resolved = title ?? titleBelow
    records.push({
      name,
      ...(resolved ? { title: resolved } : {}),
      ...(line.section ? { section: line.section } : {}),
      text: resolved ? `${name}, ${resolved}` : name
    })
  }
  return records
}


/** "Last updated: 16 May 2022" — directories say how fresh they are in words, not in metadata. */
export const lastUpdated = (text: string): string | undefined => {
  const m = /(?:last\s+updated|updated\s+on|last\s+modified)\s*:?\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/i.exec(text)
  if (!m) return undefined
  const month = MONTHS.indexOf(m[2]!.toLowerCase())
  if (month < 0) return undefined
  return `${m[3]}-${String(month + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`
}

/** Organisation directories: staff lists turned into records, so a listing is matched against them. */
export const directoryAdapter: SourceAdapter = {
  id: "directory",
  kind: "directory",
  accepts: (url) => /(^|\.)ungeneva\.org$/i.test(url.hostname) && /blue-?book|directory/i.test(url.pathname),
  contentTypes: htmlTypes,
  read: (input) =>
    Effect.suspend(() => {
      const { article } = readHtml(input)
      const base = baseFromArticle(input, article, "directory", "directory")
      // A fresh parse: the article extractor prunes its own copy of the page.
      const records = directoryRecords(cheerio.load(input.text))
      if (records.length === 0 && !article.text.trim()) {
        return Effect.fail(new ExtractError({ url: input.fetched.finalUrl, reason: "Unparseable", detail: "no directory records or text on the page" }))
      }
      const updated = lastUpdated(article.text) ?? lastUpdated(cheerio.load(input.text).root().text())
      return Effect.succeed({
        ...base,
        ...(updated && !base.modified ? { modified: updated } : {}),
        records,
        notes: records.length === 0 ? ["no directory records found; matched against the page text"] : [`${records.length} directory records`]
      })
    })
}
