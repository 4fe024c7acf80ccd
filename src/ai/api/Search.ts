/**
 * Search: full-text search over the team's documents (`GET /document/search`) and over archived
 * documents (`GET /document/searchArchive`), one page at a time or as a `Stream` of every hit.
 *
 * Assumption: the docs do not show the query parameters of either endpoint (stax-api.md §2.3, §6).
 * The SDK sends the query text as `query`, the page size as `size` and the offset as `from`
 * (Elasticsearch's names, since the answer is Elasticsearch-shaped). If the live API names them
 * differently, change them in one place: `Search.layerWith({ params: { query: "q", size: "limit", from: "skip" } })`.
 * Extra filter parameters (e.g. `stackId`) are passed through as given in `filters`.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function*() {
 *   const page = yield* Search.search({ query: "invoice acme", size: 20 })
 *   console.log(page.total, page.hits.map((hit) => hit._source.name))
 *   const all = yield* Stream.runCollect(Search.searchAllStream({ query: "invoice" }, { pageSize: 100 }))
 * })
 * ```
 *
 * @since 0.1.0
 */
import * as Chunk from "effect/Chunk"
import * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { optional } from "../schema/fields.js"
import { SearchHit, SearchResult } from "../schema/Search.js"
import { inputErrorFromParseError, StaxClient } from "../StaxClient.js"
import { InputError, type StaxError } from "../../core/StaxError.js"


/**
 * A page size: a whole number of hits, at least 1.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const PageSize = Schema.Int.pipe(
  Schema.greaterThanOrEqualTo(1, { message: () => "must be a whole number of at least 1" })
)

/**
 * An offset into the results: a whole number, at least 0.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const Offset = Schema.Int.pipe(
  Schema.greaterThanOrEqualTo(0, { message: () => "must be a whole number of at least 0" })
)

/**
 * A filter value: a string, a finite number or a boolean (sent as a query parameter).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const FilterValue = Schema.Union(Schema.String, Schema.Number.pipe(Schema.finite()), Schema.Boolean)

/**
 * @since 0.1.0
 * @category Models
 */
export type FilterValue = typeof FilterValue.Type

const FilterName = Schema.String.pipe(Schema.minLength(1, { message: () => "a filter name must not be empty" }))

/**
 * Input of `Search.search` and `Search.searchArchive`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const SearchInput = Schema.Struct({
  /** The query text. The stand-in matches every word; how the live API parses it is not documented. */
  query: Schema.String,
  /** Hits per page (sent as the `size` parameter unless configured otherwise). */
  size: optional(PageSize),
  /** How many hits to skip (sent as the `from` parameter unless configured otherwise). */
  from: optional(Offset),
  /**
   * Extra query parameters passed through as given, e.g. `{ stackId }`. Which filters the live API
   * understands is not documented.
   */
  filters: optional(Schema.Record({ key: FilterName, value: FilterValue }))
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface SearchInput extends Schema.Schema.Type<typeof SearchInput> {}

/**
 * Input of `Search.searchAll`: the search without the paging fields, which the stream sets.
 *
 * @since 0.1.0
 * @category Models
 */
export type SearchAllInput = Omit<SearchInput, "size" | "from">

/**
 * Options of `Search.searchAll`.
 *
 * @since 0.1.0
 * @category Models
 */
export interface SearchAllOptions {
  /** Hits per request; default {@link defaultPageSize}. */
  readonly pageSize?: number | undefined
  /** Search the archive (`/document/searchArchive`) instead of the live documents. */
  readonly archive?: boolean | undefined
}

/**
 * The default page size of `Search.searchAll`: 100.
 *
 * @since 0.1.0
 * @category Constants
 */
export const defaultPageSize = 100

/**
 * The names of the query parameters the search endpoints are sent. Assumption: the docs do not show
 * them; the defaults are Elasticsearch's (`query`, `size`, `from`).
 *
 * @since 0.1.0
 * @category Models
 */
export interface SearchParams {
  /** The query text's parameter. Default `query`. */
  readonly query: string
  /** The page size's parameter. Default `size`. */
  readonly size: string
  /** The offset's parameter. Default `from`. */
  readonly from: string
}

/**
 * The default parameter names: `{ query: "query", size: "size", from: "from" }`.
 *
 * @since 0.1.0
 * @category Constants
 */
export const defaultParams: SearchParams = { query: "query", size: "size", from: "from" }

