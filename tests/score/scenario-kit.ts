import { createHash } from "node:crypto"
import { Schema } from "effect"
import { Claim } from "../../src/domain/claim.js"
import type { SourceKind } from "../../src/domain/source.js"
import type { Rating } from "../../src/domain/verdict.js"
import type { DirectoryRecord } from "../../src/compare/index.js"
import type { Extracted } from "../../src/sources/extracted.js"
import type { SourceReading } from "../../src/sources/reader.js"

/** One source of a scenario: a page as an adapter would have read it, or a failure. */
export type ScenarioSource =
  | { readonly url: string; readonly kind?: SourceKind; readonly text: string; readonly authors?: ReadonlyArray<string>; readonly handles?: ReadonlyArray<string>; readonly published?: string; readonly modified?: string; readonly records?: ReadonlyArray<DirectoryRecord>; readonly credits?: ReadonlyArray<string> }
  | { readonly url: string; readonly gone: string }
  | { readonly attested: { readonly by: string; readonly at: string; readonly method: "phone" | "email"; readonly note?: string } }

export interface Scenario {
  readonly name: string
  readonly category: string
  readonly claim: Readonly<Record<string, unknown>> & { readonly kind: Claim["kind"] }
  readonly sources: ReadonlyArray<ScenarioSource>
  /** The rating a desk editor would give; a list when more than one is defensible. */
  readonly expected: Rating | ReadonlyArray<Rating>
}

const kindOf = (url: string): SourceKind =>
  /linkedin\.com\/in\//.test(url) ? "linkedin-profile" : /linkedin\.com/.test(url) ? "linkedin-post" : /(x|twitter)\.com/.test(url) ? "x-post" : /apnews|reuters/.test(url) ? "wire" : /web\.archive\.org/.test(url) ? "archive" : "article"

/** The scenario's claim, decoded as a claim-set file's would be. */
export const toClaim = (s: Scenario, i: number): Claim =>
  Schema.decodeUnknownSync(Claim)({
    ...s.claim,
    id: `scenario-${i}`,
    sources: s.sources.map((src) => ("attested" in src ? { attested: src.attested } : { url: src.url, ...("kind" in src && src.kind ? { kind: src.kind } : {}) }))
  })

export const toReadings = (s: Scenario): Array<SourceReading> =>
  s.sources.flatMap((src): Array<SourceReading> => {
    if ("attested" in src) return []
    if ("gone" in src) return [{ _tag: "unavailable", url: src.url, adapter: "article", code: "Removed", reason: src.gone }]
    const body = new TextEncoder().encode(src.text)
    const kind = src.kind ?? kindOf(src.url)
    const extracted: Extracted = {
      adapter: kind, kind, finalUrl: src.url, authors: src.authors ?? [], handles: src.handles ?? [],
      ...(src.published ? { published: src.published } : {}), ...(src.modified ? { modified: src.modified } : {}),
      text: src.text, records: src.records ?? [], credits: src.credits ?? [], notes: []
    }
    return [{
      _tag: "read", url: src.url, adapter: kind, extracted,
      fetched: {
        requestedUrl: src.url, finalUrl: src.url, status: 200, headers: {}, redirects: [], body, payload: body,
        sha256: createHash("sha256").update(body).digest("hex"), contentType: "text/html", fetchedAt: "2022-05-24T08:00:00Z"
      }
    }]
  })
