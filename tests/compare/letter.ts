/**
 * Test texts from the worked example (shared/seed/article-2022-05-23.txt): the resignation letter
 * as the diplomat wrote it (British spelling, "can not", "lies and hatred") and the quotes as AP
 * printed them (doubled ‘’ quote marks, "cannot", "lies, and hatred").
 */

export const LETTER = [
  "Dear colleagues,",
  "",
  "For twenty years of my diplomatic career I have seen different turns of our foreign policy, but never have I been so ashamed of my country as on February 24 of this year. The aggressive war unleashed by Putin against Ukraine, and in fact against the entire Western world, is not only a crime against the Ukrainian people, but also, perhaps, the most serious crime against the people of Russia, with a bold letter Z crossing out all hopes and prospects for a prosperous free society in our country.",
  "",
  "I regret to admit that over all these twenty years the level of lies and unprofessionalism in the work of the Foreign Ministry has been increasing all the time. However, in recent years, this has become simply catastrophic. Today the Ministry is not about diplomacy. It is all about warmongering, lies and hatred. It serves the interests of a few, the very few people, thus contributing to the further isolation and degradation of my country.",
  "",
  "I studied to be a diplomat and have been a diplomat for twenty years. The Ministry has become my home and family.",
  "But I simply can not any longer share in this bloody, witless and absolutely needless ignominy.",
  "",
  "Boris Bondarev, Counsellor, Permanent Mission of the Russian Federation to the United Nations Office and other international organisations in Geneva"
].join("\n")

/** Quotes exactly as the AP story prints them, quote marks included. */
export const AP = {
  ashamed:
    "‘’For twenty years of my diplomatic career I have seen different turns of our foreign policy, but never have I been so ashamed of my country as on February 24 of this year,’’",
  crime:
    "‘’The aggressive war unleashed by Putin against Ukraine, and in fact against the entire Western world, is not only a crime against the Ukrainian people, but also, perhaps, the most serious crime against the people of Russia, with a bold letter Z crossing out all hopes and prospects for a prosperous free society in our country.’’",
  regret:
    "‘’I regret to admit that over all these twenty years the level of lies and unprofessionalism in the work of the Foreign Ministry has been increasing all the time. However, in recent years, this has become simply catastrophic,’’",
  diplomacy: "‘’is not about diplomacy,’’",
  warmongering: "‘’warmongering, lies, and hatred.’’",
  studied: "‘’I studied to be a diplomat and have been a diplomat for twenty years. The Ministry has become my home and family,’’",
  cannot: "‘’But I simply cannot any longer share in this bloody, witless, and absolutely needless ignominy.’’",
  soAshamed: "‘’so ashamed’'"
} as const

/** The AP story's own paragraphs used for statements. */
export const AP_STORY = [
  "A diplomat at Russia’s mission to the United Nations in Geneva has resigned over the war in Ukraine, writing that he has never been ‘’so ashamed’' of his country, in a rare public rebuke of the war from within the Russian government.",
  "",
  "Reached by phone by the Associated Press on Monday, Bondarev confirmed that he had handed his resignation in a letter addressed to Ambassador Gennady Gatilov. He told the AP he had no plans to leave Geneva.",
  "",
  "Anatoly Chubais, Putin’s special representative on sustainable development resigned and left Russia in March, but did not publicly comment on his reasons for departing.",
  "",
  "An online directory for the UN in Geneva lists Bondarev as counselor at the Russian Federation’s mission. The LinkedIn profile in his name says he specializes in arms control, disarmament, and nonproliferation, and suggests he has been in his current role since 2019."
].join("\n")
