import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Ref, TestClock } from "effect"
import { everyTick } from "../../src/cli/handlers/watch.js"

describe("scheduled re-checks", () => {
  it.effect("run at each cron tick, one at a time, driven by the clock", () =>
    Effect.gen(function* () {
      const runs = yield* Ref.make<Array<number>>([])
      const fiber = yield* Effect.fork(
        everyTick("0 */6 * * *", Effect.flatMap(TestClock.currentTimeMillis, (t) => Ref.update(runs, (r) => [...r, t])))
      )
      yield* TestClock.adjust("5 hours")
      expect(yield* Ref.get(runs)).toEqual([])
      yield* TestClock.adjust("1 hour")
      expect((yield* Ref.get(runs)).map((t) => new Date(t).toISOString())).toEqual(["1970-01-01T06:00:00.000Z"])
      yield* TestClock.adjust("12 hours")
      expect((yield* Ref.get(runs)).map((t) => new Date(t).toISOString().slice(11, 16))).toEqual(["06:00", "12:00", "18:00"])
      yield* Fiber.interrupt(fiber)
    }))
})
