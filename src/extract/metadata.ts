/**
 * Article metadata: every field is an ordered list of rules (rules.ts);
 * title, author and date rules live in their own files, the smaller fields
 * here. `extractMetadata` runs them all against one document.
 */
import type { CheerioAPI } from "cheerio"
import { AUTHOR_RULES, extractAuthors } from "./author-rules.js"
import { MODIFIED_RULES, PUBLISHED_RULES } from "./date-rules.js"
import { typesOf, type JsonObject } from "./jsonld.js"
import { articleNodes, first, fromArticles, metaValue, readMeta, selectorValue, str, textOf, type MetaContext, type Rule } from "./rules.js"
import { TITLE_RULES } from "./title-rules.js"

export { AUTHOR_RULES, MODIFIED_RULES, PUBLISHED_RULES, TITLE_RULES }

export const SITE_NAME_RULES: ReadonlyArray<Rule<string>> = [
  metaValue("og:site_name", "application-name", "al:ios:app_name", "apple-mobile-web-app-title"),
  fromArticles((n, ref) => textOf(ref(n["publisher"]))),
  (ctx) => {
    const site = ctx.jsonLd.find((n) => typesOf(n).includes("WebSite"))
    return site === undefined ? undefined : str(site["name"])
  }
]

/** BCP 47 form: og:locale writes "en_US". */
const bcp47 = (rule: Rule<string>): Rule<string> => (ctx) => rule(ctx)?.replace(/_/g, "-")

export const LANG_RULES: ReadonlyArray<Rule<string>> = [
  selectorValue("html[lang]", "lang"),
  bcp47(metaValue("content-language", "language", "dc.language", "og:locale")),
  bcp47(fromArticles((n) => textOf(n["inLanguage"])))
]

const resolveUrl = (href: string | undefined, base: string): string | undefined => {
  if (href === undefined || href.trim() === "") return undefined
  try {
    return new URL(href.trim(), base).href
  } catch {
    return undefined
  }
}

export const CANONICAL_RULES: ReadonlyArray<Rule<string>> = [
  (ctx) => resolveUrl(ctx.$("link[rel=canonical]").first().attr("href"), ctx.url),
  (ctx) => resolveUrl(ctx.meta["og:url"], ctx.url),
  (ctx) => fromArticles((n) => resolveUrl(str(n["url"]), ctx.url))(ctx)
]

export const DESCRIPTION_RULES: ReadonlyArray<Rule<string>> = [
  metaValue("description", "og:description", "twitter:description", "dc.description"),
  fromArticles((n) => str(n["description"]))
]

export interface Metadata {
  readonly title?: string
  /** People or organisations credited, cleaned ("By JAMEY KEATEN" -> "Jamey Keaten"). */
  readonly authors: ReadonlyArray<string>
  /** ISO 8601 (date or date-time) as found, normalised. */
  readonly published?: string
  readonly modified?: string
  readonly siteName?: string
  readonly lang?: string
  readonly canonicalUrl?: string
  readonly description?: string
  /** <meta property|name=... content=...> with lower-cased keys (first value wins). */
  readonly meta: Readonly<Record<string, string>>
  /** JSON-LD nodes that describe the article itself (for articleBody). */
  readonly articles: ReadonlyArray<JsonObject>
}

export function extractMetadata($: CheerioAPI, url: string, jsonLd: ReadonlyArray<JsonObject>): Metadata {
  const meta = readMeta($)
  const ctx: MetaContext = { $, url, meta, jsonLd, articles: articleNodes(jsonLd) }
  const optional = {
    title: first(TITLE_RULES, ctx),
    published: first(PUBLISHED_RULES, ctx),
    modified: first(MODIFIED_RULES, ctx),
    siteName: first(SITE_NAME_RULES, ctx),
    lang: first(LANG_RULES, ctx),
    canonicalUrl: first(CANONICAL_RULES, ctx),
    description: first(DESCRIPTION_RULES, ctx)
  }
  // exactOptionalPropertyTypes: absent fields are omitted, never set to undefined.
  const present = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) as Partial<Record<keyof typeof optional, string>>
  return { ...present, authors: extractAuthors(ctx), meta, articles: ctx.articles }
}
