import { isContentWord } from "../compare/lexicon.js"
import type { DiffOp } from "../domain/verdict.js"
import { escapeHtml } from "./html-escape.js"
import type { ClaimReport, EvidenceItem } from "./schema.js"

/**
 * An evidence excerpt as HTML, with what matched marked. The excerpt is the source's own text
 * (whitespace collapsed, "…" at cut ends) and the diff keeps the source's spelling, so the diff's
 * source words can be found in it in order:
 *   equal             <mark>   the claim's words, as the source has them
 *   delete / replace  <del>    source words the quote left out or changed (altered quotes only)
 *   insert / replace  <ins>    the quote's own words, not in the source (altered quotes only)
 * Without a diff (statements, listings, confirmations) the claim's content words are marked
 * wherever they occur in the excerpt.
 */

interface Piece {
  readonly start: number
  readonly end: number
  /** Opening and closing tags around the excerpt text [start, end). */
  readonly tag?: "mark" | "del"
  /** The quote's words, written after the piece. */
  readonly after?: string
}

const letter = "[\\p{L}\\p{N}]"
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** Where a run of source words lies in the excerpt, from `from` on; undefined when not found. */
const locate = (excerpt: string, words: string, from: number): { start: number; end: number } | undefined => {
  let at = from
  let start = -1
  for (const word of words.split(/\s+/).filter(Boolean)) {
    // word edges only where the word itself starts/ends with a letter: "a" must not match in "Ukraine"
    const head = new RegExp(`^${letter}`, "u").test(word) ? `(?<!${letter})` : ""
    const tail = new RegExp(`${letter}$`, "u").test(word) ? `(?!${letter})` : ""
    const re = new RegExp(`${head}${escapeRegExp(word)}${tail}`, "gu")
    re.lastIndex = at
    const m = re.exec(excerpt)
    if (!m) return undefined
    if (start < 0) start = m.index
    at = m.index + m[0].length
  }
  return start < 0 ? undefined : { start, end: at }
}

const render = (excerpt: string, pieces: ReadonlyArray<Piece>, before: string): string => {
  let out = ""
  let at = 0
  pieces.forEach((p, i) => {
    out += escapeHtml(excerpt.slice(at, p.start))
    if (i === 0) out += before
    const text = escapeHtml(excerpt.slice(p.start, p.end))
    out += p.tag ? `<${p.tag}>${text}</${p.tag}>` : text
    if (p.after) out += ` <ins>${escapeHtml(p.after)}</ins>`
    at = p.end
  })
  return out + escapeHtml(excerpt.slice(at))
}

/**
 * The excerpt with the diff laid over it; undefined when the diff's words cannot all be found
 * in order (a cut excerpt, an unexpected spelling): the caller then falls back to plain marks.
 */
export const diffHighlight = (excerpt: string, diff: ReadonlyArray<DiffOp>, showChanges: boolean): string | undefined => {
  const pieces: Array<Piece> = []
  let cursor = 0
  let leading = "" // quote words before the first source word
  for (const d of diff) {
    const claimed = d.claimed?.trim()
    const source = d.source?.trim()
    if (!source) {
      // an insert: words only the quote has, shown where they would stand
      if (!showChanges || !claimed) continue
      const last = pieces.pop()
      if (last) pieces.push({ ...last, after: [last.after, claimed].filter(Boolean).join(" ") })
      else leading += `<ins>${escapeHtml(claimed)}</ins> `
      continue
    }
    const found = locate(excerpt, source, cursor)
    if (!found) return undefined
    cursor = found.end
    if (d.op === "equal") pieces.push({ ...found, tag: "mark" })
    else if (!showChanges) pieces.push(found)
    else pieces.push({ ...found, tag: "del", ...(d.op === "replace" && claimed ? { after: claimed } : {}) })
  }
  if (pieces.length === 0) return undefined
  return render(excerpt, pieces, leading)
}

const wordRe = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const fold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/’/g, "'")

/** Marks the claim's content words (not "the", "of", …) where the excerpt has them. */
export const wordHighlight = (excerpt: string, claimText: string): string => {
  const wanted = new Set([...claimText.matchAll(wordRe)].map((m) => fold(m[0])).filter(isContentWord))
  const pieces: Array<Piece> = []
  for (const m of excerpt.matchAll(wordRe)) {
    if (!wanted.has(fold(m[0]))) continue
    const start = m.index
    const end = start + m[0].length
    const prev = pieces[pieces.length - 1]
    // neighbouring marked words become one mark, so a phrase reads as one highlight
    if (prev && /^\s+$/.test(excerpt.slice(prev.end, start))) pieces[pieces.length - 1] = { ...prev, end }
    else pieces.push({ start, end, tag: "mark" })
  }
  return render(excerpt, pieces, "")
}

/** The excerpt of one evidence item as HTML (empty when it has none). */
export const excerptHtml = (e: EvidenceItem, claim: ClaimReport): string => {
  if (!e.excerpt) return ""
  // a paraphrase or an absent quote matched no words: marking any would suggest it did
  if (e.match === "paraphrase" || e.match === "absent") return escapeHtml(e.excerpt)
  if (e.diff && e.diff.length > 0) {
    const laid = diffHighlight(e.excerpt, e.diff, e.match === "altered")
    if (laid !== undefined) return laid
  }
  return wordHighlight(e.excerpt, claim.claim)
}
