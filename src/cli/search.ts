/**
 * `stax search`: full-text search over the team's documents (or the archive).
 *
 * ```sh
 * stax search "invoice acme"                 # the first page (10 hits)
 * stax search invoice --page-size 50 --all   # every hit, 50 per request
 * stax search invoice --archive --json
 * ```
 *
 * @since 0.2.0
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { Search } from "../ai/api/Search.js"
import type { SearchHit } from "../ai/schema/Search.js"
import * as Output from "./output.js"
import * as StaxAi from "./staxAi.js"

/**
 * The page size of `stax search` without `--page-size`.
 *
 * @since 0.2.0
 * @category Constants
 */
export const defaultPageSize = 10

const hitsTable = (total: number, hits: ReadonlyArray<SearchHit>): string =>
  `${Output.table(
    ["DOC ID", "SCORE", "NAME", "STACK"],
    hits.map((hit) => [hit._id, hit._score, hit._source.name ?? hit._source.originalName, hit._source.stack])
  )}\n${hits.length} of ${total} hit${total === 1 ? "" : "s"}`

/**
 * The `search` command.
 *
 * @since 0.2.0
 * @category Commands
 */
export const command = Command.make(
  "search",
  {
    query: Args.text({ name: "query" }).pipe(Args.withDescription("The words to look for (every word must match)")),
    all: Options.boolean("all").pipe(Options.withDescription("Every hit, page after page (default: the first page)")),
    archive: Options.boolean("archive").pipe(Options.withDescription("Search the archived documents")),
    pageSize: Options.integer("page-size").pipe(
      Options.withDescription(`Hits per request (default ${defaultPageSize})`),
      Options.optional
    ),
    json: Output.json
  },
  ({ all, archive, json, pageSize, query }) =>
    StaxAi.run(
      json,
      Effect.gen(function*() {
        const size = Option.getOrElse(pageSize, () => defaultPageSize)
        const result = all
          ? yield* Search.searchAll({ query }, { pageSize: size, archive }).pipe(
            Stream.runCollect,
            Effect.map((hits) => ({ total: Chunk.size(hits), hits: Chunk.toReadonlyArray(hits) }))
          )
          : yield* (archive ? Search.searchArchive : Search.search)({ query, size })
        yield* Output.Output.result(result, () => hitsTable(result.total, result.hits))
      })
    )
).pipe(Command.withDescription("Search the documents' names and extracted data"))
