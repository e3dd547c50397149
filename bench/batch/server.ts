/**
 * The benchmarks' web: ONE HTTP server on 127.0.0.1 standing in for all 200 outlets (the Host header
 * says which). Run as a child process (fork, so it neither competes with the engine's event loop nor
 * counts in its memory), it answers every request after LATENCY_MS, with gzip when asked, a weak
 * ETag and Last-Modified, and 304 Not Modified to a matching If-None-Match (or, without one, to a
 * matching If-Modified-Since).
 *
 * IPC: { type: "warm", claims } pre-builds the pages of that many claims; { type: "stats", reset? }
 * answers the counters since the last reset: requests, status counts, requests per host, and bytes
 * on the wire both ways.
 */
import { createHash } from "node:crypto"
import { createServer, type Server } from "node:http"
import type { AddressInfo, Socket } from "node:net"
import { gzipSync } from "node:zlib"
import { CLAIMS_PER_STORY, hostName, HOSTS, LATENCY_MS, pageHtml, pagePath, story, storyOfPath } from "./corpus.js"


export interface ServerStats {
  readonly requests: number
  readonly status: Record<string, number>
  readonly conditional: number
  readonly perHost: Record<string, number>
  readonly wireBytesIn: number
  readonly wireBytesOut: number
  readonly bodyBytesOut: number
  readonly connections: number
}

interface Page {
  readonly plain: Buffer
  readonly gzip: Buffer
  readonly etag: string
  readonly lastModified: string
}

const hostIndex = new Map(Array.from({ length: HOSTS }, (_, i) => [hostName(i), i]))
const pages = new Map<string, Page>()
const pageFor = (host: string, path: string): Page | undefined => {
  const key = `${host}${path}`
  const cached = pages.get(key)
  if (cached) return cached
  const h = hostIndex.get(host.replace(/:\d+$/, ""))
  const n = storyOfPath(path)
  if (h === undefined || n === undefined) return undefined
  const s = story(n)
  if (!s.outlets.includes(h)) return undefined
  const plain = Buffer.from(pageHtml(s, h), "utf8")
  const page = {
    plain,
    gzip: gzipSync(plain),
    // Weak: the gzip and identity representations share it, as nginx does.
    etag: `W/"${createHash("sha1").update(plain).digest("hex").slice(0, 20)}"`,
    lastModified: new Date(`${s.published}T11:02:00Z`).toUTCString()
  }
  pages.set(key, page)
  return page
}

const weakMatch = (header: string, etag: string) =>
  header.split(",").some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""))

let stats = { requests: 0, status: {} as Record<string, number>, conditional: 0, perHost: {} as Record<string, number>, bodyBytesOut: 0, connections: 0 }
const sockets = new Set<Socket>()
let closedIn = 0
let closedOut = 0
let baseIn = 0
let baseOut = 0
const wire = () => {
  let i = closedIn
  let o = closedOut
  for (const s of sockets) {
    i += s.bytesRead
    o += s.bytesWritten
  }
  return { i, o }
}

const server: Server = createServer((req, res) => {
  const host = req.headers.host ?? ""
  stats.requests++
  stats.perHost[host] = (stats.perHost[host] ?? 0) + 1
  const inm = req.headers["if-none-match"]
  const ims = req.headers["if-modified-since"]
  if (inm || ims) stats.conditional++
  setTimeout(() => {
    const page = pageFor(host, (req.url ?? "/").split("?")[0]!)
    let status: number
    if (!page) {
      status = 404
      res.writeHead(404, { "content-type": "text/html; charset=utf-8", "content-length": "23" })
      res.end("<h1>Page not found</h1>")
      stats.bodyBytesOut += 23
    } else if ((inm && weakMatch(inm, page.etag)) || (!inm && ims && ims === page.lastModified)) {
      status = 304
      res.writeHead(304, { etag: page.etag, "last-modified": page.lastModified, "cache-control": "max-age=0, must-revalidate" })
      res.end()
    } else {
      status = 200
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
      const body = gzip ? page.gzip : page.plain
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-length": String(body.byteLength),
        ...(gzip ? { "content-encoding": "gzip" } : {}),
        vary: "Accept-Encoding",
        etag: page.etag,
        "last-modified": page.lastModified,
        "cache-control": "max-age=0, must-revalidate",
        server: "bench"
      })
      res.end(body)
      stats.bodyBytesOut += body.byteLength
    }
    stats.status[status] = (stats.status[status] ?? 0) + 1
  }, LATENCY_MS)
})
server.keepAliveTimeout = 30_000
server.on("connection", (s: Socket) => {
  stats.connections++
  sockets.add(s)
  s.on("close", () => {
    closedIn += s.bytesRead
    closedOut += s.bytesWritten
    sockets.delete(s)
  })
})

server.listen(0, "127.0.0.1", () => {
  const port = (server.address() as AddressInfo).port
  process.send?.({ type: "ready", port })
})

process.on("message", (m: { type: string; reset?: boolean; claims?: number }) => {
  if (m.type === "warm") {
    // Pages are generated and gzipped before the runs, so no run pays for it in latency.
    for (let i = 0; i < Math.ceil((m.claims ?? 0) / CLAIMS_PER_STORY); i++) {
      const s = story(i)
      for (const h of s.outlets) pageFor(hostName(h), pagePath(s))
    }
    process.send?.({ type: "warm", pages: pages.size })
  } else if (m.type === "stats") {
    const w = wire()
    const out: ServerStats = { ...stats, wireBytesIn: w.i - baseIn, wireBytesOut: w.o - baseOut }
    if (m.reset) {
      stats = { requests: 0, status: {}, conditional: 0, perHost: {}, bodyBytesOut: 0, connections: 0 }
      baseIn = w.i
      baseOut = w.o
    }
    process.send?.({ type: "stats", stats: out })
  } else if (m.type === "close") {
    for (const s of sockets) s.destroy()
    server.close(() => process.exit(0))
  }
})
process.on("disconnect", () => process.exit(0))
