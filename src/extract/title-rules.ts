/**
 * Title rules. The visible headline (an <h1> that agrees with what the page
 * declares in JSON-LD, og: or <title>) is preferred: declared titles often
 * carry a site-name suffix or are shortened SEO variants.
 */
import { squash } from "./dom.js"
import { decodeEntities } from "./entities.js"
import { selectorValue, str, type MetaContext, type Rule } from "./rules.js"

const SEPARATOR_RE = /\s+[|–—·•»:~-]\s+|\s+\/\/\s+/

/**
 * Strip a " | Site name" style suffix (or "Site: " prefix): the segment that
 * is the site name, or else the shorter trailing segment when the head is
 * long enough to stand alone as a headline.
 */
export function stripSiteName(title: string, site: string | undefined): string {
  const parts = title.split(SEPARATOR_RE)
  if (parts.length < 2) return title
  const norm = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")
  const siteKey = site === undefined ? "" : norm(site)
  if (siteKey !== "") {
    const kept = parts.filter((p) => norm(p) !== siteKey)
    if (kept.length > 0 && kept.length < parts.length) return kept.join(" - ")
  }
  const last = parts[parts.length - 1] as string
  const head = parts.slice(0, -1).join(" - ")
  return last.length < head.length && head.length >= 15 ? title.slice(0, title.lastIndexOf(last)).replace(/[\s|–—·•»:~/-]+$/, "") : title
}

const normTitle = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()

/** Titles the page declares for itself, most specific first. */
function declaredTitles(ctx: MetaContext): Array<string> {
  const out: Array<string> = []
  for (const node of ctx.articles) {
    const h = str(node["headline"])
    if (h !== undefined) out.push(h)
  }
  for (const key of ["og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title"]) {
    const v = ctx.meta[key]
    if (v !== undefined && v.trim() !== "") out.push(squash(decodeEntities(v)))
  }
  const t = str(ctx.$("title").first().text())
  if (t !== undefined) out.push(t)
  return out
}

/**
 * The visible headline: an <h1> whose text agrees with a declared title.
 * Agreement is required because many sites put the logo or section name in
 * an <h1>; the declared titles, in turn, often carry a site-name suffix that
 * the visible headline does not.
 */
const visibleHeadline: Rule<string> = (ctx) => {
  const declared = declaredTitles(ctx)
    .map((raw) => ({ raw, norm: normTitle(raw) }))
    .filter((d) => d.norm.length > 0)
  const h1s = ctx.$("h1").slice(0, 8).map((_, el) => str(ctx.$(el).text())).get() as Array<string>
  for (const h1 of h1s) {
    const n = normTitle(h1)
    if (n.length < 4) continue
    for (const d of declared) {
      if (d.norm === n) return h1
      if (n.length < 10) continue
      // Declared title = headline + " | Site", or a
      // shortened SEO title of a longer visible headline: the <h1> is what readers see.
      if (d.norm.startsWith(n) || n.startsWith(d.norm)) return h1
    }
  }
  return undefined
}

const declaredTitle: Rule<string> = (ctx) => {
  const first = declaredTitles(ctx)[0]
  return first === undefined ? undefined : stripSiteName(first, ctx.meta["og:site_name"] ?? ctx.meta["application-name"])
}

export const TITLE_RULES: ReadonlyArray<Rule<string>> = [
  visibleHeadline,
  declaredTitle,
  selectorValue("[itemprop=headline]"),
  selectorValue("h1"),
  selectorValue("h2")
]

