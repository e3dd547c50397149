import { Effect } from "effect"
import { ExtractError } from "../domain/errors.js"
import { htmlTypes, type SourceAdapter } from "./extracted.js"
import { baseFromArticle, readHtml } from "./html.js"

/** Any web page or news article: the generic extractor's reading, and the fallback for every URL. */
export const articleAdapter: SourceAdapter = {
  id: "article",
  kind: "article",
  accepts: () => true,
  contentTypes: [...htmlTypes, "text/plain"],
  read: (input) =>
    Effect.suspend(() => {
      if (input.fetched.contentType === "text/plain") {
        return Effect.succeed({ ...baseFromArticle(input, { authors: [], text: input.text.trim(), jsonLd: [], meta: {} }, "article", "article") })
      }
      const { article } = readHtml(input)
      if (article.text.trim().length === 0) {
        return Effect.fail(new ExtractError({ url: input.fetched.finalUrl, reason: "Unparseable", detail: "no readable text in the page" }))
      }
      return Effect.succeed(baseFromArticle(input, article, "article", "article"))
    })
}
