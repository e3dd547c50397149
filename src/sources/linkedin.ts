import type { CheerioAPI } from "cheerio"
import { Effect } from "effect"
import { ExtractError } from "../domain/errors.js"
import { htmlTypes, type FetchedText, type SourceAdapter } from "./extracted.js"
import { baseFromArticle, jsonLdOfType, nameOf, readHtml, str } from "./html.js"

const isLinkedIn = (url: URL) => /(^|\.)linkedin\.com$/i.test(url.hostname)

/** LinkedIn answers 999 to clients it does not like, and 401/403 or an auth wall to logged-out ones. */
const explainLinkedInStatus = (status: number, url: string) =>
  status === 999 || status === 401 || status === 403
    ? new ExtractError({ url, reason: "BlockedByPlatform", detail: `blocked by platform (LinkedIn answered ${status})` })
    : undefined

const loginWall = (input: FetchedText): ExtractError | undefined => {
  const final = new URL(input.fetched.finalUrl)
  if (/^\/(authwall|login|signup|uas\/login)/.test(final.pathname)) {
    return new ExtractError({ url: input.fetched.requestedUrl, reason: "BlockedByPlatform", detail: "blocked by platform (LinkedIn login wall)" })
  }
  return undefined
}

/** The vanity name in /in/<name>/ or /posts/<name>_<slug>: the account a page belongs to. */
export const linkedInHandle = (href: string | undefined): string | undefined => {
  if (!href) return undefined
  try {
    const path = new URL(href, "https://www.linkedin.com").pathname
    return (/^\/in\/([^/]+)/.exec(path)?.[1] ?? /^\/posts\/([^_/]+)_/.exec(path)?.[1])?.toLowerCase()
  } catch {
    return undefined
  }
}

export const linkedInPostAdapter: SourceAdapter = {
  id: "linkedin-post",
  kind: "linkedin-post",
  accepts: (url) => isLinkedIn(url) && /^\/(posts|feed\/update|pulse)\//.test(url.pathname),
  contentTypes: htmlTypes,
  explainStatus: explainLinkedInStatus,
  read: (input) =>
    Effect.suspend(() => {
      const wall = loginWall(input)
      if (wall) return Effect.fail(wall)
      const { article } = readHtml(input)
      const post = jsonLdOfType(article, "SocialMediaPosting", "DiscussionForumPosting", "Article")[0]
      const base = baseFromArticle(input, article, "linkedin-post", "linkedin-post")
      // The post body in JSON-LD is the author's text alone; the page around it carries comments
      // by other people, which must never be read as the author's words.
      const body = str(post?.["articleBody"]) ?? str(post?.["text"]) ?? article.text
      const author = nameOf(post?.["author"]) ?? base.authors[0]
      const authorUrl = post && typeof post["author"] === "object" ? str((post["author"] as Record<string, unknown>)["url"]) : undefined
      if (!body.trim()) return Effect.fail(new ExtractError({ url: input.fetched.finalUrl, reason: "Empty", detail: "the post has no text" }))
      const handle = linkedInHandle(authorUrl) ?? linkedInHandle(input.fetched.finalUrl)
      const published = str(post?.["datePublished"]) ?? base.published
      return Effect.succeed({
        ...base,
        authors: author ? [author] : [],
        handles: handle ? [handle] : [],
        ...(published ? { published } : {}),
        text: body,
        notes: post ? [] : ["no structured post data; read from the page text"]
      })
    })
}

/** Each experience entry as one sentence: "Counsellor, Permanent Mission …, 2019 - Present, Geneva." */
const experienceLines = ($: CheerioAPI, name: string | undefined): Array<string> =>
  $(".experience-item, [data-section='currentPositionsDetails'], [data-section='pastPositionsDetails']")
    .toArray()
    .map((el) => {
      const part = (sel: string) => $(el).find(sel).first().text().replace(/\s+/g, " ").trim()
      const title = part(".profile-section-card__title, h3")
      const org = part(".profile-section-card__subtitle, h4")
      const when = part(".experience-item__duration, .date-range").replace(/\s+\d+ (years?|months?).*$/, "")
      const where = part(".experience-item__location")
      const fields = [title, org, when, where].filter(Boolean)
      return fields.length >= 2 ? `${name ? `${name}: ` : ""}${fields.join(", ")}.` : ""
    })
    .filter((line, i, all) => line && all.indexOf(line) === i)

export const linkedInProfileAdapter: SourceAdapter = {
  id: "linkedin-profile",
  kind: "linkedin-profile",
  accepts: (url) => isLinkedIn(url) && /^\/in\//.test(url.pathname),
  contentTypes: htmlTypes,
  explainStatus: explainLinkedInStatus,
  read: (input) =>
    Effect.suspend(() => {
      const wall = loginWall(input)
      if (wall) return Effect.fail(wall)
      const { $, article } = readHtml(input)
      const base = baseFromArticle(input, article, "linkedin-profile", "linkedin-profile")
      const page = jsonLdOfType(article, "ProfilePage")[0]
      const person = (page?.["mainEntity"] as Record<string, unknown> | undefined) ?? jsonLdOfType(article, "Person")[0]
      const name = nameOf(person)
      const headline = [str(person?.["jobTitle"]), nameOf(person?.["worksFor"])].filter(Boolean).join(", ")
      const handle = linkedInHandle(input.fetched.finalUrl)
      if (!name && !article.text.trim()) {
        return Effect.fail(new ExtractError({ url: input.fetched.finalUrl, reason: "Empty", detail: "no profile data on the page" }))
      }
      const about = str(person?.["description"])
      const positions = experienceLines($, name)
      return Effect.succeed({
        ...base,
        // A profile is its owner's own account of themselves.
        authors: name ? [name] : base.authors,
        handles: handle ? [handle] : [],
        // Sentences built from the profile's structured parts, so that "X has been Counsellor at Y
        // since 2019" can be found in one place; the page text follows for anything else.
        text: [headline && name ? `${name}: ${headline}.` : headline, about, ...positions, article.text].filter((s): s is string => !!s && s.trim() !== "").join("\n\n")
      })
    })
}
