import { Schema } from "effect"
import { readFileSync } from "node:fs"
import { getDomain } from "tldts"
import { parse } from "yaml"
import type { SourceKind } from "../domain/source.js"
import { parseCapture } from "../sources/wayback.js"

export const Tier = Schema.Literal("high", "medium", "low")
export type Tier = typeof Tier.Type

export class ReliabilityProfile extends Schema.Class<ReliabilityProfile>("ReliabilityProfile")({
  tiers: Schema.Struct({ high: Schema.Number, medium: Schema.Number, low: Schema.Number }),
  kinds: Schema.Record({ key: Schema.String, value: Tier }),
  domains: Schema.Record({ key: Schema.String, value: Tier }),
  owners: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.Array(Schema.String) }), { default: () => ({}) })
}) {}

/** The profile shipped in config/reliability.yaml (its comments give the reasoning). */
export const defaultProfilePath = new URL("../../config/reliability.yaml", import.meta.url)

export const loadProfile = (path: URL | string = defaultProfilePath): ReliabilityProfile =>
  Schema.decodeUnknownSync(ReliabilityProfile)(parse(readFileSync(path, "utf8")), { onExcessProperty: "error" })

/** A claim set may raise or lower particular domains for its own story. */
export const withOverrides = (profile: ReliabilityProfile, overrides: Readonly<Record<string, Tier>> | undefined): ReliabilityProfile =>
  overrides ? new ReliabilityProfile({ ...profile, domains: { ...profile.domains, ...overrides } }) : profile

/** The registrable domain a source speaks for: an archived copy speaks for the site it captured. */
export const registrableDomain = (url: string): string => {
  const parsed = new URL(url)
  const host = new URL(parseCapture(parsed)?.original ?? parsed.href).hostname.toLowerCase()
  return getDomain(host) ?? host
}

export interface Reliability {
  readonly tier: Tier
  readonly weight: number
  /** Where the tier came from, for the explanation. */
  readonly basis: string
}

export const reliabilityOf = (profile: ReliabilityProfile, url: string, kind: SourceKind): Reliability => {
  const domain = registrableDomain(url)
  const byDomain = profile.domains[domain]
  const tier: Tier = byDomain ?? profile.kinds[kind] ?? "low"
  return { tier, weight: profile.tiers[tier], basis: byDomain ? `${domain} is rated ${tier}` : `unlisted ${kind} source, rated ${tier}` }
}

export const ownerOf = (profile: ReliabilityProfile, domain: string): string | undefined =>
  Object.entries(profile.owners).find(([, domains]) => domains.includes(domain))?.[0]
