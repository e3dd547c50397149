import * as cheerio from "cheerio"
import { extractArticle, type ExtractedArticle } from "../extract/index.js"
import type { Extracted, FetchedText } from "./extracted.js"
import { wireCredits } from "./credits.js"

/** Parses a page once and runs the generic article extractor over it. */
export const readHtml = (input: FetchedText) => {
  const $ = cheerio.load(input.text)
  const article = extractArticle($, input.fetched.finalUrl)
  return { $, article }
}

/** JSON-LD objects of the given types (any of them). */
export const jsonLdOfType = (article: ExtractedArticle, ...types: ReadonlyArray<string>): Array<Record<string, unknown>> =>
  article.jsonLd.filter((o) => {
    const t = o["@type"]
    return (Array.isArray(t) ? t : [t]).some((x) => typeof x === "string" && types.includes(x))
  })

export const str = (u: unknown): string | undefined => (typeof u === "string" && u.trim() ? u.trim() : undefined)

/** The name of a JSON-LD person or organisation, or of the first in a list. */
export const nameOf = (u: unknown): string | undefined => {
  if (Array.isArray(u)) return nameOf(u[0])
  if (typeof u === "string") return str(u)
  if (u && typeof u === "object") return str((u as Record<string, unknown>)["name"])
  return undefined
}

/** The common fields of an Extracted built from the generic article result. */
export const baseFromArticle = (
  input: FetchedText,
  article: ExtractedArticle,
  adapter: string,
  kind: Extracted["kind"]
): Extracted => ({
  adapter,
  kind,
  finalUrl: input.fetched.finalUrl,
  ...(article.title !== undefined ? { title: article.title } : {}),
  authors: article.authors,
  handles: [],
  ...(article.published !== undefined ? { published: article.published } : {}),
  ...(article.modified !== undefined ? { modified: article.modified } : {}),
  ...(article.siteName !== undefined ? { siteName: article.siteName } : {}),
  text: article.text,
  records: [],
  credits: wireCredits(article.text),
  notes: []
})
