/**
 * Wire services a story credits as its origin. A copy that says "(Reuters) -" in its dateline or
 * "Reporting by ... Reuters" in its credit line is the wire's story, however different its page.
 */
const wires: ReadonlyArray<{ readonly name: string; readonly patterns: ReadonlyArray<RegExp> }> = [
  {
    name: "The Associated Press",
    patterns: [/\(AP\)\s*[—–-]/, /according to (?:the )?(?:AP|Associated Press)\b/i, /\b(?:the )?Associated Press reported\b/i, /Copyright \d{4} The Associated Press/i]
  },
  {
    name: "Reuters",
    patterns: [/\(Reuters\)\s*[—–-]/, /\bReuters reported\b/i, /according to Reuters\b/i, /Thomson Reuters/i, /\(c\)\s*(?:Copyright )?Reuters/i]
  },
  { name: "AFP", patterns: [/\(AFP\)\s*[—–-]/, /according to (?:AFP|Agence France-Presse)\b/i, /\bAFP reported\b/] },
  { name: "Bloomberg", patterns: [/\(Bloomberg\)\s*[—–-]/, /\bBloomberg (?:News )?reported\b/i, /according to Bloomberg\b/i] },
  { name: "Interfax", patterns: [/according to Interfax\b/i, /\bInterfax (?:news agency )?reported\b/i] },
  { name: "TASS", patterns: [/according to TASS\b/i, /\bTASS (?:news agency )?reported\b/i] }
]

export const wireCredits = (text: string): Array<string> =>
  wires.filter((w) => w.patterns.some((p) => p.test(text))).map((w) => w.name)

/** Which wire service, if any, an outlet or domain is. */
export const wireOfDomain = (domain: string): string | undefined =>
  ({ "apnews.com": "The Associated Press", "ap.org": "The Associated Press", "reuters.com": "Reuters", "afp.com": "AFP", "bloomberg.com": "Bloomberg" })[domain]
