/**
 * Small closed word lists the comparer reasons with: negations, numbers, dates and function
 * words. They are data, kept apart from the code that uses them, so that a desk can see (and
 * extend) exactly which words are treated as meaning-bearing.
 */

/** Words that flip a statement. A quote that gains or loses one of these is never exact. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "nowhere", "cannot",
  // a few other languages a desk meets in diplomatic sources
  "не", "нет", "ни", "никогда", "ne", "pas", "jamais", "nicht", "nie", "kein", "keine", "nunca"
])

/** True for a negation word or an English contraction ending in n't ("don't", "isn't"). */
export const isNegation = (norm: string): boolean =>
  NEGATIONS.has(norm) || norm.endsWith("n't") || norm === "n't"

const NUMBER_WORDS: ReadonlySet<string> = new Set([
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
  "trillion", "dozen", "dozens", "first", "second", "third", "fourth", "fifth", "sixth",
  "seventh", "eighth", "ninth", "tenth", "twentieth", "hundredth", "half", "twice", "thrice"
])

/** A numeral ("24", "1,000", "3.5", "19th") or a number word ("twenty", "third"). */
export const isNumberWord = (norm: string): boolean => /\d/.test(norm) || NUMBER_WORDS.has(norm)

export const MONTHS: ReadonlyArray<string> = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december"
]
const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
export const WEEKDAYS: ReadonlyArray<string> = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
]
const RELATIVE_DAYS = ["today", "yesterday", "tomorrow", "tonight"]

const DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS, ...RELATIVE_DAYS
])

/**
 * Month, weekday or relative day. "may" and "march" are also ordinary words, so callers that
 * see the original spelling should require a capital letter for those two.
 */
export const isDateWord = (norm: string): boolean => DATE_WORDS.has(norm)

/** Ambiguous month names that are only dates when capitalised ("May", "March"). */
export const AMBIGUOUS_DATE_WORDS: ReadonlySet<string> = new Set(["may", "march", "sat", "sun", "mar", "jan"])

/** English function words: they carry little content, so similarity and key terms skip them. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but if then else of to in on at by for with from as into onto over under " +
    "about above below after before between through during without within upon against among " +
    "is are was were be been being am do does did doing have has had having will would shall " +
    "should can could may might must it its it's this that these those there here he she they " +
    "we you i me him her them us my your his their our mine yours hers theirs ours who whom " +
    "whose which what when where why how all any both each few more most other some such only " +
    "own same so than too very just also s t said says say says' also up down out off again " +
    "further once while because until since per via its' one's let's"
  ).split(" ")
)

/** A word worth matching on its own: not a function word, at least two characters. */
export const isContentWord = (norm: string): boolean =>
  norm.length > 1 && !STOPWORDS.has(norm) && !NEGATIONS.has(norm)
