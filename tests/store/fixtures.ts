import { Schema } from "effect"
import { ClaimSet } from "../../src/domain/claim-set.js"
import type { Rating } from "../../src/domain/verdict.js"
import { ClaimReport } from "../../src/report/schema.js"
import type { SnapshotInput } from "../../src/store/store.js"

/*
 * Hand-built claim sets and reports, decoded through the real schemas so they are valid values
 * (class instances where the schema has classes) without running the pipeline.
 */

const LETTER = "https://www.linkedin.com/posts/boris-bondarev_letter-activity-1"
const DIRECTORY = "https://www.ungeneva.org/en/blue-book/russian-federation"
const AP = "https://apnews.com/article/russia-ukraine-diplomat-resigns"

const claims = {
  "letter-ashamed": {
    id: "letter-ashamed",
    kind: "quote",
    speaker: "Boris Bondarev",
    text: "Never have I been so ashamed of my country",
    date: "2022-05-23",
    sources: [{ url: LETTER, kind: "linkedin-post" }, { url: AP }]
  },
  "un-counsellor": {
    id: "un-counsellor",
    kind: "listing",
    person: "Boris Bondarev",
    role: "Counsellor",
    organization: "Permanent Mission of the Russian Federation",
    sources: [{ url: DIRECTORY, kind: "directory" }]
  },
  "ap-phone": {
    id: "ap-phone",
    kind: "confirmation",
    who: "Boris Bondarev",
    to: "The Associated Press",
    method: "phone",
    date: "2022-05-23",
    text: "Bondarev confirmed he had sent the letter",
    sources: [{ url: AP, kind: "wire" }, { attested: { by: "J. Heintz", at: "2022-05-23T10:15:00Z", method: "phone" } }]
  }
} as const

export type FixtureClaimId = keyof typeof claims
export const ALL_CLAIMS: ReadonlyArray<FixtureClaimId> = ["letter-ashamed", "un-counsellor", "ap-phone"]

export const makeClaimSet = (
  id: string,
  order: ReadonlyArray<FixtureClaimId> = ALL_CLAIMS,
  title = "Russian diplomat resigns over war"
): ClaimSet =>
  Schema.decodeUnknownSync(ClaimSet)({
    id,
    title,
    article: { url: "https://apnews.com/article/bondarev", published: "2022-05-23", outlet: "AP" },
    schedule: "0 6 * * *",
    claims: order.map((c) => claims[c])
  })

const kinds: Record<string, string> = Object.fromEntries(Object.values(claims).map((c) => [c.id, c.kind]))
const kindOf = (claimId: string) => kinds[claimId] ?? "statement"

/** A full claim report: one fetched source with every optional field, one desk-attested source. */
export const makeReport = (claimId: string, rating: Rating, options: { confidence?: number; url?: string; excerpt?: string } = {}): ClaimReport =>
  Schema.decodeUnknownSync(ClaimReport)({
    id: claimId,
    kind: kindOf(claimId),
    claim: `Claim ${claimId} in one line`,
    rating,
    confidence: options.confidence ?? 0.87,
    explanation: [`${rating}: the primary source carries the words`, "one independent group"],
    groups: [{ id: 1, label: "linkedin.com", members: [options.url ?? LETTER], reasons: { [options.url ?? LETTER]: "own account" }, contribution: 0.8 }],
    evidence: [
      {
        url: options.url ?? LETTER,
        finalUrl: `${options.url ?? LETTER}?final`,
        status: 200,
        fetchedAt: "2022-05-23T09:00:00.000Z",
        sha256: "ab".repeat(32),
        archive: { file: "runs/1.warc.gz", recordId: "<urn:uuid:1>", offset: 512, payloadDigest: "sha256:abc" },
        availability: "fetched",
        adapter: "linkedin-post",
        sourceKind: "linkedin-post",
        title: "Letter",
        authors: ["Boris Bondarev"],
        published: "2022-05-23",
        etag: "\"v1\"",
        lastModified: "Mon, 23 May 2022 08:00:00 GMT",
        support: "supports",
        primary: true,
        reliability: { tier: "primary", weight: 1, basis: "the speaker's own account" },
        group: 1,
        finding: "the words are there, verbatim",
        match: "exact",
        score: 1,
        span: { start: 10, end: 52 },
        excerpt: options.excerpt ?? "Never have I been so ashamed of my country",
        diff: [{ op: "equal", claimed: "Never have I", source: "Never have I" }, { op: "replace", claimed: "so", source: "this" }],
        notes: ["post author matches the speaker"]
      },
      {
        url: null,
        finalUrl: null,
        status: null,
        fetchedAt: null,
        sha256: null,
        availability: "attested",
        adapter: "desk",
        sourceKind: "attested",
        authors: [],
        support: "supports",
        primary: false,
        reliability: { tier: "desk", weight: 0.5, basis: "the desk's own record" },
        group: null,
        finding: "attested by the desk, not seen by the tool",
        attested: { by: "J. Heintz", at: "2022-05-23T10:15:00Z", method: "phone", note: "called back" },
        notes: []
      }
    ]
  })

export const makeSnapshot = (url: string, fetchedAt: string, etag: string): SnapshotInput => ({
  url,
  finalUrl: `${url}?final`,
  status: 200,
  etag,
  lastModified: "Mon, 23 May 2022 08:00:00 GMT",
  sha256: etag.repeat(64).slice(0, 64),
  text: `text seen with ${etag}`,
  archiveFile: "runs/1.warc.gz",
  archiveRecordId: `<urn:uuid:${etag}>`,
  fetchedAt
})

/** Ids unique per test run: the PostgreSQL database is shared with other runs. */
let counter = 0
export const uniqueId = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`
