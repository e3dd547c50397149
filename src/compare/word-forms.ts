/**
 * The spelling a word is compared by, computed once per distinct written form: lower-cased,
 * typographic apostrophes folded, orthographic equivalences applied (spelling.ts). Forms live in
 * an open-addressing table keyed by a hash of the characters in place: a long document repeats a
 * small vocabulary, and looking words up without slicing them out of the text first is what keeps
 * indexing at tens of MB/s. Each form has a serial number, so token lists can refer to forms
 * with an Int32Array instead of an array of objects (less for the garbage collector to trace).
 */
import { americanSpelling, splitWord } from "./spelling.js"

export interface WordForm {
  /** One norm, or several when a closed form stands for several words ("cannot"). */
  readonly norms: ReadonlyArray<string>
  readonly hasLetter: boolean
  /** index in the registry (wordForms.at) */
  readonly serial: number
  /** scratch for indexDocument: the vocabulary id this form got in build number memoBuild */
  memoBuild: number
  memoId: number
}

const FORMAT_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032\u0060\u00b4\uff07]/g

const formOf = (raw: string, serial: number): WordForm => {
  let w = raw.toLowerCase()
  // eslint-disable-next-line no-control-regex
  const ascii = !/[^\u0000-\u007f]/.test(w)
  if (!ascii) {
    w = w.replace(FORMAT_CHARS, "").normalize("NFC").replace(APOSTROPHES, "'")
    // Russian writes ё or е at will: the same word either way
    if (w.includes("ё")) w = w.replace(/ё/g, "е")
  }
  const hasLetter = ascii ? /[a-z]/.test(w) : /\p{L}/u.test(w)
  const parts = splitWord(w) ?? [w]
  return { norms: parts.map(americanSpelling), hasLetter, serial, memoBuild: -1, memoId: -1 }
}

/** The table is emptied, between two texts, once it holds more forms than this. */
const MAX_FORMS = 400_000

/**
 * Arrays built by push, never `new Array(n)`: V8 gives a large pre-sized array slow dictionary
 * elements, and reads of holes are a slow path. "" marks a free slot.
 */
const filled = <T>(size: number, value: T): Array<T> => {
  const out: Array<T> = []
  for (let k = 0; k < size; k++) out.push(value)
  return out
}

/** One object with fields, not module-level `let`s: those cost a hole check on every read. */
class FormTable {
  mask = (1 << 16) - 1
  keys: Array<string> = filled(this.mask + 1, "")
  values: Array<WordForm | null> = filled<WordForm | null>(this.mask + 1, null)
  hashes = new Int32Array(this.mask + 1)
  count = 0
  registry: Array<WordForm> = []

  /** The form with this serial number. */
  at(serial: number): WordForm | undefined {
    return this.registry[serial]
  }

  /** Called before a text, never during one, so serials stay valid while a text is read. */
  trim(): void {
    if (this.count <= MAX_FORMS) return
    this.resize(1 << 16, false)
    this.registry = []
  }

  insert(key: string, form: WordForm, h: number): void {
    let slot = h & this.mask
    while (this.keys[slot] !== "") slot = (slot + 1) & this.mask
    this.keys[slot] = key
    this.values[slot] = form
    this.hashes[slot] = h
    this.count++
  }

  resize(size: number, keep = true): void {
    const { keys, values, hashes } = this
    this.mask = size - 1
    this.keys = filled(size, "")
    this.values = filled<WordForm | null>(size, null)
    this.hashes = new Int32Array(size)
    this.count = 0
    if (!keep) return
    keys.forEach((key, slot) => {
      const form = values[slot]
      if (key !== "" && form !== null && form !== undefined) this.insert(key, form, hashes[slot] ?? 0)
    })
  }

  get(text: string, start: number, end: number): WordForm {
    let h = 0x811c9dc5 | 0
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619)
    const { keys, hashes, mask } = this
    const length = end - start
    let slot = h & mask
    for (let key = keys[slot] ?? ""; key !== ""; key = keys[slot] ?? "") {
      if (hashes[slot] === h && key.length === length) {
        let same = true
        for (let k = 0; k < length && same; k++) same = key.charCodeAt(k) === text.charCodeAt(start + k)
        if (same) return this.values[slot] as WordForm
      }
      slot = (slot + 1) & mask
    }
    const raw = text.slice(start, end)
    const form = formOf(raw, this.registry.length)
    this.registry.push(form)
    if (this.count * 2 >= this.mask) this.resize((this.mask + 1) * 2)
    this.insert(raw, form, h)
    return form
  }
}

export const wordForms = new FormTable()

