/**
 * What the batch and re-check benchmarks share: the local server process, one engine run per
 * process, the politeness lower bound, medians and tables.
 */
import { fork, spawnSync, type ChildProcess } from "node:child_process"
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { EngineJob, EngineResult } from "./engine.js"
import type { ServerStats } from "./server.js"

const repo = fileURLToPath(new URL("../../", import.meta.url))

/**
 * The engine and the server run as compiled JavaScript, as `bin/corroborate.js` runs the CLI:
 * under tsx the engine process carries tsx's loader thread and the source maps of every module,
 * about 70 MB of RSS that a desk's run does not have. `prepareBuild` transpiles (no type check:
 * `npm run typecheck` does that) bench/batch/{engine,server}.ts and the src/ they import into a
 * temporary folder outside the repository, with links to node_modules and config/.
 *
 * What-ifs for measurements, applied to that compiled copy of src/verify/verifier.js only (the
 * source is not touched): `claimConcurrency` rewrites CLAIM_CONCURRENCY.
 */
export interface Build {
  readonly engine: string
  readonly server: string
  readonly execArgv: ReadonlyArray<string>
  readonly claimConcurrency: number
  readonly cleanup: () => void
}

const CONCURRENCY_LINE = /const CLAIM_CONCURRENCY = (\d+)/

export const prepareBuild = (options: { tsx?: boolean; claimConcurrency?: number } = {}): Build => {
  const shipped = Number(CONCURRENCY_LINE.exec(readFileSync(join(repo, "src/verify/verifier.ts"), "utf8"))?.[1] ?? NaN)
  if (options.tsx) {
    if (options.claimConcurrency !== undefined) throw new Error("the what-ifs patch the compiled build (drop --tsx)")
    return {
      engine: join(repo, "bench/batch/engine.ts"),
      server: join(repo, "bench/batch/server.ts"),
      execArgv: ["--import", "tsx"],
      claimConcurrency: shipped,
      cleanup: () => {}
    }
  }
  const out = mkdtempSync(join(tmpdir(), "corroborate-bench-build-"))
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc")
  const r = spawnSync(process.execPath, [
    tsc, "--outDir", out, "--rootDir", repo, "--noCheck", "--module", "NodeNext", "--moduleResolution", "NodeNext",
    "--target", "ES2022", "--skipLibCheck", "--esModuleInterop", "--resolveJsonModule", "--sourceMap", "false", "--declaration", "false",
    join(repo, "bench/batch/engine.ts"), join(repo, "bench/batch/server.ts")
  ], { encoding: "utf8" })
  if (r.status !== 0) throw new Error(`compiling the engine failed:\n${r.stdout}${r.stderr}`)
  symlinkSync(join(repo, "node_modules"), join(out, "node_modules"), "dir")
  symlinkSync(join(repo, "config"), join(out, "config"), "dir")
  copyFileSync(join(repo, "package.json"), join(out, "package.json"))
  let claimConcurrency = shipped
  const verifierJs = join(out, "src/verify/verifier.js")
  let text = readFileSync(verifierJs, "utf8")
  if (options.claimConcurrency !== undefined) {
    if (!CONCURRENCY_LINE.test(text)) throw new Error("CLAIM_CONCURRENCY not found in the compiled verifier")
    text = text.replace(CONCURRENCY_LINE, `const CLAIM_CONCURRENCY = ${options.claimConcurrency}`)
    claimConcurrency = options.claimConcurrency
  }
  writeFileSync(verifierJs, text)
  return {
    engine: join(out, "bench/batch/engine.js"),
    server: join(out, "bench/batch/server.js"),
    execArgv: [],
    claimConcurrency,
    cleanup: () => rmSync(out, { recursive: true, force: true })
  }
}

/** --expose-gc for the retained-heap figure; BENCH_ENGINE_NODE_ARGS adds flags (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"). */
const engineArgv = (build: Build) => [...build.execArgv, "--expose-gc", ...(process.env["BENCH_ENGINE_NODE_ARGS"] ?? "").split(" ").filter(Boolean)]

/** The environment of the children: no webhook, no PostgreSQL, whatever the shell has. */
const childEnv = () => {
  const env = { ...process.env }
  for (const k of ["CORROBORATE_WEBHOOK_URL", "CORROBORATE_WEBHOOK_SECRET", "DATABASE_URL", "CORROBORATE_DB"]) delete env[k]
  return env
}

