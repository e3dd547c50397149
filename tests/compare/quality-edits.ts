/**
 * Seeded edits that turn a real sentence into a labelled quote: each returns the quote and the
 * part of the sentence it stands for, or undefined when the sentence does not lend itself to
 * that edit (no number to change, no name...). The caller checks the result is not already in
 * the page word for word, so an "altered" label can never be wrong by accident.
 */
import { pick, wordsOf, type Sentence } from "./wcxb.js"

export interface Edit {
  readonly quote: string
  /** offsets in the sentence of the words the quote stands for */
  readonly from: number
  readonly to: number
}

type Rnd = () => number
type Word = ReturnType<typeof wordsOf>[number]

/** A word's letters without surrounding punctuation ("said," -> "said"). */
const core = (w: Word | undefined): string => /^[^A-Za-z0-9$]*(.*?)[^A-Za-z0-9%]*$/.exec(w?.text ?? "")?.[1] ?? ""
/** The word's core in place of `by`, its punctuation kept. */
const swap = (w: Word, by: string): string => w.text.replace(core(w), by)
const spliced = (text: string, at: number, until: number, by: string) => text.slice(0, at) + by + text.slice(until)
const whole = (s: Sentence, quote: string): Edit => ({ quote, from: 0, to: s.text.length })
const between = (rnd: Rnd, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1))

const STOP = new Set(
  "the and that with from have this were they their there which would could should about been into than then them these those will more most some such what when where while also only just very".split(" ")
)
const REPLACEMENTS = "remarkable ordinary distant silent official private rapid careful broken hidden gentle narrow ancient".split(" ")
const INSERTS = "really clearly certainly largely quickly entirely still often even also".split(" ")
const AUXILIARIES = new Set("is are was were will would can could should has have had does do did must may might".split(" "))
const NAMES = "Henderson Okafor Lisbon Nakamura Brennan Valencia Kowalski Ramirez Dublin Morales Ingram".split(" ")
const MONTHS = "January February March April May June July August September October November December".split(" ")
const WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" ")
const NUMBER_WORDS = "two three four five six seven eight nine ten twelve twenty fifty hundred thousand million".split(" ")
const BRACKETS = ["[sic]", "[the company]", "[in 2023]", "[emphasis added]", "[the author]", "[of the region]"]
const SUBJECTS = ["[The company]", "[The team]", "[The report]", "[Officials]", "[The author]"]
const PRONOUNS = new Set(["It", "They", "He", "She", "This", "We", "These", "Those"])
export const ELLIPSES = [" ... ", " … ", " . . . ", " [...] ", "... "]

/** Interior word positions (not the first or last word) satisfying ok. */
const interior = (words: ReadonlyArray<Word>, ok: (w: Word, k: number) => boolean): Array<number> =>
  words.flatMap((w, k) => (k > 0 && k < words.length - 1 && ok(w, k) ? [k] : []))

const replaceAt = (s: Sentence, rnd: Rnd, spots: Array<number>, by: (w: Word) => string | undefined) => {
  if (spots.length === 0) return undefined
  const w = wordsOf(s.text)[pick(rnd, spots)] as Word
  const to = by(w)
  return to === undefined || to.toLowerCase() === core(w).toLowerCase() ? undefined : whole(s, spliced(s.text, w.start, w.end, swap(w, to)))
}

/** Another content word of the page (a replacement the index knows), or a fixed stranger. */
export const replaced = (s: Sentence, rnd: Rnd, pageWords: ReadonlyArray<string>): Edit | undefined => {
  const words = wordsOf(s.text)
  const spots = interior(words, (w) => /^[a-z]{4,}$/.test(core(w)) && !STOP.has(core(w)) && !AUXILIARIES.has(core(w)))
  return replaceAt(s, rnd, spots, (w) => {
    const to = rnd() < 0.5 ? pick(rnd, REPLACEMENTS) : pick(rnd, pageWords)
    // a different word, not an inflection of the same one
    return to.slice(0, 4) === core(w).slice(0, 4) ? undefined : to
  })
}

export const inserted = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const words = wordsOf(s.text)
  const k = between(rnd, 1, words.length - 1)
  const word = pick(rnd, INSERTS)
  if ([core(words[k - 1]), core(words[k])].some((c) => c.toLowerCase() === word)) return undefined
  const at = (words[k] as Word).start
  return whole(s, spliced(s.text, at, at, `${word} `))
}

