/**
 * Escaping for the HTML report. Everything a report holds may come from the web (titles,
 * excerpts, author names, URLs), so nothing reaches the page unescaped.
 */

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/**
 * C0/C1 controls (other than tab and newlines) and lone surrogates are not allowed in HTML text:
 * a browser shows them as garbage, and some parsers reject the page. They are replaced, not dropped,
 * so a reader can see that the source had something there.
 */
const invalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text for element content and quoted attribute values alike. */
export const escapeHtml = (s: string): string => s.replace(invalid, "\uFFFD").replace(/[&<>"']/g, (c) => entities[c] ?? c)

/** An href only for http(s) URLs: a javascript: or data: URL from a source must never be a link. */
export const safeHref = (url: string | null | undefined): string | undefined => {
  if (!url) return undefined
  try {
    const u = new URL(url)
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined
  } catch {
    return undefined
  }
}

/**
 * A link when the URL is safe to follow, else the text alone. A link whose words are not its URL
 * gets class crb-ext, so print can write the address after it (paper has no links).
 */
export const linkOrText = (url: string | null | undefined, text: string): string => {
  const href = safeHref(url)
  if (!href) return escapeHtml(text)
  const ext = text === url || text === href ? "" : ` class="crb-ext"`
  return `<a${ext} href="${escapeHtml(href)}">${escapeHtml(text)}</a>`
}

/**
 * JSON for a <script type="application/ld+json"> block. "</script" or "<!--" inside a string
 * would end or confuse the block, so every <, > and & is written as a JSON \u escape, which
 * parses back to the same value. U+2028/2029 are escaped for older JavaScript parsers.
 */
export const jsonForScript = (value: unknown, indent = 2): string =>
  JSON.stringify(value, null, indent)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")

/** An id attribute value (claim ids are already [a-z0-9-], but a hand-edited report may not be). */
export const idAttr = (s: string): string => escapeHtml(s.replace(/\s+/g, "-"))
