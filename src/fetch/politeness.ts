import { Effect } from "effect"

/**
 * Per-host manners: at most `concurrency` requests at once to one host, and starts spaced by
 * `spacingMs`. Hosts are independent, so a batch is bounded by the slowest host, not by the sum.
 */
export const makePoliteness = (concurrency: number, spacingMs: number) =>
  Effect.gen(function* () {
    const hosts = new Map<string, { semaphore: Effect.Semaphore; nextStart: number }>()
    const slotFor = (host: string) =>
      Effect.gen(function* () {
        let slot = hosts.get(host)
        if (!slot) {
          slot = { semaphore: yield* Effect.makeSemaphore(concurrency), nextStart: 0 }
          hosts.set(host, slot)
        }
        return slot
      })
    /** Runs `effect` when the host's manners allow it. */
    const polite = <A, E, R>(host: string, effect: Effect.Effect<A, E, R>) =>
      Effect.flatMap(slotFor(host), (slot) =>
        slot.semaphore.withPermits(1)(
          Effect.gen(function* () {
            const now = Date.now()
            const wait = slot.nextStart - now
            slot.nextStart = Math.max(now, slot.nextStart) + spacingMs
            if (wait > 0) yield* Effect.sleep(wait)
            return yield* effect
          })
        ))
    return { polite } as const
  })
