import { spawn } from "node:child_process"
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"

const claimSet = `id: recheck-test
title: Re-checks against edited recordings
article: { url: https://apnews.com/article/x, published: 2022-05-23, outlet: AP }
schedule: "0 */6 * * *"
claims:
  - id: letter-ashamed
    kind: quote
    speaker: Boris Bondarev
    text: never have I been so ashamed of my country as on February 24 of this year
    sources: [ { url: https://www.linkedin.com/posts/boris-bondarev-1a2b3c4d_to-colleagues-and-foreign-partners-activity-6934506290637754368-bX9k } ]
  - id: browder-tweet
    kind: quote
    speaker: Bill Browder
    text: This is an unbelievable letter below from a top Russian diplomat denouncing Putin in no uncertain terms.
    sources: [ { url: https://x.com/Billbrowder/status/1528696283327463424 } ]
  - id: directory
    kind: listing
    person: Boris Bondarev
    role: Counsellor
    organization: Permanent Mission of the Russian Federation to the United Nations Office at Geneva
    sources: [ { url: https://www.ungeneva.org/en/blue-book/permanent-missions/russian-federation } ]
`

const cli = (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { env })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

let dir = ""
let env: NodeJS.ProcessEnv = {}
let file = ""
let recordings = ""
let firstReport: { claims: Array<{ id: string; rating: string; confidence: number; explanation: Array<string>; evidence: Array<Record<string, unknown>> }> } = { claims: [] }

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "corroborate-recheck-"))
  recordings = join(dir, "fixtures")
  cpSync("fixtures", recordings, { recursive: true })
  file = join(dir, "claims.yaml")
  writeFileSync(file, claimSet)
  env = { ...process.env, CORROBORATE_DB: join(dir, "store.db"), DATABASE_URL: "" }
  const first = await cli(["run", file, "--replay", recordings, "--out", join(dir, "r"), "--quiet"], env)
  expect(first.code).toBe(0)
  firstReport = JSON.parse(readFileSync(join(dir, "r", "recheck-test.json"), "utf8"))
})

describe("re-checks", () => {
  it("finds nothing changed when nothing changed (conditional requests answered 304) and exits 0", async () => {
    const r = await cli(["recheck", file, "--replay", recordings, "--out", join(dir, "r"), "--quiet"], env)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/3 claims checked \(3 kept their verdict: every source as before; 0 judged again\), 0 verdicts changed/)
    const report = JSON.parse(readFileSync(join(dir, "r", "recheck-test.json"), "utf8"))
    const directory = report.claims.find((c: { id: string }) => c.id === "directory")
    expect(directory.evidence[0].change).toEqual({ kind: "unchanged", detail: expect.stringMatching(/^not modified since \d{4}-\d\d-\d\dT.* \(HTTP 304\): judged on the copy read then$/) })
    const letter = report.claims.find((c: { id: string }) => c.id === "letter-ashamed")
    expect(letter.evidence[0].change.kind).toBe("unchanged")
    // Every source unchanged: each claim keeps its verdict, judged as in the first run, and its
    // evidence points at what this re-check fetched (a 304 and its own archive record).
    const judged = (c: (typeof firstReport.claims)[number]) =>
      [c.id, c.rating, c.confidence, c.explanation, c.evidence.map((e) => [e["support"], e["finding"], e["excerpt"], e["notes"]])]
    expect(report.claims.map(judged)).toEqual(firstReport.claims.map(judged))
    expect(directory.evidence[0].status).toBe(304)
    const firstArchive = firstReport.claims.find((c) => c.id === "directory")!.evidence[0]!["archive"] as { file: string }
    expect(directory.evidence[0].archive.file).toMatch(/\.warc\.gz$/)
    expect(directory.evidence[0].archive.file).not.toBe(firstArchive.file)
  })

  it("tells an edited source and a deleted post apart, alerts on each changed verdict and exits 3", async () => {
    const post = join(recordings, "linkedin.com", "li-post.html")
    writeFileSync(post, readFileSync(post, "utf8").replaceAll("so ashamed of my country", "so proud of my country"))
    const oembed = join(recordings, "publish.twitter.com", "browder-tweet.response.json")
    const rec = JSON.parse(readFileSync(oembed, "utf8"))
    writeFileSync(oembed, JSON.stringify({ url: rec.url, status: 404, headers: { "content-type": "application/json" } }))

    const r = await cli(["recheck", file, "--replay", recordings, "--out", join(dir, "r"), "--quiet", "--events", "-"], env)
    expect(r.code).toBe(3)
    // the directory listing's source is unchanged; the edited post and the deleted tweet are judged again
    expect(r.stdout).toMatch(/3 claims checked \(1 kept their verdict: every source as before; 2 judged again\), 2 verdicts changed/)
    const events = r.stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l))
    expect(events.map((e) => [e.claimId, e.from, e.to]).sort()).toEqual([
      ["browder-tweet", "verified", "unavailable"],
      ["letter-ashamed", "verified", "altered"]
    ])
    const letter = events.find((e) => e.claimId === "letter-ashamed")
    expect(letter.sources[0]).toMatchObject({ kind: "edited", detail: expect.stringMatching(/“ashamed” is now “proud”/) })
    expect(events.find((e) => e.claimId === "browder-tweet").sources[0].kind).toBe("removed")
    expect(r.stderr).toMatch(/CHANGED recheck-test\/letter-ashamed: verified → altered/)
  })

  it("renders any run's report from the store by its id", async () => {
    const first = await cli(["report", "1", "--format", "csv"], env)
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^letter-ashamed,quote,.*,verified,/m)
    const latest = await cli(["report", "3", "--format", "json"], env)
    expect(JSON.parse(latest.stdout).claims.find((c: { id: string }) => c.id === "letter-ashamed").rating).toBe("altered")
    expect((await cli(["report", "99"], env)).code).toBe(2)
  })

  it("shows a claim's verdict timeline with what changed", async () => {
    const r = await cli(["history", "letter-ashamed", "--claim-set", "recheck-test"], env)
    expect(r.code).toBe(0)
    const lines = r.stdout.split("\n").filter((l) => /run \d+/.test(l))
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/verified .* first verdict/)
    expect(lines[1]).toMatch(/\(recheck\)\s+verified .* unchanged/)
    expect(lines[2]).toMatch(/\(recheck\)\s+altered .* changed from verified/)
  })
})
