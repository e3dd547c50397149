/**
 * Lenient JSON-LD reading. Publishers' structured data is hand-templated and
 * often invalid JSON (trailing commas, raw newlines in strings, HTML comment
 * or CDATA wrappers, several objects in one script), yet it is the most
 * reliable source of headline, author and dates, so we try hard to salvage it.
 */
import type { CheerioAPI } from "cheerio"

export type JsonObject = Record<string, unknown>

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v)

/** Remove wrappers that templates put around the JSON to hide it from old parsers. */
function unwrap(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/<!--|-->/g, "")
    .replace(/^\s*\/\/\s*<!\[CDATA\[/m, "")
    .replace(/\/\/\s*\]\]>\s*$/m, "")
    .replace(/<!\[CDATA\[|\]\]>/g, "")
    .trim()
}

/**
 * One pass over the text that knows where strings are, so the repairs below
 * never touch string content: drops trailing commas, escapes raw control
 * characters inside strings, and strips comments.
 */
function repair(src: string): string {
  let out = ""
  let inString = false
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string
    if (inString) {
      if (ch === "\\") {
        out += ch + (src[i + 1] ?? "")
        i++
      } else if (ch === '"') {
        inString = false
        out += ch
      } else if (ch === "\n" || ch === "\r" || ch === "\t") {
        out += ch === "\t" ? "\\t" : ch === "\n" ? "\\n" : ""
      } else {
        out += ch
      }
      continue
    }
    if (ch === '"') {
      inString = true
      out += ch
    } else if (ch === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2)
      i = end < 0 ? src.length : end + 1
    } else if (ch === "/" && src[i + 1] === "/" && (i === 0 || /[\s,{[]/.test(src[i - 1] as string))) {
      const end = src.indexOf("\n", i)
      i = end < 0 ? src.length : end
    } else if (ch === ",") {
      // Look ahead past whitespace: a comma before a closer is a trailing comma.
      let j = i + 1
      while (j < src.length && /\s/.test(src[j] as string)) j++
      const next = src[j]
      if (next !== "}" && next !== "]" && next !== undefined) out += ch
    } else {
      out += ch
    }
  }
  return out
}

/** Split concatenated top-level values ("{...}{...}" or "{...},{...}") by bracket depth. */
function splitTopLevel(src: string): Array<string> {
  const parts: Array<string> = []
  let depth = 0
  let start = -1
  let inString = false
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (inString) {
      if (ch === "\\") i++
      else if (ch === '"') inString = false
      continue
    }
    if (ch === '"') inString = true
    else if (ch === "{" || ch === "[") {
      if (depth === 0) start = i
      depth++
    } else if ((ch === "}" || ch === "]") && depth > 0) {
      depth--
      if (depth === 0 && start >= 0) {
        parts.push(src.slice(start, i + 1))
        start = -1
      }
    }
  }
  return parts
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Parse one script body into zero or more JSON values. */
export function parseJsonLdText(raw: string): Array<unknown> {
  const text = unwrap(raw)
  if (text === "") return []
  const direct = tryParse(text)
  if (direct !== undefined) return [direct]
  const repaired = repair(text)
  const fixed = tryParse(repaired)
  if (fixed !== undefined) return [fixed]
  return splitTopLevel(repaired)
    .map(tryParse)
    .filter((v) => v !== undefined)
}

/**
 * Flatten arrays and @graph containers into a list of node objects. The
 * container itself is kept only if it says something beyond @context/@graph.
 */
export function flattenJsonLd(values: ReadonlyArray<unknown>): Array<JsonObject> {
  const out: Array<JsonObject> = []
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6) return
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1)
      return
    }
    if (!isObject(v)) return
    const graph = v["@graph"]
    if (graph !== undefined) {
      const own = Object.keys(v).filter((k) => k !== "@context" && k !== "@graph")
      if (own.length > 0) out.push(v)
      visit(graph, depth + 1)
      return
    }
    out.push(v)
  }
  for (const v of values) visit(v, 0)
  return out
}

/** Every JSON-LD node object in the document, in document order. */
export function extractJsonLd($: CheerioAPI): Array<JsonObject> {
  const values: Array<unknown> = []
  $("script").each((_, el) => {
    const type = (el.attribs["type"] ?? "").toLowerCase()
    if (!type.includes("ld+json")) return
    values.push(...parseJsonLdText($(el).text()))
  })
  return flattenJsonLd(values)
}

/** The @type of a node as a list of plain names ("schema:NewsArticle" -> "NewsArticle"). */
export function typesOf(node: JsonObject): Array<string> {
  const t = node["@type"]
  const list = Array.isArray(t) ? t : [t]
  return list.filter((x): x is string => typeof x === "string").map((x) => x.replace(/^.*[/:#]/, ""))
}
