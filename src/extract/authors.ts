/**
 * Author string cleanup. Bylines arrive as "By JAMEY KEATEN and SAM METZ",
 * "Written by Jane Doe | Sept 4, 2025", profile URLs or "@handles"; the
 * report wants a clean list of credited names.
 */

/** Lead-ins and labels that precede names in bylines. */
const PREFIX_RE = /^(?:(?:written|posted|published|reported|words|text|story|compiled|edited|reviewed|updated|photos?)\s+by|by|author(?:s)?|posted|written|contributors?|reporter|credit)\b\s*[:\-–—|]?\s*/i

/** Anything after these is date or role noise, not names. */
const TAIL_RE = /\s*(?:[|•·–—]\s*|\s-\s|\b(?:on|updated|published|posted)\s+(?=\w*\s*\d)|\bin\s+(?:news|features?|opinion)\b).*$/i

/** Post-nominal credentials that belong to the preceding name ("Dylan Bailey, MS, RD"). */
const CREDENTIAL_RE = /^(?:[A-Z]{2,6}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}|IV|[A-Z][a-z]?\.?[A-Z]\.?[A-Z]?\.?|Esq\.?|MSc|BSc|MBA|CPT|RDN|LDN)$/

const JUNK_RE = /^(?:admin|administrator|staff|guest|unknown|anonymous|author|the author|editor|webmaster|null|undefined|none|n\/a|updated|by)$/i

const isUrlLike = (s: string): boolean => /^(?:https?:|www\.)|\/\/|\.(?:com|org|net|io)(?:\/|$)/i.test(s)

/** Title-case only text that is entirely upper case; mixed case is the author's own choice. */
function fixCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, "")
  if (letters.length < 4 || letters !== letters.toUpperCase()) return name
  return name.replace(/\p{L}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase())
}

/** Lower-case name particles allowed inside a personal name. */
const PARTICLES: ReadonlySet<string> = new Set(["van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "bin", "al", "el", "y", "e", "dos", "das", "ter", "ten"])

/** Words that show a visible credit line caught page furniture or a job title. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "home", "updated", "published", "posted", "privacy", "view", "more", "posts", "menu", "share", "comments",
  "read", "min", "minutes", "reporter", "writer", "editor", "founder", "senior", "contributor", "expert",
  "author", "about", "by", "and", "the", "on", "at", "in", "of", "for", "with", "profile", "bio", "follow"
])

/**
 * Strict shape check for names read from visible text (not structured data):
 * one to five words, each capitalised, an initial, or a name particle.
 */
export function looksLikeName(s: string): boolean {
  const base = s.split(",")[0] as string
  const words = base.trim().split(/\s+/)
  if (words.length === 0 || words.length > 5 || base.length > 50) return false
  if (/\d|[!?:;|©@#]/.test(base)) return false
  return words.every((w) => {
    if (NOT_NAME_WORDS.has(w.toLowerCase())) return false
    if (PARTICLES.has(w)) return true
    return /^\p{Lu}[\p{L}'’.-]*$/u.test(w)
  })
}

/** Split one credit line into names, keeping credentials attached to their name. */
export function splitNames(line: string): Array<string> {
  // "Roy, Aniruddha": a single surname and given name in library order.
  const inverted = /^([\p{Lu}][\p{L}'’-]+),\s*([\p{Lu}][\p{L}'’-]+)$/u.exec(line.trim())
  if (inverted) return [`${inverted[2]} ${inverted[1]}`]
  const parts = line
    .split(/\s*(?:;|\band\b|&|\+|\/|\bwith\b)\s*/i)
    .flatMap((part) => part.split(/\s*,\s*/))
    .map((p) => p.trim())
    .filter((p) => p !== "")
  const out: Array<string> = []
  for (const part of parts) {
    const prev = out[out.length - 1]
    if (prev !== undefined && CREDENTIAL_RE.test(part)) out[out.length - 1] = `${prev}, ${part}`
    else out.push(part)
  }
  return out
}

/** Clean one credited name; undefined if it is not a plausible name. */
export function cleanName(raw: string): string | undefined {
  let s = raw.replace(/\s+/g, " ").trim()
  s = s.replace(PREFIX_RE, "").replace(TAIL_RE, "").trim()
  s = s.replace(/^[\s,:;|\-–—"“”'‘’]+|[\s,:;|\-–—"“”'‘’]+$/g, "")
  if (s === "" || isUrlLike(s) || s.includes("@") || JUNK_RE.test(s)) return undefined
  if (s.length > 80 || s.split(" ").length > 8) return undefined
  if (!/\p{L}/u.test(s)) return undefined
  // Profile slugs and user names ("andrew.keaveney", "brandon-peaktwo") are not credits.
  if (!/\s/.test(s) && /[\d._-]/.test(s) && s === s.toLowerCase()) return undefined
  // A date caught in a byline ("October 17") is not a name.
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b/i.test(s)) return undefined
  return fixCase(s)
}

/** Clean, split and de-duplicate (case-insensitively) a list of raw credits. */
export function cleanAuthors(raws: ReadonlyArray<string>): Array<string> {
  const seen = new Set<string>()
  const out: Array<string> = []
  for (const raw of raws) {
    // A profile URL is not a credit; check before "/" is taken as a name separator.
    if (isUrlLike(raw.trim())) continue
    const stripped = raw.replace(/\s+/g, " ").trim().replace(PREFIX_RE, "").replace(TAIL_RE, "")
    for (const part of splitNames(stripped)) {
      const name = cleanName(part)
      if (name === undefined) continue
      const key = name.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      out.push(name)
    }
  }
  return out
}
