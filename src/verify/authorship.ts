import { nameMatches, organizationMatches } from "../compare/index.js"
import type { Extracted } from "../sources/extracted.js"

const letters = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "")

/**
 * A handle like "hillelneuer" or "boris-bondarev-1a2b3c4d" that spells the person's name exactly.
 * Only LinkedIn's random suffix is dropped: a look-alike such as "maria_ivanovaa" is not the person.
 */
const handleSpells = (handle: string, person: string): boolean => {
  const name = letters(person)
  return name.length >= 6 && letters(handle.replace(/-[0-9a-f]{6,}$/i, "")) === name
}

/**
 * Whether a source is the subject's own account or document: its author (post author, profile
 * owner, tweet author, byline) or handle is the person, or the organisation they speak for.
 */
export const isOwnSource = (extracted: Extracted, person: string, affiliation?: string): boolean =>
  extracted.authors.some((a) => nameMatches(person, a) || (affiliation !== undefined && organizationMatches(affiliation, a) >= 0.8)) ||
  extracted.handles.some((h) => handleSpells(h, person))

/** Personal platform accounts: what they carry is their author's, not anyone else's, word. */
export const isPersonalAccount = (extracted: Extracted): boolean =>
  extracted.kind === "linkedin-post" || extracted.kind === "linkedin-profile" || extracted.kind === "x-post"

export const authorList = (extracted: Extracted): string =>
  extracted.authors.length > 0 ? extracted.authors.join(", ") : "an unnamed author"

/** The family name, for spotting "said Bondarev" near a quote. */
export const familyName = (person: string): string => {
  const parts = person.trim().split(/\s+/)
  return parts[parts.length - 1] ?? person
}
