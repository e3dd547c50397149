import { Schema } from "effect"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative } from "node:path"

/** A recorded HTTP response: what a replay serves for one URL. */
export interface Recording {
  readonly url: string
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
  /** Where it came from, for error messages. */
  readonly origin: string
}

const RecordingFile = Schema.Struct({
  url: Schema.String,
  status: Schema.Int.pipe(Schema.between(100, 999)),
  headers: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.String }), { default: () => ({}) }),
  bodyFile: Schema.optional(Schema.String)
})

/** The key under which a URL is recorded and looked up: host and path with query, no fragment. */
export const recordingKey = (url: string | URL): string => {
  const u = typeof url === "string" ? new URL(url) : url
  return `${u.host.toLowerCase()}${u.pathname}${u.search}`
}

const walk = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? walk(path) : entry.name.endsWith(".response.json") ? [path] : []
  })

/**
 * Reads every `*.response.json` under a folder. A broken recording is an error that names its file:
 * a replay that silently lacks a source would report it unavailable for the wrong reason.
 */
export const readRecordingsDir = (root: string): Map<string, Recording> => {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`replay folder not found: ${root}`)
  const out = new Map<string, Recording>()
  for (const file of walk(root)) {
    const where = relative(process.cwd(), file)
    let parsed: typeof RecordingFile.Type
    try {
      parsed = Schema.decodeUnknownSync(RecordingFile)(JSON.parse(readFileSync(file, "utf8")), { onExcessProperty: "error" })
    } catch (e) {
      throw new Error(`bad recording ${where}: ${(e as Error).message}`)
    }
    const body = parsed.bodyFile ? new Uint8Array(readFileSync(join(dirname(file), parsed.bodyFile))) : new Uint8Array(0)
    const headers = Object.fromEntries(Object.entries(parsed.headers).map(([k, v]) => [k.toLowerCase(), v]))
    const key = recordingKey(parsed.url)
    if (out.has(key)) throw new Error(`bad recording ${where}: ${parsed.url} is recorded twice (also in ${out.get(key)!.origin})`)
    out.set(key, { url: parsed.url, status: parsed.status, headers, body, origin: where })
  }
  return out
}
