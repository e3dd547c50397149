/**
 * Key terms of a factual statement, the things a supporting passage has to share with it:
 * names (capitalised sequences such as "Anatoly Chubais"), numbers, dates (months, weekdays,
 * years) and the remaining content words. Terms keep the statement's own spelling for display,
 * and a comparison form: match keys for names, numbers and dates, stems for plain words.
 */
import { AMBIGUOUS_DATE_WORDS, isContentWord, isDateWord, isNumberWord, MONTHS, STOPWORDS } from "./lexicon.js"
import { stem } from "./stem.js"
import { matchKey, tokenize, type Token } from "./tokens.js"

export type TermKind = "name" | "number" | "date" | "word"

export interface KeyTerm {
  readonly term: string
  readonly kind: TermKind
}

/** A term with the forms it is looked for in a passage. */
export interface TermForm extends KeyTerm {
  /** any of these, compared with passageForms */
  readonly forms: ReadonlyArray<string>
}

const MONTH_BY_ABBREVIATION: ReadonlyMap<string, string> = new Map(
  MONTHS.flatMap((m) => [[m.slice(0, 3), m] as const, ...(m === "september" ? [["sept", m] as const] : [])])
)
const SMALL_NUMBERS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"
]
const PARTICLES: ReadonlySet<string> = new Set(["de", "van", "von", "der", "bin", "al", "da", "di", "la", "le"])

const strip = (norm: string): string => norm.replace(/'s$/, "")

/** The comparison form of a single word, as both statements and passages use it. */
export const wordForm = (norm: string, kind: TermKind): string => {
  const key = strip(matchKey(norm))
  if (kind === "word") return stem(key)
  if (kind === "date") return MONTH_BY_ABBREVIATION.get(key.replace(/\.$/, "")) ?? key
  if (kind === "number") {
    const small = SMALL_NUMBERS.indexOf(key)
    return small >= 0 ? String(small) : key.replace(/,(?=\d{3})/g, "")
  }
  return key
}

/**
 * Forms already worked out: a page's words are mostly the same few thousand, and stemming each
 * occurrence again was the largest part of preparing a page for statement checks. Emptied when it
 * holds MAX_REMEMBERED words, so a long batch's memory does not grow with its vocabulary.
 */
const remembered = new Map<string, ReadonlyArray<string>>()
const MAX_REMEMBERED = 50_000

/** Every form a passage word can be found by. */
export const passageForms = (norm: string): ReadonlyArray<string> => {
  let forms = remembered.get(norm)
  if (forms === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear()
    forms = [...new Set([wordForm(norm, "name"), wordForm(norm, "word"), wordForm(norm, "date"), wordForm(norm, "number")])]
    remembered.set(norm, forms)
  }
  return forms
}

const isCapitalised = (text: string, t: Token): boolean => /^\p{Lu}/u.test(text.slice(t.start, t.end))
const isYear = (norm: string): boolean => /^(1[89]|20)\d\d$/.test(norm)

const dateLike = (text: string, t: Token): boolean =>
  isDateWord(t.norm) && (!AMBIGUOUS_DATE_WORDS.has(t.norm) || isCapitalised(text, t))

/** Key terms with their comparison forms, in statement order, without repeats. */
export const termForms = (statement: string): Array<TermForm> => {
  const tokens = tokenize(statement)
  const out: Array<TermForm> = []
  const seen = new Set<string>()
  const add = (term: string, kind: TermKind, forms: ReadonlyArray<string>) => {
    const id = `${kind}:${forms.join(" ")}`
    if (seen.has(id)) return
    seen.add(id)
    out.push({ term, kind, forms })
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token
    const written = statement.slice(t.start, t.end)
    if (dateLike(statement, t) || isYear(t.norm)) {
      add(written, "date", [wordForm(t.norm, "date")])
    } else if (isNumberWord(t.norm)) {
      add(written, "number", [wordForm(t.norm, "number")])
    } else if (isCapitalised(statement, t) && !STOPWORDS.has(t.norm)) {
      // a name runs over capitalised words and particles ("Ludwig van Beethoven")
      let e = k
      while (e + 1 < tokens.length) {
        const next = tokens[e + 1] as Token
        const gap = statement.slice((tokens[e] as Token).end, next.start)
        if (/[^\s'\u2019.-]/.test(gap) || dateLike(statement, next)) break
        if (isCapitalised(statement, next) || (PARTICLES.has(next.norm) && e + 2 < tokens.length)) e++
        else break
      }
      while (e > k && !isCapitalised(statement, tokens[e] as Token)) e--
      const last = tokens[e] as Token
      // the surname (last word) is what a passage must contain
      add(statement.slice(t.start, last.end), "name", [wordForm(last.norm, "name")])
      k = e
    } else if (isContentWord(t.norm)) {
      add(written, "word", [wordForm(t.norm, "word")])
    }
  }
  return out
}

/** Key terms of a statement: names, numbers, dates and content words. */
export const keyTermsOf = (statement: string): ReadonlyArray<KeyTerm> =>
  termForms(statement).map(({ term, kind }) => ({ term, kind }))

/** Weight of a term in a passage's recall: names, numbers and dates count double. */
export const termWeight = (kind: TermKind): number => (kind === "word" ? 1 : 2)
