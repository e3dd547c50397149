import { Cron, Either } from "effect"

/**
 * Whether a claim set's scheduled re-check is due: its cron schedule has ticked since it was last
 * checked. A claim set without a schedule is never due (it is re-checked only when named).
 */
export const isDue = (schedule: string | undefined, lastChecked: string | undefined, now: Date = new Date()): boolean => {
  if (!schedule) return false
  const cron = Cron.parse(schedule, "UTC")
  if (Either.isLeft(cron)) return false
  if (!lastChecked) return true
  return Cron.next(cron.right, new Date(lastChecked)).getTime() <= now.getTime()
}

/** A cron expression's problem in words, or undefined when it parses. */
export const scheduleProblem = (schedule: string): string | undefined =>
  Either.match(Cron.parse(schedule, "UTC"), { onLeft: (e) => e.message, onRight: () => undefined })
