import { describe, expect, it } from "vitest"
import { forbiddenAddressReason } from "../../src/fetch/address-guard.js"

describe("address guard", () => {
  it.each([
    ["127.0.0.1", /loopback/],
    ["10.1.2.3", /private/],
    ["172.20.0.1", /private/],
    ["192.168.1.1", /private/],
    ["169.254.169.254", /metadata/],
    ["0.0.0.0", /unspecified/],
    ["224.0.0.1", /multicast/],
    ["::1", /loopback/],
    ["[::1]", /loopback/],
    ["fd00::1", /unique-local/],
    ["fe80::1", /link-local/],
    ["::ffff:127.0.0.1", /loopback/],
    ["::ffff:7f00:1", /loopback/],
    ["::ffff:a9fe:a9fe", /metadata/]
  ])("refuses %s", (address, why) => {
    expect(forbiddenAddressReason(address)).toMatch(why)
  })

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "example.org"])("allows %s", (address) => {
    expect(forbiddenAddressReason(address)).toBeUndefined()
  })

  it("sees through decimal, octal and hex spellings once the URL parser has normalised them", () => {
    for (const spelled of ["http://2130706433/", "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://0x7f000001/"]) {
      expect(forbiddenAddressReason(new URL(spelled).hostname)).toMatch(/loopback/)
    }
  })
})
