import { Console, Effect, Option, Schema } from "effect"
import { readFileSync } from "node:fs"
import { gunzipSync } from "node:zlib"
import { InputError } from "../../domain/errors.js"
import { decodeText } from "../../fetch/charset.js"
import { extractArticleFromHtml } from "../../extract/index.js"
import { Fetcher } from "../../fetch/fetcher.js"
import { engineLayer } from "../layers.js"

import type { ExtractOptions } from "../extract-command.js"

/** One line of an extraction manifest. */
const ManifestLine = Schema.Struct({ id: Schema.String, file: Schema.String, url: Schema.optional(Schema.String) })

interface ExtractOutput {
  readonly id: string
  readonly url: string | null
  readonly title: string | null
  readonly author: string | null
  readonly published: string | null
  readonly text: string
}

/** Reads an .html or .html.gz file as text, honouring its own charset declaration. */
export const readHtmlFile = (file: string): string => {
  const raw = readFileSync(file)
  const bytes = file.endsWith(".gz") ? gunzipSync(raw) : raw
  return decodeText(bytes, undefined).text
}

const toOutput = (id: string, url: string | undefined, html: string): ExtractOutput => {
  const a = extractArticleFromHtml(html, url ?? "https://localhost/")
  return {
    id,
    url: url ?? null,
    title: a.title ?? null,
    author: a.authors.length ? a.authors.join(", ") : null,
    published: a.published ?? null,
    text: a.text
  }
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s)

export const handle = (opts: ExtractOptions) =>
  Effect.gen(function* () {
    const jobs: Array<{ id: string; source: string; url?: string }> = []
    const manifestFile = Option.getOrUndefined(opts.manifest)
    if (manifestFile) {
      const lines = readFileSync(manifestFile, "utf8").split("\n")
      for (const [i, line] of lines.entries()) {
        if (!line.trim()) continue
        const parsed = yield* Effect.try({
          try: () => Schema.decodeUnknownSync(ManifestLine)(JSON.parse(line)),
          catch: (e) => new InputError({ what: `${manifestFile}:${i + 1}`, detail: (e as Error).message.split("\n")[0] ?? "bad line" })
        })
        jobs.push({ id: parsed.id, source: parsed.file, ...(parsed.url ? { url: parsed.url } : {}) })
      }
    }
    const given = Option.getOrUndefined(opts.url)
    for (const input of opts.inputs) jobs.push({ id: input, source: input, ...(given ? { url: given } : isUrl(input) ? { url: input } : {}) })
    if (jobs.length === 0) return yield* new InputError({ what: "extract", detail: "give files, URLs or --manifest" })

    const needsNetwork = jobs.some((j) => isUrl(j.source))
    const results = yield* Effect.forEach(jobs, (job) =>
      isUrl(job.source)
        ? Effect.flatMap(Fetcher, (f) => f.fetch(job.source)).pipe(
          Effect.map((r) => toOutput(job.id, r.finalUrl, decodeText(r.body, r.headers["content-type"]).text)),
          Effect.mapError((e) => new InputError({ what: job.source, detail: e.message }))
        )
        : Effect.try({
          try: () => toOutput(job.id, job.url, readHtmlFile(job.source)),
          catch: (e) => new InputError({ what: job.source, detail: (e as Error).message })
        })).pipe(needsNetwork ? Effect.provide(engineLayer()) : (x) => x as never)

    if (opts.format === "jsonl") for (const r of results) yield* Console.log(JSON.stringify(r))
    else if (opts.format === "text") for (const r of results) yield* Console.log(`${r.title ?? ""}\n\n${r.text}\n`)
    else yield* Console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2))
  })
