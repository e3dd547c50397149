import { BlockList, isIP } from "node:net"

/**
 * Addresses a fetch must never reach unless private networks are explicitly allowed: a claim set is
 * untrusted input, and a URL in it must not turn the tool into a probe of the desk's own network or
 * of a cloud metadata service.
 */
const forbidden = new BlockList()
const v4: Array<[string, number, string]> = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local (includes cloud metadata 169.254.169.254)"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "IETF protocol assignments"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"]
]
const v6: Array<[string, number, string]> = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["fc00::", 7, "unique-local"],
  ["fe80::", 10, "link-local"],
  ["ff00::", 8, "multicast"],
  ["64:ff9b::", 96, "NAT64 (maps to IPv4)"],
  ["2001:db8::", 32, "documentation"]
]
for (const [net, prefix] of v4) forbidden.addSubnet(net, prefix, "ipv4")
for (const [net, prefix] of v6) forbidden.addSubnet(net, prefix, "ipv6")

/** IPv4 written inside IPv6 (::ffff:a.b.c.d, ::ffff:7f00:1, ::a.b.c.d) is judged as the IPv4 it carries. */
const embeddedIpv4 = (address: string): string | undefined => {
  const lower = address.toLowerCase().replace(/^\[|\]$/g, "")
  const dotted = /^(?:::ffff:(?:0:)?|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)
  if (dotted) return dotted[1]
  const hex = /^::ffff:(?:0:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower)
  if (hex) {
    const hi = parseInt(hex[1]!, 16)
    const lo = parseInt(hex[2]!, 16)
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
  }
  return undefined
}

/** Why an address is not to be fetched, or undefined when it is a public address. */
export const forbiddenAddressReason = (address: string): string | undefined => {
  const bare = address.replace(/^\[|\]$/g, "")
  const inner = embeddedIpv4(bare)
  if (inner !== undefined) return forbiddenAddressReason(inner)
  const family = isIP(bare)
  if (family === 0) return undefined
  const table = family === 4 ? v4 : v6
  const type = family === 4 ? "ipv4" : "ipv6"
  if (!forbidden.check(bare, type)) return undefined
  for (const [net, prefix, label] of table) {
    const one = new BlockList()
    one.addSubnet(net, prefix, type)
    if (one.check(bare, type)) return `${label} address ${bare}`
  }
  return `non-public address ${bare}`
}

/** The guard as configured: loopback may be let through for local servers, everything else still refused. */
export const addressRefusal = (address: string, policy: "deny" | "loopback" | "allow"): string | undefined => {
  if (policy === "allow") return undefined
  const why = forbiddenAddressReason(address)
  if (why && policy === "loopback" && why.startsWith("loopback")) return undefined
  return why
}
