/**
 * Does a passage contradict a statement it otherwise matches? Two signs, both deliberately
 * narrow so that a report only says "contradicts" when an editor would agree:
 * - negation: a shared content word is negated on one side only ("resigned" / "did not resign"),
 *   a negation counting when it stands within three words before the word;
 * - a different date or number for the same event: the statement gives March, the passage gives
 *   April and not March (likewise weekdays, years and numbers).
 */
import { AMBIGUOUS_DATE_WORDS, isNegation } from "./lexicon.js"
import { stem } from "./stem.js"
import type { TermForm } from "./terms.js"
import { passageForms } from "./terms.js"
import { tokenize, type Token } from "./tokens.js"

const NEAR = 3

interface Side {
  readonly text: string
  readonly tokens: ReadonlyArray<Token>
}

const negatedBefore = (side: Side, k: number): Token | undefined => {
  for (let b = Math.max(0, k - NEAR); b < k; b++) {
    const t = side.tokens[b] as Token
    if (isNegation(t.norm)) return t
  }
  return undefined
}

const phrase = (side: Side, from: Token, to: Token): string => side.text.slice(from.start, to.end)

const negation = (statement: Side, passage: Side, words: ReadonlyArray<TermForm>): string | undefined => {
  const wanted = new Set(words.filter((w) => w.kind === "word").flatMap((w) => w.forms))
  for (let k = 0; k < statement.tokens.length; k++) {
    const t = statement.tokens[k] as Token
    const form = stem(t.norm)
    if (!wanted.has(form)) continue
    const sNeg = negatedBefore(statement, k)
    for (let p = 0; p < passage.tokens.length; p++) {
      const u = passage.tokens[p] as Token
      if (stem(u.norm) !== form) continue
      const pNeg = negatedBefore(passage, p)
      if (sNeg === undefined && pNeg !== undefined) {
        return `The source says "${phrase(passage, pNeg, u)}" where the statement says "${phrase(statement, t, t)}".`
      }
      if (sNeg !== undefined && pNeg === undefined) {
        return `The statement says "${phrase(statement, sNeg, t)}" but the source says "${phrase(passage, u, u)}".`
      }
    }
  }
  return undefined
}

const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
const YEAR = /^(1[89]|20)\d\d$/

const classOf = (form: string): string | undefined =>
  MONTH.test(form) ? "month" : WEEKDAY.test(form) ? "weekday" : YEAR.test(form) ? "year" : /^\d/.test(form) ? "number" : undefined

const LABEL: Readonly<Record<string, string>> = { month: "month", weekday: "day", year: "year", number: "number" }

/**
 * The word that frames a date or number: the one before a date ("in March", "since December"),
 * the one after a number ("20 years"). Two values only compete when they are framed alike, so
 * "left in March" is contradicted by "left in April" but not by "in the post since December 2020".
 */
const frameOf = (side: Side, k: number, cls: string): string | undefined => {
  const neighbour = cls === "number" ? side.tokens[k + 1] : side.tokens[k - 1]
  return neighbour ? stem(neighbour.norm) : undefined
}

const differentValue = (terms: ReadonlyArray<TermForm>, statement: Side, passage: Side): string | undefined => {
  // the passage's values by class and frame, and how the passage writes them
  const values = new Map<string, Set<string>>()
  const written = new Map<string, Array<string>>()
  passage.tokens.forEach((t, k) => {
    const raw = passage.text.slice(t.start, t.end)
    if (AMBIGUOUS_DATE_WORDS.has(t.norm) && !/^\p{Lu}/u.test(raw)) return // "may", "march"
    for (const form of passageForms(t.norm)) {
      const cls = classOf(form)
      if (cls === undefined) continue
      const key = `${cls}:${frameOf(passage, k, cls) ?? ""}`
      values.set(key, (values.get(key) ?? new Set<string>()).add(form))
      const shown = written.get(key) ?? []
      if (!shown.includes(raw)) shown.push(raw)
      written.set(key, shown)
      break
    }
  })
  for (const term of terms) {
    if (term.kind !== "date" && term.kind !== "number") continue
    const form = term.forms[0] ?? ""
    const cls = classOf(form)
    if (cls === undefined) continue
    const at = statement.tokens.findIndex((t) => passageForms(t.norm).includes(form))
    const key = `${cls}:${(at >= 0 ? frameOf(statement, at, cls) : undefined) ?? ""}`
    const there = values.get(key)
    if (there !== undefined && !there.has(form)) {
      const shown = (written.get(key) ?? []).join(", ")
      return `The source gives the ${LABEL[cls] ?? cls} as ${shown}, not ${term.term}.`
    }
  }
  return undefined
}

/** A sentence explaining how passage contradicts statement, or undefined. */
export const contradictionOf = (
  statement: string,
  passage: string,
  terms: ReadonlyArray<TermForm>
): string | undefined => {
  const s: Side = { text: statement, tokens: tokenize(statement) }
  const p: Side = { text: passage, tokens: tokenize(passage) }
  return negation(s, p, terms) ?? differentValue(terms, s, p)
}
