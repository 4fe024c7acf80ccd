/**
 * The local stand-in of the Stax cloud API, running the real protocols so the real auth path is exercised
 * offline: `public/config` pointing at itself, Cognito's user-pool and identity-pool JSON protocols
 * (`X-Amz-Target`) with the server side of SRP, short-lived AWS credentials, a SigV4 check on every API
 * request (the body hashed by the stand-in itself; `public/*` may come unsigned), and the same fault plan
 * as the Stax.ai stand-in. Every operation of the registry (`operations.ts`) is routed, its request checked
 * against the operation's input schema (400 `{Error, Cause}` naming the field), and answered from state
 * (accounts, account types, OUs, policies and attachments, workloads, catalogue items and versions, users,
 * groups, API tokens, hubs, VPCs, CIDR ranges and exclusions, DNS, Direct Connect, prefix lists, VPN,
 * insights, tasks: see `state/`) or with a sample of its output schema; writes whose
 * answer carries a task id start a task `tasks.ReadTask` reports. In memory (an `HttpClient` without
 * sockets) or on 127.0.0.1.
 *
 * @example
 * ```ts
 * const TestLayer = StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer()))
 * const accounts = yield* Accounts.readAccounts({ filter: "ACTIVE" }).pipe(Effect.provide(TestLayer))
 * ```
 *
 * @since 0.2.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import { StaxCloudConfig } from "../../cloud/StaxCloudConfig.js"
import type { Json } from "../ai/Model.js"
import { type Fault, type FaultBody, FaultPlan } from "../Fault.js"
import * as Transport from "../Transport.js"
import { AccountsModel, seedAccounts } from "./accounts.js"
import * as Cognito from "./Cognito.js"
import * as Engine from "./engine/Engine.js"
import type { CloudOperationSpec } from "./engine/spec.js"
import { cloudOperations } from "./operations.js"
import { CloudState, type Seed } from "./state/CloudState.js"
import { statefulHandlers } from "./state/index.js"
import { type TaskOutcomeOption, TasksModel } from "./state/tasks.js"
import { verify } from "./SigV4Verifier.js"

/**
 * One request the stand-in received.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CloudRequestRecord {
  readonly method: string
  /** `GET /20190206/accounts`, or the Cognito operation (`POST AWSCognitoIdentityProviderService.InitiateAuth`). */
  readonly route: string
  readonly query: Readonly<Record<string, string>>
  /** For API requests: whether the SigV4 signature held. */
  readonly signed?: boolean | undefined
  readonly status?: number | undefined
  /** The id sent back in the answer's `x-amzn-requestid` header (a UUID, counted up from 1), as API Gateway does. */
  readonly requestId?: string | undefined
}

/**
 * Options of the stand-in.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Options {
  /** API tokens the user pool knows (default: one, whose keys the client is configured with). */
  readonly users?: ReadonlyArray<Cognito.CognitoUserSpec> | undefined
  /** The accounts (default: eight realistic seed accounts). */
  readonly accounts?: ReadonlyArray<Json> | undefined
  /** How long issued AWS credentials last (default 1 hour). */
  readonly credentialsTtl?: Duration.DurationInput | undefined
  /** How many identity-pool calls answer "Couldn't verify signed token" first (default 0). */
  readonly unverifiedTokenFailures?: number | undefined
  /** Faults by route (`GET /20190206/accounts`, `POST AWSCognitoIdentityService.GetId`, `*`). */
  readonly faults?: ReadonlyArray<Fault> | undefined
  /** The AWS region of the pools and the API (default `ap-southeast-2`). */
  readonly region?: string | undefined
  /** Client configuration besides the keys and URLs (retry, timeout, auth retry, ...). */
  readonly client?: Omit<StaxCloudConfig.Options, "accessKey" | "secretKey" | "baseUrl" | "authEndpoints"> | undefined
  /** Keys the client is configured with instead of the stand-in's own (a wrong key, say). */
  readonly clientCredentials?: { readonly accessKey?: string | undefined; readonly secretKey?: string | undefined } | undefined
  /** The operations served (default: the generated registry, `operations.ts`); a test may give its own. */
  readonly operations?: ReadonlyArray<CloudOperationSpec> | undefined
  /**
   * Seed records of the other resources, per kind (`hubs`, `users`, ...), each replacing that kind's
   * default seed (two account types, the root OU, one administrator, her group, the default API token and
   * twelve insights).
   */
  readonly seed?: Seed | undefined
  /**
   * How each task ends, from the operation id and the request's wire object (path, query and body fields
   * under the API's names): `{ polls }` unfinished reads (`PENDING`, then `RUNNING`) before `SUCCEEDED`,
   * or `FAILED` with `fail` as the last line of its `Logs`. Default `{ polls: 2 }`.
   */
  readonly taskOutcome?: TaskOutcomeOption | undefined
}

