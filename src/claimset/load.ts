import { FileSystem } from "@effect/platform"
import { Effect, Either } from "effect"
import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml"
import type { ClaimSet } from "../domain/claim-set.js"
import { ClaimSetError } from "../domain/errors.js"
import { decodeClaimSet, formatPath, type FieldPath } from "./decode.js"

/** Where in the YAML text a field path points: the value's node, or the nearest ancestor that exists. */
const locate = (doc: Document, lines: LineCounter, path: FieldPath): { line?: number; column?: number } => {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth)
    const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true)
    // For a missing or unknown key, pointing at the key itself reads better than its value.
    const keyed = depth === path.length && depth > 0 ? keyNodeOf(doc, prefix) : undefined
    const range = (keyed ?? node as { range?: [number, number, number] } | null | undefined)?.range
    if (range) {
      const pos = lines.linePos(range[0])
      return { line: pos.line, column: pos.col }
    }
  }
  return {}
}

const keyNodeOf = (doc: Document, path: FieldPath): { range?: [number, number, number] } | undefined => {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true)
  if (!isMap(parent)) return undefined
  const key = path[path.length - 1]
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key)
  return pair && isScalar(pair.key) ? (pair.key as { range?: [number, number, number] }) : undefined
}

/** Parses and decodes claim-set text. Nothing is run on failure: the error names every problem. */
export const parseClaimSet = (file: string, text: string): Either.Either<ClaimSet, ClaimSetError> => {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    return Either.left(new ClaimSetError({
      file,
      problems: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0])
        return { ...(pos ? { line: pos.line, column: pos.col } : {}), path: "", message: `malformed YAML: ${e.message.split("\n")[0]}` }
      })
    }))
  }
  return Either.mapLeft(decodeClaimSet(doc.toJS()), (problems) =>
    new ClaimSetError({
      file,
      problems: problems.map((p) => ({ ...locate(doc, lines, p.path), path: formatPath(p.path), message: p.message }))
    }))
}

export const loadClaimSet = Effect.fn("ClaimSet.load")(function* (file: string) {
  const fs = yield* FileSystem.FileSystem
  const text = yield* fs.readFileString(file).pipe(
    Effect.mapError((e) => new ClaimSetError({ file, problems: [{ path: "", message: `cannot read the file: ${e.message}` }] }))
  )
  return yield* parseClaimSet(file, text)
})
