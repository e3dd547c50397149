/**
 * Decode HTML character references left inside metadata values. JSON-LD is
 * script text, so the parser never decodes it, and CMSs often double-encode
 * meta content ("Rates &amp; Pricing", "Full &#038; Part Time").
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", laquo: "«", raquo: "»",
  copy: "©", reg: "®", trade: "™", eacute: "é", egrave: "è", aacute: "á", oacute: "ó",
  iacute: "í", uacute: "ú", ntilde: "ñ", uuml: "ü", ouml: "ö", auml: "ä", ccedil: "ç", middot: "·"
}

const REF_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g

function decodeOnce(s: string): string {
  return s.replace(REF_RE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[(name as string).toLowerCase()] ?? whole
  })
}

/** Decode up to two levels ("&amp;#038;" -> "&"); text without "&" is returned as is. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s
  const once = decodeOnce(s)
  return once.includes("&") ? decodeOnce(once) : once
}