/**
 * Options of `Search.layerWith`.
 *
 * @since 0.1.0
 * @category Models
 */
export interface SearchOptions {
  /** Parameter names to use instead of the defaults (the ones not given keep theirs). */
  readonly params?: Partial<SearchParams> | undefined
}

const WireParams = Schema.Record({ key: Schema.String, value: FilterValue })

/**
 * The input schema for given parameter names: validates a {@link SearchInput} (a filter may not reuse
 * a parameter's name) and encodes it to the query parameters.
 */
const searchInputFor = (params: SearchParams) => {
  const reserved = new Set([params.query, params.size, params.from])
  const checked = SearchInput.pipe(
    Schema.filter((input) => {
      const clash = Object.keys(input.filters ?? {}).find((name) => reserved.has(name))
      return clash === undefined
        ? undefined
        : { path: ["filters", clash], message: `"${clash}" is a search parameter; set it with its own field` }
    })
  )
  return Schema.transform(WireParams, Schema.typeSchema(checked), {
    strict: true,
    decode: (wire) => {
      const { [params.query]: query, [params.size]: size, [params.from]: from, ...filters } = wire
      return {
        query: String(query ?? ""),
        ...(typeof size === "number" ? { size } : {}),
        ...(typeof from === "number" ? { from } : {}),
        filters
      }
    },
    encode: (input) => ({
      ...input.filters,
      [params.query]: input.query,
      ...(input.size === undefined ? {} : { [params.size]: input.size }),
      ...(input.from === undefined ? {} : { [params.from]: input.from })
    })
  })
}

/**
 * The operations of this area for given parameter names.
 *
 * @since 0.2.0
 * @category Operations
 */
export const makeSearchOperations = (params: SearchParams = defaultParams): {
  readonly search: Operation.Operation<SearchInput, SearchResult>
  readonly searchArchive: Operation.Operation<SearchInput, SearchResult>
} => {
  const input = searchInputFor(params)
  return {
    search: Operation.make({
      name: "Search.search",
      method: "GET",
      path: "/document/search",
      input,
      output: SearchResult
    }),
    searchArchive: Operation.make({
      name: "Search.searchArchive",
      method: "GET",
      path: "/document/searchArchive",
      input,
      output: SearchResult
    })
  }
}

/**
 * The endpoints of this area for given parameter names.
 *
 * @deprecated Use `makeSearchOperations`.
 * @since 0.1.0
 * @category Endpoints
 */
export const makeSearchEndpoints = makeSearchOperations

/**
 * The operations of this area with the default parameter names.
 *
 * @since 0.2.0
 * @category Operations
 */
export const searchOperations = makeSearchOperations()

/**
 * The endpoints of this area with the default parameter names.
 *
 * @deprecated Use `searchOperations`.
 * @since 0.1.0
 * @category Endpoints
 */
export const searchEndpoints = searchOperations

/** The service's methods for given parameter names: one entry per operation (`searchAll` is written beside). */
const searchTable = (params: SearchParams) => {
  const operations = params === defaultParams ? searchOperations : makeSearchOperations(params)
  return { search: Service.call(operations.search), searchArchive: Service.call(operations.searchArchive) }
}

const PARAM_NAME = /^[A-Za-z0-9_.\-[\]]+$/

const resolveParams = (options: SearchOptions): Effect.Effect<SearchParams, ConfigError.ConfigError> => {
  const params: SearchParams = { ...defaultParams, ...options.params }
  const errors: Array<ConfigError.ConfigError> = []
  for (const key of ["query", "size", "from"] as const) {
    const name = params[key]
    if (typeof name !== "string" || !PARAM_NAME.test(name)) {
      errors.push(ConfigError.InvalidData(["params", key], `must be a parameter name (letters, digits, "_", "-", ".", "[]"), got ${JSON.stringify(name)}`))
    }
  }
  if (new Set([params.query, params.size, params.from]).size !== 3) {
    errors.push(ConfigError.InvalidData(["params"], "query, size and from must be different names"))
  }
  const [first, ...rest] = errors
  return first === undefined
    ? Effect.succeed(params)
    : Effect.fail(rest.reduce((acc, e) => ConfigError.And(acc, e), first))
}

/**
 * The search operations.
 *
 * @since 0.1.0
 * @category Models
 */
