import { join } from "node:path"

/**
 * Where a run or re-check keeps its evidence archive: one file per process, stamped to the second,
 * so a resumed or repeated run never overwrites the evidence of an earlier one.
 */
export const archivePath = (out: string, claimSetId: string, label: string): string =>
  join(out, `${claimSetId}-${label}-${new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "")}.warc.gz`)
