import { Effect, Option } from "effect"
import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { Store } from "../../src/store/store.js"

const claimSet = `id: watch-test
title: Watched every two seconds
article: { url: https://apnews.com/article/x, published: 2022-05-23, outlet: AP }
schedule: "*/2 * * * * *"
claims:
  - id: directory
    kind: listing
    person: Boris Bondarev
    role: Counsellor
    organization: Permanent Mission of the Russian Federation to the United Nations Office at Geneva
    sources: [ { url: https://www.ungeneva.org/en/blue-book/permanent-missions/russian-federation } ]
`

describe("corroborate watch", () => {
  it("re-checks on the claim set's schedule and stops cleanly on SIGTERM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-watch-"))
    const file = join(dir, "watched.yaml")
    writeFileSync(file, claimSet)
    const db = join(dir, "store.db")
    const env = { ...process.env, CORROBORATE_DB: db, DATABASE_URL: "" }
    const args = ["--import", "tsx", "src/cli/main.ts"]
    expect(spawnSync(process.execPath, [...args, "run", file, "--replay", "fixtures", "--out", join(dir, "r"), "--quiet"], { env }).status).toBe(0)

    const child = spawn(process.execPath, [...args, "watch", "--replay", "fixtures", "--out", join(dir, "r")], { env })
    let log = ""
    const ticks = await new Promise<number>((resolve) => {
      child.stderr.on("data", (d) => {
        log += d
        const n = (log.match(/re-checked watch-test/g) ?? []).length
        if (n >= 2) resolve(n)
      })
      setTimeout(() => resolve((log.match(/re-checked watch-test/g) ?? []).length), 30_000)
    })
    expect(ticks).toBeGreaterThanOrEqual(2)
    const stamps = [...log.matchAll(/(\S+Z) re-checked/g)].map((m) => Date.parse(m[1]!))
    // One fiber per claim set: each scheduled re-check starts at the first two-second tick after the
    // previous one ended (its end is what the log stamps), never at once and never overlapping.
    const nextTick = (t: number) => (Math.floor(t / 2000) + 1) * 2000
    expect(stamps[1]!).toBeGreaterThanOrEqual(nextTick(stamps[0]!))
    child.kill("SIGTERM")
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)))
    expect(code).toBe(0)

    const left = await Effect.runPromise(
      Effect.flatMap(Store, (s) => s.latestIncompleteRun("watch-test", "recheck")).pipe(Effect.provide(Store.sqlite(db)))
    )
    // Stopped between ticks, or mid-way with the run marked interrupted: never left "running".
    expect(Option.match(left, { onNone: () => "none", onSome: (r) => r.status })).not.toBe("running")
  })
})
