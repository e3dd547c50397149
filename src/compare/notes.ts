/**
 * Sentences an editor reads under a quote check: what changed, and what was set aside.
 * Changes to negation, numbers, dates and names are called out first and by name, because they
 * change what was said however small the edit ("the word 'not' is missing").
 */
import type { Cell, DiffOp, Diffed } from "./diff.js"
import { AMBIGUOUS_DATE_WORDS, isDateWord, isNegation, isNumberWord } from "./lexicon.js"
import type { ParsedQuote } from "./quote-parse.js"
import type { QuoteIndex } from "./quote-index.js"
import { normalizeWord, tokenize } from "./tokens.js"

type Kind = "negation" | "number" | "date" | "name"

interface Word {
  readonly norm: string
  readonly written: string
  readonly kind?: Kind
}

/** Capitalised and not the first word of a sentence: a name, not grammar. */
const isNameLike = (text: string, start: number, end: number): boolean => {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false
  const before = text.slice(Math.max(0, start - 4), start).replace(/\s+/g, "")
  return before !== "" && !/[.!?:"\u201c\u201d\u2018\u2019'\u00ab\u00bb(\[\u2014\u2013-]$/.test(before)
}

const kindOf = (norm: string, text: string, start: number, end: number): Kind | undefined => {
  if (isNegation(norm)) return "negation"
  if (isNumberWord(norm)) return "number"
  const capital = /^\p{Lu}/u.test(text.slice(start, end))
  if (isDateWord(norm) && (!AMBIGUOUS_DATE_WORDS.has(norm) || capital)) return "date"
  if (isNameLike(text, start, end)) return "name"
  return undefined
}

const quoted = (words: ReadonlyArray<Word>): string => words.map((w) => `'${w.written}'`).join(", ")

const criticalNotes = (claimed: Array<Word>, source: Array<Word>): Array<string> => {
  // a word moved elsewhere is not a changed word
  for (let k = claimed.length - 1; k >= 0; k--) {
    const at = source.findIndex((s) => s.norm === claimed[k]?.norm)
    if (at >= 0) {
      source.splice(at, 1)
      claimed.splice(k, 1)
    }
  }
  const notes: Array<string> = []
  const label: Record<Kind, string> = { negation: "word", number: "number", date: "date", name: "name" }
  for (const kind of ["negation", "number", "date", "name"] as const) {
    const c = claimed.filter((w) => w.kind === kind)
    const s = source.filter((w) => w.kind === kind)
    if (c.length > 0 && s.length > 0) {
      notes.push(`the ${kind === "negation" ? "negation" : kind} differs: the source has ${quoted(s)}, the quote ${quoted(c)}`)
    } else if (s.length > 0 && kind === "negation" && s.every((w) => w.norm.endsWith("n't"))) {
      notes.push(`the negation in ${quoted(s)} is missing`)
    } else if (s.length > 0) {
      notes.push(`the ${label[kind]} ${quoted(s)} is missing`)
    } else if (c.length > 0) {
      notes.push(`the quote adds the ${label[kind]} ${quoted(c)}, which the source does not have`)
    }
  }
  return notes
}

const opNote = (op: DiffOp): string | undefined => {
  if (op.op === "replace") return `the quote has '${op.claimed ?? ""}' where the source has '${op.source ?? ""}'`
  if (op.op === "insert") return `the quote adds '${op.claimed ?? ""}'`
  if (op.op === "delete") return `the quote leaves out '${op.source ?? ""}'`
  return undefined
}

export interface ChangeNotes {
  readonly notes: ReadonlyArray<string>
  /** negation, number, date or name changed */
  readonly critical: boolean
}

export const changeNotes = (
  diffed: Diffed,
  ops: ReadonlyArray<DiffOp>,
  parsed: ParsedQuote,
  index: QuoteIndex
): ChangeNotes => {
  const claimed: Array<Word> = []
  const source: Array<Word> = []
  const critical = new Set<string>()
  diffed.cells.forEach((cell: Cell) => {
    if (cell.op === "equal" || cell.editorial !== undefined) return
    if (cell.q !== undefined) {
      const w = parsed.words[cell.q]
      const [start, end] = [w?.start ?? 0, w?.end ?? 0]
      const kind = kindOf(w?.norm ?? "", parsed.text, start, end)
      claimed.push({ norm: w?.norm ?? "", written: parsed.text.slice(start, end), ...(kind ? { kind } : {}) })
    }
    if (cell.s !== undefined) {
      const [start, end] = [index.starts[cell.s] ?? 0, index.ends[cell.s] ?? 0]
      const written = index.text.slice(start, end)
      const norm = normalizeWord(written)
      const kind = kindOf(norm, index.text, start, end)
      source.push({ norm, written, ...(kind ? { kind } : {}) })
    }
  })
  for (const w of [...claimed, ...source]) if (w.kind !== undefined) critical.add(w.norm)
  const criticalOnes = criticalNotes(claimed, source)
  const notes = [...criticalOnes]
  for (const op of ops) {
    if (op.op === "equal" || (op.claimed ?? "").startsWith("[")) continue
    const words = tokenize(`${op.claimed ?? ""} ${op.source ?? ""}`)
    if (words.length > 0 && words.every((t) => critical.has(t.norm))) continue
    const note = opNote(op)
    if (note !== undefined) notes.push(note)
  }
  return { notes, critical: criticalOnes.length > 0 }
}

/** Notes on what the comparison set aside: brackets, ellipses, spelling variants. */
export const setAsideNotes = (diffed: Diffed, ops: ReadonlyArray<DiffOp>, parsed: ParsedQuote): Array<string> => {
  const notes: Array<string> = []
  const editorial = ops.filter((op) => (op.claimed ?? "").startsWith("["))
  if (editorial.length > 0) {
    const list = editorial.map((op) => (op.source === undefined ? op.claimed : `${op.claimed} for '${op.source}'`)).join(", ")
    const n = editorial.length
    notes.push(`${n} editorial insertion${n === 1 ? "" : "s"} in [brackets] ignored: ${list}`)
  }
  const gaps = diffed.elided.filter(([a, b]) => b > a)
  if (gaps.length > 0) {
    const words = gaps.reduce((sum, [a, b]) => sum + b - a, 0)
    notes.push(
      `${gaps.length} omission${gaps.length === 1 ? "" : "s"} marked by an ellipsis (${words} source word${words === 1 ? "" : "s"} left out)`
    )
  } else if (parsed.elisions > 0) {
    notes.push("the ellipsis in the quote leaves nothing out")
  }
  if (diffed.variants.length > 0) {
    const list = diffed.variants.slice(0, 5).map(([c, s]) => `'${c}' / '${s}'`).join(", ")
    notes.push(`written differently but the same words: ${list}`)
  }
  return notes
}

/**
 * True when every difference involves a negation, number, date or name: such a quote is an
 * alteration however short it is ("not so ashamed" against "so ashamed").
 */
export const onlyCriticalChanges = (diffed: Diffed, parsed: ParsedQuote, index: QuoteIndex): boolean => {
  let changes = 0
  for (const cell of diffed.cells) {
    if (cell.op === "equal" || cell.editorial !== undefined) continue
    changes++
    const w = cell.q === undefined ? undefined : parsed.words[cell.q]
    const claimed = w === undefined ? undefined : kindOf(w.norm, parsed.text, w.start, w.end)
    const [start, end] = cell.s === undefined ? [0, 0] : [index.starts[cell.s] ?? 0, index.ends[cell.s] ?? 0]
    const source = cell.s === undefined ? undefined : kindOf(normalizeWord(index.text.slice(start, end)), index.text, start, end)
    if (claimed === undefined && source === undefined) return false
  }
  return changes > 0
}
