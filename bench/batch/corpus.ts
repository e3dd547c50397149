/**
 * The synthetic newsroom corpus of the batch and re-check benchmarks: stories covered by 1–3
 * outlets each, one article page per outlet, and claims (quotes and statements) citing those pages.
 *
 * Everything is a pure function of the story number (seeded PRNG), so the local HTTP server (its own
 * process) and the engine process agree on every page without sharing files.
 *
 * Hostnames are `www.host-001.test` … `www.host-200.test`: `.test` is reserved (RFC 6761) and never
 * resolves, and each host is its own registrable domain. (With `host-001.bench.test` every source
 * would have the registrable domain `bench.test`, so the independence grouping would fold all the
 * sources of a claim into one group: unrealistic verdicts.)
 */

export const HOSTS = 200
/** How long the local server takes to answer any request. */
export const LATENCY_MS = 50
export const hostName = (i: number) => `www.host-${String(i + 1).padStart(3, "0")}.test`
/** Outlets the benchmark's claim sets rate `high`; the others are `medium` (articles). */
export const HIGH_TIER_HOSTS = 60
/** Each story yields one quote claim and one statement claim. */
export const CLAIMS_PER_STORY = 2

/** mulberry32: small, fast, good enough for corpus generation. */
export const rng = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
type Rng = ReturnType<typeof rng>
const pick = <A>(r: Rng, xs: ReadonlyArray<A>): A => xs[Math.floor(r() * xs.length)]!
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))

