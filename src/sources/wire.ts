import { Effect } from "effect"
import { getDomain } from "tldts"
import { ExtractError } from "../domain/errors.js"
import { wireOfDomain } from "./credits.js"
import { htmlTypes, type SourceAdapter } from "./extracted.js"
import { baseFromArticle, readHtml } from "./html.js"

/** "GENEVA (AP) —", "LONDON, March 23 (Reuters) -": the place a wire story was filed from. */
const DATELINE = /^([A-Z][A-Z .'-]{1,40}?)(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*\((AP|Reuters|AFP|Bloomberg)\)\s*[—–-]/m

/** Wire-service reports: a news article whose own outlet is its origin. */
export const wireAdapter: SourceAdapter = {
  id: "wire",
  kind: "wire",
  accepts: (url) => wireOfDomain(getDomain(url.hostname) ?? "") !== undefined,
  contentTypes: htmlTypes,
  read: (input) =>
    Effect.suspend(() => {
      const { article } = readHtml(input)
      if (article.text.trim().length === 0) {
        return Effect.fail(new ExtractError({ url: input.fetched.finalUrl, reason: "Unparseable", detail: "no readable text in the report" }))
      }
      const base = baseFromArticle(input, article, "wire", "wire")
      const own = wireOfDomain(getDomain(input.fetched.finalUrl) ?? "")
      const dateline = DATELINE.exec(article.text)
      const notes = dateline ? [`dateline ${dateline[1]!.trim()} (${dateline[2]})`] : []
      return Effect.succeed({
        ...base,
        credits: [...new Set([...(own ? [own] : []), ...base.credits])],
        notes
      })
    })
}
