/**
 * The one request pipeline every Stax.ai call goes through. An endpoint is a declaration (method,
 * path, input schema, payload schema); `StaxClient` does the rest:
 *
 * 1. validates and encodes the input (bad input is an `InputError` naming the field; nothing is sent);
 * 2. builds `GET path?query` or `POST path` with a JSON (or multipart) body against the base URL;
 * 3. adds `Email`, `Authorization: Bearer`, `User-Agent` and `Accept` in one `HttpClient` transform,
 *    which attaches credentials only to requests for the API's own origin;
 * 4. sends with a per-attempt timeout, follows GET redirects (credentials are dropped on another
 *    origin, downgrades to http are refused), maps transport failures to `TransportError`;
 * 5. retries as the `RetryPolicy` says for that method, honouring `Retry-After`;
 * 6. decodes the envelope (`Envelope.interpret`) into the payload, `AuthError`, `ApiError` or `DecodeError`;
 * 7. after an `AuthError`, refreshes provider credentials and tries again (`AuthRetryPolicy`);
 * 8. runs in a span `Stax.<Area>.<operation>` with method, path, status and attempts as attributes.
 *
 * @since 0.1.0
 */
import {
  FetchHttpClient,
  Headers,
  HttpBody,
  HttpClient,
  type HttpClientError,
  HttpClientRequest,
  type HttpClientResponse,
  UrlParams
} from "@effect/platform"
import {
  Clock,
  Context,
  Duration,
  Effect,
  Either,
  FiberRef,
  Layer,
  Logger,
  Option,
  ParseResult,
  Redacted,
  Ref,
  Schedule,
  Schema,
  Stream
} from "effect"
import { dual } from "effect/Function"
import { globalValue } from "effect/GlobalValue"
import { type Answer, interpret } from "./Envelope.js"
import { fromHttpClientError } from "../core/internal/transport.js"
import { type AttemptFailure, type HttpMethod, type RetryPolicy, toSchedule } from "../core/RetryPolicy.js"
import {
  type CredentialsSource,
  isLoopbackHost,
  StaxConfig,
  type StaxConfigShape,
  type StaxCredentials,
  validateCredentials
} from "./StaxConfig.js"
import { AuthError, InputError, type StaxError, TransportError } from "../core/StaxError.js"

/**
 * A declared API operation: everything the pipeline needs to call it.
 *
 * @example
 * ```ts
 * const getStack = StaxClient.endpoint({
 *   name: "Stacks.get",
 *   method: "GET",
 *   path: "/stack/get",
 *   input: GetStackInput,
 *   output: Schema.Struct({ stack: Stack })
 * })
 * ```
 *
 * @since 0.1.0
 * @category Models
 */
export interface Endpoint<In, Out> {
  /** `<Area>.<operation>`: named in errors, logs and the span `Stax.<Area>.<operation>`. */
  readonly name: string
  /** The Stax.ai API knows only GET and POST. */
  readonly method: "GET" | "POST"
  /** The path below the base URL, e.g. `/stack/get`. */
  readonly path: string
  /** Validates the caller's input and encodes it: GET inputs become the query, POST inputs the JSON body. */
  readonly input: Schema.Schema<In, any>
  /** Decodes the success body (the payload keys beside `success`). */
  readonly output: Schema.Schema<Out, any>
  /**
   * Builds a non-JSON request body from the encoded input (multipart uploads). A body that is a
   * one-shot `Stream` turns retries off for the call, except for connections that never opened.
   */
  readonly body?: ((encoded: any) => Effect.Effect<HttpBody.HttpBody, InputError>) | undefined
  /**
   * For the rare path that carries a value (the worker's `/job/complete/<jobId>`): builds the request
   * path from the encoded input and the endpoint's base path (`path`, or its `StaxConfig.paths`
   * override). It must URL-encode what it inserts; `body` can leave the value out of the body.
   *
   * @example
   * ```ts
   * pathOf: (encoded, path) => `${path}/${encodeURIComponent(encoded.jobId)}`
   * ```
   */
  readonly pathOf?: ((encoded: any, path: string) => string) | undefined
  /**
   * Adjusts the configured retry policy for this endpoint, where a status means something else than
   * usual (the worker's `/job/start/` answers 429 for a job that is missing, running or done: not a
   * rate limit, so not worth retrying).
   */
  readonly retry?: ((policy: RetryPolicy) => RetryPolicy) | undefined
}

