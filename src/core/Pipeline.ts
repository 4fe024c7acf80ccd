/**
 * The request core: the one pipeline every call of both APIs goes through. An endpoint is a
 * declaration (`Endpoint`); an API supplies how a request is authorised and how an answer is
 * interpreted (`Api`); the core does the rest:
 *
 * 1. validates and encodes the input (bad input is an `InputError` naming the field; nothing is sent);
 * 2. builds `GET path?query` / `DELETE path?query` or `POST`/`PUT path` with a JSON (or multipart) body;
 * 3. adds `User-Agent` and `Accept`, and lets the API authorise requests for its own origin only;
 * 4. sends with a per-attempt time limit inside an overall deadline, reads at most `maxResponseBytes`,
 *    follows same-origin GET redirects (a JSON call never takes another origin's answer as the API's;
 *    a download may follow one, without credentials), maps transport failures to `TransportError`;
 * 5. retries as the `RetryPolicy` says for that method, honouring `Retry-After`, never past the deadline;
 * 6. interprets the answer with the API's interpreter;
 * 7. after an `AuthError`, asks the API to refresh its credentials and tries again;
 * 8. says, on every error of a write, whether the write may have been applied (`maybeApplied`);
 * 9. runs in one span `<Api>.<Area>.<operation>` (method, path, status, attempts: never a header value
 *    or a query string) and propagates it to the server (`traceparent`, `b3`).
 *
 * The success path is lean: what can be done once per endpoint is done then, and the retry and
 * credential-refresh machinery is entered only after a failure. Over `UndiciHttpClient` the time limit
 * and the size cap are enforced by the transport itself (one timer, no forked fiber); over any other
 * `HttpClient` by the pipeline. A JSON call with the API's fixed credentials over `UndiciHttpClient` takes
 * the express path (`express`): its first attempt is plain data end to end (no `HttpClientRequest`, no
 * response object, the span made with `useSpan` and never provided), and only an outcome other than an
 * accepted 2xx answer enters the general path, which goes on from that attempt (nothing is sent again).
 *
 * Everything that touches `@effect/platform`'s client lives here (and in `internal/transport.ts`), so an
 * Effect 4 port changes one place.
 *
 * @since 0.2.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as Headers from "@effect/platform/Headers"
import * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as UrlParams from "@effect/platform/UrlParams"
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as FiberRef from "effect/FiberRef"
import type * as Fiber from "effect/Fiber"
import * as Logger from "effect/Logger"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import type * as Tracer from "effect/Tracer"
import { constTrue, dual } from "effect/Function"
import { globalValue } from "effect/GlobalValue"
import type { Answer } from "./Answer.js"
import type { Api } from "./Api.js"
import type { CallOptions, Endpoint } from "./Endpoint.js"
import { CancelSlot } from "./internal/cancellable.js"
import { queryString } from "./internal/query.js"
import { traceHeaderRecord, type TraceHeaders } from "./internal/traceHeaders.js"
import * as InputCheck from "./InputCheck.js"
import { fromHttpClientError } from "./internal/transport.js"
import { type AttemptFailure, type RetryPolicy, toSchedule } from "./RetryPolicy.js"
import { ApiError, AuthError, DecodeError, InputError, type StaxError, TransportError } from "./StaxError.js"
import * as TransportLimits from "./TransportLimits.js"
import { isLoopbackHost } from "./Url.js"
import { headerValueProblem } from "./ConfigCheck.js"

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
 * cannot be encoded, an invalid URL, an answer over the size limit. They end the attempts at once.
 */
const isFinal = (error: AttemptError | AuthError): boolean =>
  error._tag === "AuthError" ||
  (error._tag === "TransportError" &&
    (error.reason === "Redirect" || error.reason === "Encode" || error.reason === "InvalidUrl" ||
      error.reason === "TooLarge"))

const decoder = new TextDecoder()
const encoder = new TextEncoder()

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

/** A per-call overall deadline, set with `withDeadline`. */
const currentCallDeadline = globalValue(
  "stax-effect/Pipeline/currentCallDeadline",
  () => FiberRef.unsafeMake<Option.Option<Duration.Duration>>(Option.none())
)

const MAX_REDIRECTS = 5
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
/** How much of a download's JSON body is read to tell a failure envelope from a JSON file. */
const SNIFF_BYTES = 64 * 1024
/** How much of a failure answer is kept (its message and excerpt are cut far shorter). */
const FAILURE_BODY_BYTES = 64 * 1024

/**
 * A per-call override: runs the SDK calls of an effect with another value of a setting (data-first or
 * data-last).
 *
 * @since 0.2.0
 * @category Per-call options
 */
export type PerCall<I> = {
  (value: I): <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(effect: Effect.Effect<A, E, R>, value: I): Effect.Effect<A, E, R>
}

const perCall = <I, V>(ref: FiberRef.FiberRef<Option.Option<V>>, decode: (input: I) => V): PerCall<I> =>
  dual(
    2,
    <A, E, R>(effect: Effect.Effect<A, E, R>, value: I): Effect.Effect<A, E, R> =>
      Effect.locally(effect, ref, Option.some(decode(value)))
  )

/**
 * Runs the SDK calls in `effect` with another per-attempt timeout than the configured one (a long
 * upload, a quick health check). Applies to every call the effect makes, of either API. The overall
 * deadline, unless set, is twice the timeout.
 *
 * @example
 * ```ts
 * Documents.upload({ files }).pipe(Pipeline.withTimeout("10 minutes"))
 * ```
 *
 * @since 0.2.0
 * @category Per-call options
 */
export const withTimeout: PerCall<Duration.DurationInput> = perCall(currentTimeout, Duration.decode)

/**
 * Runs the SDK calls in `effect` with another overall deadline per call (all attempts and the waits
 * between them) than the configured one.
 *
 * @example
 * ```ts
 * Stacks.get({ stackTag: "invoices" }).pipe(Pipeline.withDeadline("5 seconds"))
 * ```
 *
 * @since 0.2.0
 * @category Per-call options
 */
