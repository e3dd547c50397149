import { Effect, Layer } from "effect"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { connect as netConnect, type AddressInfo } from "node:net"
import { Agent } from "undici"
import { Transport } from "../../src/fetch/transport.js"

/**
 * A server on 127.0.0.1 that fails the ways the web fails, one path per fault. Paths are matched
 * whatever the Host header, so "https://www.linkedin.com/posts/…" reaches it through `localOnly`.
 */

type Route = (req: IncomingMessage, res: ServerResponse) => void

const HTML = { "content-type": "text/html; charset=utf-8" }
const page = (text: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fault</title></head><body><article><p>${text}</p></article></body></html>`
const closeSoon = (req: IncomingMessage) => setTimeout(() => req.socket.destroy(), 30)

/** A Russian sentence; served as windows-1251 bytes under a "charset=utf-8" label, as misconfigured servers do. */
export const CP1251_SENTENCE = "Российский дипломат в Женеве подал в отставку в знак протеста против войны."
const cp1251 = (s: string) => Buffer.from([...s].map((ch) => {
  const c = ch.codePointAt(0)!
  if (c < 0x80) return c
  if (c === 0x0401) return 0xa8
  if (c === 0x0451) return 0xb8
  return c - 0x0410 + 0xc0
}))

/** Streams `total` bytes in 64 KB chunks as the client reads them, and stops when it hangs up. */
const stream = (res: ServerResponse, total: number) => {
  const chunk = Buffer.alloc(64 * 1024, "a")
  let sent = 0
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.byteLength
      if (!res.write(chunk)) return void res.once("drain", pump)
    }
    if (!res.destroyed) res.end()
  }
  res.on("error", () => {})
  pump()
}

export const faultRoutes = (hits: Map<string, number>): Record<string, Route> => ({
  "/page": (_q, r) => { r.writeHead(200, HTML); r.end(page("A page that works.")) },
  "/hang": () => { /* never answers */ },
  "/reset": (q, r) => { r.writeHead(200, HTML); r.write("<html><body><p>The first part of a page"); setTimeout(() => q.socket.resetAndDestroy(), 30) },
  "/error": (_q, r) => { r.writeHead(500, HTML); r.end(page("Internal Server Error")) },
  "/busy": (_q, r) => {
    if ((hits.get("/busy") ?? 0) <= 1) { r.writeHead(429, { "retry-after": "1", "content-type": "text/plain" }); r.end("slow down"); return }
    r.writeHead(200, HTML); r.end(page("Served after waiting as asked."))
  },
  "/drip": (_q, r) => {
    r.writeHead(200, { ...HTML, "content-length": "100000" })
    const t = setInterval(() => r.write("a"), 20)
    r.on("close", () => clearInterval(t))
  },
  "/truncated": (q, r) => { r.writeHead(200, { ...HTML, "content-length": "5000" }); r.write(page("Cut short").slice(0, 80)); closeSoon(q) },
  "/bad-gzip": (_q, r) => { r.writeHead(200, { ...HTML, "content-encoding": "gzip" }); r.end("this is not gzip data") },
  "/loop": (_q, r) => { r.writeHead(302, { location: "/loop" }); r.end() },
  "/huge": (_q, r) => { r.writeHead(200, HTML); stream(r, 50 * 1024 * 1024) },
  "/huge-announced": (_q, r) => { r.writeHead(200, { ...HTML, "content-length": String(50 * 1024 * 1024) }); stream(r, 50 * 1024 * 1024) },
  "/cp1251": (_q, r) => {
    r.writeHead(200, HTML)
    r.end(Buffer.concat([Buffer.from("<html><head><title>Geneva</title></head><body><article><p>"), cp1251(CP1251_SENTENCE), Buffer.from("</p></article></body></html>")]))
  },
  // LinkedIn sends logged-out readers of some posts to its sign-in page.
  "/posts/someone_resignation-activity-1": (_q, r) => {
    r.writeHead(302, { location: "https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fposts%2Fsomeone_resignation-activity-1" })
    r.end()
  },
  "/authwall": (_q, r) => { r.writeHead(200, HTML); r.end(page("Sign in to view this post. Join now. Forgot password?")) },
  "/to-metadata": (_q, r) => { r.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/iam/security-credentials/" }); r.end() },
  // The availability API, for the fallback the login wall triggers: nothing archived.
  "/wayback/available": (_q, r) => { r.writeHead(200, { "content-type": "application/json" }); r.end('{"url": "x", "archived_snapshots": {}}') }
})

export interface FaultServer {
  readonly server: Server
  readonly port: number
  readonly base: string
  readonly hits: Map<string, number>
  /** The origin host of every connection the client opened, whatever it was routed to. */
  readonly origins: Array<string>
  readonly close: () => Promise<void>
}

export const startFaultServer = async (extra: Record<string, Route> = {}): Promise<FaultServer> => {
  const hits = new Map<string, number>()
  const routes = { ...faultRoutes(hits), ...extra }
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!
    hits.set(path, (hits.get(path) ?? 0) + 1)
    const route = routes[path]
    if (route) route(req, res)
    else { res.writeHead(404, { "content-type": "text/plain" }); res.end("not found") }
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
  const port = (server.address() as AddressInfo).port
  const close = () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()) })
  return { server, port, base: `http://127.0.0.1:${port}`, hits, origins: [], close }
}

/**
 * A transport whose every connection goes to the fault server on 127.0.0.1, whatever host the URL
 * names: nothing a test does can reach another address, and `origins` shows what was asked for.
 */
export const localOnly = (s: FaultServer) =>
  Layer.scoped(
    Transport,
    Effect.acquireRelease(
      Effect.sync(() => {
        const agent = new Agent({
          connect: (opts, callback) => {
            s.origins.push(opts.hostname)
            const socket = netConnect({ host: "127.0.0.1", port: s.port })
            socket.once("connect", () => callback(null, socket))
            socket.once("error", (e) => callback(e, null))
          },
          // Short enough for tests; the Fetcher's own deadlines are what is under test.
          headersTimeout: 400,
          bodyTimeout: 400
        })
        return { dispatcher: agent, mode: "live" as const }
      }),
      (t) => Effect.promise(() => t.dispatcher.close())
    )
  )
