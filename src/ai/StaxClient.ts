/**
 * The Stax.ai client over the request core: `StaxClient` supplies what is Stax.ai's own (the `Email` and
 * `Authorization: Bearer` headers, the `success` envelope, credentials from a provider refreshed before
 * they expire) and runs every call through `Pipeline` (retries, timeouts, redirects, spans, scrubbing).
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import { type Api, settingsOf } from "../core/Api.js"
import * as Operation from "../core/Operation.js"
import * as Pipeline from "../core/Pipeline.js"
import { AuthError } from "../core/StaxError.js"
import { interpret } from "./Envelope.js"
import { type CredentialsSource, StaxConfig, type StaxConfigShape, type StaxCredentials, validateCredentials } from "./StaxConfig.js"

export type { CallOptions } from "../core/CallOptions.js"
export type { Endpoint } from "../core/Endpoint.js"
export { inputErrorFromParseError } from "../core/Pipeline.js"

/**
 * The pipeline, as a service.
 *
 * @since 0.1.0
 * @category Models
 */
export interface StaxClientShape extends Pipeline.Pipeline {
  /** The configuration this client was built with. */
  readonly config: StaxConfigShape
}

/** Header names the Stax.ai client keeps out of spans and platform logs. */
const REDACTED_HEADERS = ["authorization", "email", "cookie", "set-cookie", "x-api-key", "module", "team"]

/** Whether a JSON body is the API's failure envelope (`success: false`), rather than a JSON file. */
const isFailureEnvelope = (body: string): boolean => {
  try {
    const value: unknown = JSON.parse(body)
    return typeof value === "object" && value !== null && (value as { success?: unknown }).success === false
  } catch {
    return false
  }
}

/**
 * The `StaxClient` service tag, its constructor and layer.
 *
 * @since 0.1.0
 * @category Context
 */
export class StaxClient extends Context.Tag("stax-effect/StaxClient")<StaxClient, StaxClientShape>() {
  /**
   * Declares an operation (`Operation.make`: the types fixed, the path checked against the input).
   *
   * @deprecated Use `Operation.make`.
   */
  static readonly endpoint: typeof Operation.make = Operation.make

  /**
   * Builds the pipeline over the `HttpClient` and `StaxConfig` in context.
   */
  static readonly make: Effect.Effect<StaxClientShape, never, StaxConfig | HttpClient.HttpClient> = Effect.gen(
    function*() {
      const config = yield* StaxConfig
      const http = yield* HttpClient.HttpClient
      yield* Effect.forEach(config.warnings, (warning) => Effect.logWarning(warning), { discard: true })
      const credentials = yield* makeCredentials(config.credentials, config.authRetry.tokenExpiryThreshold)
      const { call, stream } = Pipeline.make(staxApi(config, credentials), http)
      return { config, call, stream }
    }
  )

  /**
   * Runs the SDK calls in `effect` with another per-attempt timeout than the configured one (a long
   * upload, a quick health check). Applies to every call the effect makes.
   *
   * @example
   * ```ts
   * Documents.upload({ files }).pipe(StaxClient.withTimeout("10 minutes"))
   * ```
   */
  static readonly withTimeout = Pipeline.withTimeout

  /**
   * Runs the SDK calls in `effect` with another retry policy than the configured one.
   *
   * @example
   * ```ts
   * Stacks.get({ stackTag: "invoices" }).pipe(StaxClient.withRetryPolicy(RetryPolicy.none))
   * ```
   */
  static readonly withRetryPolicy = Pipeline.withRetryPolicy

  /**
   * Runs the SDK calls in `effect` with another overall deadline per call (all attempts and the waits
   * between them) than the configured one (by default twice the timeout).
   *
   * @example
   * ```ts
   * Stacks.get({ stackTag: "invoices" }).pipe(StaxClient.withDeadline("5 seconds"))
   * ```
   */
  static readonly withDeadline = Pipeline.withDeadline

