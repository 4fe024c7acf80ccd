/**
 * `createStaxClient`: the Stax.ai Developer API for code that does not use Effect. One object with
 * the operations of `Stacks`, `Documents`, `Search`, `Tpa` and `Modules`, each returning a `Promise`
 * (or an `AsyncIterable` for downloads and `searchAll`), over one `ManagedRuntime` that `close()` or
 * `await using` disposes.
 *
 * @example
 * ```ts
 * import { AuthError, createStaxClient, files } from "stax-effect/promise"
 *
 * await using stax = createStaxClient() // STAX_EMAIL, STAX_API_KEY, STAX_API_URL, LOG_LEVEL
 * const stack = await stax.stacks.get({ stackTag: "invoices" })
 * const [upload] = await stax.documents.upload({ stackId: stack._id, files: [files.fromPath("./invoice.pdf")] })
 * const doc = await stax.documents.waitUntilProcessed(upload!.docId!)
 * for await (const hit of stax.search.searchAll({ query: "invoice" })) console.log(hit._id)
 * ```
 *
 * @since 0.2.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import { Documents } from "../ai/api/Documents.js"
import { Modules } from "../ai/api/Modules.js"
import { Search } from "../ai/api/Search.js"
import { Stacks } from "../ai/api/Stacks.js"
import { Tpa } from "../ai/api/Tpa.js"
import * as Stax from "../ai/Stax.js"
import { StaxConfig } from "../ai/StaxConfig.js"
import { WorkerConfig } from "../ai/WorkerConfig.js"
import * as UndiciHttpClient from "../node/UndiciHttpClient.js"
import * as Facade from "./Facade.js"
import { checkAtCreation } from "./internal/checkOptions.js"

/**
 * The transport `createStaxClient` uses unless given `httpClient` or `layer`: the SDK's own `UndiciHttpClient`.
 *
 * @since 0.2.0
 * @category Layers
 */
export const defaultHttpClient: Layer.Layer<HttpClient.HttpClient> = UndiciHttpClient.layer

/**
 * Options shared by both ways of configuring a client.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CommonOptions {
  /**
   * The module worker's credentials for `modules.startJob` and `modules.completeJob`. Default: read
   * from `STAX_MODULE_ID`, `STAX_MODULE_KEY` and `STAX_TEAM_ID` on the first worker call (once). The
   * other calls never need them.
   */
  readonly worker?: WorkerConfig.Options | undefined
}

/**
 * Options of {@link createStaxClient} from values: every `StaxConfig` option (`email`, `apiKey`,
 * `credentials`, `baseUrl`, `timeout`, `retry`, `authRetry`, `logLevel`, `userAgent`, `paths`) plus
 * `httpClient`. Without `email`/`apiKey`/`credentials`, the environment gives `STAX_EMAIL`,
 * `STAX_API_KEY`, `STAX_API_URL` and `LOG_LEVEL` (given options win).
 *
 * @since 0.2.0
 * @category Models
 */
export interface ValueOptions extends StaxConfig.Options, CommonOptions {
  /** The HTTP transport, as an `@effect/platform` layer. Default {@link defaultHttpClient}. */
  readonly httpClient?: Layer.Layer<HttpClient.HttpClient> | undefined
  readonly layer?: undefined
}

/**
 * Options of {@link createStaxClient} with a layer that provides both the `StaxConfig` and the
 * `HttpClient`: "bring your own", e.g. the in-memory stand-in `StaxLocal.layer(...)`. Whatever else
 * the layer provides (e.g. `StaxLocal`) is in `client.runtime` too.
 *
 * @since 0.2.0
 * @category Models
 */
export interface LayerOptions<ROut, E> extends CommonOptions {
  readonly layer: Layer.Layer<ROut | StaxConfig | HttpClient.HttpClient, E>
}

/**
 * The services of a client's runtime: every Stax.ai service, the `StaxConfig` and `HttpClient`, and
 * whatever a given `layer` adds (`ROut`).
 *
 * @since 0.2.0
 * @category Models
 */
export type Services<ROut = never> = Stax.Services | StaxConfig | HttpClient.HttpClient | ROut

/** Supplies the worker credentials to `startJob`/`completeJob`, loaded once, when first needed. */
const workerProvision = (options: WorkerConfig.Options | undefined): Facade.Provision<WorkerConfig> => {
  const load = options === undefined
    ? Effect.flatMap(WorkerConfig.fromEnv, WorkerConfig.make)
    : WorkerConfig.make(options)
  const once = Effect.runSync(Effect.cached(load))
  return { tag: WorkerConfig, apply: (effect) => Effect.provideServiceEffect(effect, WorkerConfig, once) }
}