export const dropped = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const words = wordsOf(s.text)
  // a word unlike its neighbours, so that which word went missing is not in doubt
  const spots = interior(words, (w, k) => /^[A-Za-z]{2,}$/.test(core(w)) && core(words[k - 1]) !== core(w) && core(words[k + 1]) !== core(w))
  if (spots.length === 0) return undefined
  const k = pick(rnd, spots)
  return whole(s, spliced(s.text, (words[k] as Word).start, (words[k + 1] as Word).start, ""))
}

export const notAdded = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const words = wordsOf(s.text)
  const spots = interior(words, (w, k) => AUXILIARIES.has(core(w)) && !/^(not|never|no)$/.test(core(words[k + 1])) && w.text === core(w))
  if (spots.length === 0) return undefined
  const w = words[pick(rnd, spots)] as Word
  return whole(s, spliced(s.text, w.end, w.end, " not"))
}

export const notDropped = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const words = wordsOf(s.text)
  const spots = interior(words, (w) => /^(not|cannot|\w+n['’]t)$/i.test(core(w)))
  if (spots.length === 0) return undefined
  const k = pick(rnd, spots)
  const w = words[k] as Word
  const c = core(w)
  if (c.toLowerCase() === "not") return whole(s, spliced(s.text, w.start, (words[k + 1] as Word).start, ""))
  // "cannot" -> "can", "won't" -> "will", "can't" -> "can", "isn't" -> "is"
  const lower = c.toLowerCase()
  const positive = lower === "cannot" ? c.slice(0, 3) : /^won/.test(lower) ? "will" : /^can/.test(lower) ? c.slice(0, 3) : c.replace(/n['’]t$/i, "")
  return whole(s, spliced(s.text, w.start, w.end, swap(w, positive)))
}

const YEAR = /^(19|20)\d\d$/

export const number = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const words = wordsOf(s.text)
  const digits = interior(words, (w) => /^\$?\d[\d,.]*%?$/.test(core(w)) && !YEAR.test(core(w)))
  if (digits.length > 0) {
    return replaceAt(s, rnd, digits, (w) => {
      const c = core(w)
      const at = pick(rnd, [...c].flatMap((ch, i) => (/\d/.test(ch) ? [i] : [])))
      const old = Number(c[at])
      const first = at === 0 || !/\d/.test(c[at - 1] ?? "")
      const digit = (old + between(rnd, 1, first ? 7 : 9)) % 10
      return first && digit === 0 ? undefined : c.slice(0, at) + String(digit) + c.slice(at + 1)
    })
  }
  const spelled = interior(words, (w) => NUMBER_WORDS.includes(core(w).toLowerCase()))
  return replaceAt(s, rnd, spelled, (w) => {
    const to = pick(rnd, NUMBER_WORDS)
    return /^[A-Z]/.test(core(w)) ? to[0]?.toUpperCase() + to.slice(1) : to
  })
}

/** A capitalised word inside a sentence that the page never writes in lower case: a name. */
export const name = (s: Sentence, rnd: Rnd, pageText: string, pageNames: ReadonlyArray<string>): Edit | undefined => {
  const words = wordsOf(s.text)
  const spots = interior(words, (w, k) => {
    const c = core(w)
    if (!/^[A-Z][a-z]{2,}$/.test(c) || /[.!?:;"“]$/.test(words[k - 1]?.text ?? "") || MONTHS.includes(c) || WEEKDAYS.includes(c)) return false
    return !new RegExp(`\\b${c.toLowerCase()}\\b`).test(pageText)
  })
  return replaceAt(s, rnd, spots, () => (rnd() < 0.5 ? pick(rnd, NAMES) : pick(rnd, pageNames)))
}

export const date = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const words = wordsOf(s.text)
  const spots = interior(words, (w, k) => {
    const c = core(w)
    // "May" and "March" only next to a number: otherwise they may be the verb
    const numberNear = [words[k - 1], words[k + 1]].some((n) => /^\d/.test(core(n)))
    return YEAR.test(c) || WEEKDAYS.includes(c) || (MONTHS.includes(c) && (numberNear || !["May", "March"].includes(c)))
  })
  return replaceAt(s, rnd, spots, (w) => {
    const c = core(w)
    if (YEAR.test(c)) return String(Number(c) + pick(rnd, [-3, -2, -1, 1, 2, 3]))
    const list = MONTHS.includes(c) ? MONTHS.filter((m) => m !== "May" && m !== "March") : WEEKDAYS
    return pick(rnd, list)
  })
}

/** A run of 2-8 words cut from the middle, marked by an ellipsis. */
export const elided = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const words = wordsOf(s.text)
  if (words.length < 14) return undefined
  const i = between(rnd, 4, words.length - 7)
  const j = i + between(rnd, 2, Math.min(8, words.length - 4 - i))
  const before = s.text.slice(0, (words[i - 1] as Word).end)
  return whole(s, before + pick(rnd, ELLIPSES) + s.text.slice((words[j] as Word).start))
}

/** The end of one sentence and the start of a later one in the same paragraph (not the next:
 * an ellipsis between adjacent sentences leaves nothing out, and the quote is exact). */
export const elidedAcross = (s: Sentence, later: Sentence, rnd: Rnd, offset: number): Edit | undefined => {
  const a = wordsOf(s.text)
  const b = wordsOf(later.text)
  const m = between(rnd, 5, 9)
  const n = between(rnd, 5, 9)
  if (a.length < m + 2 || b.length < n + 2) return undefined
  const head = s.text.slice((a[a.length - m] as Word).start)
  const tail = later.text.slice(0, (b[n - 1] as Word).end)
  return { quote: head + pick(rnd, ELLIPSES) + tail, from: (a[a.length - m] as Word).start, to: offset + (b[n - 1] as Word).end }
}

export const bracketAdded = (s: Sentence, rnd: Rnd, base?: Edit): Edit | undefined => {
  const text = base?.quote ?? s.text
  const words = wordsOf(text)
  const spots = interior(words, (w, k) => /^[a-z]+$/.test(w.text) && !/[[\].…]/.test(words[k + 1]?.text ?? ".") && !w.text.includes("."))
  if (spots.length === 0) return undefined
  const w = words[pick(rnd, spots)] as Word
  return { ...(base ?? whole(s, text)), quote: spliced(text, w.end, w.end, ` ${pick(rnd, BRACKETS)}`) }
}

export const bracketSubject = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const first = wordsOf(s.text)[0]
  if (first === undefined || !PRONOUNS.has(first.text)) return undefined
  return whole(s, spliced(s.text, 0, first.end, pick(rnd, SUBJECTS)))
}

/** A quote starting inside the sentence with its first letter capitalised in brackets: "[T]he". */
export const bracketCapital = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const words = wordsOf(s.text)
  const spots = interior(words, (w, k) => /^[a-z]{2,}$/.test(w.text) && k >= 2 && k <= words.length - 8)
  if (spots.length === 0) return undefined
  const w = words[pick(rnd, spots)] as Word
  const rest = s.text.slice(w.start + 1)
  return { quote: `[${w.text[0]?.toUpperCase() ?? ""}]${rest}`, from: w.start, to: s.text.length }
}

/** 8-15 consecutive words of the sentence. */
export const part = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const words = wordsOf(s.text)
  const n = between(rnd, 8, Math.min(15, words.length - 1))
  const i = between(rnd, 0, words.length - n)
  const from = (words[i] as Word).start
  const to = (words[i + n - 1] as Word).end
  return { quote: s.text.slice(from, to), from, to }
}

/** A noun or verb's ending changed ("trees" for "tree", "says" for "say"): altered, never exact. */
export const inflected = (s: Sentence, rnd: Rnd): Edit | undefined => {
  const words = wordsOf(s.text)
  const spots = interior(words, (w) => /^[a-z]{4,}$/.test(core(w)) && !STOP.has(core(w)) && !/(ss|us|is)$/.test(core(w)))
  return replaceAt(s, rnd, spots, (w) => (core(w).endsWith("s") ? core(w).slice(0, -1) : `${core(w)}s`))
}

/** Commas dropped and the first letter's case changed: the same words, so exact. */
export const punctuation = (s: Sentence): Edit | undefined => {
  if (!s.text.includes(",")) return undefined
  const first = s.text[0] ?? ""
  return whole(s, (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + s.text.slice(1).replace(/,/g, ""))
}

/** Curly quotes around it and curly apostrophes inside, as a story prints a quote. */
export const typography = (s: Sentence): Edit =>
  whole(s, `“${s.text.replace(/'/g, "’").replace(/"([^"]*)"/g, "‘$1’")}”`)
