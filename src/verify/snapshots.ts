import type { SnapshotInput } from "../store/store.js"
import { extractedJson } from "../sources/extracted.js"
import type { SourceReading } from "../sources/reader.js"

/**
 * What the store keeps of each source reading: validators for a conditional re-check, the digest
 * and archive reference of the bytes, and the extracted document as JSON, so that a re-check that
 * is answered "304 Not Modified" can be judged again without the page.
 */
export const snapshotOf = (reading: SourceReading): SnapshotInput => {
  const f = reading.fetched
  return {
    url: reading.url,
    finalUrl: f?.finalUrl ?? null,
    status: f?.status ?? null,
    ...(f?.headers["etag"] ? { etag: f.headers["etag"] } : {}),
    ...(f?.headers["last-modified"] ? { lastModified: f.headers["last-modified"] } : {}),
    sha256: f?.sha256 ?? null,
    ...(reading._tag === "read" ? { text: extractedJson(reading.extracted) } : {}),
    ...(f?.archive ? { archiveFile: f.archive.file, archiveRecordId: f.archive.recordId } : {}),
    fetchedAt: f?.fetchedAt ?? new Date().toISOString()
  }
}
