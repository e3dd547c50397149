/**
 * Orthographic equivalences: spellings of one word that a quote may use without altering what
 * was said. British and American forms (honour/honor, organise/organize, counsellor/counselor)
 * are mapped to one form so that an AP copy of a British-spelt letter still matches word for word.
 * Numerals and names are never touched. Every rule maps both sides the same way, so a rule that
 * over-reaches can only merge two spellings that no real text distinguishes.
 */

/** Whole-word pairs that no suffix rule covers. */
const WORD_MAP: ReadonlyMap<string, string> = new Map([
  ["centre", "center"], ["centres", "centers"], ["centred", "centered"], ["theatre", "theater"],
  ["theatres", "theaters"], ["metre", "meter"], ["metres", "meters"], ["litre", "liter"],
  ["litres", "liters"], ["fibre", "fiber"], ["calibre", "caliber"], ["sombre", "somber"],
  ["spectre", "specter"], ["defence", "defense"], ["defences", "defenses"], ["offence", "offense"],
  ["offences", "offenses"], ["licence", "license"], ["pretence", "pretense"],
  ["programme", "program"], ["programmes", "programs"], ["catalogue", "catalog"],
  ["analogue", "analog"], ["grey", "gray"], ["judgement", "judgment"],
  ["judgements", "judgments"], ["acknowledgement", "acknowledgment"], ["ageing", "aging"],
  ["manoeuvre", "maneuver"], ["manoeuvres", "maneuvers"], ["aluminium", "aluminum"],
  ["sceptical", "skeptical"], ["sceptic", "skeptic"], ["mould", "mold"], ["smoulder", "smolder"],
  ["enrol", "enroll"], ["fulfil", "fulfill"], ["skilful", "skillful"], ["wilful", "willful"],
  ["instalment", "installment"], ["plough", "plow"], ["odour", "odor"], ["odours", "odors"],
  ["paediatric", "pediatric"], ["encyclopaedia", "encyclopedia"], ["foetus", "fetus"],
  ["anaemia", "anemia"], ["oestrogen", "estrogen"], ["towards", "toward"], ["whilst", "while"],
  ["amongst", "among"]
])

/**
 * British -our (honour, labourer, favourite). Stems shorter than three letters are left alone so
 * that four, hour, pour, tour, your and flour never lose their u ("four" must not become "for").
 */
const OUR = /^(.{3,}?)our(s|ed|ing|able|ably|ite|ites|er|ers|ful|fully|less|hood|hoods|ist|ists|al|ally|ism|y)?$/
const OUR_EXCEPTIONS: ReadonlySet<string> = new Set(["det", "cont", "dev", "vel", "param", "troubad", "tamb", "glam"])

/** British -ise/-yse (organise, realisation, analysed); short stems (rise, wise, prise) excluded. */
const ISE = /^(.{3,}?)([iy])s(e|es|ed|ing|ation|ations|er|ers|able)$/

/** British doubled l before a suffix, for the verbs where American English keeps one l. */
const LL_STEMS =
  "counsel|travel|cancel|label|model|signal|fuel|total|level|marshal|channel|funnel|tunnel|equal|" +
  "dial|duel|jewel|quarrel|shovel|snorkel|swivel|panel|pedal|rival|libel|enamel|grovel|initial|" +
  "tranquil|worship|kidnap"
const LL = new RegExp(`^(${LL_STEMS})(l|p)(ed|ing|er|ers|or|ors|ist|ists|ee|ees)$`)

/** Maps one lower-case word to its American spelling; anything with a digit is left alone. */
export const americanSpelling = (word: string): string => {
  if (word.length < 4 || /\d/.test(word)) return word
  const mapped = WORD_MAP.get(word)
  if (mapped !== undefined) return mapped
  // cheap substring tests first: most words meet no rule, and this runs once per distinct word
  const ll = word.includes("ll") || word.includes("pp") ? LL.exec(word) : null
  if (ll) return `${ll[1]}${ll[3]}`
  const our = word.includes("our") ? OUR.exec(word) : null
  if (our && !OUR_EXCEPTIONS.has(our[1] ?? "")) return `${our[1]}or${our[2] ?? ""}`
  const ise = word.includes("s") ? ISE.exec(word) : null
  if (ise) return `${ise[1]}${ise[2]}z${ise[3]}`
  return word
}

/**
 * Words written closed or open: "cannot" is "can not" (the resignation letter writes the latter,
 * AP the former). Returned as the parts the word stands for.
 */
const SPLITS: ReadonlyMap<string, ReadonlyArray<string>> = new Map([["cannot", ["can", "not"]]])

export const splitWord = (word: string): ReadonlyArray<string> | undefined => SPLITS.get(word)