  /**
   * The pipeline as a layer, over `StaxConfig` and any `HttpClient` (`FetchHttpClient.layer`, the
   * stand-in's `StaxLocal.layer`, ...).
   */
  static readonly layer: Layer.Layer<StaxClient, never, StaxConfig | HttpClient.HttpClient> = Layer.effect(
    StaxClient,
    StaxClient.make
  )
}

/** What Stax.ai plugs into the request core. */
const staxApi = (config: StaxConfigShape, credentials: Credentials): Api => {
  const fixedHeaders = config.credentials._tag === "Static"
    ? {
      email: config.credentials.credentials.email,
      authorization: `Bearer ${Redacted.value(config.credentials.credentials.apiKey)}`
    }
    : undefined
  return {
    name: "Stax",
    ...settingsOf(config),
    authAttempts: config.authRetry.maxAttempts,
    paths: config.paths,
    redactedHeaders: REDACTED_HEADERS,
    fixedHeaders,
    // Per-call credentials (a module worker's) are already on the request: they replace the developer ones.
    authorize: (request, endpoint) => {
      if (request.headers["authorization"] !== undefined) return Effect.succeed(request)
      // Fixed credentials: the two headers are built once, and set in one step.
      if (fixedHeaders !== undefined) return Effect.succeed({ ...request, headers: { ...request.headers, ...fixedHeaders } })
      return Effect.map(credentials.get(endpoint), (c) => ({
        ...request,
        headers: { ...request.headers, email: c.email, authorization: `Bearer ${Redacted.value(c.apiKey)}` }
      }))
    },
    interpret,
    isFailureBody: isFailureEnvelope,
    refreshAuth: config.credentials._tag === "Provider" ? credentials.invalidate : Effect.succeed(false),
    secrets: credentials.secrets
  }
}

// ---------------------------------------------------------------------------------------------
// Credentials: fixed, or fetched by a provider and cached until shortly before they expire.
// ---------------------------------------------------------------------------------------------

interface Credentials {
  readonly get: (endpoint: string) => Effect.Effect<StaxCredentials, AuthError>
  /** Forgets provider credentials, so the next `get` fetches them again. Returns whether it can help. */
  readonly invalidate: Effect.Effect<boolean>
  /** Every API key seen so far, for scrubbing. */
  readonly secrets: () => ReadonlyArray<string>
}

const makeCredentials = (source: CredentialsSource, thresholdSeconds: number): Effect.Effect<Credentials> =>
  Effect.gen(function*() {
    const seen = new Set<string>()
    if (source._tag === "Static") {
      seen.add(Redacted.value(source.credentials.apiKey))
      return {
        get: () => Effect.succeed(source.credentials),
        invalidate: Effect.succeed(false),
        secrets: () => [...seen]
      }
    }
    const cache = yield* Ref.make(Option.none<StaxCredentials>())
    const lock = yield* Effect.makeSemaphore(1)
    const fresh = (c: StaxCredentials, now: number) =>
      c.expiresAt === undefined || c.expiresAt - thresholdSeconds * 1000 > now
    const get = (endpoint: string) =>
      lock.withPermits(1)(Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        const cached = yield* Ref.get(cache)
        if (Option.isSome(cached) && fresh(cached.value, now)) return cached.value
        const fetched = yield* source.fetch.pipe(
          Effect.mapError((error) =>
            new AuthError({ endpoint, message: `the credentials provider failed (${errorName(error)})` })
          )
        )
        const valid = yield* Either.match(validateCredentials(fetched), {
          onLeft: (message) =>
            Effect.fail(new AuthError({ endpoint, message: `the credentials provider returned bad credentials: ${message}` })),
          onRight: Effect.succeed
        })
        seen.add(Redacted.value(valid.apiKey))
        yield* Ref.set(cache, Option.some(valid))
        return valid
      }))
    return { get, invalidate: Ref.set(cache, Option.none()).pipe(Effect.as(true)), secrets: () => [...seen] }
  })

const errorName = (error: unknown): string => {
  if (error !== null && typeof error === "object") {
    const tag = (error as { _tag?: unknown })._tag
    if (typeof tag === "string") return tag
    const name = (error as { name?: unknown }).name
    if (typeof name === "string") return name
  }
  return typeof error
}
