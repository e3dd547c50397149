import { Config, Context, Effect, Layer } from "effect"

/** Limits and manners for every request the tool makes. */
export interface FetchSettings {
  readonly connectTimeoutMs: number
  readonly headersTimeoutMs: number
  /** Longest pause between two chunks of a body, and the longest the whole body may take after the headers. */
  readonly bodyTimeoutMs: number
  /** Whole exchange, all redirects and retries included; waits asked for by Retry-After do not count. */
  readonly totalTimeoutMs: number
  readonly maxBytes: number
  readonly maxRedirects: number
  readonly retries: number
  /** Longest Retry-After the tool will wait for; a longer one ends as unavailable. */
  readonly maxRetryAfterMs: number
  readonly perHostConcurrency: number
  readonly perHostSpacingMs: number
  readonly userAgent: string
  /**
   * Which non-public addresses may be fetched: none (the default), loopback only (tests and local
   * fixture servers), or every private network (a desk's own intranet, on explicit request).
   */
  readonly privateNetwork: "deny" | "loopback" | "allow"
}

export class FetchConfig extends Context.Tag("corroborate/FetchConfig")<FetchConfig, FetchSettings>() {
  static readonly defaults: FetchSettings = {
    connectTimeoutMs: 10_000,
    headersTimeoutMs: 15_000,
    bodyTimeoutMs: 20_000,
    totalTimeoutMs: 45_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    retries: 2,
    maxRetryAfterMs: 60_000,
    perHostConcurrency: 2,
    perHostSpacingMs: 1_000,
    userAgent: "corroborate/0.1 (+https://github.com/corroborate/corroborate; fact-check source verification)",
    privateNetwork: "deny"
  }

  static readonly layer = (overrides: Partial<FetchSettings> = {}) =>
    Layer.succeed(FetchConfig, { ...FetchConfig.defaults, ...overrides })

  /** Settings from the environment (CORROBORATE_USER_AGENT, CORROBORATE_CONTACT_URL, CORROBORATE_MAX_BYTES). */
  static readonly fromEnv = (overrides: Partial<FetchSettings> = {}) =>
    Layer.effect(
      FetchConfig,
      Effect.gen(function* () {
        const contact = yield* Config.option(Config.string("CORROBORATE_CONTACT_URL"))
        const agent = yield* Config.option(Config.string("CORROBORATE_USER_AGENT"))
        const maxBytes = yield* Config.option(Config.integer("CORROBORATE_MAX_BYTES"))
        const base = FetchConfig.defaults
        const userAgent = agent._tag === "Some"
          ? agent.value
          : contact._tag === "Some"
          ? `corroborate/0.1 (+${contact.value})`
          : base.userAgent
        return { ...base, userAgent, ...(maxBytes._tag === "Some" ? { maxBytes: maxBytes.value } : {}), ...overrides }
      })
    )
}
