import { wireOfDomain } from "../sources/credits.js"
import { ownerOf, registrableDomain, type ReliabilityProfile } from "./reliability.js"

/** What independence grouping needs to know of one available source. */
export interface GroupInput {
  readonly key: string
  readonly url: string
  /** Overrides the site the URL names (a desk record has no site). */
  readonly site?: string
  readonly text: string
  /** The text's 5-word runs, when the caller already has them (a page cited by several claims). */
  readonly shingles?: ReadonlySet<string>
  /** Wire services the text credits as its origin. */
  readonly credits: ReadonlyArray<string>
}

export interface SourceGroup {
  readonly id: number
  readonly members: ReadonlyArray<string>
  /** Why each member was placed in this group, keyed by member. */
  readonly reasons: Readonly<Record<string, string>>
  /** A short label for the group ("Reuters story", "apnews.com"). */
  readonly label: string
}

const SHINGLE = 5

/** Word 5-shingles: long enough that two independent reports on one event rarely share many. */
export const shingles = (text: string): Set<string> => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const out = new Set<string>()
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(" "))
  return out
}

/** Share of the smaller text's shingles found in the other: a trimmed copy still scores high. */
export const containment = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const s of small) if (large.has(s)) shared++
  return shared / small.size
}

/** Above this share of shared 5-word runs, two texts are copies of one story (see docs/scoring.md). */
export const SYNDICATION_THRESHOLD = 0.5
/**
 * Texts shorter than this many 5-word runs are not judged copies by overlap: a tweet that quotes
 * two sentences of a release shares half its runs with it without being a copy of it.
 */
export const MIN_SHINGLES = 40

/**
 * Groups sources that are not independent of each other: one registrable domain, one owner,
 * near-identical text (syndicated copies), or a text that credits a wire service whose own report
 * is in the set or that other members credit too.
 */
export const groupSources = (inputs: ReadonlyArray<GroupInput>, profile: ReliabilityProfile): Array<SourceGroup> => {
  const parent = inputs.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const reasons = new Map<number, string>()
  const join = (i: number, j: number, reason: string) => {
    const a = find(i)
    const b = find(j)
    if (a === b) return
    parent[Math.max(a, b)] = Math.min(a, b)
    if (!reasons.has(Math.max(i, j))) reasons.set(Math.max(i, j), reason)
  }
  const domains = inputs.map((s) => s.site ?? registrableDomain(s.url))
  const owners = domains.map((d) => ownerOf(profile, d))
  const texts = inputs.map((s) => s.shingles ?? shingles(s.text))
  const wireOf = domains.map((d) => wireOfDomain(d))

  for (let i = 0; i < inputs.length; i++) {
    for (let j = 0; j < i; j++) {
      if (domains[i] === domains[j]) join(j, i, `same site as ${inputs[j]!.url} (${domains[i]})`)
      else if (owners[i] && owners[i] === owners[j]) join(j, i, `same owner as ${inputs[j]!.url} (${owners[i]})`)
      else {
        const c = Math.min(texts[i]!.size, texts[j]!.size) >= MIN_SHINGLES ? containment(texts[i]!, texts[j]!) : 0
        if (c >= SYNDICATION_THRESHOLD) join(j, i, `copy of the same story as ${inputs[j]!.url} (${Math.round(c * 100)}% of the text shared)`)
      }
    }
  }
  // A report crediting a wire service derives from it: it joins the wire's own report if cited,
  // and other reports crediting the same wire.
  for (let i = 0; i < inputs.length; i++) {
    for (const wire of inputs[i]!.credits) {
      if (wireOf[i] === wire) continue
      for (let j = 0; j < inputs.length; j++) {
        if (j === i) continue
        if (wireOf[j] === wire) join(j, i, `credits ${wire}, whose own report is ${inputs[j]!.url}`)
        else if (wireOf[j] !== wire && inputs[j]!.credits.includes(wire) && wireOf[j] === undefined) {
          join(j, i, `credits ${wire}, as ${inputs[j]!.url} does: both carry its story`)
        }
      }
    }
  }

  const byRoot = new Map<number, Array<number>>()
  inputs.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]))
  return [...byRoot.values()].map((members, id) => {
    const root = members[0]!
    const credited = members.flatMap((m) => inputs[m]!.credits).find((w) => members.length > 1 && w)
    const label = wireOf[root] ? `${wireOf[root]} report` : credited && members.length > 1 ? `${credited} story` : domains[root]!
    return {
      id: id + 1,
      members: members.map((m) => inputs[m]!.key),
      reasons: Object.fromEntries(
        members.map((m) => [
          inputs[m]!.key,
          m === root ? (members.length > 1 ? "the first source of this group" : "independent of the other groups") : (reasons.get(m) ?? "joined through another member of this group")
        ])
      ),
      label
    }
  })
}
