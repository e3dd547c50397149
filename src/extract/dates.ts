/**
 * Date normalisation to ISO 8601. We keep the calendar date exactly as the
 * page states it: converting through `Date` would shift "2025-09-04T23:30-05:00"
 * to the 5th in UTC, and a fact-check desk cares about the publisher's date.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12
}

const MONTH_NAMES = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"

const pad = (n: number): string => String(n).padStart(2, "0")

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

function ymd(y: number, m: number, d: number): string | undefined {
  return validYmd(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined
}

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i
const SLASH_YMD_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z)?$/
const NUMERIC_DMY_RE = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/
const MONTH_FIRST_RE = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i")
const DAY_FIRST_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})\\b`, "i")

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? MONTHS[name.toLowerCase().slice(0, 3)] ?? 0
}

function zone(z: string | undefined): string {
  if (z === undefined) return ""
  if (z.toUpperCase() === "Z") return "Z"
  const m = /^([+-]\d{2}):?(\d{2})?$/.exec(z)
  return m ? `${m[1]}:${m[2] ?? "00"}` : ""
}

/**
 * Normalise a machine-readable or human-written date. Returns "YYYY-MM-DD"
 * or "YYYY-MM-DDTHH:MM:SS[zone]" when a time is present, else undefined.
 */
export function normalizeDate(raw: string | undefined | null): string | undefined {
  if (raw === undefined || raw === null) return undefined
  const s = raw.trim()
  if (s === "") return undefined

  const iso = ISO_RE.exec(s)
  if (iso) {
    const date = ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    if (date === undefined) return undefined
    if (iso[4] === undefined) return date
    const time = `${pad(Number(iso[4]))}:${iso[5]}:${iso[6] ?? "00"}`
    return `${date}T${time}${zone(iso[7])}`
  }
  const slash = SLASH_YMD_RE.exec(s)
  if (slash) return ymd(Number(slash[1]), Number(slash[2]), Number(slash[3]))

  const compact = COMPACT_RE.exec(s)
  if (compact) {
    const date = ymd(Number(compact[1]), Number(compact[2]), Number(compact[3]))
    if (date === undefined || compact[4] === undefined) return date
    return `${date}T${compact[4]}:${compact[5]}:${compact[6] ?? "00"}${compact[7] ?? ""}`
  }
  // Unix time in seconds or milliseconds (some CMSs put these in meta tags).
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000
    const d = new Date(ms)
    const date = ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
    return date === undefined ? undefined : d.toISOString().replace(/\.\d{3}Z$/, "Z")
  }
  return parseHumanDate(s)
}

/** Dates written for people: "September 4, 2025", "4th Sept. 2025", "04/09/2025". */
export function parseHumanDate(s: string): string | undefined {
  const mf = MONTH_FIRST_RE.exec(s)
  const df = DAY_FIRST_RE.exec(s)
  // When both forms appear, the one that starts earlier is the date the text leads with.
  if (mf && (!df || mf.index <= df.index)) {
    return ymd(Number(mf[3]), monthNumber(mf[1] as string), Number(mf[2]))
  }
  if (df) return ymd(Number(df[3]), monthNumber(df[2] as string), Number(df[1]))
  const num = NUMERIC_DMY_RE.exec(s)
  if (num) {
    const a = Number(num[1])
    const b = Number(num[3])
    const y = Number(num[4])
    // Dots are European (day first); slashes are read US-style unless impossible.
    if (num[2] === ".") return ymd(y, b, a)
    return a > 12 ? ymd(y, b, a) : ymd(y, a, b)
  }
  return undefined
}

/** A date embedded in a URL path such as /2025/09/04/slug. */
export function dateFromUrl(url: string): string | undefined {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url)
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined
}
