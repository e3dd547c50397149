import { Context, Effect, Layer } from "effect"
import { lookup as dnsLookup, type LookupAddress } from "node:dns"
import { connect as netConnect, type LookupFunction } from "node:net"
import { Agent, type Dispatcher } from "undici"
import { FetchConfig } from "./config.js"
import { addressRefusal } from "./address-guard.js"

/**
 * How requests leave the process. Live runs go to the network through an agent whose DNS look-up
 * refuses non-public addresses (so the check happens after resolution, on every hop). Replays go
 * through the very same request code to a local replay server.
 */
export interface TransportShape {
  readonly dispatcher: Dispatcher
  readonly mode: "live" | "replay"
}

export class Transport extends Context.Tag("corroborate/Transport")<Transport, TransportShape>() {}

export const FORBIDDEN_ADDRESS = "ERR_CORROBORATE_FORBIDDEN_ADDRESS"

const guardedLookup = (policy: "deny" | "loopback"): LookupFunction => (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: Array<LookupAddress>) => {
    if (err) return (callback as (e: Error | null, a: string, f: number) => void)(err, "", 0)
    for (const a of addresses) {
      const why = addressRefusal(a.address, policy)
      if (why) {
        const refusal = Object.assign(new Error(`${hostname} resolves to a ${why}`), { code: FORBIDDEN_ADDRESS })
        return (callback as (e: Error | null, a: string, f: number) => void)(refusal, "", 0)
      }
    }
    if ((options as { all?: boolean }).all) {
      return (callback as unknown as (e: null, a: Array<LookupAddress>) => void)(null, addresses)
    }
    const first = addresses[0]!
    ;(callback as (e: Error | null, a: string, f: number) => void)(null, first.address, first.family)
  })
}

export const liveTransport = Layer.scoped(
  Transport,
  Effect.gen(function* () {
    const settings = yield* FetchConfig
    const agent = yield* Effect.acquireRelease(
      Effect.sync(() =>
        new Agent({
          connect: {
            timeout: settings.connectTimeoutMs,
            ...(settings.privateNetwork === "allow" ? {} : { lookup: guardedLookup(settings.privateNetwork) })
          },
          headersTimeout: settings.headersTimeoutMs,
          bodyTimeout: settings.bodyTimeoutMs
        })
      ),
      (a) => Effect.promise(() => a.close())
    )
    return { dispatcher: agent, mode: "live" as const }
  })
)

/** An agent that sends every request, whatever its origin, to one local HTTP server. */
export const agentToLocalServer = (port: number, settings: { headersTimeoutMs: number; bodyTimeoutMs: number }): Agent =>
  new Agent({
    connect: (_opts, callback) => {
      const socket = netConnect({ host: "127.0.0.1", port })
      socket.once("connect", () => callback(null, socket))
      socket.once("error", (e) => callback(e, null))
    },
    headersTimeout: settings.headersTimeoutMs,
    bodyTimeout: settings.bodyTimeoutMs
  })
