import { Args, Command, Options } from "@effect/cli"
import { lazy } from "./lazy.js"

const inputs = Args.text({ name: "file-or-url" }).pipe(Args.withDescription(".html or .html.gz files, or http(s) URLs"), Args.repeated)
const url = Options.text("url").pipe(Options.withDescription("The page's URL, for resolving links and metadata when reading a file"), Options.optional)
const manifest = Options.file("manifest").pipe(Options.withDescription("A JSON-lines file of { id, file, url }"), Options.optional)
const format = Options.choice("format", ["json", "jsonl", "text"]).pipe(Options.withDefault("json"))

const config = { inputs, url, manifest, format }
export type ExtractOptions = Command.Command.ParseConfig<typeof config>

export const extractCommand = Command.make("extract", config, lazy(() => import("./handlers/extract.js"))).pipe(Command.withDescription("Extract the main text and metadata of pages (JSON)"))
