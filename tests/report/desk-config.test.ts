import { NodeContext } from "@effect/platform-node"
import { ConfigProvider, Effect, Either } from "effect"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { DESK_CONFIG_ENV, DeskConfig, loadDeskConfig, parseDeskConfig, reportUrl } from "../../src/report/desk-config.js"

const run = <A, E>(effect: Effect.Effect<A, E, NodeContext.NodeContext>, env: Record<string, string> = {}) =>
  Effect.runPromise(Effect.either(effect).pipe(
    Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))),
    Effect.provide(NodeContext.layer)
  ))

const write = (name: string, text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "corroborate-desk-")), name)
  writeFileSync(file, text)
  return file
}

describe("desk config", () => {
  it("reads the shipped config/desk.yaml when the environment names no other", async () => {
    const desk = Either.getOrThrow(await run(loadDeskConfig()))
    expect(desk).toBeInstanceOf(DeskConfig)
    expect(desk.name).toBe("Example Fact-Check Desk")
    expect(desk.reportBaseUrl).toBe("https://factcheck.example.org/reports/")
    expect(desk.language).toBe("en")
  })

  it(`reads the file ${DESK_CONFIG_ENV} points at`, async () => {
    const file = write("desk.yaml", "name: Other Desk\nurl: https://other.example/\nreportBaseUrl: https://other.example/checks\n")
    const desk = Either.getOrThrow(await run(loadDeskConfig(), { [DESK_CONFIG_ENV]: file }))
    expect(desk.name).toBe("Other Desk")
    expect(desk.language).toBe("en")
  })

  it("refuses a config with missing or wrong fields, naming the file and every field", () => {
    const bad = parseDeskConfig("desk.yaml", "url: ftp://desk.example/\nreportBaseUrl: https://desk.example/\nlanguage: English please\nextra: 1\n")
    expect(Either.isLeft(bad)).toBe(true)
    const message = Either.isLeft(bad) ? bad.left.message : ""
    expect(message).toMatch(/^desk\.yaml: /)
    expect(message).toMatch(/name: is missing/)
    expect(message).toMatch(/url: not an http\(s\) URL/)
    expect(message).toMatch(/language: a BCP 47 language tag/)
    expect(message).toMatch(/extra/)
  })

  it("refuses malformed YAML and a file that is not there, naming the file", async () => {
    const yaml = parseDeskConfig("d.yaml", "name: [unclosed\n")
    expect(Either.isLeft(yaml) && yaml.left.message).toMatch(/^d\.yaml: malformed YAML/)
    const missing = await run(loadDeskConfig("/no/such/desk.yaml"))
    expect(Either.isLeft(missing) && missing.left._tag).toBe("InputError")
    expect(Either.isLeft(missing) && missing.left.message).toMatch(/^\/no\/such\/desk\.yaml: cannot read the desk config/)
  })

  it("builds a claim's public URL under the report base, with or without its trailing slash", () => {
    const make = (reportBaseUrl: string) => new DeskConfig({ name: "D", url: "https://d.example/", reportBaseUrl })
    expect(reportUrl(make("https://d.example/fc/"), "controls", "control-gone-source")).toBe("https://d.example/fc/controls.html#control-gone-source")
    expect(reportUrl(make("https://d.example/fc"), "controls")).toBe("https://d.example/fc/controls.html")
  })
})