/**
 * The running stand-in: its URLs, the client's keys, its state and its fault plan.
 *
 * @since 0.2.0
 * @category Models
 */
export interface StaxCloudLocalService {
  /** The API base, `<origin>/20190206`. */
  readonly baseUrl: string
  /** Where the client sends its Cognito calls (the stand-in itself). */
  readonly authEndpoints: { readonly userPool: string; readonly identityPool: string }
  /** The API token of the default user. */
  readonly accessKey: string
  readonly secretKey: Redacted.Redacted<string>
  /** The user pool and identity pool: counters, issued credentials, injectable token-check failures. */
  readonly cognito: Cognito.CognitoStandIn
  /** The accounts `ReadAccounts` serves. */
  readonly accounts: AccountsModel
  /** The other resources (account types, OUs, policies, workloads, teams, networking, insights), one collection each. */
  readonly state: CloudState
  /** The tasks writes started. */
  readonly tasks: TasksModel
  /** The fault plan: `faults.add(Fault.status("GET /20190206/accounts", 503))` at run time. */
  readonly faults: FaultPlan
  /** Every request received, in order. */
  readonly requests: Array<CloudRequestRecord>
  /** Answers one web request. */
  readonly handle: Transport.Handler
}

const MEMORY_ORIGIN = "https://api.staxcloud.local.invalid"
const API_VERSION = "20190206"

/** The default API token: fixed, fake, and not a secret of anyone's. */
const DEFAULT_USER: Cognito.CognitoUserSpec = {
  accessKey: "0b0c6a8e-local-4000-8000-staxaccesskey",
  secretKey: "local-secret-key-0000000000000000000000000000"
}

/** The `n`th request's id: a UUID, as API Gateway's `x-amzn-requestid`. */
const requestIdOf = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

/** An injected failure shaped as Stax cloud sends them. */
const faultResponse = (status: number, body: FaultBody, retryAfter: string | undefined): Response => {
  const headers: Record<string, string> = retryAfter === undefined ? {} : { "retry-after": retryAfter }
  switch (body) {
    case "json":
      return json(status, { Error: `Injected failure (HTTP ${status})`, Cause: "fault plan" }, headers)
    case "html":
      return new Response(`<html><body><h1>${status}</h1></body></html>`, {
        status,
        headers: { "content-type": "text/html", ...headers }
      })
    case "truncated":
      return new Response(`{"Accounts": [{"Id": "4f1c`, { status, headers: { "content-type": "application/json", ...headers } })
    case "malformed":
      return json(status, { Accounts: "many" }, headers)
    case "empty":
      return new Response(null, { status, headers })
  }
}

/**
 * The `StaxCloudLocal` service tag, giving tests access to the stand-in's state, and its layers.
 *
 * @since 0.2.0
 * @category Context
 */
export class StaxCloudLocal extends Context.Tag("stax-effect/testing/StaxCloudLocal")<
  StaxCloudLocal,
  StaxCloudLocalService
