import { Layer } from "effect"
import { WarcArchive } from "../archive/warc-archive.js"
import { FetchConfig, type FetchSettings } from "../fetch/config.js"
import { Fetcher } from "../fetch/fetcher.js"
import { replayTransport } from "../fetch/replay.js"
import { liveTransport } from "../fetch/transport.js"
import { SourceReader } from "../sources/reader.js"
import { Verifier } from "../verify/verifier.js"

export interface EngineOptions {
  /** Replay recorded responses from this folder instead of the live web. */
  readonly replay?: string
  readonly fetch?: Partial<FetchSettings>
  /** Keep every request and response in this WARC file. */
  readonly archive?: string
}

/** The engine's layers, composed once: the CLI and library users build the same graph. */
export const engineLayer = (options: EngineOptions = {}) => {
  const config = FetchConfig.fromEnv(options.fetch ?? {})
  const transport = options.replay ? replayTransport(options.replay) : liveTransport
  const archive = options.archive ? WarcArchive.toFile(options.archive) : Layer.empty
  const fetcher = Fetcher.Default.pipe(Layer.provide(transport), Layer.provide(archive), Layer.provide(config))
  const reader = SourceReader.Default.pipe(Layer.provide(fetcher))
  return Verifier.DefaultWithoutDependencies.pipe(Layer.provideMerge(reader), Layer.provideMerge(fetcher), Layer.provide(config))
}
