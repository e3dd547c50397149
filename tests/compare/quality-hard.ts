/**
 * Hand-written cases for the quote quality set: paraphrases of real sentences (written by a
 * person, not generated: a generator cannot honestly say the same thing in other words), and
 * hard cases on small documents of their own (the seed letter, curly quotes, brackets, repeated
 * phrases, a quote that spans paragraphs).
 */
import type { MatchClass } from "../../src/compare/index.js"
import { AP, LETTER } from "./letter.js"
import type { QualityCase } from "./quality-set.js"
import { loadPage, sentencesOf } from "./wcxb.js"

/**
 * [page, sentence number in sentencesOf(page), a paraphrase]. The sentence is named by number so
 * that its text stays in ../shared/eval and out of the repository.
 */
const PARAPHRASES: ReadonlyArray<readonly [string, number, string]> = [
  ["0137", 2, "In the Middle Ages, tutors went on educating the children of the nobility and of wealthy families."],
  ["0137", 7, "Today students can even hire a tutor to get them ready for high-stakes exams like the SAT or the GRE."],
  ["0065", 12, "Most of the drugs are prescribed to people whose BMI is 30 or more, or 27 or more when they have health conditions related to their weight."],
  ["0167", 12, "More people are taking this route, since over 75% of graduates find a tech job within six months, on starting salaries of $70,000 to $90,000."],
  ["0243", 2, "The U.S. housing market cooled quickly in the second half of 2022 and early 2023, after over two years of fierce competition and rapidly rising prices."],
  ["0272", 2, "Several different kinds of camera have been developed since the digital camera was invented in 1975."],
  ["0334", 37, "Avis and Budget give the largest discounts to customers who prepay when they book."],
  ["0367", 12, "Health experts say that shedding 1 to 2 pounds a week is a sound way to build healthy new habits and to lose weight sustainably."],
  ["0428", 17, "Cairo moved to California in her teens, taking graduate classes at the University of California, Berkeley, where she came across a conjecture about how functions behave that was 40 years old."],
  ["0428", 27, "The problem was first solved in 2004, but Svetlana Jitomirskaya, one of the authors of that proof, was not satisfied with how it was done."],
  ["0455", 17, "Rather than depend on whatever the network happens to produce on a given day, the benchmark uses a fixed, unchanging set of historical blocks."],
  ["0367", 7, "To lose weight, contestants on those shows go to drastic lengths, such as severely restricting calories and doing hours of hard exercise each day."],
  ["0206", 2, "Heading toward 2030, blockchain is growing up and is about far more than cryptocurrency."],
  ["0039", 12, "Once it is on the wall it is easy to overlook, and a visitor who spotted the slim silver column would probably be more curious than horrified."],
  ["0098", 27, "Stitch Fix again tops our ranking of the best clothing subscription boxes."],
  ["0400", 42, "In the park, 150-year-old trees, water features such as Turtle Pond that shelter waterfowl, and plenty of shrub thickets give homes to songbirds and even coyotes."]
]

export const paraphraseCases = (): Array<QualityCase> =>
  PARAPHRASES.map(([page, n, quote], k) => {
    const s = sentencesOf(loadPage(page))[n]
    if (s === undefined) throw new Error(`paraphrase ${k + 1}: page ${page} has no sentence ${n}`)
    const id = `paraphrase-${String(k + 1).padStart(2, "0")}`
    return { id, kind: "paraphrase", quote, expected: "paraphrase", accept: ["paraphrase"], page, span: { start: s.start, end: s.end } }
  })

const MOVED = (() => {
  const paragraphs = LETTER.split("\n\n")
  const filler = Array.from({ length: 120 }, (_, k) => `Paragraph ${k} is about something else entirely.`).join(" ")
  return `${paragraphs[1] ?? ""}\n\n${filler}\n\n${paragraphs[2] ?? ""}`
})()
const REPEATS = [
  "He said the ministry is about lies and hatred.",
  "Much later he said that the ministry is about lies, hatred and warmongering.",
  "Then: the ministry is about lies"
].join(" ")
const NEGATED = "The plan is not a failure, the minister said on Monday. Critics said the plan is a failure. The plan is not a success either, they added."
const SALES = "In 2019 sales rose 5% across the region.\n\nIn 2020 sales rose 7% across the region, the report said."
const APOSTROPHES = "“It’s the Ministry’s job,” she said, “and it’s the Ministry’s failure.”"

