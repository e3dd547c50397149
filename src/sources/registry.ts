import type { SourceKind } from "../domain/source.js"
import { articleAdapter } from "./article.js"
import { directoryAdapter } from "./directory.js"
import type { SourceAdapter } from "./extracted.js"
import { linkedInPostAdapter, linkedInProfileAdapter } from "./linkedin.js"
import { makeWaybackAdapter } from "./wayback.js"
import { wireAdapter } from "./wire.js"
import { xPostAdapter } from "./x-post.js"

/** Web archive captures, each read by the adapter of the page it preserves. */
const waybackAdapter = makeWaybackAdapter((original) => adapterFor(original))

/** Source adapters in order: the first that accepts a URL reads it; `article` accepts anything. */
export const adapters: ReadonlyArray<SourceAdapter> = [
  waybackAdapter,
  linkedInPostAdapter,
  linkedInProfileAdapter,
  xPostAdapter,
  directoryAdapter,
  wireAdapter,
  articleAdapter
]

/**
 * The adapter for a source: the one of the declared kind when the claim set names one, else the
 * first that accepts the URL. A web archive capture is always read through the archive adapter (it
 * asks for the toolbar-free copy); a declared kind other than `archive` then names the kind of the
 * page it preserves.
 */
export const adapterFor = (url: URL, declared?: SourceKind): SourceAdapter => {
  if (waybackAdapter.accepts(url)) {
    return declared && declared !== "archive" ? makeWaybackAdapter((original) => adapterFor(original, declared)) : waybackAdapter
  }
  if (declared && declared !== "archive") {
    const byKind = adapters.find((a) => a.kind === declared)
    if (byKind) return byKind
  }
  return adapters.find((a) => a.accepts(url)) ?? articleAdapter
}
