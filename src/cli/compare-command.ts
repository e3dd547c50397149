import { Args, Command, Options } from "@effect/cli"
import { lazy } from "./lazy.js"

const quote = Options.text("quote").pipe(Options.withDescription("The quoted words to look for"), Options.optional)
const batch = Options.file("batch").pipe(Options.withDescription("A JSON-lines file of { id, quote, file | url }"), Options.optional)
const format = Options.choice("format", ["json", "jsonl", "text"]).pipe(Options.withDefault("json"))
const source = Args.text({ name: "source" }).pipe(Args.withDescription(".txt, .html or .html.gz file, or an http(s) URL"), Args.optional)

const config = { quote, batch, format, source }
export type CompareOptions = Command.Command.ParseConfig<typeof config>

export const compareCommand = Command.make("compare", config, lazy(() => import("./handlers/compare.js"))).pipe(Command.withDescription("Find where and how well quoted words occur in a source"))
