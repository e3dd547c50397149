import { Console, Effect, Option, Schema } from "effect"
import { readFileSync } from "node:fs"
import { indexDocument, locateQuote, type QuoteIndex } from "../../compare/index.js"
import { InputError } from "../../domain/errors.js"
import { extractArticleFromHtml } from "../../extract/index.js"
import { decodeText } from "../../fetch/charset.js"
import { Fetcher } from "../../fetch/fetcher.js"
import { isUrl, readHtmlFile } from "./extract.js"
import { engineLayer } from "../layers.js"

import type { CompareOptions } from "../compare-command.js"

/** One line of a batch file. */
const BatchLine = Schema.Struct({
  id: Schema.String,
  quote: Schema.String,
  file: Schema.optional(Schema.String),
  url: Schema.optional(Schema.String)
})

export interface CompareResult {
  readonly id: string
  readonly match: string
  readonly score: number
  readonly span: { readonly start: number; readonly end: number } | null
  readonly excerpt: string | null
  readonly diff: ReadonlyArray<{ op: string; claimed?: string; source?: string }>
}


/** The text a quote is looked for in: plain text as is, HTML through the extractor. */
const textOfFile = (file: string): string =>
  /\.txt$/i.test(file) ? readFileSync(file, "utf8") : extractArticleFromHtml(readHtmlFile(file), "https://localhost/").text

const compareOne = (id: string, quote: string, text: string | QuoteIndex, original: string): CompareResult => {
  const m = locateQuote(quote, text)
  return {
    id,
    match: m.match,
    score: Math.round(m.score * 1000) / 1000,
    span: m.span ? { start: m.span.start, end: m.span.end } : null,
    excerpt: m.span ? original.slice(m.span.start, m.span.end) : null,
    diff: m.diff
  }
}

export const handle = (opts: CompareOptions) =>
  Effect.gen(function* () {
    const jobs: Array<{ id: string; quote: string; source: string }> = []
    const batchFile = Option.getOrUndefined(opts.batch)
    if (batchFile) {
      for (const [i, line] of readFileSync(batchFile, "utf8").split("\n").entries()) {
        if (!line.trim()) continue
        const parsed = yield* Effect.try({
          try: () => Schema.decodeUnknownSync(BatchLine)(JSON.parse(line)),
          catch: (e) => new InputError({ what: `${batchFile}:${i + 1}`, detail: (e as Error).message.split("\n")[0] ?? "bad line" })
        })
        const where = parsed.file ?? parsed.url
        if (!where) return yield* new InputError({ what: `${batchFile}:${i + 1}`, detail: "needs a file or a url" })
        jobs.push({ id: parsed.id, quote: parsed.quote, source: where })
      }
    }
    const single = Option.getOrUndefined(opts.quote)
    const given = Option.getOrUndefined(opts.source)
    if (single !== undefined) {
      if (!given) return yield* new InputError({ what: "compare", detail: "--quote needs a SOURCE file or URL" })
      jobs.push({ id: "quote", quote: single, source: given })
    }
    if (jobs.length === 0) return yield* new InputError({ what: "compare", detail: "give --quote TEXT SOURCE or --batch FILE.jsonl" })

    // Each source is read and indexed once, however many quotes are looked for in it.
    const texts = new Map<string, { text: string; index: QuoteIndex }>()
    const needsNetwork = jobs.some((j) => isUrl(j.source))
    const load = (src: string) =>
      isUrl(src)
        ? Effect.flatMap(Fetcher, (f) => f.fetch(src)).pipe(
          Effect.map((r) => {
            const text = decodeText(r.body, r.headers["content-type"]).text
            return r.contentType.includes("html") ? extractArticleFromHtml(text, r.finalUrl).text : text
          }),
          Effect.mapError((e) => new InputError({ what: src, detail: e.message }))
        )
        : Effect.try({ try: () => textOfFile(src), catch: (e) => new InputError({ what: src, detail: (e as Error).message }) })
    const results = yield* Effect.forEach(jobs, (job) =>
      Effect.gen(function* () {
        let doc = texts.get(job.source)
        if (!doc) {
          const text = yield* load(job.source)
          doc = { text, index: indexDocument(text) }
          texts.set(job.source, doc)
        }
        return compareOne(job.id, job.quote, doc.index, doc.text)
      })).pipe(needsNetwork ? Effect.provide(engineLayer()) : (x) => x as never)

    if (opts.format === "jsonl") for (const r of results) yield* Console.log(JSON.stringify(r))
    else if (opts.format === "text") {
      for (const r of results) yield* Console.log(`${r.id}\t${r.match}\t${r.score}\t${r.excerpt ?? ""}`)
    } else yield* Console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2))
  })
