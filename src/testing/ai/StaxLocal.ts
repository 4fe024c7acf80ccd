/**
 * `StaxLocal`: a local stand-in of the Stax.ai API, for tests and examples without a network.
 *
 * Two transports over one router: `StaxLocal.layer` answers in memory through an `HttpClient` (fast,
 * no sockets, `TestClock`-controlled delays), `StaxLocal.serve` / `StaxLocal.layerServer` listen on
 * 127.0.0.1 for real HTTP clients (examples, benchmarks, end-to-end tests).
 *
 * @example
 * ```ts
 * import { StaxLocal } from "stax-effect/testing"
 *
 * const TestLayer = Stax.layer.pipe(Layer.provideMerge(StaxLocal.layer({ seed: { stacks: [{ path: "Invoices" }] } })))
 *
 * it.effect("finds the invoices stack", () =>
 *   Effect.gen(function*() {
 *     const stack = yield* Stacks.get({ stackTag: "Invoices" })
 *     expect(stack.path).toBe("Invoices")
 *   }).pipe(Effect.provide(TestLayer)))
 * ```
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import { StaxConfig } from "../../ai/StaxConfig.js"
import { type Fault, FaultPlan } from "../Fault.js"
import * as Transport from "../Transport.js"
import { ServeError } from "../Transport.js"
import { type Json, Model, type Team } from "./Model.js"
import { type FailureStatus, makeRouter, type Route, type RouterResult, type RouterSettings } from "./Router.js"
import {
  configureDocuments,
  documentRoutes,
  type ProcessingOptions,
  type SeedDocument,
  seedDocument
} from "./routes/documents.js"
import { moduleRoutes } from "./routes/modules.js"
import { searchRoutes } from "./routes/search.js"
import { newStack, stackRoutes } from "./routes/stacks.js"
import { tpaRoutes } from "./routes/tpa.js"

/**
 * Every route the stand-in serves.
 *
 * @since 0.1.0
 * @category Routes
 */
export const routes: ReadonlyArray<Route> = [
  ...stackRoutes,
  ...documentRoutes,
  ...searchRoutes,
  ...tpaRoutes,
  ...moduleRoutes
]

/**
 * How to set up the stand-in.
 *
 * @since 0.1.0
 * @category Models
 */
export interface Options {
  /** The team and its administrator's credentials (defaults: `admin@stax.local`, a fixed local key). */
  readonly team?: Partial<Team> | undefined
  /** Resources present from the start. Stacks need a `path`, documents a `name`; ids are generated unless given. */
  readonly seed?: {
    readonly stacks?: ReadonlyArray<Json & { readonly path: string }> | undefined
    /** A document's `content` (bytes, text, or `{ syntheticSize }`) becomes its stored file. */
    readonly documents?: ReadonlyArray<SeedDocument> | undefined
  } | undefined
  /** Keep uploaded bytes (default `true`); `false` keeps only each file's size and SHA-512. */
  readonly keepFiles?: boolean | undefined
  /** When simulated document processing finishes, and whether it fails (see `ProcessingOptions`). */
  readonly processing?: ProcessingOptions | undefined
  /** How failures are reported: `always-200` (legacy docs, the default) or `http` (401/403/404). */
  readonly failureStatus?: FailureStatus | undefined
  /** Faults to inject (see `Fault`). */
  readonly faults?: ReadonlyArray<Fault> | undefined
  /** Client options for the `StaxConfig` the layers provide (timeout, retry policies, log level). */
  readonly client?: Omit<StaxConfig.Options, "email" | "apiKey" | "credentials" | "baseUrl"> | undefined
  /**
   * Credentials the provided `StaxConfig` uses instead of the team's, to test how a program handles
   * refused credentials (e.g. `{ apiKey: "wrong" }` makes every call fail with `AuthError`).
   */
  readonly clientCredentials?: { readonly email?: string | undefined; readonly apiKey?: string | undefined } | undefined
}

/**
 * A running stand-in: its state, its settings, and its credentials.
 *
 * @since 0.1.0
 * @category Models
 */
export interface StaxLocalService {
  /** The stand-in's base URL (`https://stax.local.invalid` in memory, `http://127.0.0.1:<port>` served). */
  readonly baseUrl: string
  /** The team administrator's credentials, as a client would configure them. */
  readonly email: string
  readonly apiKey: Redacted.Redacted<string>
  /** The state: stacks, documents, the request log and the applied-write counts. */
  readonly model: Model
  /** The fault plan: `faults.add(Fault.status(...))` at run time. */
  readonly faults: FaultPlan
  /** Settings that tests may change at run time (e.g. `settings.failureStatus = "http"`). */
  readonly settings: RouterSettings
  /** Answers one web request. */
  readonly handle: (request: Request) => Effect.Effect<RouterResult>
}

