/**
 * Turns body bytes into text. Order of trust: a byte-order mark, then the Content-Type header, then
 * a <meta> declaration, then UTF-8. Pages served as UTF-8 that are not (a legacy Cyrillic or
 * Latin-1 page behind a misconfigured server) are caught by decoding failures and re-read with the
 * page's own declaration or a sniffed legacy charset.
 */
export interface DecodedText {
  readonly text: string
  readonly charset: string
  readonly note?: string
}

const labelOf = (raw: string | undefined): string | undefined => {
  if (!raw) return undefined
  const label = raw.trim().replace(/^["']|["']$/g, "").toLowerCase()
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}

export const charsetFromContentType = (contentType: string | undefined): string | undefined =>
  labelOf(/charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType ?? "")?.[2])

const charsetFromMeta = (bytes: Uint8Array): string | undefined => {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1")
  const direct = /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(head)?.[1]
  return labelOf(direct)
}

const bomCharset = (b: Uint8Array): string | undefined => {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8"
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le"
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be"
  return undefined
}

const tryStrict = (bytes: Uint8Array, charset: string): string | undefined => {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** Cyrillic pages mislabelled as UTF-8 are common in our beat; tell windows-1251 from koi8-r by letter frequency. */
const sniffLegacy = (bytes: Uint8Array): string => {
  let high = 0
  let cp1251Lower = 0
  let koiLower = 0
  for (const b of bytes) {
    if (b < 0x80) continue
    high++
    if (b >= 0xe0) cp1251Lower++
    if (b >= 0xc0 && b <= 0xdf) koiLower++
  }
  if (high === 0) return "windows-1252"
  // Russian text is mostly lower-case: windows-1251 puts it in E0-FF, koi8-r in C0-DF.
  if (cp1251Lower / high > 0.6) return "windows-1251"
  if (koiLower / high > 0.6) return "koi8-r"
  return "windows-1252"
}

export const decodeText = (bytes: Uint8Array, contentType: string | undefined): DecodedText => {
  const bom = bomCharset(bytes)
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom }
  const declared = charsetFromContentType(contentType)
  const meta = charsetFromMeta(bytes)
  const first = declared ?? meta ?? "utf-8"
  if (first !== "utf-8") return { text: new TextDecoder(first).decode(bytes), charset: first }
  const strict = tryStrict(bytes, "utf-8")
  if (strict !== undefined) return { text: strict, charset: "utf-8" }
  const fallback = meta && meta !== "utf-8" ? meta : sniffLegacy(bytes)
  return {
    text: new TextDecoder(fallback).decode(bytes),
    charset: fallback,
    note: `declared ${declared ? "by the server" : "by default"} as UTF-8 but is not valid UTF-8; read as ${fallback}`
  }
}
