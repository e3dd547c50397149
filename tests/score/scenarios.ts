import type { Scenario } from "./scenario-kit.js"

/**
 * A labelled set of claims with their sources and the rating a desk editor would give, covering the
 * cases the scoring model must get right. Texts are short reconstructions of how such pages read.
 */
const Q = "The decision to leave was the hardest of my life, but I could not stay silent any longer."
const POST = `Friends and colleagues, after sixteen years I have left the foreign service. ${Q} I thank everyone who worked with me.`
const speaker = { kind: "quote", speaker: "Maria Ivanova", text: Q, date: "2022-05-23" } as const
const own = { url: "https://www.linkedin.com/posts/maria-ivanova-5e6f7a8b_goodbye-activity-1", authors: ["Maria Ivanova"], handles: ["maria-ivanova-5e6f7a8b"], published: "2022-05-23T09:00:00Z", text: POST }
const news = (site: string, body: string, extra: Record<string, unknown> = {}) => ({ url: `https://www.${site}/news/2022/05/23/ivanova-resigns`, text: body, published: "2022-05-23T12:00:00Z", ...extra })
const REPORT_A = `Maria Ivanova, a senior diplomat, resigned on Monday. “${Q}” Ivanova wrote in a post on LinkedIn. The ministry did not comment.`
const REPORT_B = `In a message to colleagues, Ivanova said: “${Q}” She had served in Vienna and Berlin before her last posting.`
const WIRE = `VIENNA (Reuters) - Maria Ivanova, a senior diplomat, quit her post on Monday, saying in a farewell note: “${Q}” The ministry declined to comment. Reporting by Anna Weber; Editing by Tom Hall`

const dir = (records: ReadonlyArray<{ name: string; title?: string; section?: string }>, modified = "2022-05-16") => ({
  url: "https://www.ungeneva.org/en/blue-book/permanent-missions/russian-federation",
  kind: "directory" as const,
  modified,
  text: records.map((r) => `${r.name}, ${r.title ?? ""}`).join("\n\n"),
  records: records.map((r) => ({ ...r, text: `${r.name}, ${r.title ?? ""}` }))
})
const MISSION = "Permanent Mission of the Russian Federation to the United Nations Office and other international organizations in Geneva"
const listing = { kind: "listing", person: "Boris Bondarev", role: "Counsellor", organization: "Permanent Mission of the Russian Federation to the United Nations Office at Geneva", asOf: "2022-05-23" } as const

const AP_URL = "https://apnews.com/article/russia-ukraine-geneva-diplomat-0123456789abcdef"
const AP_TEXT = "GENEVA (AP) — A Russian diplomat resigned. Reached by phone by the Associated Press on Monday, Bondarev confirmed that he had handed his resignation in a letter addressed to Ambassador Gennady Gatilov."
const confirmation = { kind: "confirmation", who: "Boris Bondarev", to: "The Associated Press", method: "phone", date: "2022-05-23", text: "Bondarev confirmed that he had handed his resignation in a letter addressed to Ambassador Gennady Gatilov" } as const
const desk = { attested: { by: "desk reporter", at: "2022-05-23T14:00:00Z", method: "phone" as const, note: "called him" } }

const statement = { kind: "statement", text: "The Kremlin confirmed that Anatoly Chubais had resigned and left Russia in March", date: "2022-03-23" } as const
const CH_REUTERS = "LONDON, March 23 (Reuters) - Anatoly Chubais has quit and left Russia, two sources said. The Kremlin confirmed that Chubais had resigned in March. Reporting by Guy Faulconbridge; Editing by Kevin Liffey"
const CH_COPY = (site: string) => `${site} — LONDON (Reuters) - Anatoly Chubais has quit and left Russia, two sources said. The Kremlin confirmed that Chubais had resigned in March. (c) Reuters 2022`
const CH_BBC = "Anatoly Chubais has stepped down and left Russia. The Kremlin confirmed in March that Mr Chubais had resigned from his post as envoy."
const CH_GUARDIAN = "Anatoly Chubais has resigned and left Russia, the Kremlin confirmed on Wednesday, 23 March, in what is seen as a protest against the war."
const chSite = (site: string, text: string, credits: ReadonlyArray<string> = []) => ({ url: `https://www.${site}/2022/03/23/chubais`, text, published: "2022-03-23T10:00:00Z", credits })

