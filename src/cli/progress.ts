import type { ClaimReport } from "../report/schema.js"
import { claimLogLine } from "../report/summary.js"

/**
 * Progress for a run: a single live line on a terminal (claims done, sources read, failures);
 * plain lines that logs keep otherwise.
 */
export const makeProgress = (interactive: boolean, write: (s: string) => void = (s) => process.stderr.write(s)) => {
  let sources = 0
  let failures = 0
  const onClaimDone = (c: ClaimReport, done: number, total: number) => {
    sources += c.evidence.filter((e) => e.availability === "fetched").length
    failures += c.evidence.filter((e) => e.availability === "unavailable").length
    if (interactive) {
      write(`\r\x1b[2Kclaims ${done}/${total} · sources read ${sources} · unavailable ${failures} · last: ${c.id} ${c.rating}`)
      if (done === total) write("\n")
    } else {
      write(claimLogLine(c, done, total) + "\n")
    }
  }
  return { onClaimDone }
}
