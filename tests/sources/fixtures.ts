import { createHash } from "node:crypto"
import { decodeText } from "../../src/fetch/charset.js"
import type { Fetched } from "../../src/fetch/fetched.js"
import { readRecordingsDir } from "../../src/fetch/recordings.js"
import type { FetchedText } from "../../src/sources/extracted.js"

const recordings = readRecordingsDir("fixtures")

/** A recorded fixture as an adapter receives it (no network, no decompression: fixture bodies are plain). */
export const fixtureInput = (url: string): FetchedText => {
  const rec = [...recordings.values()].find((r) => r.url === url)
  if (!rec) throw new Error(`no fixture for ${url}`)
  const fetched: Fetched = {
    requestedUrl: url,
    finalUrl: url,
    status: rec.status,
    headers: rec.headers,
    redirects: [],
    body: rec.body,
    payload: rec.body,
    sha256: createHash("sha256").update(rec.body).digest("hex"),
    contentType: (rec.headers["content-type"] ?? "").split(";")[0]!.trim(),
    fetchedAt: new Date().toISOString()
  }
  const decoded = decodeText(rec.body, rec.headers["content-type"])
  return { fetched, text: decoded.text, charset: decoded.charset }
}