/**
 * The pipeline, as a service.
 *
 * @since 0.1.0
 * @category Models
 */
export interface StaxClientShape {
  /** The configuration this client was built with. */
  readonly config: StaxConfigShape
  /** Calls a JSON endpoint. */
  readonly call: <In, Out>(
    endpoint: Endpoint<In, Out>,
    input: In,
    options?: CallOptions
  ) => Effect.Effect<Out, StaxError | InputError>
  /**
   * Calls a binary endpoint (downloads): the body as a stream of bytes, never decoded as JSON. An
   * answer with a JSON body (an error envelope) fails the stream with `AuthError`/`ApiError`.
   */
  readonly stream: <In, Out>(
    endpoint: Endpoint<In, Out>,
    input: In,
    options?: CallOptions
  ) => Stream.Stream<Uint8Array, StaxError | InputError>
}

/**
 * Per-call options.
 *
 * @since 0.1.0
 * @category Models
 */
export interface CallOptions {
  /**
   * Credentials headers that replace the developer ones (`Email`, `Authorization`) for this call, e.g.
   * a module worker's `Module`, `Team` and `Authorization`. `Redacted` values are kept out of errors and
   * logs; like the developer credentials, they are sent only to the API's own origin.
   */
  readonly credentials?: Readonly<Record<string, string | Redacted.Redacted<string>>> | undefined
}

/** The failure of one attempt: a transport failure, or an answer whose status the policy may retry. */
class RetryableAnswer {
  readonly _tag = "RetryableAnswer"
  constructor(readonly answer: Answer) {}
}

type AttemptError = TransportError | RetryableAnswer

const toAttemptFailure = (error: AttemptError): AttemptFailure =>
  error._tag === "RetryableAnswer"
    ? { _tag: "Status", status: error.answer.status, retryAfter: error.answer.headers["retry-after"] }
    : { _tag: "Transport", maybeSent: error.maybeSent }

/**
 * Failures that another attempt cannot mend: refused credentials, a refused redirect, a body that
 * cannot be encoded, an invalid URL. They end the attempts at once.
 */
const isFinal = (error: AttemptError | AuthError): boolean =>
  error._tag === "AuthError" ||
  (error._tag === "TransportError" &&
    (error.reason === "Redirect" || error.reason === "Encode" || error.reason === "InvalidUrl"))

const decoder = new TextDecoder()

/** Whether a JSON body is the API's failure envelope (`success: false`), rather than a JSON file. */
const isFailureEnvelope = (body: string): boolean => {
  try {
    const value: unknown = JSON.parse(body)
    return typeof value === "object" && value !== null && (value as { success?: unknown }).success === false
  } catch {
    return false
  }
}

/** What one call's attempts share: the request, and the timeout and policy in force for it. */
interface Attempts {
  readonly request: HttpClientRequest.HttpClientRequest
  /** A one-shot `Stream` body: not replayed once the connection opened. */
  readonly oneShotBody: boolean
  readonly attempts: Ref.Ref<number>
  readonly policy: RetryPolicy
  readonly timeout: Duration.Duration
}

/** A per-call timeout, set with `StaxClient.withTimeout`. */
const currentTimeout = globalValue(
  "stax-effect/StaxClient/currentTimeout",
  () => FiberRef.unsafeMake<Option.Option<Duration.Duration>>(Option.none())
)

/** A per-call retry policy, set with `StaxClient.withRetryPolicy`. */
const currentRetryPolicy = globalValue(
  "stax-effect/StaxClient/currentRetryPolicy",
  () => FiberRef.unsafeMake<Option.Option<RetryPolicy>>(Option.none())
)

