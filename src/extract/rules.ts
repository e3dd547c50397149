/**
 * The rule machinery shared by the metadata fields, in the metascraper
 * style: a rule reads one source and returns a value or undefined; each
 * field is an ordered list of rules and the first usable value wins.
 * Structured data comes first because it is what the publisher asserts.
 */
import type { CheerioAPI } from "cheerio"
import { squash } from "./dom.js"
import { decodeEntities } from "./entities.js"
import { typesOf, type JsonObject } from "./jsonld.js"

export interface MetaContext {
  readonly $: CheerioAPI
  readonly url: string
  readonly meta: Readonly<Record<string, string>>
  readonly jsonLd: ReadonlyArray<JsonObject>
  /** JSON-LD nodes that describe the article itself, best first. */
  readonly articles: ReadonlyArray<JsonObject>
}

export type Rule<T> = (ctx: MetaContext) => T | undefined

/** JSON-LD types that describe a piece of writing. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
  "BackgroundNewsArticle", "ReviewNewsArticle", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting",
  "DiscussionForumPosting", "TechArticle", "ScholarlyArticle", "Report", "MedicalWebPage", "Review",
  "HowTo", "Recipe", "Guide", "Blog", "CreativeWork", "MedicalScholarlyArticle", "SatiricalArticle"
])
const PAGE_TYPES: ReadonlySet<string> = new Set(["WebPage", "ItemPage", "AboutPage", "FAQPage", "QAPage", "CollectionPage"])

export function articleNodes(jsonLd: ReadonlyArray<JsonObject>): Array<JsonObject> {
  const articles = jsonLd.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)))
  const pages = jsonLd.filter((n) => typesOf(n).some((t) => PAGE_TYPES.has(t)))
  return [...articles, ...pages]
}

export const str = (v: unknown): string | undefined => {
  if (typeof v === "string") {
    const s = squash(decodeEntities(v))
    return s === "" ? undefined : s
  }
  if (typeof v === "number") return String(v)
  return undefined
}

/** A string, the first string of an array, or an object's name/@value. */
export function textOf(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = textOf(item)
      if (s !== undefined) return s
    }
    return undefined
  }
  if (typeof v === "object" && v !== null) {
    const o = v as JsonObject
    return str(o["name"]) ?? str(o["@value"])
  }
  return str(v)
}

/** All names in a JSON-LD person/organisation value (string, object or list). */
export function namesOf(v: unknown): Array<string> {
  if (Array.isArray(v)) return v.flatMap(namesOf)
  if (typeof v === "object" && v !== null) {
    const o = v as JsonObject
    const name = str(o["name"]) ?? [str(o["givenName"]), str(o["familyName"])].filter(Boolean).join(" ")
    return name ? [name] : []
  }
  const s = str(v)
  return s === undefined ? [] : [s]
}

/**
 * Replace {"@id": ...} references by the node they point to. Yoast and
 * similar plugins put the author and publisher in @graph as separate nodes
 * and link them from the article by @id only.
 */
export function resolveRefs(ctx: MetaContext, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((item) => resolveRefs(ctx, item))
  if (typeof v !== "object" || v === null) return v
  const o = v as JsonObject
  const id = o["@id"]
  if (typeof id !== "string" || o["name"] !== undefined) return v
  return ctx.jsonLd.find((n) => n["@id"] === id && n !== o) ?? v
}

/** Read a field of the article's JSON-LD nodes, best node first, with @id references resolved. */
export const fromArticles = <T>(read: (node: JsonObject, ref: (v: unknown) => unknown) => T | undefined): Rule<T> => (ctx) => {
  const ref = (v: unknown): unknown => resolveRefs(ctx, v)
  for (const node of ctx.articles) {
    const v = read(node, ref)
    if (v !== undefined) return v
  }
  return undefined
}

export const metaValue = (...keys: Array<string>): Rule<string> => (ctx) => {
  for (const k of keys) {
    const v = ctx.meta[k]
    if (v !== undefined && v.trim() !== "") return squash(decodeEntities(v))
  }
  return undefined
}

/** Attribute or text of the first element matching a selector. */
export const selectorValue = (selector: string, attrName?: string): Rule<string> => ({ $ }) => {
  const el = $(selector).first()
  if (el.length === 0) return undefined
  const v = attrName !== undefined ? el.attr(attrName) : el.text()
  return v === undefined ? undefined : str(v)
}

export function first<T>(rules: ReadonlyArray<Rule<T>>, ctx: MetaContext, accept: (v: T) => boolean = () => true): T | undefined {
  for (const rule of rules) {
    const v = rule(ctx)
    if (v !== undefined && accept(v)) return v
  }
  return undefined
}

/** All <meta name|property content> pairs, keys lower-cased, first value wins. */
export function readMeta($: CheerioAPI): Record<string, string> {
  const out: Record<string, string> = {}
  $("meta").each((_, el) => {
    const key = (el.attribs["property"] ?? el.attribs["name"] ?? el.attribs["itemprop"])?.trim().toLowerCase()
    const content = el.attribs["content"]
    if (key === undefined || key === "" || content === undefined) return
    if (!Object.hasOwn(out, key)) out[key] = content.trim()
  })
  return out
}
