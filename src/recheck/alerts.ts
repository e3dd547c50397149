import { Config, Context, Effect, Layer, Option, Redacted } from "effect"
import { createHash, createHmac } from "node:crypto"
import { appendFileSync } from "node:fs"
import { request } from "undici"
import type { Rating } from "../domain/verdict.js"
import type { SourceChange } from "./changes.js"

/** A claim whose rating changed on a re-check. */
export interface VerdictChanged {
  readonly type: "verdict-changed"
  readonly claimSetId: string
  readonly claimId: string
  readonly runId: number
  readonly from: Rating | null
  readonly to: Rating
  readonly confidence: number
  readonly at: string
  readonly sources: ReadonlyArray<{ readonly url: string | null } & SourceChange>
}

export const SIGNATURE_HEADER = "x-corroborate-signature"

/** The signature a webhook receiver recomputes: HMAC-SHA256 of the exact body, hex. */
export const signBody = (secret: string, body: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`

export interface AlertsShape {
  readonly verdictChanged: (event: VerdictChanged) => Effect.Effect<void>
}

/**
 * Where a changed verdict is told: a line on the terminal, a JSON line on --events (a file or "-"
 * for standard output), and a signed POST to the desk's webhook (CORROBORATE_WEBHOOK_URL, signed
 * with CORROBORATE_WEBHOOK_SECRET). A webhook that fails is reported, never fatal.
 */
export class Alerts extends Context.Tag("corroborate/Alerts")<Alerts, AlertsShape>() {
  static readonly layer = (events: string | undefined) =>
    Layer.effect(
      Alerts,
      Effect.gen(function* () {
        const url = yield* Config.option(Config.string("CORROBORATE_WEBHOOK_URL"))
        const secret = yield* Config.option(Config.redacted("CORROBORATE_WEBHOOK_SECRET"))
        const post = (body: string) =>
          Option.isNone(url)
            ? Effect.void
            : Effect.tryPromise(async () => {
              const res = await request(url.value, {
                method: "POST",
                headers: {
                  "content-type": "application/json",
                  "x-corroborate-event": "verdict-changed",
                  "x-corroborate-delivery": createHash("sha256").update(body).digest("hex").slice(0, 16),
                  ...(Option.isSome(secret) ? { [SIGNATURE_HEADER]: signBody(Redacted.value(secret.value), body) } : {})
                },
                body,
                headersTimeout: 10_000,
                bodyTimeout: 10_000
              })
              await res.body.dump()
              if (res.statusCode >= 300) throw new Error(`webhook answered ${res.statusCode}`)
            }).pipe(
              Effect.retry({ times: 2 }),
              Effect.catchAll((e) => Effect.sync(() => process.stderr.write(`webhook: ${String((e as Error)?.message ?? e)}\n`)))
            )
        const verdictChanged = (event: VerdictChanged) =>
          Effect.gen(function* () {
            const body = JSON.stringify(event)
            process.stderr.write(`CHANGED ${event.claimSetId}/${event.claimId}: ${event.from ?? "(none)"} → ${event.to}${event.sources.filter((s) => s.kind !== "unchanged").map((s) => `; ${s.url ?? "desk record"} ${s.kind}: ${s.detail}`).join("")}\n`)
            if (events === "-") process.stdout.write(body + "\n")
            else if (events) appendFileSync(events, body + "\n")
            yield* post(body)
          })
        return { verdictChanged }
      })
    )
}
