/**
 * A deliberately small English stemmer for overlap scores: "resigned", "resigns" and
 * "resigning" meet at "resign"; "departing" and "departure" do not, and that is acceptable,
 * because the stems only rank passages, they never decide that two quotes are the same words.
 */
import { americanSpelling } from "./spelling.js"

const undouble = (w: string): string =>
  /([bdfgklmnprt])\1$/.test(w) && !/(ll|ss)$/.test(w) ? w.slice(0, -1) : w

export const stem = (word: string): string => {
  let w = americanSpelling(word.toLowerCase().replace(/[\u2019']s$/, "").replace(/[\u2019']/g, ""))
  if (w.length <= 3 || /\d/.test(w)) return w
  if (w.endsWith("ations") && w.length > 8) w = w.slice(0, -6)
  else if (w.endsWith("ation") && w.length > 7) w = w.slice(0, -5)
  else if (w.endsWith("ings") && w.length > 6) w = undouble(w.slice(0, -4))
  else if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3))
  else if (w.endsWith("ied") && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith("ed") && w.length > 4) w = undouble(w.slice(0, -2))
  else if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (/(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2)
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1)
  // "calorie", "calories" (-> "calory") and "calory" meet at "calori"; "study", "studies" at "studi"
  if (w.length > 3 && w.endsWith("y")) w = `${w.slice(0, -1)}i`
  return w
}