/** A final failure, set apart from the retryable ones while attempts are made. */
class Final {
  readonly _tag = "Final"
  constructor(readonly error: AuthError | TransportError) {}
}

const MAX_REDIRECTS = 5
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/** Header names the SDK keeps out of spans and platform logs. */
const REDACTED_HEADERS = ["authorization", "email", "cookie", "set-cookie", "x-api-key"]

/**
 * The `StaxClient` service tag, its constructor and layer.
 *
 * @since 0.1.0
 * @category Context
 */
export class StaxClient extends Context.Tag("stax-effect/StaxClient")<StaxClient, StaxClientShape>() {
  /**
   * Declares an endpoint (an identity function that fixes the types).
   */
  static endpoint<In, Out>(endpoint: Endpoint<In, Out>): Endpoint<In, Out> {
    return endpoint
  }

  /**
   * Builds the pipeline over the `HttpClient` and `StaxConfig` in context.
   */
  static readonly make: Effect.Effect<StaxClientShape, never, StaxConfig | HttpClient.HttpClient> = Effect.gen(
    function*() {
      const config = yield* StaxConfig
      const http = yield* HttpClient.HttpClient
      const credentials = yield* makeCredentials(config.credentials, config.authRetry.tokenExpiryThreshold)
      return makeShape(config, http, credentials)
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
  static readonly withTimeout: {
    (timeout: Duration.DurationInput): <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
    <A, E, R>(effect: Effect.Effect<A, E, R>, timeout: Duration.DurationInput): Effect.Effect<A, E, R>
  } = dual(
    2,
    <A, E, R>(effect: Effect.Effect<A, E, R>, timeout: Duration.DurationInput): Effect.Effect<A, E, R> =>
      Effect.locally(effect, currentTimeout, Option.some(Duration.decode(timeout)))
  )

  /**
   * Runs the SDK calls in `effect` with another retry policy than the configured one.
   *
   * @example
   * ```ts
   * Stacks.get({ stackTag: "invoices" }).pipe(StaxClient.withRetryPolicy(RetryPolicy.none))
   * ```
   */
  static readonly withRetryPolicy: {
    (policy: RetryPolicy): <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
    <A, E, R>(effect: Effect.Effect<A, E, R>, policy: RetryPolicy): Effect.Effect<A, E, R>
  } = dual(
    2,
    <A, E, R>(effect: Effect.Effect<A, E, R>, policy: RetryPolicy): Effect.Effect<A, E, R> =>
      Effect.locally(effect, currentRetryPolicy, Option.some(policy))
  )

  /**
   * The pipeline as a layer, over `StaxConfig` and any `HttpClient` (`FetchHttpClient.layer`, the
   * stand-in's `StaxLocal.layer`, ...).
   */
  static readonly layer: Layer.Layer<StaxClient, never, StaxConfig | HttpClient.HttpClient> = Layer.effect(
    StaxClient,
    StaxClient.make
  )
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

// ---------------------------------------------------------------------------------------------
// The pipeline
// ---------------------------------------------------------------------------------------------

const makeShape = (
  config: StaxConfigShape,
  http: HttpClient.HttpClient,
  credentials: Credentials
): StaxClientShape => {
  const apiOrigin = new URL(config.baseUrl).origin
  // Secrets of per-call credentials (worker keys), scrubbed like the API key.
  const callSecrets = new Set<string>()
  const secrets = () => [...credentials.secrets(), ...callSecrets]

  // The one transform: user agent and accept on every request; credentials only for the API's origin.
  // Built once per endpoint (the endpoint is named in a credentials failure), not per request.
  const clients = new Map<string, HttpClient.HttpClient.With<HttpClientError.HttpClientError | AuthError>>()
  const client = (endpoint: string) => {
    const cached = clients.get(endpoint)
    if (cached !== undefined) return cached
    const built = makeClient(endpoint)
    clients.set(endpoint, built)
    return built
  }
  const makeClient = (endpoint: string) =>
    http.pipe(
      HttpClient.mapRequest((request) =>
        request.pipe(
          HttpClientRequest.setHeader("user-agent", config.userAgent),
          HttpClientRequest.acceptJson
        )
      ),
      HttpClient.mapRequestEffect((request) =>
        new URL(request.url).origin === apiOrigin && request.headers["authorization"] === undefined
          ? Effect.map(credentials.get(endpoint), (c) =>
            request.pipe(
              HttpClientRequest.setHeader("email", c.email),
              HttpClientRequest.bearerToken(c.apiKey)
            ))
          : Effect.succeed(request)
      )
    )

  /** Sends one request, following GET redirects, without letting fetch follow them by itself. */
  const send = (
    endpoint: string,
    request: HttpClientRequest.HttpClientRequest
  ): Effect.Effect<HttpClientResponse.HttpClientResponse, TransportError | AuthError> =>
    Effect.gen(function*() {
      const init = yield* Effect.serviceOption(FetchHttpClient.RequestInit)
      const authed = client(endpoint)
      const once = (req: HttpClientRequest.HttpClientRequest) =>
        authed.execute(req).pipe(
          Effect.provideService(FetchHttpClient.RequestInit, {
            ...Option.getOrElse(init, () => ({})),
            // fetch clones (tees) the request body unless redirect is "error", and the unread copy then
            // buffers a streamed body (uploads) whole in memory. Only GETs are redirected, so an upload
            // body (FormData/Stream) is sent with "error": a 3xx answer to it is a TransportError.
            redirect: req.body._tag === "Stream" || req.body._tag === "FormData" ? "error" : "manual"
          }),
          Effect.catchIf(
            (e): e is HttpClientError.HttpClientError => e._tag === "RequestError" || e._tag === "ResponseError",
            (e) => Effect.fail(fromHttpClientError(endpoint, e, secrets()))
          )
        )
      let current = request
      for (let hop = 0;; hop++) {
        const response = yield* once(current)
        const location = response.headers["location"]
        if (current.method !== "GET" || !REDIRECT_STATUSES.has(response.status) || location === undefined) {
          return response
        }
        yield* Effect.ignore(response.arrayBuffer)
        if (hop >= MAX_REDIRECTS) {
          return yield* new TransportError({
            endpoint,
            reason: "Redirect",
            maybeSent: true,
            message: `more than ${MAX_REDIRECTS} redirects`
          })
        }
        const from = new URL(current.url)
        const to = new URL(location, from)
        if (to.protocol === "http:" && from.protocol === "https:" && !isLoopbackHost(to.hostname)) {
          return yield* new TransportError({
            endpoint,
            reason: "Redirect",
            maybeSent: true,
            message: `refused a redirect from https to http (${to.origin})`
          })
        }
        // Credentials go only to the API's own origin: another origin gets none of this call's headers.
        current = HttpClientRequest.get(to.href, { headers: to.origin === apiOrigin ? current.headers : Headers.empty })
      }
    })

  /** One attempt: send, read the answer as text, time-limited; retryable statuses fail the attempt. */
  const attemptJson = (
    endpoint: string,
    request: HttpClientRequest.HttpClientRequest,
    policy: RetryPolicy,
    timeout: Duration.Duration
  ): Effect.Effect<Answer, AttemptError | AuthError> =>
    send(endpoint, request).pipe(
      Effect.flatMap((response) =>
        response.text.pipe(
          Effect.mapError((e) => fromHttpClientError(endpoint, e, secrets())),
          Effect.map((body): Answer => ({ status: response.status, headers: response.headers, body }))
        )
      ),
      timeLimited(endpoint, timeout),
      Effect.flatMap((answer) =>
        settle(policy, answer)
      )
    )

  /** An answer whose status the policy may retry fails the attempt; any other is the attempt's result. */
  const settle = (policy: RetryPolicy, answer: Answer): Effect.Effect<Answer, RetryableAnswer> =>
    policy.statusCodes.includes(answer.status) || policy.unprocessedStatusCodes.includes(answer.status)
      ? Effect.fail(new RetryableAnswer(answer))
      : Effect.succeed(answer)

  const timeLimited = (endpoint: string, timeout: Duration.Duration) => <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    Effect.timeoutFail(effect, {
      duration: timeout,
      onTimeout: () =>
        new TransportError({
          endpoint,
          reason: "Timeout",
          maybeSent: true,
          message: `no complete answer within ${Duration.format(timeout)}`
        })
    })

  /** Retries an attempt as the policy says for this method, logging each retry. */
  const withRetries = <A>(
    endpoint: string,
    method: HttpMethod,
    policy: RetryPolicy,
    oneShotBody: boolean,
    attempt: (n: number) => Effect.Effect<A, AttemptError | AuthError>,
    attempts: Ref.Ref<number>
  ): Effect.Effect<A, AttemptError | AuthError> => {
    const counted = Ref.updateAndGet(attempts, (n) => n + 1).pipe(Effect.flatMap(attempt))
    // A one-shot body may still be retried when the connection never opened (nothing was read).
    const schedule = oneShotBody
      ? toSchedule(policy, method).pipe(
        Schedule.whileInput((f: AttemptFailure) => f._tag === "Transport" && !f.maybeSent)
      )
      : toSchedule(policy, method)
    return counted.pipe(
      // A final failure ends the attempts at once: set it apart, and carry it past the retry.
      Effect.mapError((error) => isFinal(error) ? new Final(error as AuthError | TransportError) : error as AttemptError),
      Effect.tapError((error) =>
        error._tag === "Final" ? Effect.void : Ref.get(attempts).pipe(
          Effect.flatMap((n) =>
            Effect.logDebug(
              `${endpoint}: attempt ${n} of ${policy.maxAttempts} failed (${
                error._tag === "RetryableAnswer" ? `HTTP ${error.answer.status}` : `${error.reason}: ${error.message}`
              })`
            )
          )
        )
      ),
      Effect.map((a) => Either.right(a) as Either.Either<A, AuthError | TransportError>),
      Effect.catchTag("Final", (final) => Effect.succeed(Either.left(final.error))),
      Effect.retry(Schedule.mapInput(schedule, toAttemptFailure)),
      Effect.flatMap((result) => result)
    )
  }

  /** The whole call: input → request → attempts → answer, with auth refresh and a span. */
  const run = <In, Out, A>(
    endpoint: Endpoint<In, Out>,
    input: In,
    options: CallOptions | undefined,
    finish: (call: Attempts) => Effect.Effect<A, StaxError>
  ): Effect.Effect<A, StaxError | InputError> => {
    const once = Effect.gen(function*() {
      const request = yield* buildRequest(config, endpoint, input).pipe(
        Effect.map((request) => withCallCredentials(request, options, callSecrets))
      )
      const attempts = yield* Ref.make(0)
      // Per-call overrides (`StaxClient.withTimeout`, `withRetryPolicy`), then the endpoint's adjustment.
      const timeout = Option.getOrElse(yield* FiberRef.get(currentTimeout), () => config.timeout)
      const base = Option.getOrElse(yield* FiberRef.get(currentRetryPolicy), () => config.retry)
      const policy = endpoint.retry === undefined ? base : endpoint.retry(base)
      const oneShotBody = request.body._tag === "Stream"
      const result = yield* finish({ request, oneShotBody, attempts, policy, timeout }).pipe(
        Effect.ensuring(
          Ref.get(attempts).pipe(Effect.flatMap((n) => Effect.annotateCurrentSpan("stax.attempts", n)))
        )
      )
      return result
    })
    const withAuthRefresh = once.pipe(
      Effect.retry({
        times: config.authRetry.maxAttempts - 1,
        while: (error) =>
          error._tag === "AuthError" && config.credentials._tag === "Provider"
            ? credentials.invalidate.pipe(Effect.tap(() => Effect.logDebug(`${endpoint.name}: refreshing credentials`)))
            : Effect.succeed(false)
      })
    )
    return withAuthRefresh.pipe(
      Effect.tapError((error) =>
        "status" in error && error.status !== undefined
          ? Effect.annotateCurrentSpan("http.response.status_code", error.status)
          : Effect.void
      ),
      Effect.withSpan(`Stax.${endpoint.name}`, {
        kind: "client",
        // A stack trace per call costs more than the rest of the pipeline; the span name says where.
        captureStackTrace: false,
        attributes: { "http.request.method": endpoint.method, "url.path": pathOf(config, endpoint) }
      }),
      Effect.annotateLogs({ "stax.endpoint": endpoint.name }),
      Effect.locally(Headers.currentRedactedNames, REDACTED_HEADERS),
      Logger.withMinimumLogLevel(config.logLevel)
    )
  }

  const call = <In, Out>(
    endpoint: Endpoint<In, Out>,
    input: In,
    options?: CallOptions
  ): Effect.Effect<Out, StaxError | InputError> =>
    run(endpoint, input, options, ({ attempts, oneShotBody, policy, request, timeout }) =>
      withRetries(
        endpoint.name,
        endpoint.method,
        policy,
        oneShotBody,
        () => attemptJson(endpoint.name, request, policy, timeout),
        attempts
      )
        .pipe(
          // Retries exhausted on a retryable status: that answer is the final one.
          Effect.catchIf(
            (e): e is RetryableAnswer => e._tag === "RetryableAnswer",
            (e) => Effect.succeed(e.answer)
          ),
          Effect.tap((answer) => Effect.annotateCurrentSpan("http.response.status_code", answer.status)),
          Effect.flatMap((answer) =>
            Clock.currentTimeMillis.pipe(
              Effect.flatMap((nowMillis) =>
                interpret(answer, {
                  endpoint: endpoint.name,
                  payload: endpoint.output,
                  secrets: secrets(),
                  nowMillis
                })
              )
            )
          )
        ))

  const stream = <In, Out>(
    endpoint: Endpoint<In, Out>,
    input: In,
    options?: CallOptions
  ): Stream.Stream<Uint8Array, StaxError | InputError> =>
    Stream.unwrap(
      run(endpoint, input, options, ({ attempts, oneShotBody, policy, request, timeout }) => {
        type Outcome = Either.Either<Stream.Stream<Uint8Array, StaxError>, Answer>
        const bytesOf = (response: HttpClientResponse.HttpClientResponse): Stream.Stream<Uint8Array, StaxError> =>
          response.stream.pipe(
            Stream.mapError((e): StaxError => fromHttpClientError(endpoint.name, e, secrets())),
            // A download may take long, but not stall: the timeout applies between chunks.
            Stream.timeoutFail(
              () =>
                new TransportError({
                  endpoint: endpoint.name,
                  reason: "Timeout",
                  maybeSent: true,
                  message: `no data for ${Duration.format(timeout)} while downloading`
                }),
              timeout
            )
          )
        // One attempt: a 2xx answer is the file, handed over unread, unless it is JSON, which may be a
        // failure envelope: that is read, and anything but a failure envelope is still the file.
        // The time limit covers sending and, when the body is read here, reading it (not streaming a file).
        const attempt = () =>
          send(endpoint.name, request).pipe(
            Effect.flatMap((response): Effect.Effect<Outcome, AttemptError> => {
              const ok = response.status >= 200 && response.status < 300
              const json = (response.headers["content-type"] ?? "").includes("json")
              if (ok && !json) return Effect.succeed(Either.right(bytesOf(response)))
              return response.arrayBuffer.pipe(
                Effect.mapError((e) => fromHttpClientError(endpoint.name, e, secrets())),
                Effect.flatMap((buffer): Effect.Effect<Outcome, AttemptError> => {
                  const bytes = new Uint8Array(buffer)
                  const answer: Answer = { status: response.status, headers: response.headers, body: decoder.decode(bytes) }
                  if (ok && !isFailureEnvelope(answer.body)) return Effect.succeed(Either.right(Stream.make(bytes)))
                  return Effect.map(settle(policy, answer), Either.left)
                })
              )
            }),
            timeLimited(endpoint.name, timeout)
          )
        return withRetries(endpoint.name, endpoint.method, policy, oneShotBody, attempt, attempts).pipe(
          Effect.catchIf(
            (e): e is RetryableAnswer => e._tag === "RetryableAnswer",
            (e) => Effect.succeed(Either.left(e.answer) as Outcome)
          ),
          Effect.flatMap(Either.match({
            onRight: Effect.succeed,
            onLeft: (answer) =>
              Clock.currentTimeMillis.pipe(
                Effect.flatMap((nowMillis) =>
                  interpret(answer, { endpoint: endpoint.name, payload: Schema.Unknown, secrets: secrets(), nowMillis })
                ),
                // Not reached for a 2xx (that is the file); a non-2xx always interprets as a failure.
                Effect.as(Stream.empty as Stream.Stream<Uint8Array, StaxError>)
              )
          }))
        )
      })
    )

  return { config, call, stream }
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/** Turns a `ParseError` on the caller's input into an `InputError` naming the field. */
export const inputErrorFromParseError = (endpoint: string, error: ParseResult.ParseError): InputError => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error)
  const pathOf = (issue: ParseResult.ArrayFormatterIssue) => issue.path.map(String).join(".")
  const first = issues[0]
  const field = first === undefined ? "" : pathOf(first)
  const described = issues.slice(0, 3).map((issue) => `${pathOf(issue) || "input"}: ${issue.message}`)
  return new InputError({
    endpoint,
    field,
    message: first === undefined ? error.message : described.join("; ")
  })
}

/** Sets per-call credentials headers on a request, remembering their secret values for scrubbing. */
const withCallCredentials = (
  request: HttpClientRequest.HttpClientRequest,
  options: CallOptions | undefined,
  secrets: Set<string>
): HttpClientRequest.HttpClientRequest => {
  if (options?.credentials === undefined) return request
  let out = request
  for (const [name, value] of Object.entries(options.credentials)) {
    const plain = Redacted.isRedacted(value) ? Redacted.value(value) : value
    if (Redacted.isRedacted(value)) {
      secrets.add(plain)
      if (plain.startsWith("Bearer ")) secrets.add(plain.slice("Bearer ".length))
    }
    out = HttpClientRequest.setHeader(out, name, plain)
  }
  return out
}

/** The path an endpoint is called at: its declared path, unless `StaxConfig.paths` replaces it. */
const pathOf = (config: StaxConfigShape, endpoint: Endpoint<any, any>): string =>
  config.paths[endpoint.name] ?? endpoint.path

const toUrlParams = (encoded: unknown): UrlParams.UrlParams => {
  if (encoded === null || typeof encoded !== "object") return UrlParams.empty
  const entries: Array<[string, string]> = []
  for (const [key, value] of Object.entries(encoded)) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value]) {
      entries.push([key, typeof item === "object" ? JSON.stringify(item) : String(item)])
    }
  }
  return UrlParams.fromInput(entries)
}

const buildRequest = <In, Out>(
  config: StaxConfigShape,
  endpoint: Endpoint<In, Out>,
  input: In
): Effect.Effect<HttpClientRequest.HttpClientRequest, InputError> =>
  Effect.gen(function*() {
    const encoded = yield* Schema.encodeUnknown(endpoint.input, { onExcessProperty: "error", errors: "all" })(input)
      .pipe(Effect.mapError((error) => inputErrorFromParseError(endpoint.name, error)))
    const path = pathOf(config, endpoint)
    const url = `${config.baseUrl}${endpoint.pathOf === undefined ? path : endpoint.pathOf(encoded, path)}`
    if (endpoint.method === "GET") {
      return HttpClientRequest.get(url, { urlParams: toUrlParams(encoded) })
    }
    const body = endpoint.body === undefined ? HttpBody.unsafeJson(encoded ?? {}) : yield* endpoint.body(encoded)
    return HttpClientRequest.post(url, { body })
  })
