import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const db = join(mkdtempSync(join(tmpdir(), "corroborate-db-")), "test.db")

/** Runs the CLI from source, as `npx corroborate` runs it from the build, with its own store. */
const cli = (...args: Array<string>) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, CORROBORATE_DB: db, DATABASE_URL: "" }
  })

describe("corroborate CLI", () => {
  it("answers --help with the commands", () => {
    const r = cli("--help")
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/run/)
    expect(r.stdout).toMatch(/extract/)
  })

  it("refuses a bad claim set with exit code 2, naming file, line and field, and writes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-"))
    const file = join(dir, "bad.yaml")
    writeFileSync(file, readFileSync("pipelines/controls.yaml", "utf8").replace("kind: quote", "kind: rumour"))
    const out = join(dir, "reports")
    const r = cli("run", file, "--replay", "fixtures", "--out", out)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: claims\\[0\\]\\.kind: unknown kind "rumour"`))
    expect(() => readFileSync(join(out, "controls.json"))).toThrow()
  })

  it("refuses a replay folder that does not exist with exit code 2", () => {
    const r = cli("run", "pipelines/controls.yaml", "--replay", "no-such-folder")
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/replay folder not found/)
  })

  it("runs a claim set offline, exits 0 and writes JSON and Markdown", () => {
    const out = mkdtempSync(join(tmpdir(), "corroborate-out-"))
    const r = cli("run", "pipelines/controls.yaml", "--replay", "fixtures", "--out", out, "--quiet")
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/\[\d+\/\d+\] control-altered-word: altered/)
    const report = JSON.parse(readFileSync(join(out, "controls.json"), "utf8"))
    expect(report.schemaVersion).toBe("1.0.0")
    expect(readFileSync(join(out, "controls.md"), "utf8")).toMatch(/# Verification report: Controls that must not verify/)
  })
})
