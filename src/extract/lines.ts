/**
 * Stand-alone lines that are interface, not prose: buttons, teaser links,
 * bylines, reading times, share prompts, store links. They survive container
 * selection because they sit inside the article markup, so they are removed
 * one block at a time. Kept as data; each pattern must match the whole block.
 */

export const BOILERPLATE_LINES: ReadonlyArray<string> = [
  // calls to action and teaser links
  "(?:read|learn|see|view|show|load|find out|discover) (?:more|all|the full \\w+)\\W*",
  "continue reading\\W*", "read (?:the )?(?:full )?(?:article|story|review|post|guide)\\W*",
  "(?:book|buy|shop|order|donate|apply|register|enroll|join|subscribe|sign up|get started|start) (?:now|today|here)\\W*",
  "sign up\\W*", "subscribe\\W*", "click here\\W*", "contact us\\W*", "get (?:a )?(?:free )?quote\\W*",
  "(?:check|see|view|compare) (?:the )?(?:latest )?(?:price|prices|deal|deals)(?: \\w+){0,4}\\W*",
  "(?:buy|shop|available) (?:on|at|from) [\\w .&'-]{2,30}\\W*",
  "jump to (?:review|recipe|the list|section)\\W*",
  // navigation and page furniture
  "skip to (?:main )?content", "back to (?:top|blog|home|articles?|news)\\W*", "table of contents\\W*",
  "advertisement", "sponsored(?: content)?", "ad", "(?:\\d+ )?(?:min(?:ute)?s?|minutes?) read",
  "reading time:? ?\\d+ ?min(?:ute)?s?", "share(?: this)?(?: article| post| story| page)?:?",
  "(?:tweet|pin it|email|print|facebook|twitter|linkedin|whatsapp|reddit|copy link)",
  "(?:written|posted|published|reviewed|edited|fact[- ]checked) by:?", "by",
  "(?:related|recommended|popular|recent|latest) (?:posts|articles|stories|reads|news|blogs?)\\W*",
  "you (?:may|might) also (?:like|enjoy)\\W*", "view this post on instagram", "a post shared by .{1,60}",
  "discussion about this post", "ready for more\\?", "no posts", "\\d+ (?:comments?|likes?|shares?|replies)",
  "leave a (?:comment|reply)\\W*", "tags?:?", "categor(?:y|ies):?", "filed under:?"
]

const LINE_RE = new RegExp(`^(?:${BOILERPLATE_LINES.join("|")})$`, "i")

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
/** A block that is only a date or a relative time ("Dec 4, 2025", "Updated: 3 days ago"). */
const DATE_LINE_RE = new RegExp(
  `^(?:(?:published|updated|last updated|posted|modified)(?: on)?:? )?(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d+ (?:minutes?|hours?|days?|weeks?|months?) ago)(?:,? (?:at )?\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?)?$`,
  "i"
)

/** True when the whole block is interface text rather than article prose. */
export function isBoilerplateLine(text: string): boolean {
  if (text.length > 80) return false
  const t = text.replace(/[\s\u00a0]+/g, " ").replace(/^[\s|•·›»→>-]+|[\s|•·›»→>]+$/g, "").trim()
  if (t === "") return true
  return LINE_RE.test(t) || DATE_LINE_RE.test(t)
}

/**
 * Headings that open the page's tail rather than a section of the article:
 * everything after them (author box, related links, comments) is dropped.
 */
export const TAIL_HEADINGS: ReadonlyArray<string> = [
  "about the (?:authors?|writer|reporter|contributors?)", "related (?:posts|articles|stories|content|reading|topics|links|news)",
  "recommended (?:reading|articles|posts|stories|for you)", "(?:further|suggested|more) reading",
  "you (?:may|might) also (?:like|enjoy)", "(?:more|other|latest|recent|popular) (?:posts|articles|stories|news)",
  "read (?:next|this next)", "keep reading", "like this:?", "share this(?: article| post| story)?:?",
  "comments?(?: \\(\\d+\\))?", "\\d+ (?:comments?|responses?|replies)", "leave a (?:comment|reply)",
  "join the (?:conversation|discussion)", "other interesting articles", "what to read next"
]

const TAIL_RE = new RegExp(`^(?:${TAIL_HEADINGS.join("|")})\\W*$`, "iu")

export function isTailHeading(text: string): boolean {
  return text.length <= 60 && TAIL_RE.test(text.trim())
}

/** Serialized data that leaked into visible text (JSON islands in custom elements). */
export function looksLikeData(text: string): boolean {
  if (text.length < 40) return false
  const first = text.charAt(0)
  if (first !== "{" && first !== "[") return false
  const quotes = text.split('":').length - 1
  return quotes >= 3
}
