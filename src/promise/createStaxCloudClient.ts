/**
 * `createStaxCloudClient`: the Stax cloud client as Promises, for code that does not use Effect.
 *
 * @example
 * ```ts
 * import { createStaxCloudClient } from "stax-effect/promise"
 *
 * await using cloud = createStaxCloudClient()   // STAX_ACCESS_KEY, STAX_SECRET_KEY, STAX_REGION
 * const { Accounts } = await cloud.accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
 * for await (const account of cloud.accounts.readAccountsAll({ filter: "ACTIVE" })) console.log(account.Name)
 * ```
 *
 * @since 0.2.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import { Accounts } from "../cloud/generated/Accounts.js"
import { Insights } from "../cloud/generated/Insights.js"
import { Networking } from "../cloud/generated/Networking.js"
import { Organisations } from "../cloud/generated/Organisations.js"
import { Policies } from "../cloud/generated/Policies.js"
import { Public } from "../cloud/generated/Public.js"
import { Services } from "../cloud/generated/Services.js"
import { Tasks } from "../cloud/generated/Tasks.js"
import { Teams } from "../cloud/generated/Teams.js"
import { Workloads } from "../cloud/generated/Workloads.js"
import * as StaxCloud from "../cloud/StaxCloud.js"
import { StaxCloudConfig } from "../cloud/StaxCloudConfig.js"
import { defaultHttpClient } from "./createStaxClient.js"
import * as Facade from "./Facade.js"
import { checkAtCreation } from "./internal/checkOptions.js"

/**
 * Options from values: `StaxCloudConfig` options (keys not given come from the environment) and the
 * HTTP transport.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CloudValueOptions extends StaxCloudConfig.Options {
  /** The HTTP transport, as an `@effect/platform` layer. Default: the same as `createStaxClient`'s. */
  readonly httpClient?: Layer.Layer<HttpClient.HttpClient> | undefined
  readonly layer?: undefined
}

/**
 * Options from a layer that provides the configuration and the transport (e.g. `StaxCloudLocal.layer()`).
 *
 * @since 0.2.0
 * @category Models
 */
export interface CloudLayerOptions<ROut, E> {
  readonly layer: Layer.Layer<ROut | StaxCloudConfig | HttpClient.HttpClient, E>
}

/**
 * The Stax cloud services of the Promise client, by the name it gives each: one line per service (its
 * tag, which `StaxCloud.layer` must provide). Every operation of a service becomes a method of its
 * area, found at run time (`Facade.service`): a generated operation needs no line of its own.
 *
 * @since 0.2.0
 * @category Services
 */
export const cloudServices = {
  accounts: Accounts,
  insights: Insights,
  networking: Networking,
  organisations: Organisations,
  policies: Policies,
  public: Public,
  services: Services,
  tasks: Tasks,
  teams: Teams,
  workloads: Workloads
}

const areas = Facade.services(cloudServices)

/**
 * The Stax cloud Promise client: one object per service (`accounts.readAccounts(...)`; paged operations'
 * `...All` methods as async iterables), `close()`, `await using`.
 *
 * @since 0.2.0
 * @category Models
 */
export type StaxCloudPromiseClient<ROut = never, E = never> = Facade.PromiseClient<
  typeof areas,
  StaxCloud.Services | StaxCloudConfig | HttpClient.HttpClient | ROut,
  ConfigError.ConfigError | E
>

const definedOnly = (options: StaxCloudConfig.Options): StaxCloudConfig.Options =>
  Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as StaxCloudConfig.Options

const configLayer = (options: CloudValueOptions): Layer.Layer<StaxCloudConfig, ConfigError.ConfigError> => {
  const { httpClient: _h, layer: _l, ...config } = options
  const given = definedOnly(config)
  const hasKeys = given.accessKey !== undefined || given.secretKey !== undefined
  // Checked at once: a bad value throws a ConfigError naming it from createStaxCloudClient(...).
  checkAtCreation(StaxCloudConfig.make, given, !hasKeys)
  return hasKeys
    ? StaxCloudConfig.layer(given)
    : StaxCloudConfig.layerConfig(Config.map(StaxCloudConfig.fromEnv, (env) => ({ ...env, ...given })))
}

/**
 * Creates a Stax cloud client whose operations return Promises. The options given as values are checked at
 * once: a bad one (`baseUrl: "http://api.example.com"`, a region that is not one) throws a `ConfigError`
 * naming it. Nothing is read from the environment or sent until the first call.
 *
 * @example
 * ```ts
 * const cloud = createStaxCloudClient({ layer: StaxCloudLocal.layer() }) // against the stand-in
 * const { Accounts } = await cloud.accounts.readAccounts()
 * await cloud.close()
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export function createStaxCloudClient(options?: CloudValueOptions): StaxCloudPromiseClient
export function createStaxCloudClient<ROut, E>(options: CloudLayerOptions<ROut, E>): StaxCloudPromiseClient<ROut, E>
export function createStaxCloudClient<ROut, E>(
  options: CloudValueOptions | CloudLayerOptions<ROut, E> = {}
): StaxCloudPromiseClient<ROut, E> {
  const base = (options.layer !== undefined
    ? options.layer
    : Layer.merge(configLayer(options), options.httpClient ?? defaultHttpClient)) as Layer.Layer<
      ROut | StaxCloudConfig | HttpClient.HttpClient,
      E | ConfigError.ConfigError
    >
  const runtime = ManagedRuntime.make(StaxCloud.layer.pipe(Layer.provideMerge(base)))
  return Facade.makeClient(runtime, areas)
}