export const withDeadline: PerCall<Duration.DurationInput> = perCall(currentCallDeadline, Duration.decode)

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
export const withRetryPolicy: PerCall<RetryPolicy> = perCall(currentRetryPolicy, (policy: RetryPolicy) => policy)

/** What is worked out once per endpoint. */
interface Prepared<In, Out> {
  readonly endpoint: Endpoint<In, Out>
  readonly spanName: string
  readonly path: string
  readonly write: boolean
  readonly encode: (input: unknown) => Either.Either<unknown, ParseResult.ParseError>
  /** The endpoint's adjustment of a policy, kept per policy. */
  readonly policies: WeakMap<RetryPolicy, RetryPolicy>
  readonly spanOptions: Tracer.SpanOptions
  /** Whether a call's first attempt may take the express path (see `express`). */
  readonly express: boolean
}

/** How a call goes on once it has its `Call`: its attempts (the first one `made` already, if given) and result. */
type Finish<A> = (call: Call, made: Effect.Effect<any, AttemptError | AuthError> | undefined) => Effect.Effect<A, StaxError>

/** A first attempt already made for a call, to go on from. */
interface Resumed {
  readonly call: Call
  readonly made: (call: Call) => Effect.Effect<Answer, AttemptError | AuthError>
}

/** What one call's attempts share. */
interface Call {
  readonly name: string
  readonly request: HttpClientRequest.HttpClientRequest
  /** A one-shot `Stream` body: not replayed once the connection opened. */
  readonly oneShotBody: boolean
  readonly policy: RetryPolicy
  readonly timeout: Duration.Duration
  /** Epoch milliseconds (Effect `Clock`) when the call must be over. */
  readonly deadlineAt: number
  attempts: number
}

