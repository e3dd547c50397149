import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

export type Route = (req: IncomingMessage, res: ServerResponse) => void

/** A test server on 127.0.0.1 with one handler per path. */
export const startServer = async (routes: Record<string, Route>): Promise<{ server: Server; base: string; hits: Map<string, number> }> => {
  const hits = new Map<string, number>()
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!
    hits.set(path, (hits.get(path) ?? 0) + 1)
    const route = routes[path]
    if (route) route(req, res)
    else {
      res.writeHead(404, { "content-type": "text/plain" })
      res.end("not found")
    }
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits }
}
