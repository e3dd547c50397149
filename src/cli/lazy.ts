import { Effect } from "effect"

/**
 * A command's implementation, loaded only when that command runs: `corroborate --help` then starts
 * without the HTML parser, HTTP client, SQL drivers and WARC writer that the commands need.
 */
export const lazy =
  <Opts, A, E, R>(load: () => Promise<{ readonly handle: (opts: Opts) => Effect.Effect<A, E, R> }>) =>
  (opts: Opts): Effect.Effect<A, E, R> =>
    Effect.flatMap(Effect.promise(load), (m) => m.handle(opts))
