import { Effect, Layer } from "effect"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { InputError } from "../domain/errors.js"
import { FetchConfig } from "./config.js"
import { readRecordingsDir, recordingKey, type Recording } from "./recordings.js"
import { agentToLocalServer, Transport } from "./transport.js"
import { isWarcPath, readWarcRecordings } from "./warc-replay.js"

/** Marks the answer the replay server gives for a URL it has no recording of. */
export const NOT_RECORDED_HEADER = "x-corroborate-replay"

/**
 * Serves recorded responses byte for byte on 127.0.0.1, keyed by the Host header and path, so a
 * replay exercises the same HTTP client, redirects, decompression and charset code as a live run.
 */
export const startReplayServer = (recordings: ReadonlyMap<string, Recording>): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      const key = recordingKey(`http://${req.headers.host ?? "unknown"}${req.url ?? "/"}`)
      const rec = recordings.get(key)
      if (!rec) {
        res.writeHead(599, { [NOT_RECORDED_HEADER]: "not-recorded", "content-type": "text/plain" })
        res.end(`no recording for ${key}`)
        return
      }
      // Answer conditional requests as the recorded server would have: "not modified" for the same version.
      const etag = rec.headers["etag"]
      const modified = rec.headers["last-modified"]
      if ((etag && req.headers["if-none-match"] === etag) || (!req.headers["if-none-match"] && modified && req.headers["if-modified-since"] === modified)) {
        res.writeHead(304, { ...(etag ? { etag } : {}), ...(modified ? { "last-modified": modified } : {}) })
        res.end()
        return
      }
      const headers: Record<string, string> = { ...rec.headers, "content-length": String(rec.body.byteLength) }
      delete headers["transfer-encoding"]
      res.writeHead(rec.status, headers)
      res.end(rec.body)
    })
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => resolve(server))
  })

/**
 * Replays from a folder of recordings (fixtures/) or from a WARC file, such as a run's own evidence
 * archive (`--replay reports/x.warc.gz`): both become the same recordings behind the same server.
 */
export const replayTransport = (source: string) =>
  Layer.scoped(
    Transport,
    Effect.gen(function* () {
      const settings = yield* FetchConfig
      const recordings = yield* Effect.tryPromise({
        try: async () => (isWarcPath(source) ? readWarcRecordings(source) : readRecordingsDir(source)),
        catch: (e) => new InputError({ what: `--replay ${source}`, detail: (e as Error).message })
      })
      const server = yield* Effect.acquireRelease(
        Effect.promise(() => startReplayServer(recordings)),
        (s) => Effect.promise(() => new Promise<void>((r) => s.close(() => r())))
      )
      const port = (server.address() as AddressInfo).port
      const agent = yield* Effect.acquireRelease(
        Effect.sync(() => agentToLocalServer(port, settings)),
        (a) => Effect.promise(() => a.close())
      )
      return { dispatcher: agent, mode: "replay" as const }
    })
  )
