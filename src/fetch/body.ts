import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib"

export type DecodeBodyResult =
  | { readonly _tag: "ok"; readonly body: Uint8Array }
  | { readonly _tag: "too-large"; readonly detail: string }
  | { readonly _tag: "corrupt"; readonly detail: string }

/**
 * Undoes the Content-Encoding. The output is capped as well as the input: a small gzip body can
 * inflate to gigabytes.
 */
export const decodeContentEncoding = (payload: Uint8Array, encoding: string | undefined, maxBytes: number): DecodeBodyResult => {
  const codings = (encoding ?? "").toLowerCase().split(",").map((s) => s.trim()).filter((s) => s && s !== "identity")
  let body: Uint8Array = payload
  try {
    // Codings are listed in the order they were applied, so they are undone in reverse.
    for (const coding of codings.reverse()) {
      const opts = { maxOutputLength: maxBytes }
      if (coding === "gzip" || coding === "x-gzip") body = gunzipSync(body, opts)
      else if (coding === "br") body = brotliDecompressSync(body, opts)
      else if (coding === "deflate") {
        // Servers disagree on whether "deflate" carries a zlib header; accept both.
        try {
          body = inflateSync(body, opts)
        } catch (e) {
          if (isTooLarge(e)) throw e
          body = inflateRawSync(body, opts)
        }
      } else return { _tag: "corrupt", detail: `unsupported content-encoding ${coding}` }
    }
  } catch (e) {
    if (isTooLarge(e)) return { _tag: "too-large", detail: `body decompresses to more than ${maxBytes} bytes` }
    return { _tag: "corrupt", detail: `cannot decode ${codings.join(", ")} body: ${(e as Error).message}` }
  }
  return { _tag: "ok", body }
}

const isTooLarge = (e: unknown): boolean =>
  e instanceof RangeError || (e as { code?: string } | null)?.code === "ERR_BUFFER_TOO_LARGE"
