/**
 * A verdict is a function of its inputs alone: the claim, the story's date, what each source said
 * (its extracted document, or why it could not be had), the reliability profile, and the code that
 * judges. The digest of those inputs is kept with the verdict, so a re-check whose sources all say
 * exactly what they said last time keeps the last verdict instead of judging the same words again
 * (the fetch details of each source are still those of the re-check: see refreshedReport).
 */
import { createHash } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Claim } from "../domain/claim.js"
import type { ReliabilityProfile } from "../score/reliability.js"
import { extractedJson, type Extracted } from "../sources/extracted.js"
import type { SourceReading } from "../sources/reader.js"
import { TOOL_VERSION } from "../version.js"

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex")

/** The folders whose code decides a verdict from the readings (fetching is not among them). */
const JUDGING_STAGES = ["compare", "domain", "score", "verify"]

/**
 * The digest of the judging code as installed (src/ under tsx, dist/ when built), so that a changed
 * check or rule judges again even where the version number did not move. Read once per process;
 * null when it cannot be read.
 */
const readJudgingCode = (): string | null => {
  try {
    const root = fileURLToPath(new URL("..", import.meta.url))
    const hash = createHash("sha256").update(TOOL_VERSION)
    for (const stage of JUDGING_STAGES) {
      const files = readdirSync(join(root, stage), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith(".d.ts"))
        .sort()
      for (const f of files) hash.update(`${stage}/${f}\n`).update(readFileSync(join(root, stage, f)))
    }
    return hash.digest("hex")
  } catch {
    return null
  }
}
let judgingCode: string | null | undefined

// Digests of documents a run has seen: one page is cited by several claims.
const documentDigests = new WeakMap<Extracted, string>()
const documentDigest = (doc: Extracted): string => {
  let digest = documentDigests.get(doc)
  if (digest === undefined) documentDigests.set(doc, (digest = sha256(extractedJson(doc))))
  return digest
}

/** What of a reading a verdict depends on: never its fetch time, status line or archive record. */
const readingInput = (r: SourceReading) =>
  r._tag === "read" ? ["read", r.url, r.adapter, documentDigest(r.extracted)] : ["unavailable", r.url, r.adapter, r.code, r.reason]

/** The digest of a profile, once per claim set. */
export const profileDigest = (profile: ReliabilityProfile): string => sha256(JSON.stringify(profile))

/**
 * The digest of everything a claim's verdict is computed from, or undefined when it cannot be
 * known (the judging code cannot be read where it is installed): then no verdict is ever kept, every
 * claim is judged, and nothing else changes.
 */
export const verdictInputs = (claim: Claim, storyDate: string, readings: ReadonlyArray<SourceReading>, profile: string): string | undefined => {
  if (judgingCode === undefined) judgingCode = readJudgingCode()
  if (judgingCode === null) return undefined
  return sha256(JSON.stringify([judgingCode, profile, storyDate, claim, readings.map(readingInput)]))
}
