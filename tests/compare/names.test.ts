import { describe, expect, it } from "vitest"
import { nameMatches, organizationMatches, roleMatches } from "../../src/compare/index.js"

describe("nameMatches", () => {
  it.each([
    ["Boris Bondarev", "BONDAREV Boris"],
    ["Boris Bondarev", "Bondarev, Boris"],
    ["Boris Bondarev", "bondarev boris"],
    ["Boris Bondarev", "Mr. Boris Bondarev"],
    ["Boris Bondarev", "Boris Ivanovich Bondarev"],
    ["Boris Bondarev", "Bondarew, Boris"],
    ["Boris Bondarev", "Борис Бондарев"],
    ["Mr. Bondarev", "Boris Bondarev"],
    ["B. Bondarev", "Boris Bondarev"],
    ["H.E. Mr. Gennady Gatilov", "GATILOV Gennadiy"],
    ["Ambassador Gennady Gatilov", "Gatilow, Gennadij"],
    ["Amb. Aleksandr Alimov", "ALIMOV Alexander"],
    ["Alexandre Alimov", "Aleksandr Alimov"],
    ["Yury Boychenko", "Iurii BOYCHENKO"],
    ["Yuri Boychenko", "Yury Boychenko"],
    ["Dmitriy Peskov", "Dmitry Peskov"],
    ["Maxim Maksimov", "Maksim Maximov"],
    ["Yevgeny Petrov", "Evgeny Petrov"],
    ["Dr. José Pérez", "Jose Perez"]
  ])("%s is %s", (a, b) => {
    expect(nameMatches(a, b)).toBe(true)
    expect(nameMatches(b, a)).toBe(true)
  })

  it.each([
    ["Boris Bondarev", "Boris Bondarenko"],
    ["Boris Bondarev", "BONDARENKO Boris"],
    ["Boris Bondarev", "Ivan Petrov"],
    ["Boris Bondarev", "Ivan Bondarev"],
    ["Boris", "Boris Bondarev"],
    ["Gennady Gatilov", "Gennady Gatilin"]
  ])("%s is not %s", (a, b) => {
    expect(nameMatches(a, b)).toBe(false)
    expect(nameMatches(b, a)).toBe(false)
  })
})

describe("roleMatches", () => {
  it.each([
    ["Counsellor", "counselor"],
    ["COUNSELLOR", "Counselor"],
    ["First Secretary", "1st Secretary"],
    ["Ambassador", "Amb."],
    ["Counsellor", "Counsellor (Disarmament)"],
    ["Deputy Permanent Representative", "Dep. Perm. Rep."]
  ])("%s is %s", (a, b) => expect(roleMatches(a, b)).toBe(true))

  it.each([
    ["Counsellor", "Minister-Counsellor"],
    ["Counsellor", "Senior Counsellor"],
    ["First Secretary", "Second Secretary"]
  ])("%s is not %s", (a, b) => expect(roleMatches(a, b)).toBe(false))
})

describe("organizationMatches", () => {
  it("expands acronyms", () => {
    expect(organizationMatches("UN", "United Nations")).toBe(1)
    expect(organizationMatches("UNOG", "United Nations Office at Geneva")).toBe(1)
    expect(organizationMatches("OHCHR", "Office of the High Commissioner for Human Rights")).toBe(1)
  })

  it("matches a mission by its country, in either form", () => {
    expect(organizationMatches("the Russian Federation's mission", "Permanent Mission of the Russian Federation")).toBeGreaterThan(0.9)
    expect(
      organizationMatches(
        "Russia’s mission to the United Nations in Geneva",
        "Permanent Mission of the Russian Federation to the United Nations Office and other international organizations in Geneva"
      )
    ).toBeGreaterThan(0.8)
    expect(organizationMatches("Foreign Ministry", "Ministry of Foreign Affairs")).toBeGreaterThan(0.8)
  })

  it("keeps different missions apart", () => {
    expect(organizationMatches("Permanent Mission of the Russian Federation", "Permanent Mission of Ukraine")).toBeLessThan(0.5)
    expect(organizationMatches("UNOG", "World Health Organization")).toBe(0)
  })
})
