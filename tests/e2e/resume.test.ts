import { Effect } from "effect"
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { Store } from "../../src/store/store.js"

const LETTER = "https://www.linkedin.com/posts/boris-bondarev-1a2b3c4d_to-colleagues-and-foreign-partners-activity-6934506290637754368-bX9k"
const PHRASES = [
  "never have I been so ashamed of my country as on February 24 of this year",
  "The Ministry has become my home and family",
  "is not about diplomacy",
  "I have always supported the special military operation"
]

/** A long claim set over the recorded letter, so a run can be killed part-way. */
const bigClaimSet = (n: number) =>
  [
    "id: resume-test",
    "title: A batch long enough to interrupt",
    "article: { url: https://apnews.com/article/x, published: 2022-05-23, outlet: AP }",
    "claims:",
    ...Array.from({ length: n }, (_, i) => [
      `  - id: q${i}`,
      "    kind: quote",
      "    speaker: Boris Bondarev",
      `    text: "${PHRASES[i % PHRASES.length]}"`,
      `    sources: [ { url: ${LETTER} } ]`
    ].join("\n"))
  ].join("\n") + "\n"

const runCli = (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv, killAfterLines?: number) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { env })
    let stdout = ""
    let stderr = ""
    let lines = 0
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => {
      stderr += d
      lines += String(d).split("\n").filter((l) => /^\[\d+\/\d+\]/.test(l)).length
      if (killAfterLines !== undefined && lines >= killAfterLines) child.kill("SIGKILL")
    })
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
  })

describe("a batch that survives SIGKILL", () => {
  it("resumes an interrupted run: no claim lost, none done twice, the report complete", async () => {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-resume-"))
    const file = join(dir, "big.yaml")
    const n = 400
    writeFileSync(file, bigClaimSet(n))
    const db = join(dir, "store.db")
    const env = { ...process.env, CORROBORATE_DB: db, DATABASE_URL: "" }
    const out = join(dir, "reports")

    const first = await runCli(["run", file, "--replay", "fixtures", "--out", out, "--quiet"], env, 3)
    expect(first.signal).toBe("SIGKILL")

    const second = await runCli(["run", file, "--replay", "fixtures", "--out", out, "--quiet", "--resume"], env)
    expect(second.code).toBe(0)
    const resumed = /Resuming run (\d+): (\d+) of (\d+) claims were already decided/.exec(second.stderr)
    expect(resumed).not.toBeNull()
    const already = Number(resumed![2])
    expect(already).toBeGreaterThanOrEqual(3)
    expect(already).toBeLessThan(n)
    // The resumed process decided exactly the claims the first one had not.
    expect(second.stderr.split("\n").filter((l) => /^\[\d+\/\d+\] q\d+:/.test(l)).length).toBe(n - already)

    const report = JSON.parse(readFileSync(join(out, "resume-test.json"), "utf8"))
    expect(report.claims.map((c: { id: string }) => c.id)).toEqual(Array.from({ length: n }, (_, i) => `q${i}`))

    const stored = await Effect.runPromise(
      Effect.flatMap(Store, (s) => s.claimReports(Number(resumed![1]))).pipe(Effect.provide(Store.sqlite(db)))
    )
    expect(stored.length).toBe(n)
    expect(new Set(stored.map((c) => c.id)).size).toBe(n)
  })
})