>() {
  /** Builds a stand-in answering at `origin` (the API under `<origin>/20190206`). */
  static make(options: Options = {}, origin: string = MEMORY_ORIGIN): Effect.Effect<StaxCloudLocalService> {
    return Effect.gen(function*() {
      const clock = yield* Effect.clock
      const now = () => clock.unsafeCurrentTimeMillis()
      const region = options.region ?? "ap-southeast-2"
      const users = options.users ?? [DEFAULT_USER]
      const cognito = Cognito.make({
        users,
        region,
        now,
        credentialsTtl: options.credentialsTtl ?? Duration.hours(1),
        ...(options.unverifiedTokenFailures === undefined ? {} : { unverifiedTokenFailures: options.unverifiedTokenFailures })
      })
      const accounts = new AccountsModel(options.accounts ?? seedAccounts)
      const first = users[0] ?? DEFAULT_USER
      const state = new CloudState(options.seed, first.accessKey)
      const tasks = new TasksModel()
      const route = Engine.make({
        operations: options.operations ?? cloudOperations,
        handlers: statefulHandlers(accounts, state, tasks),
        tasks,
        taskOutcome: options.taskOutcome,
        now,
        prefix: `/${API_VERSION}`
      })
      const faults = new FaultPlan(options.faults)
      const requests: Array<CloudRequestRecord> = []
      const baseUrl = `${origin}/${API_VERSION}`

      const lookup = (accessKeyId: string) => {
        const issued = cognito.credentials(accessKeyId)
        return issued === undefined
          ? undefined
          : { secretAccessKey: issued.secretKey, sessionToken: issued.sessionToken, expiration: issued.expiration }
      }

      const handle: Transport.Handler = (request) =>
        Effect.gen(function*() {
          const url = new URL(request.url)
          const target = request.headers.get("x-amz-target")
          const routeName = target === null ? `${request.method} ${url.pathname}` : `${request.method} ${target}`
          const record: { -readonly [K in keyof CloudRequestRecord]: CloudRequestRecord[K] } = {
            method: request.method,
            route: routeName,
            query: Object.fromEntries(url.searchParams)
          }
          requests.push(record)
          const answer = (response: Response): Transport.RouterResult => {
            record.status = response.status
            record.requestId = requestIdOf(requests.length)
            response.headers.set("x-amzn-requestid", record.requestId)
            return { _tag: "Answer", response }
          }

          const reset = faults.take(routeName, "Reset")
          if (reset !== undefined && reset.when !== "after") return { _tag: "Reset", when: reset.when } as const
          const delay = faults.take(routeName, "Delay")
          if (delay !== undefined) yield* Effect.sleep(Duration.decode(delay.delay))
          const status = faults.take(routeName, "Status")
          if (status !== undefined) return answer(faultResponse(status.status, status.body, status.retryAfter))

          let response: Response
          if (target !== null) {
            response = yield* cognito.handle(request)
          } else if (request.method === "GET" && url.pathname === `/${API_VERSION}/public/config`) {
            response = json(200, cognito.publicConfig(baseUrl))
          } else if (url.pathname.startsWith(`/${API_VERSION}/public/`) && !request.headers.has("authorization")) {
            response = yield* route(request)
          } else {
            const verified = yield* verify(request, { lookup, now, region })
            record.signed = Either.isRight(verified)
            response = Either.isLeft(verified) ? verified.left : yield* route(request)
          }
          if (reset !== undefined) return { _tag: "Reset", when: "after" } as const
          return answer(response)
        })

      return {
        baseUrl,
        authEndpoints: { userPool: `${origin}/cognito-idp`, identityPool: `${origin}/cognito-identity` },
        accessKey: first.accessKey,
        secretKey: Redacted.make(first.secretKey),
        cognito,
        accounts,
        state,
        tasks,
        faults,
        requests,
        handle
      }
    })
  }

  /**
   * The in-memory stand-in: provides `StaxCloudLocal`, an `HttpClient` that answers from it without
   * sockets, and a `StaxCloudConfig` with its keys and URLs (plus `options.client`).
   *
   * @example
   * ```ts
   * const TestLayer = StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer()))
   * ```
   */
  static layer(
    options: Options = {}
  ): Layer.Layer<StaxCloudLocal | HttpClient.HttpClient | StaxCloudConfig, ConfigError.ConfigError> {
    const local = Layer.effect(StaxCloudLocal, StaxCloudLocal.make(options))
    const client = Layer.effect(
      HttpClient.HttpClient,
      Effect.map(StaxCloudLocal, (local) => Transport.inMemoryClient(local.handle))
    )
    return Layer.mergeAll(client, configLayer(options)).pipe(Layer.provideMerge(local))
  }

  /**
   * Serves the stand-in on 127.0.0.1 (`port` 0, the default, picks a free port) for the scope's life.
   */
  static serve(
    options: Options & Transport.ServeOptions & { readonly port?: number | undefined } = {}
  ): Effect.Effect<StaxCloudLocalService, Transport.ServeError, Scope.Scope> {
    return Transport.serve(options.port ?? 0, (origin) => StaxCloudLocal.make(options, origin), options)
  }

  /**
   * The stand-in served on 127.0.0.1 for the layer's life: provides `StaxCloudLocal` and a
   * `StaxCloudConfig` pointing at it. Bring your own `HttpClient`: requests cross a real socket.
   */
  static layerServer(
    options: Options & Transport.ServeOptions & { readonly port?: number | undefined } = {}
  ): Layer.Layer<StaxCloudLocal | StaxCloudConfig, Transport.ServeError | ConfigError.ConfigError> {
    const local = Layer.scoped(StaxCloudLocal, StaxCloudLocal.serve(options))
    return configLayer(options).pipe(Layer.provideMerge(local))
  }
}

/**
 * The client configuration for a running stand-in: its keys (or `options.clientCredentials`), its URLs and
 * `options.client`.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const configFor = (local: StaxCloudLocalService, options: Options = {}): StaxCloudConfig.Options => ({
  ...options.client,
  accessKey: options.clientCredentials?.accessKey ?? local.accessKey,
  secretKey: options.clientCredentials?.secretKey ?? local.secretKey,
  baseUrl: local.baseUrl,
  authEndpoints: local.authEndpoints
})

const configLayer = (options: Options): Layer.Layer<StaxCloudConfig, ConfigError.ConfigError, StaxCloudLocal> =>
  Layer.unwrapEffect(Effect.map(StaxCloudLocal, (local) => StaxCloudConfig.layer(configFor(local, options))))