/**
 * Builds the pipeline of one API over an `HttpClient`.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = (api: Api, http: HttpClient.HttpClient): Pipeline => {
  const apiOrigin = new URL(api.baseUrl).origin
  // Over our own transport, time limits and size caps are the transport's: no race, no counting here.
  const ownTransport = TransportLimits.isEnforcedBy(http)
  const whole = TransportLimits.senderOf(http)
  // Secrets of per-call credentials (worker keys), scrubbed like the API's own.
  const callSecrets = new Set<string>()
  // The express path's headers: the API's own and its fixed credentials, set once.
  const expressHeaders = api.fixedHeaders === undefined ? undefined : { ...HEADERS(api), ...api.fixedHeaders }
  const expressJsonHeaders = expressHeaders && { ...expressHeaders, "content-type": "application/json" }
  const basePath = api.baseUrl.slice(apiOrigin.length)
  const secrets = () => callSecrets.size === 0 ? api.secrets() : [...api.secrets(), ...callSecrets]

  const withLogLevel = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.withFiberRuntime((fiber) =>
      fiber.getFiberRef(FiberRef.currentMinimumLogLevel)._tag === api.logLevel._tag
        ? effect
        : Logger.withMinimumLogLevel(effect, api.logLevel)
    )

  /** Authorises a request for the API's own origin (never one for another origin: a redirect's). */
  const authorized = (
    request: HttpClientRequest.HttpClientRequest,
    endpoint: string
  ): Effect.Effect<HttpClientRequest.HttpClientRequest, AuthError | TransportError> =>
    request.url.startsWith(apiOrigin) && (request.url.length === apiOrigin.length || "/?#".includes(request.url[apiOrigin.length]!))
      ? api.authorize(request, endpoint)
      : Effect.succeed(request)

  const preparedEndpoints = new WeakMap<Endpoint<any, any>, Prepared<any, any>>()
  const prepare = <In, Out>(endpoint: Endpoint<In, Out>): Prepared<In, Out> => {
    const cached = preparedEndpoints.get(endpoint)
    if (cached !== undefined) return cached
    const path = api.paths[endpoint.name] ?? endpoint.path
    const prepared: Prepared<In, Out> = {
      endpoint,
      spanName: `${api.name}.${endpoint.name}`,
      path,
      write: endpoint.method !== "GET",
      encode: InputCheck.compile(endpoint.input, { onExcessProperty: "error", errors: "all" }),
      policies: new WeakMap(),
      spanOptions: {
        kind: "client",
        // A stack trace per call costs more than the rest of the pipeline; the span name says where.
        captureStackTrace: false,
        attributes: { "http.request.method": endpoint.method, "url.path": path }
      },
      express: whole !== undefined && expressHeaders !== undefined && endpoint.body === undefined
    }
    preparedEndpoints.set(endpoint, prepared)
    return prepared
  }

  const policyFor = (prepared: Prepared<any, any>, base: RetryPolicy): RetryPolicy => {
    const adjust = prepared.endpoint.retry
    if (adjust === undefined) return base
    const cached = prepared.policies.get(base)
    if (cached !== undefined) return cached
    const policy = adjust(base)
    prepared.policies.set(base, policy)
    return policy
  }

  const transportError = (endpoint: string) => (e: HttpClientError.HttpClientError | AuthError | TransportError) =>
    e._tag === "RequestError" || e._tag === "ResponseError" ? fromHttpClientError(endpoint, e, secrets()) : e

  /** Sends one request as it is (no redirects followed), within the attempt's time limit over our transport. */
  const sendOnce = (
    call: Call,
    request: HttpClientRequest.HttpClientRequest,
    propagate: boolean
  ): Effect.Effect<HttpClientResponse.HttpClientResponse, TransportError | AuthError> =>
    Effect.withFiberRuntime((fiber) => {
      const trace = propagate ? traceHeaders(fiber, fiber.currentSpan) : undefined
      const outgoing = trace === undefined ? request : HttpClientRequest.setHeaders(request, trace)
      const sent = Effect.flatMap(authorized(outgoing, call.name), (r) => http.execute(r)).pipe(
        // For the platform's client: secret header names kept out of its logs, and its per-request
        // `http.client` span off (it would see headers and query strings; the call's span has what is safe).
        Effect.locally(Headers.currentRedactedNames, api.redactedHeaders),
        Effect.locally(HttpClient.currentTracerDisabledWhen, constTrue)
      )
      if (ownTransport) {
        // Uploads must not be redirected (the body is gone): the transport refuses a 3xx to them.
        const body = outgoing.body._tag
        return (body === "Stream" || body === "FormData"
          ? Effect.provideService(sent, FetchHttpClient.RequestInit, { redirect: "error" })
          : sent).pipe(Effect.mapError(transportError(call.name)))
      }
      const init = Option.getOrElse(Context.getOption(fiber.currentContext, FetchHttpClient.RequestInit), () => ({}))
      return sent.pipe(
        Effect.provideService(FetchHttpClient.RequestInit, {
          ...init,
          // fetch clones (tees) the request body unless redirect is "error", and the unread copy then
          // buffers a streamed body (uploads) whole in memory. Only GETs are redirected, so an upload
          // body (FormData/Stream) is sent with "error": a 3xx answer to it is a TransportError.
          redirect: outgoing.body._tag === "Stream" || outgoing.body._tag === "FormData" ? "error" : "manual"
        }),
        Effect.mapError(transportError(call.name))
      )
    })

  /**
   * Where a redirect leads, or why it is refused. A JSON call follows only redirects within the API's
   * origin (another origin's answer is not the API's); a download may follow one to another origin (a
   * presigned storage URL), without the call's headers.
   */
  const nextHop = (
    call: Call,
    current: HttpClientRequest.HttpClientRequest,
    status: number,
    location: string,
    hop: number,
    crossOrigin: boolean
  ): Either.Either<HttpClientRequest.HttpClientRequest, TransportError> => {
    const refuse = (message: string) =>
      Either.left(new TransportError({ endpoint: call.name, reason: "Redirect", maybeSent: true, message }))
    if (hop >= MAX_REDIRECTS) return refuse(`more than ${MAX_REDIRECTS} redirects`)
    let from: URL
    let to: URL
    try {
      from = new URL(current.url)
      to = new URL(location, from)
    } catch {
      return refuse(`HTTP ${status} with a Location that is not a URL`)
    }
    if (to.protocol !== "https:" && to.protocol !== "http:") {
      return refuse(`refused a redirect to a ${to.protocol.slice(0, 20)} URL`)
    }
    if (to.protocol === "http:" && from.protocol === "https:" && !isLoopbackHost(to.hostname)) {
      return refuse(`refused a redirect from https to http (${to.origin})`)
    }
    if (!crossOrigin && to.origin !== apiOrigin) {
      return refuse(`refused a redirect to another origin (${to.origin}): its answer would not be the API's`)
    }
    // Credentials go only to the API's own origin: another origin gets none of this call's headers.
    return Either.right(
      HttpClientRequest.get(to.href, { headers: to.origin === apiOrigin ? current.headers : Headers.empty })
    )
  }

  const isRedirect = (method: string, status: number, location: string | undefined): location is string =>
    method === "GET" && REDIRECT_STATUSES.has(status) && location !== undefined

  /** Sends `request` (hop `hop` of the call), following GET redirects itself. */
  const sendFrom = (
    call: Call,
    request: HttpClientRequest.HttpClientRequest,
    crossOrigin: boolean,
    hop: number
  ): Effect.Effect<HttpClientResponse.HttpClientResponse, TransportError | AuthError> =>
    Effect.flatMap(sendOnce(call, request, hop === 0), (response) => {
      const location = response.headers["location"]
      if (!isRedirect(request.method, response.status, location)) return Effect.succeed(response)
      return Effect.zipRight(
        Effect.ignore(response.arrayBuffer),
        Either.match(nextHop(call, request, response.status, location, hop, crossOrigin), {
          onLeft: Effect.fail,
          onRight: (next) => sendFrom(call, next, crossOrigin, hop + 1)
        })
      )
    })

  const send = (call: Call, crossOrigin: boolean) => sendFrom(call, call.request, crossOrigin, 0)

  /** The time left for the next attempt: the per-attempt limit, or less if the deadline is nearer. */
  const attemptLimit = (call: Pick<Call, "timeout" | "deadlineAt">, now: number): number =>
    Math.max(1, Math.min(Duration.toMillis(call.timeout), call.deadlineAt - now))

  const timedOut = (call: Call, millis: number) =>
    new TransportError({
      endpoint: call.name,
      reason: "Timeout",
      maybeSent: true,
      message: millis < Duration.toMillis(call.timeout)
        ? `the call's deadline was reached`
        : `no complete answer within ${Duration.format(call.timeout)}`
    })

  /** Runs one attempt's I/O within its time limit: the transport's timer, or a race here. */
  const limited = <A>(
    call: Call,
    effect: Effect.Effect<A, TransportError | AuthError | RetryableAnswer>,
    cap: number | undefined
  ): Effect.Effect<A, TransportError | AuthError | RetryableAnswer> =>
    Effect.flatMap(Clock.currentTimeMillis, (now) => {
      const millis = attemptLimit(call, now)
      if (ownTransport) {
        const inner = Effect.locally(effect, TransportLimits.currentDeadline, Option.some(Duration.millis(millis)))
        return cap === undefined
          ? inner
          : Effect.locally(inner, TransportLimits.currentMaxResponseBytes, Option.some(cap))
      }
      return Effect.timeoutFail(effect, { duration: Duration.millis(millis), onTimeout: () => timedOut(call, millis) })
    })

  /** Reads a whole body, at most `cap` bytes (counted after decompression, whatever the transport). */
  const readBody = (
    call: Call,
    response: HttpClientResponse.HttpClientResponse,
    cap: number
  ): Effect.Effect<Uint8Array, TransportError> => {
    const tooLarge = () =>
      new TransportError({
        endpoint: call.name,
        reason: "TooLarge",
        maybeSent: true,
        message: `the answer is larger than ${cap} bytes (maxResponseBytes)`
      })
    const declared = Number(response.headers["content-length"])
    if (Number.isFinite(declared) && declared > cap) {
      return Effect.zipRight(Effect.ignore(Stream.runDrain(Stream.take(response.stream, 0))), Effect.fail(tooLarge()))
    }
    if (ownTransport) {
      // The transport counts the bytes as they arrive and aborts past the cap.
      return response.arrayBuffer.pipe(
        Effect.map((buffer) => new Uint8Array(buffer)),
        Effect.mapError((e) => fromHttpClientError(call.name, e, secrets()))
      )
    }
    return response.stream.pipe(
      // No body at all is an empty answer (the interpreter says what that means), not a broken connection.
      Stream.catchAll((e) => e._tag === "ResponseError" && e.reason === "EmptyBody" ? Stream.empty : Stream.fail(e)),
      Stream.mapError((e) => fromHttpClientError(call.name, e, secrets())),
      Stream.runFoldEffect({ chunks: [] as Array<Uint8Array>, size: 0 }, (acc, chunk) => {
        acc.size += chunk.byteLength
        if (acc.size > cap) return Effect.fail(tooLarge())
        acc.chunks.push(chunk)
        return Effect.succeed(acc)
      }),
      Effect.map(({ chunks, size }) => concat(chunks, size))
    )
  }

  const answerOf = (response: HttpClientResponse.HttpClientResponse, bytes: Uint8Array): Answer => ({
    status: response.status,
    headers: response.headers,
    body: decoder.decode(bytes)
  })

  /** An answer whose status the policy may retry fails the attempt; any other is the attempt's result. */
  const settle = (policy: RetryPolicy, answer: Answer): Effect.Effect<Answer, RetryableAnswer> =>
    policy.statusCodes.includes(answer.status) || policy.unprocessedStatusCodes.includes(answer.status)
      ? Effect.fail(new RetryableAnswer(answer))
      : Effect.succeed(answer)

  /** One attempt of a JSON call: send, read the answer (capped), time-limited; retryable statuses fail it. */
  const attemptJson = (call: Call): Effect.Effect<Answer, AttemptError | AuthError> =>
    whole !== undefined && (call.request.body._tag === "Empty" || call.request.body._tag === "Uint8Array")
      ? leanAttempt(whole, call)
      : fullAttempt(call)

  /**
   * One attempt over our own transport's whole-exchange sender: no `HttpClientRequest` copies beyond
   * authorisation, no response object, the time limit and size cap enforced by the transport.
   */
  const leanAttempt = (send: TransportLimits.Send, call: Call): Effect.Effect<Answer, AttemptError | AuthError> =>
    Effect.withFiberRuntime((fiber) =>
      Effect.flatMap(api.authorize(call.request, call.name), (request) => {
        const now = Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeMillis()
        let headers: Record<string, string> = request.headers
        const body = request.body._tag === "Uint8Array" ? request.body : undefined
        if (body !== undefined) headers = Object.assign({}, headers, { "content-type": body.contentType })
        headers = withTraceHeaders(headers, traceHeaders(fiber, fiber.currentSpan))
        const query = queryString(request.urlParams)
        const path = request.url.slice(apiOrigin.length) + (query === "" ? "" : `?${query}`)
        return send({
          origin: apiOrigin,
          path,
          method: request.method,
          headers,
          body: body?.body,
          deadlineMillis: attemptLimit(call, now),
          maxBytes: api.maxResponseBytes
        }).pipe(
          Effect.mapError((cause) => wholeError(call, request, cause)),
          Effect.flatMap((answer): Effect.Effect<Answer, AttemptError | AuthError> => {
            const location = answer.headers["location"]
            if (!isRedirect(request.method, answer.status, location)) {
              return settle(call.policy, { status: answer.status, headers: answer.headers, body: decoder.decode(answer.body) })
            }
            return redirected(call, request, answer.status, location)
          })
        )
      })
    )

  /** The rest of an attempt whose first hop was redirected: the other hops take the general path. */
  const redirected = (
    call: Call,
    request: HttpClientRequest.HttpClientRequest,
    status: number,
    location: string
  ): Effect.Effect<Answer, AttemptError | AuthError> =>
    Either.match(nextHop(call, request, status, location, 0, false), {
      onLeft: Effect.fail,
      onRight: (next) => attemptFrom(call, next, 1)
    })

  /** A failure of the whole-exchange sender, as a `TransportError`. */
  const wholeError = (call: Call, request: HttpClientRequest.HttpClientRequest, cause: Error): TransportError => {
    const code = (cause as { code?: unknown }).code
    const reason = code === "UND_ERR_INVALID_ARG" || code === "UND_ERR_NOT_SUPPORTED" ? "Encode" : "Transport"
    return fromHttpClientError(call.name, new HttpClientError.RequestError({ request, reason, cause }), secrets())
  }

  const fullAttempt = (call: Call): Effect.Effect<Answer, AttemptError | AuthError> => attemptFrom(call, call.request, 0)

  /** An attempt on the general path, from `request` (hop `hop` of the call): send, read (capped), settle. */
  const attemptFrom = (
    call: Call,
    request: HttpClientRequest.HttpClientRequest,
    hop: number
  ): Effect.Effect<Answer, AttemptError | AuthError> =>
    limited(
      call,
      Effect.flatMap(sendFrom(call, request, false, hop), (response) =>
        Effect.map(readBody(call, response, api.maxResponseBytes), (bytes) => answerOf(response, bytes))),
      api.maxResponseBytes
    ).pipe(Effect.flatMap((answer) => settle(call.policy, answer)))

  /**
   * Makes the attempts: the first one on the lean path; only after a retryable failure does the
   * policy's schedule take over (and it stops rather than wait past the deadline).
   */
  const withRetries = <A>(
    call: Call,
    attempt: (call: Call) => Effect.Effect<A, AttemptError | AuthError>,
    made?: Effect.Effect<A, AttemptError | AuthError>
  ): Effect.Effect<A, AttemptError | AuthError> => {
    const counted = Effect.suspend(() => {
      call.attempts++
      return attempt(call)
    })
    // `made`: the outcome of a first attempt already made (and counted) on the express path.
    return Effect.catchAll(made ?? counted, (first) => {
      if (isFinal(first) || call.policy.maxAttempts <= 1) return Effect.fail(first)
      const base = toSchedule(call.policy, call.request.method, { deadlineAt: call.deadlineAt })
      // A one-shot body may still be retried when the connection never opened (nothing was read).
      const schedule = call.oneShotBody
        ? base.pipe(Schedule.whileInput((f: AttemptFailure) => f._tag === "Transport" && !f.maybeSent))
        : base
      let replayFirst = true
      const again = Effect.suspend((): Effect.Effect<A, AttemptError | AuthError> => {
        if (replayFirst) {
          // The schedule's first input is the failure already seen; nothing is sent for it.
          replayFirst = false
          return Effect.fail(first)
        }
        return counted
      })
      return again.pipe(
        Effect.tapError((error) =>
          isFinal(error) ? Effect.void : logDebug(
            call.name,
            `${call.name}: attempt ${call.attempts} of ${call.policy.maxAttempts} failed (${
              error._tag === "RetryableAnswer" ? `HTTP ${error.answer.status}` : `${error.reason}: ${error.message}`
            })`
          )
        ),
        // A final failure ends the attempts at once: carry it past the retry as a value.
        Effect.map((a): Either.Either<A, AuthError | TransportError> => Either.right(a)),
        Effect.catchIf(
          (error): error is AuthError | TransportError => isFinal(error),
          (error) => Effect.succeed(Either.left(error))
        ),
        Effect.retry(Schedule.mapInput(schedule, toAttemptFailure)),
        Effect.flatMap((result) => result)
      )
    })
  }

  /** Builds a call's request from the input (an `InputError` names the field; nothing is sent). */
  const start = <In, Out>(
    prepared: Prepared<In, Out>,
    input: In,
    options: CallOptions | undefined
  ): Effect.Effect<Call, InputError> =>
    Effect.withFiberRuntime((fiber) => {
      const { endpoint } = prepared
      const encoded = prepared.encode(input)
      if (Either.isLeft(encoded)) return Effect.fail(inputErrorFromParseError(endpoint.name, encoded.left))
      const built = Effect.flatMap(buildRequest(api, prepared, encoded.right), (request) =>
        withCallCredentials(endpoint.name, request, options, callSecrets))
      return Effect.zipWith(built, Clock.currentTimeMillis, (request, now) => ({
        name: endpoint.name,
        request,
        oneShotBody: request.body._tag === "Stream",
        ...limitsOf(prepared, fiber, now),
        attempts: 0
      }))
    })

  /** A call's time limits and retry policy: the per-call settings of the fiber, else the API's. */
  const limitsOf = (
    prepared: Prepared<any, any>,
    fiber: Fiber.RuntimeFiber<unknown, unknown>,
    now: number
  ): Pick<Call, "policy" | "timeout" | "deadlineAt"> => {
    const timeout = Option.getOrElse(fiber.getFiberRef(currentTimeout), () => api.timeout)
    const deadline = Option.getOrElse(
      fiber.getFiberRef(currentCallDeadline),
      () => api.deadline ?? Duration.times(timeout, 2)
    )
    const base = Option.getOrElse(fiber.getFiberRef(currentRetryPolicy), () => api.retry)
    return { policy: policyFor(prepared, base), timeout, deadlineAt: now + Duration.toMillis(deadline) }
  }

  /** Says, on an error of a write, whether the write may have been applied. */
  const withOutcome = (prepared: Prepared<any, any>, call: Call | undefined) => (error: StaxError): StaxError => {
    if (!prepared.write) return error
    const unprocessed = call?.policy.unprocessedStatusCodes ?? api.retry.unprocessedStatusCodes
    const maybeApplied = error._tag === "TransportError"
      ? error.maybeSent
      : error.status === undefined
      ? false
      : error._tag === "DecodeError" && error.status >= 200 && error.status < 300
      ? true
      : error.status >= 500 && !unprocessed.includes(error.status)
    switch (error._tag) {
      case "TransportError":
        return new TransportError({ ...fieldsOf(TransportError.fields, error), maybeApplied })
      case "ApiError":
        return new ApiError({ ...fieldsOf(ApiError.fields, error), maybeApplied })
      case "AuthError":
        return new AuthError({ ...fieldsOf(AuthError.fields, error), maybeApplied })
      case "DecodeError":
        return new DecodeError({ ...fieldsOf(DecodeError.fields, error), maybeApplied })
    }
  }

  /** The whole call: input → request → attempts → result, with auth refresh, the outcome and a span. */
  const run = <In, Out, A>(
    endpoint: Endpoint<In, Out>,
    input: In,
    options: CallOptions | undefined,
    finish: Finish<A>
  ): Effect.Effect<A, StaxError | InputError> => {
    const prepared = prepare(endpoint)
    return inSpan(prepared, (span) => Effect.withParentSpan(runBody(prepared, input, options, finish, undefined), span)).pipe(
      // The SDK's own log lines follow the configured level; nothing to set when it is already the fiber's.
      withLogLevel
    )
  }

  /**
   * A call without its span: input → request → attempts → result, with auth refresh and the outcome. With
   * `resumed`, it goes on from a first attempt already made (the express path's) for that call.
   */
  const runBody = <A>(
    prepared: Prepared<any, any>,
    input: unknown,
    options: CallOptions | undefined,
    finish: Finish<A>,
    resumed: Resumed | undefined
  ): Effect.Effect<A, StaxError | InputError> => {
    const { endpoint } = prepared
    let current: Call | undefined
    let pending = resumed
    const once = Effect.suspend(() => {
      if (pending !== undefined) {
        const { call, made } = pending
        pending = undefined
        current = call
        return finish(call, made(call))
      }
      return Effect.flatMap(start(prepared, input as never, options), (call) => {
        current = call
        return finish(call, undefined)
      })
    })
    const withAuthRefresh = api.authAttempts <= 1 ? once : Effect.catchTag(once, "AuthError", (error) =>
      api.refreshAuth.pipe(
        Effect.flatMap((refreshed) =>
          refreshed
            ? Effect.zipRight(logDebug(endpoint.name, `${endpoint.name}: refreshing credentials`), once)
            : Effect.fail(error)
        )
      ))
    return withAuthRefresh.pipe(
      Effect.mapError((error) => error._tag === "InputError" ? error : withOutcome(prepared, current)(error)),
      Effect.onExit((exit) =>
        Effect.annotateCurrentSpan({
          "stax.attempts": current?.attempts ?? 0,
          ...(exit._tag === "Failure" ? statusAttribute(exit.cause) : {})
        })
      )
    )
  }

  const interpretAnswer = <Out>(call: Call, endpoint: Endpoint<any, Out>, answer: Answer) =>
    Effect.flatMap(Clock.currentTimeMillis, (nowMillis) =>
      Effect.annotateCurrentSpan("http.response.status_code", answer.status).pipe(
        Effect.zipRight(api.interpret(answer, { endpoint: call.name, payload: endpoint.output, secrets: secrets(), nowMillis, decoding: api.decoding }))
      ))

  /** The attempts of a JSON call and the final answer's interpretation. */
  const jsonFinish = <Out>(endpoint: Endpoint<any, Out>): Finish<Out> => (call, made) =>
    withRetries(call, attemptJson, made).pipe(
      // Retries exhausted on a retryable status: that answer is the final one.
      Effect.catchIf((e): e is RetryableAnswer => e._tag === "RetryableAnswer", (e) => Effect.succeed(e.answer)),
      Effect.flatMap((answer) => interpretAnswer(call, endpoint, answer))
    )

  const call = <In, Out>(
    endpoint: Endpoint<In, Out>,
    input: In,
    options?: CallOptions
  ): Effect.Effect<Out, StaxError | InputError> => {
    const prepared = prepare(endpoint)
    return prepared.express && options?.credentials === undefined
      ? express(prepared, input)
      : run(endpoint, input, options, jsonFinish(endpoint))
  }

  /**
   * The express path of a JSON call with the API's fixed credentials over our own transport: the first
   * attempt's request is plain data (path, headers and body worked out here; no `HttpClientRequest`),
   * sent by the transport's whole-exchange sender, and a 2xx answer the API accepts is decoded at once.
   * Anything else (a failure, a status to retry or interpret, a redirect) goes on along the general path
   * from that first attempt's outcome: nothing is sent again for it.
   */
  const express = <In, Out>(prepared: Prepared<In, Out>, input: In): Effect.Effect<Out, StaxError | InputError> =>
    // The span's finalizer also cancels the first attempt's exchange if it never answered (`cancellableIn`).
    inSpan(prepared, (span, slot) =>
      Effect.withFiberRuntime<Out, StaxError | InputError>((fiber) => {
        const { endpoint } = prepared
        const encoded = prepared.encode(input)
        if (Either.isLeft(encoded)) {
          span.attribute("stax.attempts", 0)
          return Effect.fail(inputErrorFromParseError(endpoint.name, encoded.left))
        }
        const clock = Context.get(fiber.currentDefaultServices, Clock.Clock)
        const now = clock.unsafeCurrentTimeMillis()
        const limits = limitsOf(prepared, fiber, now)
        const fields = omitted(encoded.right, endpoint.omit)
        const bodyless = isBodyless(endpoint.method)
        const query = bodyless ? queryString(toUrlParams(fields)) : ""
        const headers = withTraceHeaders(bodyless ? expressHeaders! : expressJsonHeaders!, traceHeaders(fiber, span))
        // Counted before it is sent: an interrupted first attempt was an attempt.
        span.attribute("stax.attempts", 1)
        /** Goes on along the general path from the first attempt's outcome. */
        const resume = (made: (call: Call) => Effect.Effect<Answer, AttemptError | AuthError>) =>
          Effect.flatMap(requestOf(api, prepared, encoded.right), (request) => {
            const call: Call = { name: endpoint.name, request, oneShotBody: false, ...limits, attempts: 1 }
            return runBody(prepared, input, undefined, jsonFinish(endpoint), { call, made })
          }).pipe(Effect.withParentSpan(span), withLogLevel)
        return Effect.matchEffect(
          whole!({
            origin: apiOrigin,
            path: basePath + targetOf(prepared, encoded.right) + (query === "" ? "" : `?${query}`),
            method: endpoint.method,
            headers,
            body: bodyless ? undefined : encoder.encode(JSON.stringify(fields ?? {})),
            deadlineMillis: attemptLimit(limits, now),
            maxBytes: api.maxResponseBytes
          }, slot),
          {
            onFailure: (cause) => resume((call) => Effect.fail(wholeError(call, call.request, cause))),
            onSuccess: (exchanged) => {
              const { status } = exchanged
              const location = exchanged.headers["location"]
              if (isRedirect(endpoint.method, status, location)) {
                // The redirect is followed on the general path, with the credentials on the request.
                return resume((call) => redirected(call, HttpClientRequest.setHeaders(call.request, api.fixedHeaders!), status, location))
              }
              const answer: Answer = { status, headers: exchanged.headers, body: decoder.decode(exchanged.body) }
              if (limits.policy.statusCodes.includes(status) || limits.policy.unprocessedStatusCodes.includes(status)) {
                return resume(() => Effect.fail(new RetryableAnswer(answer)))
              }
              span.attribute("http.response.status_code", status)
              const result = api.interpret(answer, {
                endpoint: endpoint.name,
                payload: endpoint.output,
                secrets: secrets(),
                nowMillis: clock.unsafeCurrentTimeMillis(),
                decoding: api.decoding
              })
              if (Either.isLeft(result)) return resume(() => Effect.succeed(answer))
              return Effect.succeed(result.right)
            }
          }
        )
      }))

  /**
   * A download's body: the bytes as they come, each wait for the next chunk bounded by the timeout (and
   * the whole download by `downloadTimeout`, when set). A JSON body is sniffed from a bounded prefix: a
   * failure envelope fails the stream; anything else (a JSON file) is the file.
   */
  const bytesOf = (
    call: Call,
    endpoint: Endpoint<any, any>,
    response: HttpClientResponse.HttpClientResponse
  ): Stream.Stream<Uint8Array, StaxError> => {
    const raw = response.stream.pipe(Stream.mapError((e): StaxError => fromHttpClientError(call.name, e, secrets())))
    // Our transport times the wait between chunks itself (the attempt's limit becomes an idle timeout).
    const idle = ownTransport ? raw : raw.pipe(
      Stream.timeoutFail(
        () =>
          new TransportError({
            endpoint: call.name,
            reason: "Timeout",
            maybeSent: true,
            message: `no data for ${Duration.format(call.timeout)} while downloading`
          }),
        call.timeout
      )
    )
    const total = api.downloadTimeout === undefined ? idle : idle.pipe(
      Stream.haltWhen(
        Effect.zipRight(
          Effect.sleep(api.downloadTimeout),
          Effect.fail(
            new TransportError({
              endpoint: call.name,
              reason: "Timeout",
              maybeSent: true,
              message: `the download took longer than ${Duration.format(api.downloadTimeout)}`
            })
          )
        )
      )
    )
    const json = (response.headers["content-type"] ?? "").includes("json")
    if (!json) return total
    return Stream.unwrapScoped(Effect.gen(function*() {
      const pull = yield* Stream.toPull(total)
      const prefix: Array<Uint8Array> = []
      let size = 0
      let ended = false
      while (size <= SNIFF_BYTES) {
        const next = yield* Effect.either(pull)
        if (Either.isLeft(next)) {
          if (Option.isNone(next.left)) {
            ended = true
            break
          }
          return yield* Effect.fail(next.left.value)
        }
        for (const chunk of next.right) {
          prefix.push(chunk)
          size += chunk.byteLength
        }
      }
      if (ended) {
        const text = decoder.decode(concat(prefix, size))
        if (api.isFailureBody(text)) {
          // Fails with the API's error; should the interpreter accept it after all, it is the file.
          yield* interpretAnswer(call, endpoint, { status: response.status, headers: response.headers, body: text })
        }
        return Stream.fromIterable(prefix)
      }
      const rest = Stream.repeatEffectChunkOption(pull)
      return Stream.concat(Stream.fromIterable(prefix), rest)
    }))
  }

  const stream = <In, Out>(
    endpoint: Endpoint<In, Out>,
    input: In,
    options?: CallOptions
  ): Stream.Stream<Uint8Array, StaxError | InputError> =>
    Stream.unwrap(
      run(endpoint, input, options, (call) => {
        type Outcome = Either.Either<HttpClientResponse.HttpClientResponse, Answer>
        // One attempt: a 2xx answer is handed over unread (its bytes are the file); any other is read
        // (a bounded prefix) to be interpreted or retried. The time limit covers sending and the head.
        const attempt = (call: Call): Effect.Effect<Outcome, AttemptError | AuthError> =>
          limited(
            call,
            Effect.flatMap(send(call, true), (response): Effect.Effect<Outcome, AttemptError | AuthError> => {
              if (response.status >= 200 && response.status < 300) return Effect.succeed(Either.right(response))
              return readBody(call, response, FAILURE_BODY_BYTES).pipe(
                Effect.catchIf(
                  (e) => e.reason === "TooLarge",
                  () => Effect.succeed(new TextEncoder().encode(`HTTP ${response.status} with a large body`))
                ),
                Effect.flatMap((bytes) => settle(call.policy, answerOf(response, bytes))),
                Effect.map(Either.left)
              )
            }),
            undefined
          )
        return withRetries(call, attempt).pipe(
          Effect.catchIf(
            (e): e is RetryableAnswer => e._tag === "RetryableAnswer",
            (e) => Effect.succeed(Either.left(e.answer) as Outcome)
          ),
          Effect.flatMap(Either.match({
            onRight: (response) => Effect.succeed(bytesOf(call, endpoint, response)),
            // A non-2xx answer always interprets as a failure.
            onLeft: (answer) =>
              Effect.as(interpretAnswer(call, endpoint, answer), Stream.empty as Stream.Stream<Uint8Array, StaxError>)
          }))
        )
      })
    )

  return { call, stream }
}

