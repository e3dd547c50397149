/**
 * Date rules: JSON-LD, meta tags, itemprop and <time datetime>, the URL
 * path, and finally dates printed on the page (labelled or date-only text).
 */
import type { CheerioAPI } from "cheerio"
import { dateFromUrl, normalizeDate, parseHumanDate } from "./dates.js"
import { shortText } from "./dom.js"
import { fromArticles, metaValue, str, type Rule } from "./rules.js"

const PUBLISHED_META = [
  "article:published_time", "og:article:published_time", "article:published", "og:published_time",
  "published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
  "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
  "dc.date.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
  "citation_date", "citation_online_date", "article.published", "original-publish-date", "created"
]

/** Elements whose class or id says they hold a date or the article's meta line. */
const DATE_CONTAINERS =
  "time, [class*=date], [class*=Date], [id*=date], [class*=publish], [class*=Publish], [class*=posted], [class*=updated], [class*=byline], [class*=meta], [class*=timestamp]"

/** A short label-plus-date text: "Published on July 18, 2025", "Last updated: Dec 12, 2025", "12.12.2025". */
const LABELLED_DATE_RE = /^(?:(?:originally |first )?(?:published|posted|updated|last updated|last modified|modified|date|written)(?: on)?:?\s*)?[^\p{L}\d]{0,3}(.{6,40})$/iu

function firstVisibleDate($: CheerioAPI, selector: string, max: number): string | undefined {
  let found: string | undefined
  $(selector).each((_, el) => {
    const text = shortText(el, max)
    if (text === undefined || text.length < 6) return undefined
    const labelled = LABELLED_DATE_RE.exec(text)
    const candidate = labelled?.[1] ?? text
    found = parseHumanDate(candidate) ?? normalizeDate(candidate)
    return found === undefined ? undefined : false
  })
  return found
}

export const PUBLISHED_RULES: ReadonlyArray<Rule<string>> = [
  fromArticles((n) => normalizeDate(str(n["datePublished"]) ?? str(n["dateCreated"]) ?? str(n["uploadDate"]))),
  (ctx) => normalizeDate(metaValue(...PUBLISHED_META)(ctx)),
  ({ $ }) => {
    const el = $("[itemprop=datePublished]").first()
    return normalizeDate(el.attr("content") ?? el.attr("datetime") ?? el.text())
  },
  ({ $ }) => normalizeDate($("time[pubdate], article time[datetime], time[datetime]").first().attr("datetime")),
  ({ url }) => dateFromUrl(url),
  // Visible dates: first in elements marked as dates or meta lines, then any short date-only text.
  ({ $ }) => firstVisibleDate($, DATE_CONTAINERS, 80),
  ({ $ }) => firstVisibleDate($, "p, span, div, li, b, strong, small, em", 45)
]

export const MODIFIED_RULES: ReadonlyArray<Rule<string>> = [
  fromArticles((n) => normalizeDate(str(n["dateModified"]))),
  (ctx) => normalizeDate(metaValue("article:modified_time", "og:updated_time", "article:modified", "modified_time", "datemodified", "last-modified", "dcterms.modified", "dc.date.modified")(ctx)),
  ({ $ }) => {
    const el = $("[itemprop=dateModified]").first()
    return normalizeDate(el.attr("content") ?? el.attr("datetime") ?? el.text())
  }
]

