/**
 * Author rules: structured credits first (JSON-LD author, citation and
 * author meta tags), then visible bylines, which must look like names
 * because byline markup often wraps dates, roles and bios too.
 */
import { cleanAuthors, looksLikeName } from "./authors.js"
import { shortText, squash } from "./dom.js"
import { fromArticles, metaValue, namesOf, type MetaContext, type Rule } from "./rules.js"

/** Visible credit lines, most specific markup first; each is checked with looksLikeName. */
const BYLINE_SELECTORS: ReadonlyArray<string> = [
  "[itemprop=author] [itemprop=name]",
  "a[rel=author]",
  "[class*=byline] [class*=name], [class*=byline] a[href*=author], [class*=Byline] a",
  "[class*=author-name], [class*=author_name], [class*=authorName], [class*=AuthorName], [class*=author__name]",
  "[class*=byline] a, [class*=post-author] a, [class*=entry-author] a, [class*=article-author] a, .author a, a[href*='/author/']",
  "[class*=byline], [class*=post-author], [class*=entry-author], [class*=article-author], .author, .the-author, [class*=author-title]"
]

/** "By Jane Doe", "Written by Jane Doe", "Author: Jane Doe" as a whole short element. */
const BY_LINE_RE = /^(?:(?:written|posted|reported|words|story|reviewed|published)\s+by|by|author:)\s+(.{3,60})$/i

function visibleNames(texts: ReadonlyArray<string>): Array<string> | undefined {
  const names = cleanAuthors(texts.map((t) => squash(t)).filter((t) => t.length > 0 && t.length <= 80))
  return names.length > 0 && names.every(looksLikeName) ? names : undefined
}

const bylineRule = (selector: string): Rule<Array<string>> => ({ $ }) => {
  const texts = $(selector).slice(0, 4).map((_, el) => $(el).attr("content") ?? $(el).text()).get() as Array<string>
  return visibleNames([...new Set(texts.map(squash))].slice(0, 3))
}

/** Scan short elements for an explicit "By ..." credit. */
const byPrefixRule: Rule<Array<string>> = ({ $ }) => {
  let found: Array<string> | undefined
  $("p, span, div, li, address").each((_, el) => {
    if (el.children.length > 6) return undefined
    const text = shortText(el, 70)
    if (text === undefined) return undefined
    const m = BY_LINE_RE.exec(text)
    if (m === null) return undefined
    found = visibleNames([m[1] as string])
    return found === undefined ? undefined : false
  })
  return found
}

export const AUTHOR_RULES: ReadonlyArray<Rule<Array<string>>> = [
  fromArticles((n, ref) => {
    const names = namesOf(ref(n["author"] ?? n["creator"]))
    return names.length > 0 ? names : undefined
  }),
  // Scholarly pages list every author in its own citation_author tag.
  ({ $ }) => {
    const names = $("meta[name=citation_author], meta[name=dc.creator], meta[name='DC.creator']").map((_, el) => el.attribs["content"] ?? "").get() as Array<string>
    return names.length > 1 ? names : undefined
  },
  (ctx) => {
    const v = metaValue("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "citation_author")(ctx)
    return v === undefined || /^https?:/.test(v) ? undefined : [v]
  },
  ...BYLINE_SELECTORS.map(bylineRule),
  byPrefixRule
]

export function extractAuthors(ctx: MetaContext): Array<string> {
  for (const rule of AUTHOR_RULES) {
    const raw = rule(ctx)
    if (raw === undefined) continue
    const names = cleanAuthors(raw)
    if (names.length > 0) return names
  }
  return []
}

