import { Either } from "effect"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { parseClaimSet } from "../../src/claimset/load.js"

const good = `id: demo
title: A demo
article: { url: https://example.org/a, published: 2022-05-23, outlet: AP }
claims:
  - id: one
    kind: quote
    speaker: Boris Bondarev
    text: "never have I been so ashamed"
    sources: [ { url: https://www.linkedin.com/posts/x_y-activity-1-a } ]
  - id: two
    kind: confirmation
    who: Boris Bondarev
    to: The Associated Press
    method: phone
    date: 2022-05-23
    text: he had handed in his resignation
    sources:
      - { url: https://apnews.com/article/x }
      - { attested: { by: desk reporter, at: 2022-05-23T14:00:00Z, method: phone, note: called him } }
`

const problemsOf = (text: string) => {
  const result = parseClaimSet("claims.yaml", text)
  if (Either.isRight(result)) throw new Error("expected the claim set to be refused")
  return result.left.problems
}

describe("claim set decoding", () => {
  it("decodes a valid claim set with every field kept", () => {
    const result = parseClaimSet("claims.yaml", good)
    expect(Either.isRight(result)).toBe(true)
    const set = Either.getOrThrow(result)
    expect(set.claims.map((c) => c.kind)).toEqual(["quote", "confirmation"])
    expect(set.article.published).toBe("2022-05-23")
    const confirmation = set.claims[1]!
    expect(confirmation.kind === "confirmation" && confirmation.sources[1]).toMatchObject({ attested: { by: "desk reporter", method: "phone" } })
  })

  it.each(["pipelines/bondarev-resignation.yaml", "pipelines/controls.yaml"])("decodes the shipped %s", (file) => {
    const result = parseClaimSet(file, readFileSync(file, "utf8"))
    if (Either.isLeft(result)) throw new Error(result.left.message)
    expect(result.right.claims.length).toBeGreaterThan(5)
  })

  it("names the line and column of malformed YAML", () => {
    const [p] = problemsOf("id: x\ntitle: [unclosed\nclaims: []\n")
    expect(p!.message).toMatch(/malformed YAML/)
    expect(p!.line).toBeGreaterThanOrEqual(2)
  })

  it("refuses an unknown claim kind, naming its line and field path", () => {
    const problems = problemsOf(good.replace("kind: quote", "kind: rumour"))
    expect(problems).toEqual([expect.objectContaining({ path: "claims[0].kind", line: 6, message: expect.stringMatching(/unknown kind "rumour".*quote, listing, confirmation, statement/) })])
  })

  it("refuses a source that is not a URL", () => {
    const problems = problemsOf(good.replace("https://www.linkedin.com/posts/x_y-activity-1-a", "linkedin post of Bondarev"))
    expect(problems).toEqual([expect.objectContaining({ path: "claims[0].sources[0].url", line: 9, message: expect.stringMatching(/not a URL/) })])
  })

  it("refuses a claim without sources", () => {
    const problems = problemsOf(good.replace("    sources: [ { url: https://www.linkedin.com/posts/x_y-activity-1-a } ]\n", ""))
    expect(problems).toEqual([expect.objectContaining({ path: "claims[0].sources", line: 5 })])
  })

  it("refuses a duplicate id, pointing at the second use", () => {
    const problems = problemsOf(good.replace("id: two", "id: one"))
    expect(problems).toEqual([expect.objectContaining({ path: "claims[1].id", line: 10, message: expect.stringMatching(/duplicate id "one"/) })])
  })

  it("refuses an unknown field, naming it", () => {
    const problems = problemsOf(good.replace("    speaker: Boris Bondarev\n", "    speaker: Boris Bondarev\n    speakr: typo\n"))
    expect(problems).toEqual([expect.objectContaining({ path: "claims[0].speakr", line: 8, message: expect.stringMatching(/unknown field/) })])
  })

  it("refuses an attested record with an unknown method", () => {
    const problems = problemsOf(good.replace("method: phone, note", "method: telepathy, note"))
    expect(problems[0]).toMatchObject({ path: "claims[1].sources[1].attested.method", line: 19 })
  })

  it("reports every problem at once", () => {
    const problems = problemsOf(good.replace("kind: quote", "kind: rumour").replace("id: two", "id: Two Words"))
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(["claims[0].kind", "claims[1].id"]))
  })
})

describe("claim set schedules", () => {
  it("refuses a schedule that is not a cron expression, naming its line", () => {
    const result = parseClaimSet("claims.yaml", good.replace("claims:\n", 'schedule: "every six hours"\nclaims:\n'))
    if (Either.isRight(result)) throw new Error("expected a refusal")
    expect(result.left.problems).toEqual([expect.objectContaining({ path: "schedule", line: 4, message: expect.stringMatching(/not a cron schedule/) })])
  })
})
