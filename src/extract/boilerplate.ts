/**
 * What counts as boilerplate, kept as data so rules can be reviewed and tuned
 * without touching the traversal. Kinds of evidence:
 *  - tags that never carry article prose (always dropped),
 *  - structural tags and ARIA roles used for page chrome,
 *  - class/id vocabulary of cookie banners, share bars, related links,
 *    comments, newsletters, ads, and of link lists (TOCs, tag clouds, pagers),
 *  - markup that hides an element.
 * Only the first is final: chrome.ts keeps a flagged element that holds most
 * of the page's prose (sites wrap whole pages in <form> or name the article
 * column "content-sidebar-wrap").
 */
import type { Element } from "./dom.js"

/** Subtrees with no readable prose at all. */
export const ALWAYS_DROP_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
  "video", "audio", "map", "button", "select", "option", "textarea", "input",
  "title", "meta", "link", "dialog", "math"
])

/** Page chrome by element name: strong evidence, and tags that sites also use loosely. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(["nav", "aside", "footer"])
export const LOOSE_CHROME_TAGS: ReadonlySet<string> = new Set(["header", "form", "menu"])

/** Page chrome by ARIA role. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
  "menu", "menubar", "toolbar", "alert", "tooltip"
])

/**
 * class/id vocabulary. Each entry is matched at the start of a class token or
 * after "-" / "_" inside one ("post-share-bar", "relatedPosts" lower-cased).
 * Words that are too short or too common to match as prefixes carry an
 * explicit end boundary.
 */
export const BOILERPLATE_WORDS: ReadonlyArray<string> = [
  // consent and overlays
  "cookie", "consent", "gdpr", "onetrust", "cookiebot", "didomi", "modal", "popup",
  "overlay", "lightbox", "interstitial",
  // sharing and social
  "share(?:[-_]|$|bar|tools|buttons|links|this)", "sharing", "sharethis", "addthis", "social",
  "sociable", "follow-us",
  // related and recommended content
  "related", "recommend", "recirc", "more-(?:stories|articles|news|from)", "read-?next", "read-?more",
  "also-?read", "you-?may", "you-?might", "popular", "trending", "most-?(?:read|viewed|popular)",
  "outbrain", "taboola", "zergnet", "further-reading",
  // comments
  "comments?(?:[-_]|$|list|area|form|section|wrap|container)", "disqus", "respond(?:[-_]|$)",
  "replies", "reply(?:[-_]|$)",
  // newsletters and calls to action
  "newsletter", "subscribe", "subscription", "signup", "sign-up", "optin", "opt-in", "mailchimp",
  "paywall", "promo(?:[-_]|$|tion|box)", "cta(?:[-_]|$)", "donate", "membership",
  // page chrome (menus included: mega-menus carry prose teasers, so they are not judged by links)
  "nav(?:[-_]|$|bar|igation)", "menu(?:[-_]|$)", "sidebar", "side-bar", "widget-?area", "masthead",
  "topbar", "top-bar", "site-?header", "site-?footer", "footer", "toolbar",
  // advertising
  "ads?(?:[-_]|$)", "advert", "adsense", "adsbygoogle", "dfp(?:[-_]|$)", "gpt-ad", "sponsor",
  "ad-?slot", "ad-?unit", "ad-?container", "ad-?wrapper", "banner-?ad",
  // author boxes, tags, meta lines and screen-reader-only text
  "author-?(?:bio|box|info|card|profile)", "about-?(?:the-)?author", "post-?tags",
  "entry-?meta", "post-?meta", "byline", "print(?:[-_]|$)",
  "sr-only", "screen-?reader", "visually-?hidden"
]

/**
 * Vocabulary of link lists (tables of contents, tag clouds, pagers).
 * Such a container is only chrome if it really is mostly links: some sites
 * call their article chapters "toc-para" or their topic list "tags".
 */
export const NAVIGATION_WORDS: ReadonlyArray<string> = [
  "breadcrumb", "skip-?(?:link|to)", "toc(?:[-_]|$)",
  "table-?of-?contents", "post-?nav", "pagination", "pager(?:[-_]|$)", "prev-?next", "next-?prev",
  "tags?(?:[-_]|$)", "tag-?list", "tagcloud", "categories", "sitemap"
]

const wordsRe = (words: ReadonlyArray<string>): RegExp => new RegExp(`(?:^|[\\s_-])(?:${words.join("|")})`)
const WORD_RE = wordsRe(BOILERPLATE_WORDS)
const NAV_WORD_RE = wordsRe(NAVIGATION_WORDS)

/**
 * Tokens that look like boilerplate words but describe the state or layout of
 * a container that may hold the article ("has-sidebar", "comments-open",
 * "container-article-with-sidebar"), and utility-CSS tokens
 * ("lg:mr-[--sidebar-width]") that say nothing about content.
 */
const STATE_TOKEN_RE =
  /^(?:has|no|with|without|show|is|hide-on|single|page|layout|template|wp|body)[-_]|[-_](?:open|closed|enabled|disabled|active|left|right|count|number|link|icon)$|(?:with|has|no)-|[:[\]]/

export function classIdTokens(el: Element): Array<string> {
  const cls = el.attribs["class"] ?? ""
  const id = el.attribs["id"] ?? ""
  const raw = `${cls} ${id}`.toLowerCase().trim()
  if (raw === "") return []
  return raw.split(/\s+/)
}

/**
 * WordPress-style post markers: the element is the post itself, and its
 * taxonomy tokens ("tag-social-media", "category-newsletter") are not chrome.
 */
const POST_MARKER_RE = /^(?:hentry|type-post|status-publish|post-\d+|postid-\d+)$/

/** Which boilerplate vocabulary (if any) the element's class/id tokens use. */
export function boilerplateClass(el: Element): "chrome" | "navigation" | undefined {
  const tokens = classIdTokens(el)
  if (tokens.length === 0 || tokens.some((t) => POST_MARKER_RE.test(t))) return undefined
  let nav = false
  for (const token of tokens) {
    if (STATE_TOKEN_RE.test(token)) continue
    if (WORD_RE.test(token)) return "chrome"
    if (NAV_WORD_RE.test(token)) nav = true
  }
  return nav ? "navigation" : undefined
}

/** Hidden by markup: readers never see it, so it is not article text. */
export function isHidden(el: Element): boolean {
  const a = el.attribs
  if (a["hidden"] !== undefined) return true
  if (a["aria-hidden"] === "true") return true
  const style = a["style"]
  if (style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true
  return false
}

/**
 * "strong": semantic chrome (nav/aside/footer, ARIA landmarks) that only a
 * badly built page fills with its article; "weak": looser signals (class
 * names, hidden state, header/form) that misfire more often; "links": named
 * like a link list, dropped only if it is one.
 */
export type DropKind = "always" | "strong" | "weak" | "links" | "none"

/** Classify one element; the caller applies the "holds most of the prose" guard. */
export function dropKind(el: Element): DropKind {
  const tag = el.name
  if (ALWAYS_DROP_TAGS.has(tag)) return "always"
  if (tag === "body" || tag === "html") return "none"
  if (CHROME_TAGS.has(tag)) return "strong"
  const role = el.attribs["role"]
  if (role !== undefined && CHROME_ROLES.has(role.toLowerCase())) return "strong"
  if (isHidden(el) || LOOSE_CHROME_TAGS.has(tag)) return "weak"
  const cls = boilerplateClass(el)
  return cls === "chrome" ? "weak" : cls === "navigation" ? "links" : "none"
}