export interface SearchService {
  /** Searches the team's documents (`GET /document/search`): one page of hits and the `total`. */
  readonly search: (input: SearchInput) => Effect.Effect<SearchResult, StaxError | InputError>
  /** Searches the archived documents (`GET /document/searchArchive`): one page of hits and the `total`. */
  readonly searchArchive: (input: SearchInput) => Effect.Effect<SearchResult, StaxError | InputError>
  /**
   * Every hit, page after page (`size` = `pageSize`, `from` = hits seen so far), until `total` hits
   * were seen or a page comes back empty. A bad `pageSize` fails the stream before anything is sent.
   */
  readonly searchAll: (
    input: SearchAllInput,
    options?: SearchAllOptions
  ) => Stream.Stream<SearchHit, StaxError | InputError>
}

const makeWith = (params: SearchParams): Effect.Effect<SearchService, never, StaxClient> =>
  Effect.gen(function*() {
    const client = yield* StaxClient
    const { search, searchArchive } = Service.methods(searchTable(params))(client)
    const decodePageSize = Schema.decodeUnknown(PageSize)
    const searchAll = (
      input: SearchAllInput,
      options: SearchAllOptions = {}
    ): Stream.Stream<SearchHit, StaxError | InputError> =>
      Stream.unwrap(
        decodePageSize(options.pageSize ?? defaultPageSize).pipe(
          Effect.mapError((error) => {
            const e = inputErrorFromParseError("Search.searchAll", error)
            return new InputError({ endpoint: e.endpoint, field: "pageSize", message: `pageSize: ${e.message}` })
          }),
          Effect.map((pageSize) => {
            const page = options.archive === true ? searchArchive : search
            return Stream.paginateChunkEffect(0, (from) =>
              page({ ...input, size: pageSize, from }).pipe(
                Effect.map((result): [Chunk.Chunk<SearchHit>, Option.Option<number>] => {
                  const next = from + result.hits.length
                  return [
                    Chunk.fromIterable(result.hits),
                    result.hits.length === 0 || next >= result.total ? Option.none() : Option.some(next)
                  ]
                })
              ))
          })
        )
      )
    return { search, searchArchive, searchAll }
  })

/**
 * The `Search` service. Use it as `yield* Search` or through its accessors: `Search.search(...)`;
 * `Search.searchAllStream(...)` is the `Stream` of every hit.
 *
 * @since 0.1.0
 * @category Context
 */
export class Search extends Service.Tag("stax-effect/Search")<Search, SearchService>()({
  ...searchTable(defaultParams),
  searchAll: Service.streaming
}) {
  /** Builds the service over the `StaxClient` in context, with the default parameter names. */
  static readonly make: Effect.Effect<SearchService, never, StaxClient> = makeWith(defaultParams)

  /**
   * Builds the service with other query parameter names (a bad or repeated name is a `ConfigError`
   * naming it).
   */
  static makeWith(options: SearchOptions): Effect.Effect<SearchService, ConfigError.ConfigError, StaxClient> {
    return Effect.flatMap(resolveParams(options), makeWith)
  }

  /** The service as a layer over `StaxClient`, with the default parameter names (`query`, `size`, `from`). */
  static readonly layer: Layer.Layer<Search, never, StaxClient> = Layer.effect(Search, Search.make)

  /**
   * The service as a layer over `StaxClient`, with other query parameter names: the one place to
   * change them if the live API does not use `query`, `size` and `from`.
   *
   * @example
   * ```ts
   * Search.layerWith({ params: { query: "q", size: "limit", from: "skip" } })
   * ```
   */
  static layerWith(options: SearchOptions): Layer.Layer<Search, ConfigError.ConfigError, StaxClient> {
    return Layer.effect(Search, Search.makeWith(options))
  }

  /**
   * Every hit of a search, as a `Stream`: the same as `Search.searchAll`, which is a `Stream` itself
   * since 0.2.0 (this name is kept for code written against 0.1).
   *
   * @deprecated Use `Search.searchAll`.
   *
   * @example
   * ```ts
   * const names = yield* Search.searchAllStream({ query: "invoice" }, { pageSize: 50 }).pipe(
   *   Stream.map((hit) => hit._source.name),
   *   Stream.runCollect
   * )
   * ```
   */
  static searchAllStream = (
    input: SearchAllInput,
    options?: SearchAllOptions
  ): Stream.Stream<SearchHit, StaxError | InputError, Search> =>
    Stream.unwrap(Effect.map(Search, (service) => service.searchAll(input, options)))
}
