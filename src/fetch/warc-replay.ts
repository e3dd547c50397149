import { createReadStream, existsSync, statSync } from "node:fs"
import { WARCParser } from "warcio"
import { recordingKey, type Recording } from "./recordings.js"

/** Whether a --replay argument names a WARC file (ours are .warc.gz) rather than a folder of recordings. */
export const isWarcPath = (path: string): boolean =>
  /\.warc(\.gz)?$/i.test(path) || (existsSync(path) && statSync(path).isFile())

/**
 * Reads the response records of a WARC file (gzipped or not) into the recordings a replay serves:
 * target URI, status, headers and the payload as it came over the wire (still content-encoded), so
 * a replay of a run's own evidence archive goes through the same decompression and charset code as
 * the run did. Request, warcinfo and other records are skipped.
 *
 * A URL answered more than once in one archive (a source read under two declared kinds) is replayed
 * with its first answer, the one the run saw first.
 */
export const readWarcRecordings = async (file: string): Promise<Map<string, Recording>> => {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`replay WARC file not found: ${file}`)
  const out = new Map<string, Recording>()
  let index = 0
  for await (const record of WARCParser.iterRecords(createReadStream(file))) {
    index++
    if (record.warcType !== "response") continue
    const where = `${file} record ${index}`
    const url = record.warcTargetURI
    const http = record.httpHeaders
    const status = Number(http?.statusCode)
    if (!url || !http || !Number.isInteger(status) || status < 100 || status > 999) {
      throw new Error(`bad WARC record ${where}: a response record without a target URI or an HTTP status line`)
    }
    let key: string
    try {
      key = recordingKey(url)
    } catch {
      throw new Error(`bad WARC record ${where}: target URI ${JSON.stringify(url)} is not a URL`)
    }
    // readFully(false): the payload as recorded, not undone of its content-encoding.
    const body = await record.readFully(false)
    if (out.has(key)) continue
    const headers: Record<string, string> = {}
    for (const [name, value] of http.headers) {
      const lower = name.toLowerCase()
      headers[lower] = headers[lower] !== undefined ? `${headers[lower]}, ${value}` : value
    }
    out.set(key, { url, status, headers, body, origin: where })
  }
  if (out.size === 0) throw new Error(`no response records in ${file}: not a WARC evidence archive?`)
  return out
}
