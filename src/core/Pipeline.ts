/**
 * The request core: the one pipeline every call of both APIs goes through. An endpoint is a
 * declaration (`Endpoint`); an API supplies how a request is authorised and how an answer is
 * interpreted (`Api`); the core does the rest:
 *
 * 1. validates and encodes the input (bad input is an `InputError` naming the field; nothing is sent);
 * 2. builds `GET path?query` / `DELETE path?query` or `POST`/`PUT path` with a JSON (or multipart) body;
 * 3. adds `User-Agent` and `Accept`, and lets the API authorise requests for its own origin only;
 * 4. sends with a per-attempt timeout, follows GET redirects (authorisation is dropped on another
 *    origin, downgrades to http are refused), maps transport failures to `TransportError`;
 * 5. retries as the `RetryPolicy` says for that method, honouring `Retry-After`;
 * 6. interprets the answer with the API's interpreter;
 * 7. after an `AuthError`, asks the API to refresh its credentials and tries again;
 * 8. runs in a span `<Api>.<Area>.<operation>` with method, path, status and attempts as attributes.
 *
 * Everything that touches `@effect/platform`'s client lives here (and in `internal/transport.ts`), so an
 * Effect 4 port changes one place.
 *
 * @since 0.2.0
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
  Duration,
  Effect,
  Either,
  FiberRef,
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
import type { Answer } from "./Answer.js"
import type { Api } from "./Api.js"
import type { CallOptions, Endpoint } from "./Endpoint.js"
import { fromHttpClientError } from "./internal/transport.js"
import { type AttemptFailure, type HttpMethod, type RetryPolicy, toSchedule } from "./RetryPolicy.js"
import { type AuthError, InputError, type StaxError, TransportError } from "./StaxError.js"
import { isLoopbackHost } from "./Url.js"

/**
 * The pipeline over one API: JSON calls and binary downloads.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Pipeline {
  /** Calls a JSON endpoint. */
  readonly call: <In, Out>(
    endpoint: Endpoint<In, Out>,
    input: In,
    options?: CallOptions
  ) => Effect.Effect<Out, StaxError | InputError>
  /**
   * Calls a binary endpoint (downloads): the body as a stream of bytes, never decoded as JSON. A
   * failure answer fails the stream with the API's typed error.
   */
  readonly stream: <In, Out>(
    endpoint: Endpoint<In, Out>,
    input: In,
    options?: CallOptions
  ) => Stream.Stream<Uint8Array, StaxError | InputError>
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

/** What one call's attempts share: the request, and the timeout and policy in force for it. */
interface Attempts {
  readonly request: HttpClientRequest.HttpClientRequest
  /** A one-shot `Stream` body: not replayed once the connection opened. */
  readonly oneShotBody: boolean
  readonly attempts: Ref.Ref<number>
  readonly policy: RetryPolicy
  readonly timeout: Duration.Duration
}

/** A per-call timeout, set with `withTimeout`. */
const currentTimeout = globalValue(
  "stax-effect/StaxClient/currentTimeout",
  () => FiberRef.unsafeMake<Option.Option<Duration.Duration>>(Option.none())
)

/** A per-call retry policy, set with `withRetryPolicy`. */
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

/**
 * Runs the SDK calls in `effect` with another per-attempt timeout than the configured one (a long
 * upload, a quick health check). Applies to every call the effect makes, of either API.
 *
 * @example
 * ```ts
 * Documents.upload({ files }).pipe(Pipeline.withTimeout("10 minutes"))
 * ```
 *
 * @since 0.2.0
 * @category Per-call options
 */