/** The areas of the Stax.ai client: one line each; a new service operation fails to compile until listed. */
const areas = (worker: Facade.Provision<WorkerConfig>) => ({
  stacks: Facade.area(Stacks, ["get", "create", "update", "list", "delete", "listDocuments"]),
  documents: Facade.area(Documents, [
    "get",
    "upload",
    "create",
    "update",
    "delete",
    "waitUntilProcessed",
    "download",
    "downloadPage"
  ]),
  search: Facade.area(Search, ["search", "searchArchive", "searchAll"]),
  tpa: Facade.area(Tpa, [
    "createPlan",
    "getPlan",
    "listPlans",
    "createAccount",
    "getAccount",
    "listAccounts",
    "attachStatement",
    "listStatements",
    "listTransactions",
    "createTransaction"
  ]),
  modules: Facade.area(Modules, ["create", "startJob", "completeJob"], { startJob: worker, completeJob: worker })
})

/**
 * The Stax.ai Promise client: `stacks`, `documents`, `search`, `tpa`, `modules`, and `runtime`,
 * `ready()`, `close()`, `[Symbol.asyncDispose]()`.
 *
 * @since 0.2.0
 * @category Models
 */
export type StaxPromiseClient<ROut = never, E = never> = Facade.PromiseClient<
  ReturnType<typeof areas>,
  Services<ROut>,
  ConfigError.ConfigError | E
>

const definedOnly = (options: StaxConfig.Options): StaxConfig.Options =>
  Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as StaxConfig.Options

/**
 * The `StaxConfig` layer of value options: the values, completed from the environment when they hold no
 * credentials. The values are checked at once: a bad one throws a `ConfigError` naming it.
 */
const configLayer = (options: ValueOptions): Layer.Layer<StaxConfig, ConfigError.ConfigError> => {
  const { httpClient: _h, layer: _l, worker: _w, ...config } = options
  const given = definedOnly(config)
  const hasCredentials = given.email !== undefined || given.apiKey !== undefined || given.credentials !== undefined
  checkAtCreation(StaxConfig.make, given, !hasCredentials)
  return hasCredentials
    ? StaxConfig.layer(given)
    : StaxConfig.layerConfig(Config.map(StaxConfig.fromEnv, (env) => ({ ...env, ...given })))
}

/**
 * Creates a Stax.ai client whose operations return Promises. The options given as values are checked
 * at once: a bad one (`baseUrl: "http://api.stax.ai"`, an email that is not one) throws a `ConfigError`
 * naming it. Nothing else is built or read until the first call (or `await client.ready()`): then the
 * environment is read (a missing or bad variable rejects every call with `ConfigError`) and the runtime
 * built, once. Close it with `close()` or `await using`.
 *
 * Each method takes the same input as the Effect API's accessor and, last, optional `{ signal }`.
 * `documents.download`, `documents.downloadPage` and `search.searchAll` return `AsyncIterable`s
 * (byte chunks, hits): each `for await` runs the request anew; `break` interrupts it.
 *
 * @example
 * ```ts
 * // from values (the key may be a string or Redacted)
 * const stax = createStaxClient({ email: "admin@example.com", apiKey: process.env.STAX_KEY!, timeout: "60 seconds" })
 *
 * // against the in-memory stand-in, for tests
 * import { StaxLocal } from "stax-effect/testing"
 * await using local = createStaxClient({ layer: StaxLocal.layer({ seed: { stacks: [{ path: "Invoices" }] } }) })
 * const stack = await local.stacks.get({ stackTag: "Invoices" })
 *
 * // downloads stream
 * const out = fs.createWriteStream("invoice.pdf")
 * for await (const chunk of stax.documents.download({ docId })) out.write(chunk)
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export function createStaxClient(options?: ValueOptions): StaxPromiseClient
export function createStaxClient<ROut, E>(options: LayerOptions<ROut, E>): StaxPromiseClient<ROut, E>
export function createStaxClient<ROut, E>(
  options: ValueOptions | LayerOptions<ROut, E> = {}
): StaxPromiseClient<ROut, E> {
  const base: Layer.Layer<ROut | StaxConfig | HttpClient.HttpClient, E | ConfigError.ConfigError> =
    options.layer !== undefined
      ? options.layer
      : Layer.merge(configLayer(options), options.httpClient ?? defaultHttpClient) as Layer.Layer<
        StaxConfig | HttpClient.HttpClient,
        ConfigError.ConfigError
      > as Layer.Layer<ROut | StaxConfig | HttpClient.HttpClient, ConfigError.ConfigError>
  const runtime = ManagedRuntime.make(Stax.layer.pipe(Layer.provideMerge(base)))
  return Facade.makeClient(runtime, areas(workerProvision(options.worker)))
}