/** [quote, document, class, the source text it stands for (first occurrence after `after`)] */
type Hard = readonly [string, string, MatchClass, string?, string?]

const HARD: ReadonlyArray<Hard> = [
  ...Object.values(AP).map((q): Hard => [q, LETTER, "exact"]),
  ["never have I been so proud of my country as on February 24 of this year", LETTER, "altered", "never have I been so ashamed"],
  ["not so ashamed", LETTER, "altered", "so ashamed"],
  ["as on February 25 of this year", LETTER, "altered", "as on February 24"],
  ["never have I been so ashamed of my country as on March 24 of this year", LETTER, "altered", "never have I been"],
  ["The aggressive war unleashed by Lukashenko against Ukraine", LETTER, "altered", "The aggressive war"],
  ["For thirty years of my diplomatic career", LETTER, "altered", "For twenty years"],
  ["But I simply can any longer share in this bloody, witless and absolutely needless ignominy.", LETTER, "altered", "But I simply"],
  ["I regret to admit that over all these twenty long years the level of lies in the work of the Foreign Ministry", LETTER, "altered", "I regret"],
  ["The aggressive war unleashed by Putin … is not only a crime against the Ukrainian people", LETTER, "elided", "The aggressive war"],
  ["The aggressive war unleashed by Putin [...] is not only a crime against the Ukrainian people", LETTER, "elided", "The aggressive war"],
  ["never have I been so ashamed of my country … It is all about warmongering, lies and hatred", LETTER, "elided", "never have I been"],
  ["The aggressive war unleashed by Putin ... is only a crime against the Ukrainian people", LETTER, "altered", "The aggressive war"],
  ["It is all about warmongering, lies and hatred … never have I been so ashamed of my country", LETTER, "altered", "never have I been"],
  ["never have I been so ashamed of my country … It is all about warmongering, lies and hatred", MOVED, "altered", "never have I been"],
  ["[The Foreign Ministry] is all about warmongering, lies and hatred", LETTER, "exact", "It is all about"],
  ["The aggressive war unleashed by [President Vladimir] Putin against Ukraine [in February]", LETTER, "exact", "The aggressive war"],
  ["[t]he level of lies and unprofessionalism", LETTER, "exact", "the level of lies"],
  ["The Ministry has become my home and family. But I simply cannot any longer share in this", LETTER, "exact", "The Ministry has become"],
  ["“so ashamed of my country”", LETTER, "exact", "so ashamed"],
  ["«so ashamed of my country»", LETTER, "exact", "so ashamed"],
  ["'so ashamed of my country'", LETTER, "exact", "so ashamed"],
  ["The weather in Geneva was lovely in the spring", LETTER, "absent"],
  ["I have been a doctor for twenty years and my clinic has become my home.", LETTER, "absent"],
  ["In my twenty-year diplomatic career I have never been as ashamed of my country as I was on February 24.", LETTER, "paraphrase", "For twenty years"],
  ["the ministry is about lies, hatred and warmongering", REPEATS, "exact", "the ministry is about lies, hatred", "Much"],
  ["the ministry is about hatred and warmongering", REPEATS, "altered", "the ministry is about lies, hatred", "Much"],
  ["the plan is not a failure", NEGATED, "exact", "The plan is not a failure"],
  ["the plan is a failure", NEGATED, "exact", "the plan is a failure"],
  ["the plan is not a failure, critics said", NEGATED, "altered", "The plan is not a failure"],
  ["In 2020 sales rose 5% across the region", SALES, "altered", SALES.slice(0, SALES.indexOf("7%"))],
  ["It's the Ministry's failure", APOSTROPHES, "exact", "it’s the Ministry’s failure"],
  ["\"It's the Ministry's job,\"", APOSTROPHES, "exact", "It’s the Ministry’s job"],
  ["We do want this war", "We don't want this war, he said.", "altered", "We don't want"]
]

export const hardCases = (): Array<QualityCase> =>
  HARD.map(([quote, doc, expected, at, after], k) => {
    const id = `hard-${String(k + 1).padStart(2, "0")}`
    const base = { id, kind: "hard" as const, quote, expected, accept: [expected], doc }
    if (at === undefined) return base
    const start = doc.indexOf(at, after === undefined ? 0 : doc.indexOf(after))
    if (start < 0) throw new Error(`${id}: "${at}" is not in its document`)
    return { ...base, span: { start, end: start + Math.max(at.length, 1) } }
  })
