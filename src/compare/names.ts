/**
 * Person names as directories and news copy write them: "BONDAREV Boris", "Bondarev, Boris",
 * "Mr. Boris Bondarev", "Boris Ivanovich Bondarev", "Борис Бондарев". Two names match when their
 * surnames meet (transliteration skeletons, see transliteration.ts), and every given name on the
 * shorter side meets one on the longer side (an initial meets any name with that letter).
 * Extra words on the longer side are middle names or patronymics and are optional. A surname
 * alone matches a full name with that surname; a given name alone matches nothing.
 */
import { nameSkeleton } from "./transliteration.js"

const HONORIFICS: ReadonlySet<string> = new Set(
  ("mr mrs ms miss mx dr prof professor sir dame madam madame mme mlle hon rev amb ambassador " +
    "excellency his her he h.e he. gen col capt lt jr sr phd esq mp").split(" ")
)

interface PersonName {
  /** skeletons in written order */
  readonly words: ReadonlyArray<string>
  /** raw first letters, for initials */
  readonly initials: ReadonlyArray<string>
  /** index of the surname in words */
  readonly surname: number
}

const isUpperWord = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()

const parseName = (raw: string): PersonName => {
  const comma = raw.indexOf(",")
  const parts = raw
    .replace(/\bH\.\s?E\./gi, " ")
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[("']+|[)"'.]+$/g, ""))
    .filter((w) => w.length > 0 && !HONORIFICS.has(w.toLowerCase().replace(/\.$/, "")))
  let surname = parts.length - 1
  if (comma >= 0) {
    // "Bondarev, Boris": the part before the comma is the surname
    const before = raw.slice(0, comma).split(/\s+/).filter((w) => w.length > 0)
    const last = before[before.length - 1]?.replace(/[.]$/, "")
    const at = last === undefined ? -1 : parts.indexOf(last)
    if (at >= 0) surname = at
  } else {
    // "BONDAREV Boris": the one word in capitals, when the others are not
    const upper = parts.map(isUpperWord)
    const count = upper.filter(Boolean).length
    if (count === 1 && parts.length > 1) surname = upper.indexOf(true)
  }
  return {
    words: parts.map((w) => nameSkeleton(w.replace(/\.$/, ""))),
    initials: parts.map((w) => (w.replace(/\.$/, "").length === 1 ? w[0]?.toLowerCase() ?? "" : "")),
    surname: Math.max(0, surname)
  }
}

const wordsMeet = (a: PersonName, i: number, b: PersonName, j: number): boolean => {
  const x = a.words[i] ?? ""
  const y = b.words[j] ?? ""
  if (x === y && x !== "") return true
  // an initial meets a name that starts with it (skeletons keep first letters, bar y/j/i)
  const ia = a.initials[i] ?? ""
  const ib = b.initials[j] ?? ""
  const first = (s: string) => s.replace(/^[UA]/, "i")[0] ?? ""
  if (ia !== "") return first(y) === first(nameSkeleton(ia))
  if (ib !== "") return first(x) === first(nameSkeleton(ib))
  return false
}

export const nameMatches = (claimed: string, found: string): boolean => {
  const a = parseName(claimed)
  const b = parseName(found)
  if (a.words.length === 0 || b.words.length === 0) return false
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a]
  // each side's surname must appear on the other side (order-free: "Boris Bondarev" = "Bondarev Boris")
  const surnameIn = (x: PersonName, y: PersonName) =>
    y.words.some((_, j) => wordsMeet(x, x.surname, y, j) && (x.initials[x.surname] ?? "") === "")
  if (!surnameIn(a, b)) return false
  if (short.words.length > 1 && !surnameIn(b, a)) return false
  if (short.words.length === 1 && long.words.length > 1 && !wordsMeet(short, 0, long, long.surname)) return false
  // every word of the shorter name meets a distinct word of the longer one
  const used = new Set<number>()
  for (let i = 0; i < short.words.length; i++) {
    let hit = -1
    for (let j = 0; j < long.words.length && hit < 0; j++) {
      if (!used.has(j) && wordsMeet(short, i, long, j)) hit = j
    }
    if (hit < 0) return false
    used.add(hit)
  }
  return true
}

export { organizationMatches, roleMatches } from "./roles.js"