/** The in-memory stand-in's base URL: `.invalid` never resolves, so nothing can leak to a network. */
const MEMORY_BASE_URL = "https://stax.local.invalid"

const DEFAULT_TEAM: Team = {
  id: "65a1f0c2ffffffffffff0001",
  email: "admin@stax.local",
  apiKey: "local0000000000000000000000000000000key",
  memberKeys: []
}

/**
 * The `StaxLocal` service tag, giving tests access to the stand-in's state, and its layers.
 *
 * @since 0.1.0
 * @category Context
 */
export class StaxLocal extends Context.Tag("stax-effect/testing/StaxLocal")<StaxLocal, StaxLocalService>() {
  /** Builds a stand-in answering as `baseUrl`. */
  static make(options: Options = {}, baseUrl: string = MEMORY_BASE_URL): Effect.Effect<StaxLocalService> {
    return Effect.gen(function*() {
      const clock = yield* Effect.clock
      const team: Team = { ...DEFAULT_TEAM, ...options.team }
      const model = new Model(team, () => clock.unsafeCurrentTimeMillis())
      for (const stack of options.seed?.stacks ?? []) {
        const s = newStack(model, stack)
        model.stacks.set(s["_id"] as string, s)
      }
      configureDocuments(model, { keepFiles: options.keepFiles, processing: options.processing })
      for (const document of options.seed?.documents ?? []) seedDocument(model, document)
      const faults = new FaultPlan(options.faults)
      const settings: RouterSettings = { failureStatus: options.failureStatus ?? "always-200" }
      const handle = makeRouter(model, faults, settings, routes, baseUrl)
      return { baseUrl, email: team.email, apiKey: Redacted.make(team.apiKey), model, faults, settings, handle }
    })
  }

  /**
   * The in-memory stand-in: provides `StaxLocal`, an `HttpClient` that answers from it without
   * sockets, and a `StaxConfig` with its credentials (plus `options.client`).
   *
   * @example
   * ```ts
   * const TestLayer = Stax.layer.pipe(Layer.provideMerge(StaxLocal.layer()))
   * ```
   */
  static layer(
    options: Options = {}
  ): Layer.Layer<StaxLocal | HttpClient.HttpClient | StaxConfig, ConfigError.ConfigError> {
    const local = Layer.effect(StaxLocal, StaxLocal.make(options))
    const client = Layer.effect(HttpClient.HttpClient, Effect.map(StaxLocal, (local) => Transport.inMemoryClient(local.handle)))
    return Layer.mergeAll(client, configLayer(options)).pipe(Layer.provideMerge(local))
  }

  /**
   * Serves the stand-in on 127.0.0.1 (`port` 0, the default, picks a free port) for the scope's life.
   *
   * @example
   * ```ts
   * const server = yield* StaxLocal.serve({ port: 0 })
   * console.log(server.baseUrl) // http://127.0.0.1:54321
   * ```
   */
  static serve(
    options: Options & Transport.ServeOptions & { readonly port?: number | undefined } = {}
  ): Effect.Effect<StaxLocalService, ServeError, Scope.Scope> {
    return Effect.gen(function*() {
      return yield* Transport.serve(options.port ?? 0, (baseUrl) => StaxLocal.make(options, baseUrl), options)
    })
  }

  /**
   * The stand-in served on 127.0.0.1 for the layer's life: provides `StaxLocal` and a `StaxConfig`
   * pointing at it. Bring your own `HttpClient` (e.g. `FetchHttpClient.layer`): requests cross a real
   * socket.
   *
   * @example
   * ```ts
   * const Live = Stax.layer.pipe(
   *   Layer.provideMerge(StaxLocal.layerServer()),
   *   Layer.provide(FetchHttpClient.layer)
   * )
   * ```
   */
  static layerServer(
    options: Options & Transport.ServeOptions & { readonly port?: number | undefined } = {}
  ): Layer.Layer<StaxLocal | StaxConfig, ServeError | ConfigError.ConfigError> {
    const local = Layer.scoped(StaxLocal, StaxLocal.serve(options))
    return configLayer(options).pipe(Layer.provideMerge(local))
  }
}

const configLayer = (options: Options): Layer.Layer<StaxConfig, ConfigError.ConfigError, StaxLocal> =>
  Layer.unwrapEffect(
    Effect.map(StaxLocal, (local) =>
      StaxConfig.layer({
        ...options.client,
        email: options.clientCredentials?.email ?? local.email,
        apiKey: options.clientCredentials?.apiKey ?? local.apiKey,
        baseUrl: local.baseUrl
      }))
  )