const nextMessage = <T>(child: ChildProcess, type: string): Promise<T> =>
  new Promise((resolve, reject) => {
    const onMessage = (m: { type: string }) => {
      if (m.type !== type) return
      child.off("message", onMessage)
      child.off("exit", onExit)
      resolve(m as T)
    }
    const onExit = (code: number | null) => reject(new Error(`child exited (${code}) before sending "${type}"`))
    child.on("message", onMessage)
    child.once("exit", onExit)
  })

export interface LocalServer {
  readonly port: number
  readonly stats: (reset?: boolean) => Promise<ServerStats>
  /** Builds (and gzips) the pages of the first `claims` claims ahead of the runs. */
  readonly warm: (claims: number) => Promise<number>
  readonly close: () => Promise<void>
}

/** Starts bench/batch/server.ts in its own process on 127.0.0.1. */
export const startServer = async (build: Build): Promise<LocalServer> => {
  const child = fork(build.server, [], { execArgv: [...build.execArgv], env: childEnv(), stdio: ["ignore", "inherit", "inherit", "ipc"] })
  const { port } = await nextMessage<{ port: number }>(child, "ready")
  return {
    port,
    stats: async (reset = false) => {
      const reply = nextMessage<{ stats: ServerStats }>(child, "stats")
      child.send({ type: "stats", reset })
      return (await reply).stats
    },
    warm: async (claims) => {
      const reply = nextMessage<{ pages: number }>(child, "warm")
      child.send({ type: "warm", claims })
      return (await reply).pages
    },
    close: async () => {
      const exited = new Promise<void>((r) => child.once("exit", () => r()))
      child.send({ type: "close" })
      await exited
    }
  }
}

/** Runs one engine job in a fresh process and returns what it measured. */
export const runEngine = async (build: Build, job: EngineJob): Promise<EngineResult> => {
  const child = fork(build.engine, [], { execArgv: engineArgv(build), env: childEnv(), stdio: ["ignore", "inherit", "inherit", "ipc"] })
  await nextMessage(child, "ready")
  const reply = nextMessage<{ result: EngineResult }>(child, "result")
  child.send(job)
  const { result } = await reply
  await new Promise<void>((r) => (child.exitCode !== null ? r() : child.once("exit", () => r())))
  return result
}

/**
 * The lower bound on a batch's wall time that per-host politeness sets.
 *
 * One host, n requests, at most c at once (perHostConcurrency), starts spaced by at least s
 * (perHostSpacingMs), and no request answered in less than L (the server's latency):
 *
 *   start(0) = 0
 *   start(k) ≥ start(k−1) + s      starts are spaced by s
 *   start(k) ≥ start(k−c) + L      the k-th request needs the slot of the (k−c)-th, busy for ≥ L
 *   host(n)  = start(n−1) + L      the last answer
 *
 * Starting each request as early as both rules allow is optimal, so host(n) is computed by that
 * recurrence. In closed form: host(n) = (n−1)·s + L when s ≥ L/c (spacing binds: with c = 2,
 * s = 100, L = 50 it is (n−1)·100 + 50 ms), and ≈ ⌈n/c⌉·L when spacing is shorter than L/c.
 *
 * Hosts are independent and fetched in parallel, so the batch bound is max over hosts of host(n_h),
 * with n_h the requests the server actually received from that host during the run. It ignores CPU
 * time entirely (extraction, checks, store, archive), so it is a true lower bound.
 */
export const hostBoundMs = (n: number, c: number, s: number, L: number): number => {
  if (n <= 0) return 0
  const start: Array<number> = [0]
  for (let k = 1; k < n; k++) start.push(Math.max(start[k - 1]! + s, k >= c ? start[k - c]! + L : 0))
  return start[n - 1]! + L
}

export const politenessBoundMs = (perHost: Record<string, number>, c: number, s: number, L: number) =>
  Math.max(0, ...Object.values(perHost).map((n) => hostBoundMs(n, c, s, L)))

export const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

export const hostSpread = (perHost: Record<string, number>) => {
  const v = Object.values(perHost).sort((a, b) => a - b)
  return { hosts: v.length, min: v[0] ?? 0, median: median(v), max: v.at(-1) ?? 0 }
}

/** A plain text table, right-aligned numbers. */
export const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)))
  const line = (cells: ReadonlyArray<string>) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n")
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits)

export const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