/** An error's own fields (a copy to rebuild it with one more), without `_tag` and the stack. */
const fieldsOf = <E extends object>(fields: Readonly<Record<string, unknown>>, error: E): E => {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(fields)) {
    if (key !== "_tag" && Object.hasOwn(error, key)) out[key] = (error as Record<string, unknown>)[key]
  }
  return out as E
}

/** A debug line of the SDK's, annotated with the endpoint (`stax.endpoint`). */
const logDebug = (endpoint: string, message: string): Effect.Effect<void> =>
  Effect.annotateLogs(Effect.logDebug(message), "stax.endpoint", endpoint)

const concat = (chunks: ReadonlyArray<Uint8Array>, size: number): Uint8Array => {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

/** The HTTP status of a failed call, for its span. */
const statusAttribute = (cause: Cause.Cause<StaxError | InputError>): Record<string, number> => {
  const failure = Cause.failureOption(cause)
  return Option.isSome(failure) && "status" in failure.value && typeof failure.value.status === "number"
    ? { "http.response.status_code": failure.value.status }
    : {}
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/**
 * Turns a `ParseError` on the caller's input into an `InputError` naming the field.
 *
 * @since 0.2.0
 * @category Errors
 */
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

/**
 * Sets per-call credentials headers on a request, remembering their secret values for scrubbing. A value
 * that cannot be sent as a header is an `InputError` naming it (nothing is sent).
 */
const withCallCredentials = (
  endpoint: string,
  request: HttpClientRequest.HttpClientRequest,
  options: CallOptions | undefined,
  secrets: Set<string>
): Either.Either<HttpClientRequest.HttpClientRequest, InputError> => {
  if (options?.credentials === undefined) return Either.right(request)
  let out = request
  for (const [name, value] of Object.entries(options.credentials)) {
    const plain = Redacted.isRedacted(value) ? Redacted.value(value) : value
    const problem = headerValueProblem(`credentials.${name}`, plain) ??
      (/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) ? undefined : `credentials: ${JSON.stringify(name.slice(0, 40))} is not a header name`)
    if (problem !== undefined) return Either.left(new InputError({ endpoint, field: `credentials.${name}`, message: problem }))
    if (Redacted.isRedacted(value)) {
      secrets.add(plain)
      if (plain.startsWith("Bearer ")) secrets.add(plain.slice("Bearer ".length))
    }
    out = HttpClientRequest.setHeader(out, name, plain)
  }
  return Either.right(out)
}

/**
 * The trace headers (`traceparent`, `b3`) of the call's span, or `undefined`: none when propagation or
 * tracing is off (a disabled tracer's no-op span has no ids to send), as the platform's client does.
 */
const traceHeaders = (
  fiber: Fiber.RuntimeFiber<unknown, unknown>,
  span: Tracer.AnySpan | undefined
): TraceHeaders | undefined =>
  span !== undefined && span._tag === "Span" && fiber.getFiberRef(FiberRef.currentTracerEnabled) &&
    fiber.getFiberRef(HttpClient.currentTracerPropagation)
    ? traceHeaderRecord(span)
    : undefined

/**
 * Runs a call's `body` in a span of its own with one finalizer, which runs `slot` (cancelling a first
 * attempt that never answered: an interruption) and ends the span as `Effect.useSpan` ends one, but with
 * `Exit.void` on success: a span keeps the exit it ends with, and a call's success value is the whole
 * decoded answer (kept there, it outlived the call, ~7 KB per call under load, and went to every tracer).
 * One finalizer rather than `useSpan`'s plus the sender's own `onInterrupt`: each costs a few µs of a call.
 */
const inSpan = <A, E>(
  prepared: Prepared<any, any>,
  body: (span: Tracer.Span, slot: CancelSlot) => Effect.Effect<A, E>
): Effect.Effect<A, E> =>
  Effect.flatMap(Effect.makeSpan(prepared.spanName, prepared.spanOptions), (span) => {
    const slot = new CancelSlot()
    return Effect.onExit(body(span, slot), (exit) =>
      Effect.withFiberRuntime<void>((fiber) => {
        slot.run()
        if (span.status._tag !== "Ended") {
          const endTime = fiber.getFiberRef(FiberRef.currentTracerTimingEnabled)
            ? Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeNanos()
            : BigInt(0)
          span.end(endTime, Exit.isSuccess(exit) ? Exit.void : exit)
        }
        return Effect.void
      }))
  })

/**
 * Plain headers with the trace headers added, with `Object.assign` onto a fresh object: V8 copies both
 * objects on its fast path (~80 ns), where `{ ...headers, ...trace }`, or a clone then two stores, takes
 * ~1.2 µs (and ~4 µs of a call, timed in place).
 */
const withTraceHeaders = (
  headers: Readonly<Record<string, string>>,
  trace: TraceHeaders | undefined
): Readonly<Record<string, string>> => trace === undefined ? headers : Object.assign({}, headers, trace)

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

const HEADERS = (api: Api) => ({ "user-agent": api.userAgent, accept: "application/json" })

const buildRequest = (
  api: Api,
  prepared: Prepared<any, any>,
  encoded: unknown
): Effect.Effect<HttpClientRequest.HttpClientRequest, InputError> => {
  const { endpoint } = prepared
  if (endpoint.body === undefined || isBodyless(endpoint.method)) return requestOf(api, prepared, encoded)
  const url = `${api.baseUrl}${targetOf(prepared, encoded)}`
  return Effect.map(endpoint.body(encoded), (body) => HttpClientRequest.make(endpoint.method)(url, { body, headers: HEADERS(api) }))
}

/** The path of a call (the endpoint's, with the input in it where the endpoint says so). */
const targetOf = (prepared: Prepared<any, any>, encoded: unknown): string =>
  prepared.endpoint.pathOf === undefined ? prepared.path : prepared.endpoint.pathOf(encoded, prepared.path)

/** Whether a method carries its input as query parameters (no body). */
const isBodyless = (method: string): boolean => method === "GET" || method === "DELETE"

/** The request of an endpoint without a body of its own: query parameters, or the fields as JSON. */
const requestOf = (
  api: Api,
  prepared: Prepared<any, any>,
  encoded: unknown
): Effect.Effect<HttpClientRequest.HttpClientRequest> => {
  const { endpoint } = prepared
  const url = `${api.baseUrl}${targetOf(prepared, encoded)}`
  const fields = omitted(encoded, endpoint.omit)
  const headers = HEADERS(api)
  return Effect.succeed(
    isBodyless(endpoint.method)
      ? HttpClientRequest.make(endpoint.method)(url, { urlParams: toUrlParams(fields), headers })
      : HttpClientRequest.make(endpoint.method)(url, { body: HttpBody.unsafeJson(fields ?? {}), headers })
  )
}
