/**
 * Markup that CMSs and themes use for the article body itself. Density
 * scoring finds the text-rich region; these markers, when present and
 * substantial, tell us where the publisher says the body starts and ends, so
 * bylines, share bars and author boxes around it stay out.
 */
import type { Element } from "./dom.js"

/** Whole class tokens (lower-cased) that name an article body container. */
export const CONTENT_CLASS_TOKENS: ReadonlySet<string> = new Set([
  "entry-content", "post-content", "article-content", "article-body", "articlebody", "article__body",
  "article__content", "article-body-content", "post-body", "post__content", "post__body", "postbody",
  "post-entry", "story-body", "story-content", "blog-content", "blog-post-content", "blog-post__body",
  "blog-post-body", "single-content", "single-post-content", "content-body", "body-content", "rich-text",
  "richtext", "rich-text-content", "w-richtext", "prose", "markdown-body", "elementor-widget-theme-post-content",
  "td-post-content", "the-content", "c-entry-content", "article-text", "article__text", "body-text",
  "field--name-body", "field-name-body", "node__content", "hs_cos_wrapper_post_body", "post_body",
  "gh-content", "post-text", "entry-body", "article-main", "articlecontent", "content__article-body",
  "page-content", "main-content", "content-area", "postcontent"
])

/** id values that name an article body container. */
export const CONTENT_IDS: ReadonlySet<string> = new Set([
  "article-body", "articlebody", "content-body", "post-body", "story-body", "article-content",
  "post-content", "entry-content", "main-content", "maincontent", "content", "article"
])

/**
 * The marker an element carries ("class:entry-content", "itemprop:articleBody"),
 * or undefined. Elements with the same marker are parts of one body when a
 * page builder splits the article into several rich-text blocks.
 */
export function contentMarker(el: Element): string | undefined {
  const a = el.attribs
  const itemprop = a["itemprop"]
  if (itemprop === "articleBody" || itemprop === "text") return `itemprop:${itemprop}`
  const id = a["id"]
  if (id !== undefined && CONTENT_IDS.has(id.toLowerCase())) return `id:${id.toLowerCase()}`
  const cls = a["class"]
  if (cls === undefined) return undefined
  for (const token of cls.toLowerCase().split(/\s+/)) if (CONTENT_CLASS_TOKENS.has(token)) return `class:${token}`
  return undefined
}
