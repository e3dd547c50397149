import type { SourceKind } from "../domain/source.js"
import { articleAdapter } from "./article.js"
import { directoryAdapter } from "./directory.js"
import type { SourceAdapter } from "./extracted.js"
import { linkedInPostAdapter, linkedInProfileAdapter } from "./linkedin.js"
import { wireAdapter } from "./wire.js"
import { xPostAdapter } from "./x-post.js"

/** Source adapters in order: the first that accepts a URL reads it; `article` accepts anything. */
export const adapters: ReadonlyArray<SourceAdapter> = [
  linkedInPostAdapter,
  linkedInProfileAdapter,
  xPostAdapter,
  directoryAdapter,
  wireAdapter,
  articleAdapter
]

/**
 * The adapter for a source: the one of the declared kind when the claim set names one, else the
 * first that accepts the URL. An archived copy is read as an article until the archive adapter
 * lands; the evidence says so.
 */
export const adapterFor = (url: URL, declared?: SourceKind): SourceAdapter => {
  if (declared && declared !== "archive") {
    const byKind = adapters.find((a) => a.kind === declared)
    if (byKind) return byKind
  }
  return adapters.find((a) => a.accepts(url)) ?? articleAdapter
}
