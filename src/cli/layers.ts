import { Layer } from "effect"
import { resolve } from "node:path"
import { WarcArchive } from "../archive/warc-archive.js"
import { InputError } from "../domain/errors.js"
import { FetchConfig, type FetchSettings } from "../fetch/config.js"
import { Fetcher } from "../fetch/fetcher.js"
import { replayTransport } from "../fetch/replay.js"
import { liveTransport } from "../fetch/transport.js"
import { SourceReader } from "../sources/reader.js"
import { Verifier } from "../verify/verifier.js"

export interface EngineOptions {
  /**
   * Replay recorded responses instead of the live web: a folder of recordings (fixtures/) or a WARC
   * file (.warc, .warc.gz), such as a run's own evidence archive.
   */
  readonly replay?: string
  readonly fetch?: Partial<FetchSettings>
  /** Keep every request and response in this WARC file. */
  readonly archive?: string
}

/** Writing the evidence archive over the WARC being replayed would destroy it before it is read. */
const replayFrom = (replay: string, archive: string | undefined) =>
  archive !== undefined && resolve(replay) === resolve(archive)
    ? Layer.fail(new InputError({ what: `--replay ${replay}`, detail: "is the file this run would write its evidence archive to" }))
    : replayTransport(replay)

/** The engine's layers, composed once: the CLI and library users build the same graph. */
export const engineLayer = (options: EngineOptions = {}) => {
  const config = FetchConfig.fromEnv(options.fetch ?? {})
  const transport = options.replay ? replayFrom(options.replay, options.archive) : liveTransport
  const archive = options.archive ? WarcArchive.toFile(options.archive) : Layer.empty
  const fetcher = Fetcher.Default.pipe(Layer.provide(transport), Layer.provide(archive), Layer.provide(config))
  const reader = SourceReader.Default.pipe(Layer.provide(fetcher))
  return Verifier.DefaultWithoutDependencies.pipe(Layer.provideMerge(reader), Layer.provideMerge(fetcher), Layer.provide(config))
}
