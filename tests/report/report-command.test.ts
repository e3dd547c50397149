import { Command } from "@effect/cli"
import { NodeContext } from "@effect/platform-node"
import { Effect, Either } from "effect"
import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it, vi } from "vitest"
import { reportCommand } from "../../src/cli/report-command.js"

/** The command in-process, as main.ts will mount it: `corroborate report …`. */
const cli = Command.run(Command.make("corroborate").pipe(Command.withSubcommands([reportCommand])), { name: "corroborate", version: "test" })
const report = (...args: Array<string>) =>
  Effect.runPromise(cli(["node", "corroborate", "report", ...args]).pipe(Effect.either, Effect.provide(NodeContext.layer)))

const FIXTURE = "tests/report/fixtures/controls.json"
const tmp = () => mkdtempSync(join(tmpdir(), "corroborate-report-"))
const write = (name: string, text: string) => {
  const file = join(tmp(), name)
  writeFileSync(file, text)
  return file
}

const failure = (r: Either.Either<unknown, unknown>) => (Either.isLeft(r) ? (r.left as { _tag: string; message: string }) : undefined)

describe("corroborate report", () => {
  afterEach(() => vi.restoreAllMocks())

  it("writes the page, one embeddable fragment per claim, and nothing else for --format html", async () => {
    const out = tmp()
    const log = vi.spyOn(console, "log").mockImplementation(() => {})
    expect(Either.isRight(await report(FIXTURE, "--format", "html", "--out", out))).toBe(true)
    const files = readdirSync(out).sort()
    expect(files).toContain("controls.html")
    expect(files.filter((f) => f.endsWith(".embed.html"))).toHaveLength(10)
    expect(files).toHaveLength(11)
    expect(readFileSync(join(out, "controls.html"), "utf8")).toMatch(/^<!doctype html>/)
    expect(String(log.mock.calls[0]?.[0])).toMatch(/^Report written: .*controls\.html/)
  })

  it("writes every format with --format all", async () => {
    const out = tmp()
    vi.spyOn(console, "log").mockImplementation(() => {})
    expect(Either.isRight(await report(FIXTURE, "--format", "all", "--out", out))).toBe(true)
    const files = readdirSync(out)
    for (const f of ["controls.json", "controls.md", "controls.csv", "controls.jsonld", "controls.html"]) expect(files).toContain(f)
    expect(readFileSync(join(out, "controls.json"), "utf8")).toBe(readFileSync(FIXTURE, "utf8"))
    expect(JSON.parse(readFileSync(join(out, "controls.jsonld"), "utf8"))).toHaveLength(2)
  })

  it("prints the main document when no folder is given", async () => {
    const chunks: Array<string> = []
    vi.spyOn(process.stdout, "write").mockImplementation((c) => { chunks.push(String(c)); return true })
    expect(Either.isRight(await report(FIXTURE, "--format", "csv"))).toBe(true)
    expect(chunks.join("")).toMatch(/^id,kind,claim,rating,confidence,/)
  })

  it("asks for a folder when a format writes several files and none is given", async () => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true)
    expect(failure(await report(FIXTURE, "--format", "all"))?.message).toMatch(/give --out DIR/)
  })

  it("refuses a missing file with an input error naming it (exit code 2 in main)", async () => {
    const f = failure(await report("no/such/report.json"))
    expect(f?._tag).toBe("InputError")
    expect(f?.message).toBe("no/such/report.json: no such report file")
  })

  it("refuses a file that is not JSON, naming it", async () => {
    const file = write("broken.json", "{ not json")
    const f = failure(await report(file))
    expect(f?._tag).toBe("InputError")
    expect(f?.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not JSON`))
  })

  it("refuses JSON that is not a report, naming the file and the bad field", async () => {
    const good = JSON.parse(readFileSync(FIXTURE, "utf8"))
    good.claims[0].rating = "probably"
    const file = write("odd.json", JSON.stringify(good))
    const f = failure(await report(file, "--format", "md"))
    expect(f?._tag).toBe("InputError")
    expect(f?.message).toMatch(/odd\.json: not a corroborate report: claims\.0\.rating: Expected "verified"/)
  })

  it("refuses a report of another format version, saying which", async () => {
    const file = write("v2.json", JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE, "utf8")), schemaVersion: "2.0.0" }))
    expect(failure(await report(file))?.message).toMatch(/v2\.json: report format "2\.0\.0" is not one this version reads \(expected 1\.0\.0\)/)
  })

  it("refuses a bad desk config for the formats that need it, but not for Markdown", async () => {
    const desk = write("desk.yaml", "name: D\n")
    vi.stubEnv("CORROBORATE_DESK_CONFIG", desk)
    try {
      const f = failure(await report(FIXTURE, "--format", "claimreview"))
      expect(f?._tag).toBe("InputError")
      expect(f?.message).toMatch(/desk\.yaml: url: is missing/)
      vi.spyOn(process.stdout, "write").mockImplementation(() => true)
      expect(Either.isRight(await report(FIXTURE, "--format", "md"))).toBe(true)
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

// Once main.ts mounts the command, the real binary must exit 2 on bad input (main maps InputError).
const mounted = /^\s*- report /m.test(spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "--help"], { encoding: "utf8", timeout: 60_000 }).stdout)
describe.skipIf(!mounted)("corroborate report, from the command line", () => {
  it("exits 2 on a report that does not decode, naming the file", () => {
    const file = write("bad.json", "{}")
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "report", file], { encoding: "utf8", timeout: 60_000 })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`${file}: not a corroborate report`)
  })
})
