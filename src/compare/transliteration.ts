/**
 * A skeleton for comparing personal names across transliterations. Russian names reach English,
 * French and German copy in several spellings (Bondarev/Bondarew, Aleksandr/Alexander/Alexandre,
 * Yury/Yuri/Iurii, Sergey/Sergei/Sergej, Fyodor/Fedor); each rule folds one such alternation, and
 * the same rules apply to both names, so two spellings meet when they differ only by these.
 * Distinct names keep distinct skeletons: Bondarenko stays far from Bondarev.
 */

const CYRILLIC: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k",
  л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts",
  ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", і: "i", ї: "yi",
  є: "ye", ґ: "g"
}

/** Latin letters for a Cyrillic name (a plain scholarly-ish table; the skeleton absorbs the rest). */
export const romanize = (s: string): string =>
  s.toLowerCase().replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c)

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/['\u2019\u02b9\u02bc`-]/g, ""], // soft signs and apostrophes (Gorbach'ov), hyphens
  [/x/g, "ks"], // Alexander / Aleksandr, Maxim / Maksim
  [/w/g, "v"], // Bondarew, Gatilow (German)
  [/ph/g, "f"],
  [/tsch/g, "ch"], // German Tschaikowski
  [/sch/g, "sh"], // German Schostakowitsch (after tsch)
  [/kh/g, "h"], // Mikhail / Mihail, Khodorkovsky / Hodorkovsky
  [/ck/g, "k"],
  [/(^|[aeiou])[yji]o/g, "$1e"], // Fyodor / Fedor, Semyon / Semen, Pyotr (next rule)
  [/([^aeiou])yo/g, "$1e"],
  [/eo/g, "e"], // Feodor
  [/(iy|[iyj])a/g, "A"], // Maria / Mariya / Marija, Natalia / Natalya
  [/(iy|[iyj])u/g, "U"], // Yury / Iurii / Jurij
  [/(^|[aeiou])[yj]e/g, "$1e"], // Yevgeny / Evgeny / Jewgeni
  [/[yj]/g, "i"], // Sergey / Sergej / Sergei, -sky / -ski
  [/([a-z])\1+/g, "$1"], // Vassily / Vasily, Gennady / Genady, -ii endings
  [/([^aeiouAU])er$/g, "$1r"], // Alexander / Aleksandr, Peter / Petr
  [/([^aeiouAU])re$/g, "$1r"] // Alexandre
]

/** The transliteration skeleton of one name word (lower case, accents dropped). */
export const nameSkeleton = (word: string): string => {
  let s = romanize(word).normalize("NFD").replace(/\p{M}+/gu, "")
  for (const [pattern, replacement] of RULES) s = s.replace(pattern, replacement)
  return s
}
