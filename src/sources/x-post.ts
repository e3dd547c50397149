import * as cheerio from "cheerio"
import { Effect, Either, Schema } from "effect"
import { ExtractError } from "../domain/errors.js"
import type { SourceAdapter } from "./extracted.js"

/** The fields of the public oEmbed answer that we rely on. */
const OEmbed = Schema.Struct({
  url: Schema.String,
  author_name: Schema.String,
  author_url: Schema.String,
  html: Schema.String
})

const isPost = (url: URL) =>
  /^(www\.|mobile\.)?(x|twitter)\.com$/i.test(url.hostname) && /^\/[^/]+\/status(es)?\/\d+/.test(url.pathname)

/** "May 23, 2022" as the embed prints it. */
const dateOf = (text: string): string | undefined => {
  const t = Date.parse(`${text} UTC`)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10)
}

/**
 * X/Twitter posts, read through the public oEmbed endpoint: the post page itself is a script-only
 * shell, while oEmbed returns author, handle and the text without logging in.
 */
export const xPostAdapter: SourceAdapter = {
  id: "x-post",
  kind: "x-post",
  accepts: isPost,
  requestUrl: (url) =>
    `https://publish.twitter.com/oembed?url=${encodeURIComponent(`https://x.com${url.pathname}`)}&omit_script=1&dnt=1`,
  contentTypes: ["application/json"],
  explainStatus: (status, url) =>
    status === 404
      ? new ExtractError({ url, reason: "Removed", detail: "post deleted, or its account suspended (oEmbed answered 404)" })
      : status === 403
      ? new ExtractError({ url, reason: "BlockedByPlatform", detail: "post from a protected or suspended account (oEmbed answered 403)" })
      : undefined,
  read: (input) =>
    Effect.suspend(() => {
      const parsed = Either.try(() => JSON.parse(input.text) as unknown).pipe(
        Either.flatMap((json) => Schema.decodeUnknownEither(OEmbed)(json))
      )
      if (Either.isLeft(parsed)) {
        return Effect.fail(new ExtractError({ url: input.fetched.finalUrl, reason: "Unparseable", detail: "not an oEmbed answer for a post" }))
      }
      const embed = parsed.right
      // Line breaks inside a post are <br>: keep them as breaks, or words on either side run together.
      const $ = cheerio.load(embed.html.replace(/<br\s*\/?>/gi, "\n"))
      const quote = $("blockquote").first()
      const paragraphs = quote.find("p").map((_, p) => $(p).text().trim()).get().filter(Boolean)
      const stamp = quote.find("a").last().text().trim()
      const handle = /\/([^/?#]+)\/?$/.exec(embed.author_url)?.[1]?.toLowerCase()
      const published = dateOf(stamp)
      return Effect.succeed({
        adapter: "x-post",
        kind: "x-post" as const,
        finalUrl: embed.url,
        authors: [embed.author_name],
        handles: handle ? [handle] : [],
        ...(published ? { published } : {}),
        siteName: "X (Twitter)",
        text: paragraphs.join("\n\n"),
        records: [],
        credits: [],
        notes: ["read through the public oEmbed endpoint"]
      })
    })
}