const FIRST = ["Anna", "Boris", "Clara", "Daniel", "Elena", "Farid", "Grace", "Hugo", "Ingrid", "Jonas", "Karim", "Lena", "Marco", "Nadia", "Omar", "Petra", "Quentin", "Rosa", "Samuel", "Tanja", "Ulrich", "Vera", "Walter", "Yasmin", "Zoran", "Amira", "Bruno", "Chiara", "Dmitri", "Esther"]
const LAST = ["Albrecht", "Bergmann", "Castillo", "Dubois", "Eriksen", "Fischer", "Gallagher", "Hartmann", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Schneider", "Tanaka", "Ulmer", "Varga", "Weber", "Yilmaz", "Zimmermann", "Andersen", "Bianchi", "Costa", "Delgado", "Esposito"]
const TITLES = ["minister of finance", "spokesperson", "chief executive", "mayor", "director general", "union leader", "chair of the board", "head of research", "deputy minister", "senior adviser"]
const ORGS = ["the Northbridge City Council", "the Federal Water Authority", "the Coastal Energy Company", "the National Rail Union", "the Ministry of Health", "the Regional Development Bank", "the Institute for Climate Studies", "the Port Authority of Easthaven", "the Alpine Farmers Association", "the Central Statistics Office", "the University of Westmoor", "the Metropolitan Transit Agency"]
const PLACES = ["Northbridge", "Easthaven", "Westmoor", "Southport", "Lakeside", "Rivermouth", "Highfield", "Stonebury", "Greenvale", "Ashford"]
const THINGS = ["the new bridge", "the water treatment plant", "the rail link", "the housing programme", "the hospital expansion", "the wind farm", "the school reform", "the pension fund", "the flood barrier", "the tram network", "the data centre", "the harbour dredging"]
const VERBS = ["approved", "rejected", "postponed", "announced", "suspended", "expanded", "audited", "funded", "cancelled", "reviewed"]
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
const QUOTE_OPEN = ["We have worked on", "Nobody in this city wanted", "I have said from the beginning that", "The people of", "Our members will not accept", "It is simply not true that", "We are proud of", "There is no money left for", "This decision puts at risk", "For years we have warned about"]
const QUOTE_MID = ["the costs that keep rising every single month", "a plan that nobody has properly explained", "the families who depend on these services", "the promises that were made before the election", "a timetable that was never realistic", "the engineers who built it with their own hands", "the savings that were supposed to appear", "a process that ignored the people most affected", "the workers who have waited far too long", "the evidence that was put in front of us"]
const QUOTE_CLOSE = ["and we will keep fighting for it", "and that is why we voted against it", "but we will not give up now", "and I will not apologise for that", "so the council must answer for it", "and the public deserves the full truth", "which is why we asked for an independent review", "and nobody should pretend otherwise", "because the law is very clear on this point", "and we expect an answer within weeks"]
/**
 * Narrative sentences are put together from phrase banks with names and figures in between, so two
 * outlets' reports of one story share the quotes and the fact but few 5-word runs otherwise (the
 * independence check folds reports sharing half their 5-grams into one copy).
 */
const SUBJECTS = ["officials from {org}", "residents of {place}", "two members of the committee", "a lawyer for the contractors", "the opposition leader {person}", "independent analyst {person}", "a spokesperson for {org}", "shop owners near the station", "engineers working on {thing}", "the regional auditor {person}", "teachers and parents in {place}", "{person}, a local councillor,", "environmental groups", "the finance committee", "several neighbours interviewed on {weekday}"]
const VERBS_SAID = ["said", "argued", "warned", "insisted", "told this newspaper", "wrote in a letter", "suggested", "complained", "acknowledged", "conceded", "noted", "claimed"]
const CONTENTS = ["that the figures for {thing} had changed {n} times since {month}", "that nobody had seen the final contract before the vote", "the consultation in {place} lasted only {n} days", "that traffic on the ring road would double during the works", "the budget line for {thing} had been moved without explanation", "that {n} households could be affected by the closures", "that the previous estimate of {n} million had been far too low", "the inspection report was still waiting for a signature", "that the tender attracted only {n} serious bids", "the project office had lost {n} staff in a year", "that the timetable slipped again in {month}", "the decision should have gone to a public vote", "that insurers had raised their premiums by {n} percent", "the noise limits agreed in {month} were already being broken", "that a second site near {place} had been quietly dropped"]
const TAILS = ["", "", " after a long evening session", " according to minutes of the meeting", " in an interview on {weekday}", " before the vote", " in a statement released late on {weekday}", " at a packed public meeting in {place}", " though the details remain disputed", " while declining to give further figures"]
const fillerOf = (r: Rng, ctx: { org: string; place: string; thing: string; weekday: string }) => {
  const person = `${pick(r, FIRST)} ${pick(r, LAST)}`
  const slot = (t: string) =>
    fill(t, ctx).replaceAll("{person}", person).replaceAll("{n}", String(int(r, 2, 480))).replaceAll("{month}", pick(r, MONTHS))
  return `${cap(slot(pick(r, SUBJECTS)))} ${pick(r, VERBS_SAID)} ${slot(pick(r, CONTENTS))}${slot(pick(r, TAILS))}.`
}
const CHROME_SECTIONS = ["World", "Politics", "Business", "Climate", "Health", "Science", "Culture", "Sport", "Opinion", "Local", "Transport", "Education", "Technology", "Money", "Weather", "Video", "Podcasts", "Newsletters", "Puzzles", "Obituaries"]

export interface Story {
  readonly index: number
  readonly slug: string
  readonly headline: string
  readonly published: string
  readonly speaker: string
  readonly speakerTitle: string
  readonly org: string
  readonly place: string
  readonly thing: string
  readonly quotes: ReadonlyArray<string>
  readonly fact: string
  readonly factNumber: number
  readonly factTail: string
  readonly factHead: string
  /** Hosts (indexes) of the outlets that covered the story, 1–3, all different. */
  readonly outlets: ReadonlyArray<number>
}

const fill = (t: string, s: { org: string; place: string; thing: string; weekday: string }) =>
  t.replaceAll("{org}", s.org).replaceAll("{place}", s.place).replaceAll("{thing}", s.thing).replaceAll("{weekday}", s.weekday)

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * Which hosts cover a story: uniformly at random over the hosts, 1–3 different ones (mean 2).
 * With S stories that is about 2S/HOSTS pages per host, binomially spread.
 */
export const story = (index: number): Story => {
  const r = rng(0x5eed0000 + index * 7919)
  const speaker = `${pick(r, FIRST)} ${pick(r, LAST)}`
  const org = pick(r, ORGS)
  const place = pick(r, PLACES)
  const thing = pick(r, THINGS)
  const verb = pick(r, VERBS)
  const month = int(r, 0, 11)
  const day = int(r, 1, 28)
  const quotes = Array.from({ length: 3 }, () => `${pick(r, QUOTE_OPEN)} ${pick(r, QUOTE_MID)}, ${pick(r, QUOTE_CLOSE)}`)
  const factNumber = int(r, 3, 950)
  const factHead = `${cap(org)} ${verb} ${thing} in ${place}`
  const factTail = `at a cost of ${factNumber} million euros on ${day} ${MONTHS[month]} 2024`
  const fact = `${factHead} ${factTail}`
  const n = int(r, 1, 3)
  const outlets: Array<number> = []
  while (outlets.length < n) {
    const h = Math.floor(r() * HOSTS)
    if (!outlets.includes(h)) outlets.push(h)
  }
  const slug = `${place}-${thing.replace(/^the /, "")}-${verb}`.toLowerCase().replace(/[^a-z0-9]+/g, "-")
  return {
    index,
    slug,
    headline: `${cap(org.replace(/^the /, ""))} ${verb} ${thing} in ${place}`,
    published: `2024-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    speaker,
    speakerTitle: pick(r, TITLES),
    org,
    place,
    thing,
    quotes,
    fact,
    factNumber,
    factHead,
    factTail,
    outlets
  }
}

export const pagePath = (s: Story) => `/news/2024/${s.slug}-${s.index}`
export const pageUrl = (s: Story, host: number) => `http://${hostName(host)}${pagePath(s)}`

/** Parses `/news/2024/<slug>-<index>` back to the story index. */
export const storyOfPath = (path: string): number | undefined => {
  const m = /^\/news\/2024\/[a-z0-9-]+-(\d+)$/.exec(path)
  return m ? Number(m[1]) : undefined
}

const escape = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\"", "&quot;")

/** Filler the size of what real news pages carry: inline CSS, a config blob, analytics. */
const CSS = Array.from({ length: 60 }, (_, i) => `.c${i}{margin:${i % 7}px ${i % 5}px;padding:${i % 3}em;font:${12 + (i % 6)}px/1.4 Georgia,serif;color:#${(0x222222 + i * 4099).toString(16).slice(0, 6)}}`).join("")
const CONFIG = JSON.stringify({ ads: Array.from({ length: 40 }, (_, i) => ({ slot: `div-gpt-ad-${i}`, sizes: [[300, 250], [728, 90]], targeting: { section: "news", pos: i } })), consent: { vendors: Array.from({ length: 80 }, (_, i) => i * 3) } })

/**
 * One outlet's article about a story, as realistic HTML: head metadata and JSON-LD, navigation,
 * cookie banner, byline, figure, 10–16 paragraphs of the outlet's own narrative with the quotes and
 * the fact placed among them (an outlet may leave one quote out), a related-links block and a
 * footer. About 25–30 KB.
 */
export const pageHtml = (s: Story, host: number): string => {
  const r = rng(0x0a11e700 + s.index * 104729 + host * 31)
  const outlet = `The ${PLACES[host % PLACES.length]} ${["Courier", "Herald", "Post", "Chronicle", "Gazette", "Observer", "Times", "Ledger"][host % 8]} ${host + 1}`
  const reporter = `${pick(r, FIRST)} ${pick(r, LAST)}`
  const weekday = pick(r, WEEKDAYS)
  const ctx = { org: s.org, place: s.place, thing: s.thing, weekday }
  const url = pageUrl(s, host)
  const paras: Array<string> = []
  const filler = () => fill(fillerOf(r, ctx), ctx)
  paras.push(`${s.fact}, ${s.speakerTitle} ${s.speaker} confirmed on ${weekday}. ${filler()}`)
  // Outlets other than the first may leave out one of the quotes.
  const dropped = s.outlets.indexOf(host) > 0 && r() < 0.3 ? int(r, 0, 2) : -1
  s.quotes.forEach((q, i) => {
    paras.push(`${filler()} ${filler()}`)
    if (i === dropped) return
    paras.push(i % 2 === 0
      ? `“${cap(q)},” ${s.speaker}, the ${s.speakerTitle} of ${s.org}, told reporters.`
      : `${s.speaker} was blunt. “${cap(q)},” said ${s.speaker.split(" ")[0]} ${s.speaker.split(" ")[1]}.`)
  })
  const extra = int(r, 4, 9)
  for (let i = 0; i < extra; i++) paras.push(`${filler()} ${filler()} ${filler()}`)
  const related = Array.from({ length: 8 }, (_, i) => {
    const other = story((s.index * 31 + i * 977) % 100_000)
    return `<li><a href="/news/2024/${other.slug}-${other.index}">${escape(other.headline)}</a></li>`
  }).join("")
  const nav = CHROME_SECTIONS.map((x) => `<li><a href="/${x.toLowerCase()}">${x}</a></li>`).join("")
  const jsonLd = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: s.headline,
    datePublished: `${s.published}T08:30:00Z`,
    dateModified: `${s.published}T11:02:00Z`,
    author: [{ "@type": "Person", name: reporter }],
    publisher: { "@type": "NewsMediaOrganization", name: outlet },
    mainEntityOfPage: url
  })
  const body = paras.map((p, i) =>
    i === 4
      ? `<aside class="inline-related"><strong>Read more:</strong> <a href="/local">${escape(s.place)} news</a></aside><p>${escape(p)}</p>`
      : `<p>${escape(p)}</p>`
  ).join("\n")
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(s.headline)} | ${escape(outlet)}</title>
<meta name="description" content="${escape(s.fact)}.">
<link rel="canonical" href="${url}">
<meta property="og:type" content="article"><meta property="og:title" content="${escape(s.headline)}"><meta property="og:site_name" content="${escape(outlet)}"><meta property="og:url" content="${url}">
<meta property="article:published_time" content="${s.published}T08:30:00Z"><meta name="author" content="${escape(reporter)}">
<script type="application/ld+json">${jsonLd}</script>
<style>${CSS}</style>
<script>window.__CONFIG__=${CONFIG};</script>
</head><body class="article-page">
<header class="site-header"><a class="logo" href="/">${escape(outlet)}</a><nav aria-label="Sections"><ul>${nav}</ul></nav><form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<div class="cookie-banner" role="dialog"><p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.</p><button>Accept all</button><button>Manage preferences</button></div>
<main id="content"><article class="story">
<h1>${escape(s.headline)}</h1>
<div class="byline">By <a rel="author" href="/authors/${reporter.toLowerCase().replace(/\s+/g, "-")}">${escape(reporter)}</a> · <time datetime="${s.published}T08:30:00Z">${s.published}</time></div>
<figure><img src="/img/${s.slug}.jpg" alt="${escape(s.place)}" width="1200" height="675"><figcaption>${escape(cap(s.thing))} in ${escape(s.place)}. Photo: Agency</figcaption></figure>
<div class="story-body">
${body}
</div>
<div class="share"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Email</a></div>
</article>
<section class="related"><h2>More from ${escape(outlet)}</h2><ul>${related}</ul></section>
</main>
<footer class="site-footer"><ul>${nav}</ul><p>© 2024 ${escape(outlet)}. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact us</a></p></footer>
<script>(function(){var d=document,s=d.createElement("script");s.async=true;s.src="/analytics.js";d.body.appendChild(s)})();</script>
</body></html>`
}

export interface PlainClaim {
  readonly id: string
  readonly kind: "quote" | "statement"
  readonly speaker?: string
  readonly text: string
  readonly sources: ReadonlyArray<{ readonly url: string }>
}

/**
 * The claims of the first `claims / 2` stories: per story one quote claim and one statement claim,
 * each citing every outlet that covered the story (1–3 sources on different hosts). About 75 % of
 * claims are the words as published; the rest are altered by one word, absent from the pages, or
 * (statements) give a different figure.
 */
export const claimSetObject = (claims: number, id = `bench-${claims}`) => {
  const stories = Math.ceil(claims / CLAIMS_PER_STORY)
  const out: Array<PlainClaim> = []
  for (let i = 0; i < stories && out.length < claims; i++) {
    const s = story(i)
    const r = rng(0xc1a10000 + i)
    const sources = s.outlets.map((h) => ({ url: pageUrl(s, h) }))
    const qi = int(r, 0, 2)
    const roll = r()
    let quote = cap(s.quotes[qi]!)
    if (roll > 0.9) quote = `${pick(r, QUOTE_OPEN)} ${pick(r, QUOTE_MID)}, ${pick(r, QUOTE_CLOSE)}` // absent (most likely)
    else if (roll > 0.8) quote = quote.replace(/\b(never|not|proud|full|independent|rising|clear)\b/, "always").replace(/ and /, " but ")
    out.push({ id: `q-${String(i).padStart(5, "0")}`, kind: "quote", speaker: s.speaker, text: quote, sources })
    if (out.length >= claims) break
    const roll2 = r()
    const text = roll2 > 0.9 ? `${s.factHead} at a cost of ${s.factNumber + 137} million euros` : roll2 > 0.85 ? `${s.place} will host the next ${pick(r, THINGS).replace(/^the /, "")} summit` : `${s.factHead} ${s.factTail}`
    out.push({ id: `s-${String(i).padStart(5, "0")}`, kind: "statement", text, sources })
  }
  return {
    id,
    title: `Benchmark batch of ${claims} claims`,
    article: { url: "http://www.host-001.test/news/2024/desk-roundup", published: "2024-12-31", outlet: "Bench Desk" },
    // A desk's own tiers: the first 60 outlets are wires and broadcasters it trusts (high); the rest
    // stay at the profile's default for articles (medium). Two independent high reports verify.
    reliability: Object.fromEntries(Array.from({ length: HIGH_TIER_HOSTS }, (_, h) => [hostName(h).replace(/^www\./, ""), "high"])),
    claims: out
  }
}