export const scenarios: ReadonlyArray<Scenario> = [
  // Quotes: single primary source
  { category: "primary", name: "the speaker's own post carries the words", claim: speaker, sources: [own], expected: "verified" },
  { category: "primary", name: "the speaker's own tweet, matched by handle", claim: { ...speaker, speaker: "Bill Browder", text: "This is an unbelievable letter below from a top Russian diplomat" }, sources: [{ url: "https://x.com/Billbrowder/status/1", authors: ["Bill Browder"], handles: ["billbrowder"], text: "This is an unbelievable letter below from a top Russian diplomat denouncing Putin.", published: "2022-05-23" }], expected: "verified" },
  { category: "primary", name: "an elided quote, every fragment in the speaker's post", claim: { ...speaker, text: "The decision to leave was the hardest of my life ... I could not stay silent any longer." }, sources: [own], expected: "verified" },
  { category: "primary", name: "one word changed in the speaker's post", claim: { ...speaker, text: Q.replace("hardest", "easiest") }, sources: [own], expected: "altered" },
  { category: "primary", name: "a dropped 'not'", claim: { ...speaker, text: Q.replace("could not", "could") }, sources: [own], expected: "altered" },
  { category: "primary", name: "words the post does not contain", claim: { ...speaker, text: "I will always defend the decisions of my government." }, sources: [own], expected: "unverified" },
  { category: "primary", name: "the organisation the speaker speaks for publishes the words", claim: { ...speaker, speaker: "Hillel Neuer", affiliation: "UN Watch", text: "Boris Bondarev is a hero" }, sources: [{ url: "https://unwatch.org/release", authors: ["UN Watch"], text: "“Boris Bondarev is a hero,” said Hillel Neuer, executive director of UN Watch.", published: "2022-05-23" }], expected: "verified" },
  { category: "primary", name: "the speaker's post is dated weeks after the quote", claim: speaker, sources: [{ ...own, published: "2022-07-01T09:00:00Z" }], expected: "verified" },
  // Quotes: impostor accounts
  { category: "impostor", name: "someone else's post carries the words, attributed", claim: speaker, sources: [{ url: "https://www.linkedin.com/posts/petr-sidorov-11aa22bb_x-activity-2", authors: ["Petr Sidorov"], handles: ["petr-sidorov-11aa22bb"], text: `Sharing what Maria Ivanova wrote: ${Q}` }], expected: "needs-review" },
  { category: "impostor", name: "someone else's post, unattributed", claim: speaker, sources: [{ url: "https://www.linkedin.com/posts/petr-sidorov-11aa22bb_y-activity-3", authors: ["Petr Sidorov"], text: `My thoughts today: ${Q}` }], expected: ["needs-review", "unverified"] },
  { category: "impostor", name: "a look-alike account with a similar name", claim: speaker, sources: [{ url: "https://x.com/maria_ivanovaa/status/3", authors: ["Maria Ivanovna"], handles: ["maria_ivanovaa"], text: Q }], expected: ["needs-review", "unverified"] },
  // Quotes: independent outlets and syndication
  { category: "independent", name: "two independent high-tier outlets attribute the words", claim: speaker, sources: [news("bbc.com", REPORT_A), news("theguardian.com", REPORT_B)], expected: "verified" },
  { category: "independent", name: "one high-tier outlet only", claim: speaker, sources: [news("bbc.com", REPORT_A)], expected: "needs-review" },
  { category: "independent", name: "a high and a medium outlet", claim: speaker, sources: [news("bbc.com", REPORT_A), news("unwatch.org", REPORT_B)], expected: "verified" },
  { category: "syndicated", name: "three copies of one wire story", claim: speaker, sources: [news("usnews.com", WIRE, { credits: ["Reuters"] }), news("nasdaq.com", WIRE, { credits: ["Reuters"] }), news("marketscreener.com", WIRE, { credits: ["Reuters"] })], expected: "needs-review" },
  { category: "syndicated", name: "the wire's own report and two copies", claim: speaker, sources: [{ url: "https://www.reuters.com/world/ivanova-2022-05-23/", text: WIRE, credits: ["Reuters"] }, news("usnews.com", WIRE, { credits: ["Reuters"] }), news("nasdaq.com", WIRE, { credits: ["Reuters"] })], expected: "needs-review" },
  { category: "syndicated", name: "the wire story plus an independent outlet", claim: speaker, sources: [{ url: "https://www.reuters.com/world/ivanova-2022-05-23/", text: WIRE, credits: ["Reuters"] }, news("usnews.com", WIRE, { credits: ["Reuters"] }), news("theguardian.com", REPORT_B)], expected: "verified" },
  { category: "syndicated", name: "two pages of one site", claim: speaker, sources: [news("bbc.com", REPORT_A), { url: "https://www.bbc.com/russian/news-123", text: REPORT_B }], expected: "needs-review" },
  { category: "syndicated", name: "two sites of one owner", claim: speaker, sources: [news("bbc.com", REPORT_A), news("bbc.co.uk", REPORT_B)], expected: "needs-review" },
  // Quotes: weak sources only
  { category: "weak", name: "two low-tier aggregators", claim: speaker, sources: [news("yahoo.com", REPORT_A), news("nasdaq.com", REPORT_B)], expected: "needs-review" },
  { category: "weak", name: "an outlet that has the words but attributes them to nobody", claim: speaker, sources: [news("bbc.com", `Diplomats rarely write such letters. ${Q}`)], expected: "needs-review" },
  { category: "weak", name: "an outlet that only paraphrases", claim: speaker, sources: [news("bbc.com", "Maria Ivanova said leaving had been the hardest decision of her life and that she could no longer keep quiet.")], expected: ["needs-review", "unverified"] },
  // Quotes: deleted sources and archives
  { category: "deleted", name: "the speaker's post is gone, an archived copy carries the words", claim: speaker, sources: [{ url: own.url, gone: "the page is gone (HTTP 404 Not Found)" }, { url: `https://web.archive.org/web/20220523120000id_/${own.url}`, kind: "archive", authors: ["Maria Ivanova"], text: POST, published: "2022-05-23T09:00:00Z" }], expected: "verified" },
  { category: "deleted", name: "the speaker's post is gone, one outlet remains", claim: speaker, sources: [{ url: own.url, gone: "the page is gone (HTTP 404 Not Found)" }, news("bbc.com", REPORT_A)], expected: "needs-review" },
  { category: "deleted", name: "every source is gone", claim: speaker, sources: [{ url: own.url, gone: "the page is gone (HTTP 404 Not Found)" }, { url: "https://www.bbc.com/x", gone: "timed out" }], expected: "unavailable" },
  // Listings
  { category: "listing", name: "the directory lists the person with the role", claim: listing, sources: [dir([{ name: "Mr. Boris BONDAREV", title: "Counsellor", section: MISSION }])], expected: "verified" },
  { category: "listing", name: "American spelling of the role", claim: listing, sources: [dir([{ name: "BONDAREV, Boris", title: "Counselor", section: MISSION }])], expected: "verified" },
  { category: "listing", name: "listed with another role", claim: listing, sources: [dir([{ name: "Mr. Boris BONDAREV", title: "First Secretary", section: MISSION }])], expected: "contradicted" },
  { category: "listing", name: "a different person with a similar name", claim: listing, sources: [dir([{ name: "Mr. Andrey BONDARENKO", title: "Counsellor", section: MISSION }])], expected: "unverified" },
  { category: "listing", name: "not in the directory", claim: listing, sources: [dir([{ name: "H.E. Mr. Gennady GATILOV", title: "Ambassador", section: MISSION }])], expected: "unverified" },
  { category: "stale", name: "a directory snapshot two years before the date", claim: listing, sources: [dir([{ name: "Mr. Boris BONDAREV", title: "Counsellor", section: MISSION }], "2020-03-01")], expected: "needs-review" },
  { category: "listing", name: "only an article mentions him", claim: listing, sources: [news("bbc.com", "Boris Bondarev, a counsellor at the Russian mission in Geneva, resigned.")], expected: ["needs-review", "unverified"] },
  // Confirmations
  { category: "confirmation", name: "the outlet's own report says so", claim: confirmation, sources: [{ url: AP_URL, text: AP_TEXT, authors: ["Jamey Keaten"], credits: ["The Associated Press"] }], expected: "verified" },
  { category: "confirmation", name: "the outlet's report and the desk's record", claim: confirmation, sources: [{ url: AP_URL, text: AP_TEXT, credits: ["The Associated Press"] }, desk], expected: "verified" },
  { category: "confirmation", name: "only the desk's attested record", claim: confirmation, sources: [desk], expected: "needs-review" },
  { category: "confirmation", name: "another outlet retells it", claim: confirmation, sources: [news("bbc.com", "Bondarev confirmed to the Associated Press by phone that he had handed his resignation in a letter addressed to Ambassador Gennady Gatilov.")], expected: "needs-review" },
  { category: "confirmation", name: "the outlet's report is unavailable, the desk's record stands", claim: confirmation, sources: [{ url: AP_URL, gone: "timed out" }, desk], expected: "needs-review" },
  // Statements
  { category: "statement", name: "two independent outlets", claim: statement, sources: [chSite("bbc.com", CH_BBC), chSite("theguardian.com", CH_GUARDIAN)], expected: "verified" },
  { category: "statement", name: "one outlet", claim: statement, sources: [chSite("bbc.com", CH_BBC)], expected: "needs-review" },
  { category: "syndicated", name: "three syndicated copies of the wire story", claim: statement, sources: [chSite("usnews.com", CH_COPY("US News"), ["Reuters"]), chSite("nasdaq.com", CH_COPY("Nasdaq"), ["Reuters"]), chSite("marketscreener.com", CH_COPY("MarketScreener"), ["Reuters"])], expected: "needs-review" },
  { category: "syndicated", name: "the wire, a copy and an independent outlet", claim: statement, sources: [{ url: "https://www.reuters.com/world/chubais-2022-03-23/", text: CH_REUTERS, published: "2022-03-23T10:00:00Z", credits: ["Reuters"] }, chSite("usnews.com", CH_COPY("US News"), ["Reuters"]), chSite("bbc.com", CH_BBC)], expected: "verified" },
  { category: "contradiction", name: "a credible outlet gives another month", claim: statement, sources: [chSite("bbc.com", "The Kremlin confirmed that Anatoly Chubais had resigned and left Russia in April.")], expected: "contradicted" },
  { category: "contradiction", name: "a credible outlet says he did not resign", claim: statement, sources: [chSite("theguardian.com", "The Kremlin said Anatoly Chubais had not resigned and had not left Russia in March.")], expected: "contradicted" },
  { category: "contradiction", name: "two support, one credible source contradicts", claim: statement, sources: [chSite("bbc.com", CH_BBC), chSite("theguardian.com", CH_GUARDIAN), chSite("ft.com", "The Kremlin said Anatoly Chubais had not resigned and had not left Russia in March.")], expected: "needs-review" },
  { category: "weak", name: "two low-tier sites only", claim: statement, sources: [chSite("yahoo.com", CH_BBC), chSite("nasdaq.com", CH_GUARDIAN)], expected: "needs-review" },
  { category: "primary", name: "the subject's own profile", claim: { kind: "statement", subject: "Boris Bondarev", text: "Boris Bondarev specializes in arms control, disarmament, and nonproliferation" }, sources: [{ url: "https://www.linkedin.com/in/boris-bondarev-1a2b3c4d/", authors: ["Boris Bondarev"], text: "Career diplomat. I specialise in arms control, disarmament and nonproliferation." }], expected: "verified" },
  { category: "dates", name: "the weekday does not fit the date", claim: { ...statement, text: "The Kremlin confirmed on Tuesday that Anatoly Chubais had resigned and left Russia" }, sources: [chSite("bbc.com", "On Tuesday the Kremlin confirmed that Anatoly Chubais had resigned and left Russia."), chSite("theguardian.com", "The Kremlin confirmed on Tuesday that Chubais had resigned and left Russia.")], expected: "needs-review" },
  { category: "statement", name: "nothing about it in the sources", claim: statement, sources: [chSite("bbc.com", "Gas prices in Europe rose again on Wednesday as traders weighed new sanctions.")], expected: "unverified" }
]