export const withTimeout: {
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
 * Stacks.get({ stackTag: "invoices" }).pipe(Pipeline.withRetryPolicy(RetryPolicy.none))
 * ```
 *
 * @since 0.2.0
 * @category Per-call options
 */
export const withRetryPolicy: {
  (policy: RetryPolicy): <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(effect: Effect.Effect<A, E, R>, policy: RetryPolicy): Effect.Effect<A, E, R>
} = dual(
  2,
  <A, E, R>(effect: Effect.Effect<A, E, R>, policy: RetryPolicy): Effect.Effect<A, E, R> =>
    Effect.locally(effect, currentRetryPolicy, Option.some(policy))
)

/**
 * Builds the pipeline of one API over an `HttpClient`.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = (api: Api, http: HttpClient.HttpClient): Pipeline => {
  const apiOrigin = new URL(api.baseUrl).origin
  // Secrets of per-call credentials (worker keys), scrubbed like the API's own.
  const callSecrets = new Set<string>()
  const secrets = () => [...api.secrets(), ...callSecrets]

  // The one transform: user agent and accept on every request; authorisation only for the API's origin.
  // Built once per endpoint (the endpoint is named in an authorisation failure), not per request.
  const clients = new Map<string, HttpClient.HttpClient.With<HttpClientError.HttpClientError | AuthError | TransportError>>()
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
          HttpClientRequest.setHeader("user-agent", api.userAgent),
          HttpClientRequest.acceptJson
        )
      ),
      HttpClient.mapRequestEffect((request) =>
        new URL(request.url).origin === apiOrigin ? api.authorize(request, endpoint) : Effect.succeed(request)
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
      const request = yield* buildRequest(api, endpoint, input).pipe(
        Effect.map((request) => withCallCredentials(request, options, callSecrets))
      )
      const attempts = yield* Ref.make(0)
      // Per-call overrides (`StaxClient.withTimeout`, `withRetryPolicy`), then the endpoint's adjustment.
      const timeout = Option.getOrElse(yield* FiberRef.get(currentTimeout), () => api.timeout)
      const base = Option.getOrElse(yield* FiberRef.get(currentRetryPolicy), () => api.retry)
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
        times: api.authAttempts - 1,
        while: (error) =>
          error._tag === "AuthError"
            ? api.refreshAuth.pipe(
              Effect.tap((refreshed) =>
                refreshed ? Effect.logDebug(`${endpoint.name}: refreshing credentials`) : Effect.void
              )
            )
            : Effect.succeed(false)
      })
    )
    return withAuthRefresh.pipe(
      Effect.tapError((error) =>
        "status" in error && error.status !== undefined
          ? Effect.annotateCurrentSpan("http.response.status_code", error.status)
          : Effect.void
      ),
      Effect.withSpan(`${api.name}.${endpoint.name}`, {
        kind: "client",
        // A stack trace per call costs more than the rest of the pipeline; the span name says where.
        captureStackTrace: false,
        attributes: { "http.request.method": endpoint.method, "url.path": pathOf(api, endpoint) }
      }),
      Effect.annotateLogs({ "stax.endpoint": endpoint.name }),
      Effect.locally(Headers.currentRedactedNames, api.redactedHeaders),
      Logger.withMinimumLogLevel(api.logLevel)
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
                api.interpret(answer, {
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
                  if (ok && !api.isFailureBody(answer.body)) return Effect.succeed(Either.right(Stream.make(bytes)))
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
                  api.interpret(answer, { endpoint: endpoint.name, payload: Schema.Unknown, secrets: secrets(), nowMillis })
                ),
                // Not reached for a 2xx (that is the file); a non-2xx always interprets as a failure.
                Effect.as(Stream.empty as Stream.Stream<Uint8Array, StaxError>)
              )
          }))
        )
      })
    )
  return { call, stream }
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

/** The path an endpoint is called at: its declared path, unless the API's `paths` replaces it. */
const pathOf = (api: Api, endpoint: Endpoint<any, any>): string => api.paths[endpoint.name] ?? endpoint.path

/** The encoded input without the fields the path carries. */
const omitted = (encoded: unknown, omit: ReadonlyArray<string> | undefined): unknown => {
  if (omit === undefined || omit.length === 0 || encoded === null || typeof encoded !== "object") return encoded
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(encoded)) if (!omit.includes(key)) out[key] = value
  return out
}

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
  api: Api,
  endpoint: Endpoint<In, Out>,
  input: In
): Effect.Effect<HttpClientRequest.HttpClientRequest, InputError> =>
  Effect.gen(function*() {
    const encoded = yield* Schema.encodeUnknown(endpoint.input, { onExcessProperty: "error", errors: "all" })(input)
      .pipe(Effect.mapError((error) => inputErrorFromParseError(endpoint.name, error)))
    const path = pathOf(api, endpoint)
    const url = `${api.baseUrl}${endpoint.pathOf === undefined ? path : endpoint.pathOf(encoded, path)}`
    const fields = omitted(encoded, endpoint.omit)
    if (endpoint.method === "GET" || endpoint.method === "DELETE") {
      return HttpClientRequest.make(endpoint.method)(url, { urlParams: toUrlParams(fields) })
    }
    const body = endpoint.body === undefined ? HttpBody.unsafeJson(fields ?? {}) : yield* endpoint.body(encoded)
    return HttpClientRequest.make(endpoint.method)(url, { body })
  })
