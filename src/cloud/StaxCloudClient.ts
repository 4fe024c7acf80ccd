/**
 * The Stax cloud client over the request core: what is Stax cloud's own is the login chain (SRP →
 * identity pool → temporary AWS credentials, renewed before they expire), SigV4 signing of every API
 * request, and the answer interpreter (`{Error, Cause}` and API Gateway's `{message}` failures); retries,
 * timeouts, redirects, spans and scrubbing are the core's, shared with the Stax.ai client.
 *
 * @since 0.2.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { type Api, settingsOf } from "../core/Api.js"
import * as Pipeline from "../core/Pipeline.js"
import { interpret } from "./Answer.js"
import { type CloudAuth, makeCloudAuth } from "./auth/CloudAuth.js"
import { secretHeaderNames, signOutgoing } from "./auth/SigV4.js"
import { StaxCloudConfig, type StaxCloudConfigShape } from "./StaxCloudConfig.js"

/**
 * The Stax cloud pipeline, as a service.
 *
 * @since 0.2.0
 * @category Models
 */
export interface StaxCloudClientShape extends Pipeline.Pipeline {
  /** The configuration this client was built with. */
  readonly config: StaxCloudConfigShape
  /** The login chain: its credentials, renewed before they expire. */
  readonly auth: CloudAuth
}

/** Header names the Stax cloud client keeps out of spans and platform logs. */
const REDACTED_HEADERS = [...secretHeaderNames, "cookie", "set-cookie"]

/**
 * The `StaxCloudClient` service tag, its constructor and layer.
 *
 * @since 0.2.0
 * @category Context
 */
export class StaxCloudClient extends Context.Tag("stax-effect/StaxCloudClient")<StaxCloudClient, StaxCloudClientShape>() {
  /**
   * Builds the client over the `HttpClient` and `StaxCloudConfig` in context. Nothing is sent until the
   * first call: `public/config` and the login run then, once, shared by concurrent calls.
   */
  static readonly make: Effect.Effect<StaxCloudClientShape, never, StaxCloudConfig | HttpClient.HttpClient> = Effect
    .gen(function*() {
      const config = yield* StaxCloudConfig
      const http = yield* HttpClient.HttpClient
      for (const warning of config.warnings) yield* Effect.logWarning(warning)
      const auth = yield* makeCloudAuth({
        apiBaseUrl: config.baseUrl,
        accessKey: config.accessKey,
        secretKey: config.secretKey,
        timeout: config.timeout,
        // The login's requests are retried by the client's own policy (a 429, a 5xx, a refused connection).
        retry: config.retry,
        maxResponseBytes: config.maxResponseBytes,
        maxAttempts: config.authRetry.maxAttempts,
        tokenExpiryThreshold: Duration.seconds(config.authRetry.tokenExpiryThreshold),
        endpoints: config.authEndpoints
      }).pipe(Effect.provideService(HttpClient.HttpClient, http))
      const { call, stream } = Pipeline.make(cloudApi(config, auth), http)
      return { config, auth, call, stream }
    })

  /** Runs the calls in `effect` with another per-attempt timeout (the same as `StaxClient.withTimeout`). */
  static readonly withTimeout = Pipeline.withTimeout

  /** Runs the calls in `effect` with another retry policy (the same as `StaxClient.withRetryPolicy`). */
  static readonly withRetryPolicy = Pipeline.withRetryPolicy

  /** Runs the calls in `effect` with another overall deadline per call (the same as `StaxClient.withDeadline`). */
  static readonly withDeadline = Pipeline.withDeadline

  /**
   * The client as a layer, over `StaxCloudConfig` and any `HttpClient`.
   */
  static readonly layer: Layer.Layer<StaxCloudClient, never, StaxCloudConfig | HttpClient.HttpClient> = Layer.effect(
    StaxCloudClient,
    StaxCloudClient.make
  )
}

/** What Stax cloud plugs into the request core. */
const cloudApi = (config: StaxCloudConfigShape, auth: CloudAuth): Api => ({
  name: "StaxCloud",
  ...settingsOf(config),
  // A 403 after the credentials were renewed elsewhere (or expired early): renew once and try again.
  authAttempts: 2,
  paths: {},
  redactedHeaders: REDACTED_HEADERS,
  // Signed on every attempt: a retry gets a fresh date and signature, and renewed credentials.
  authorize: (request, endpoint) =>
    Effect.flatMap(auth.credentials, (credentials) =>
      Effect.flatMap(auth.region, (region) =>
        Effect.withFiberRuntime((fiber) => {
          const now = Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeMillis()
          return signOutgoing(request, credentials, region, new Date(now), endpoint)
        }))),
  interpret,
  isFailureBody: () => false,
  // Another try only when credentials the API refused were dropped; a failed login is not run again.
  refreshAuth: auth.invalidate,
  secrets: () => [Redacted.value(config.secretKey), ...auth.secrets()]
})
