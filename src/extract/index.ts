/**
 * Extract stage: pure functions from an HTML page to an article record
 * (title, credits, dates, site, language, canonical URL, main text, JSON-LD
 * and meta tags). See document.ts for the record and the two entry points.
 */
export { extractArticle, extractArticleFromHtml, type ExtractedArticle } from "./document.js"
export { extractJsonLd, flattenJsonLd, parseJsonLdText } from "./jsonld.js"
export { extractMainText, type MainTextHints } from "./main-text.js"
export { normalizeDate } from "./dates.js"
export { cleanAuthors } from "./authors.js"
