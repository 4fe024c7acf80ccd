/**
 * An @effect/platform `HttpClient` over undici's dispatcher, for Node.
 *
 * Why not `FetchHttpClient`: each fetch call creates an `AbortController`/`AbortSignal`, web streams
 * and request/header copies, and a per-attempt `Effect.timeoutFail` forks two fibers; together about
 * 450 µs per call (see perf-notes). This client dispatches each request straight to a keep-alive
 * `undici.Agent` inside `Effect.async`:
 *
 * - interruption aborts the request through the dispatch controller (its socket is destroyed, never
 *   reused); no AbortController, no listener;
 * - a per-request deadline is one timer inside the transport (`withDeadline`), no fiber, no race;
 * - bodies are streamed both ways: `Stream` and `FormData` (file-backed Blobs included) uploads,
 *   `response.stream` downloads with backpressure (the socket is paused while the reader lags);
 * - redirects are never followed; response header names are lower-case, repeated headers joined
 *   with ", " (as the platform's `Headers.fromInput` does).
 * - answers are asked for compressed (`Accept-Encoding: gzip, deflate, br`, unless the request sets its
 *   own) and decoded as they stream in; the size limit counts the decoded bytes.
 *
 * Errors are the platform's: `RequestError` reason `"Transport"` with undici's or Node's error (and its
 * `code`: `ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`, ...) as `cause`; `"InvalidUrl"`; `"Encode"`
 * for a request undici refuses to encode (e.g. an invalid header). A failed body read is a
 * `ResponseError` reason `"Decode"`.
 *
 * @example
 * ```ts
 * import { UndiciHttpClient } from "stax-effect/node"
 *
 * program.pipe(
 *   UndiciHttpClient.withDeadline("10 seconds"),
 *   Effect.provide(UndiciHttpClient.layer)
 * )
 * ```
 *
 * @since 0.2.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as UrlParams from "@effect/platform/UrlParams"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import { dual } from "effect/Function"
import { globalValue } from "effect/GlobalValue"
import type * as Fiber from "effect/Fiber"
import { Readable } from "node:stream"
import { Agent, type Dispatcher } from "undici"
import { cancellable } from "../core/internal/cancellable.js"
import { withAcceptEncoding } from "./internal/undiciDecoder.js"
import { Exchange } from "./internal/undiciExchange.js"
import * as Sender from "../core/pipeline/Sender.js"
import { type DispatchBody, toDispatchBody } from "./internal/undiciRequestBody.js"
import { UndiciResponse } from "./internal/undiciResponse.js"
import { isTracerDisabled, traced } from "./internal/undiciTracing.js"
import * as UndiciSender from "./internal/undiciSender.js"

export { DEADLINE_CODE, DeadlineExceededError, isDeadlineExceeded } from "./DeadlineExceededError.js"
export { isResponseTooLarge, ResponseTooLargeError, TOO_LARGE_CODE } from "./ResponseTooLargeError.js"

/**
 * Options of `make` / `layerWith`. Durations accept any `Duration.DurationInput`.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Options {
  /**
   * The dispatcher to send through (an `Agent`, `Pool`, `MockAgent`, a composed dispatcher...). It is
   * not closed with the scope. Without it, an `undici.Agent` built from the options below is owned
   * by the scope and destroyed when it closes.
   */
  readonly dispatcher?: Dispatcher | undefined
  /** Maximum sockets per origin (undici's `connections`). Default: unlimited. */
  readonly connections?: number | undefined
  /** How long an idle keep-alive socket is kept when the server gives no hint. Default: 4 seconds. */
  readonly keepAliveTimeout?: Duration.DurationInput | undefined
  /** The longest keep-alive a server's `Keep-Alive: timeout=` hint may set. Default: 10 minutes. */
  readonly keepAliveMaxTimeout?: Duration.DurationInput | undefined
  /** Limit on establishing a connection (TCP and TLS). Default: 10 seconds (undici's). */
  readonly connectTimeout?: Duration.DurationInput | undefined
  /** undici's own timer on waiting for the response head; a backstop under `withDeadline`. Default: 300 seconds. */
  readonly headersTimeout?: Duration.DurationInput | undefined
  /** undici's own timer between two body chunks; a backstop under `withDeadline`. Default: 300 seconds. */
  readonly bodyTimeout?: Duration.DurationInput | undefined
  /**
   * Bytes of response body buffered before the socket is paused, while the body is streamed or not
   * yet read. Default: 256 KiB.
   */
  readonly highWaterMark?: number | undefined
}

const DEFAULT_HIGH_WATER_MARK = 256 * 1024
/** `setTimeout` holds 32-bit milliseconds; a longer deadline is no deadline. */
const MAX_TIMER_MILLIS = 2_147_483_647

/**
 * The deadline of each request sent by this client from the current fiber: `Option.none()` (the
 * default) for none. Set it with `withDeadline`.
 *
 * @since 0.2.0
 * @category Deadline
 */
export const currentDeadline: FiberRef.FiberRef<Option.Option<Duration.Duration>> = globalValue(
  Symbol.for("stax-effect/core/UndiciHttpClient/currentDeadline"),
  () => FiberRef.unsafeMake<Option.Option<Duration.Duration>>(Option.none())
)

/**
 * Gives every request that `effect` sends through this client a deadline: one real timer per request
 * (not the `Clock`, so `TestClock` does not move it), started when the request is dispatched. When it
 * expires the request is aborted, its socket destroyed, and the call fails with a `RequestError`
 * (reason `"Transport"`) or, while reading the body, a `ResponseError` (reason `"Decode"`) whose
 * `cause` is a `DeadlineExceededError` (`code: "UND_ERR_DEADLINE"`).
 *
 * The deadline covers the response head and, when the body is read with `text`/`json`/
 * `arrayBuffer`/`formData`, the whole body. A body read with `response.stream` gets the same duration
 * as an idle timeout instead: it restarts with every chunk and is suspended while the reader lags
 * behind (the socket is paused then). A body left unread still counts against the deadline: once it
 * expires, the request is aborted and a later read fails. Each request gets its own deadline: a redirect followed by the
 * caller, or a retry, starts a new one. Other `HttpClient` implementations ignore it.
 *
 * @example
 * ```ts
 * const once = client.get(url).pipe(Effect.flatMap((r) => r.json), UndiciHttpClient.withDeadline("5 seconds"))
 * ```
 *
 * @since 0.2.0
 * @category Deadline
 */
export const withDeadline: {
  (deadline: Duration.DurationInput): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, deadline: Duration.DurationInput): Effect.Effect<A, E, R>
} = dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, deadline: Duration.DurationInput): Effect.Effect<A, E, R> =>
    Effect.locally(self, currentDeadline, Option.some(Duration.decode(deadline)))
)

const deadlineMillis = (deadline: Option.Option<Duration.Duration>): number | undefined => {
  if (deadline._tag === "None") return undefined
  const millis = Duration.toMillis(deadline.value)
  return millis > MAX_TIMER_MILLIS ? undefined : Math.max(1, Math.ceil(millis))
}

/**
 * The most body bytes a response may have, for requests sent in the current fiber (`none`: no limit).
 * A larger answer (by its `content-length`, or by the bytes that arrive) is aborted at once and fails
 * with a `ResponseTooLargeError` as the cause.
 *
 * @since 0.2.0
 * @category Limits
 */
export const currentMaxResponseBytes: FiberRef.FiberRef<Option.Option<number>> = globalValue(
  Symbol.for("stax-effect/core/UndiciHttpClient/currentMaxResponseBytes"),
  () => FiberRef.unsafeMake<Option.Option<number>>(Option.none())
)

/**
 * Runs `self` with a limit on the size of the answers its requests read.
 *
 * @example
 * ```ts
 * client.get(url).pipe(Effect.flatMap((r) => r.text), UndiciHttpClient.withMaxResponseBytes(1_000_000))
 * ```
 *
 * @since 0.2.0
 * @category Limits
 */
export const withMaxResponseBytes: {
  (maxBytes: number): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, maxBytes: number): Effect.Effect<A, E, R>
} = dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, maxBytes: number): Effect.Effect<A, E, R> =>
    Effect.locally(self, currentMaxResponseBytes, Option.some(maxBytes))
)


/**
 * Whether a client is one of this module's (it enforces deadlines and size limits itself, so callers
 * need no timer or counter of their own).
 *
 * @since 0.2.0
 * @category Guards
 */
export const isUndiciHttpClient = (client: HttpClient.HttpClient): boolean => Sender.hasRegistered(client)

const requestError = (request: HttpClientRequest.HttpClientRequest, cause: Error): HttpClientError.RequestError => {
  const failure = UndiciSender.sendErrorOf(cause)
  // The core reads what happened from the cause: a connection never opened was not sent.
  if (failure.reason === "Connect") Object.assign(cause, { staxReason: "Connect", staxMaybeSent: false })
  return new HttpClientError.RequestError({ request, reason: failure.reason === "Encode" ? "Encode" : "Transport", cause })
}

/** `FetchHttpClient.RequestInit`'s `redirect: "error"` is honoured (a 3xx answer fails), so code written for fetch keeps its meaning. */
const refusesRedirects = (fiber: Fiber.RuntimeFiber<unknown, unknown>): boolean => {
  const init = Context.getOption(fiber.currentContext, FetchHttpClient.RequestInit)
  return init._tag === "Some" && init.value.redirect === "error"
}

/** Sends one request through `dispatcher`; resolves with the response head, the body still streaming in. */
const dispatchRequest = (
  dispatcher: Dispatcher,
  highWaterMark: number,
  request: HttpClientRequest.HttpClientRequest,
  url: URL,
  fiber: Fiber.RuntimeFiber<unknown, unknown>
): Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.RequestError> =>
  cancellable<HttpClientResponse.HttpClientResponse, HttpClientError.RequestError>((resume) => {
    const exchange = new Exchange(
      {
        onHead: (exchange, status, headers) => {
          const response = new UndiciResponse(request, status, headers, exchange)
          exchange.track(response)
          resume(Effect.succeed(response))
        },
        onFail: (error) => resume(Effect.fail(requestError(request, error)))
      },
      deadlineMillis(fiber.getFiberRef(currentDeadline)),
      highWaterMark,
      refusesRedirects(fiber),
      Option.getOrUndefined(fiber.getFiberRef(currentMaxResponseBytes))
    )
    let body: DispatchBody | undefined
    try {
      body = toDispatchBody(request.body, UndiciSender.runtimeOf(fiber))
    } catch (cause) {
      exchange.cancel()
      resume(Effect.fail(new HttpClientError.RequestError({ request, reason: "Encode", cause })))
      return
    }
    if (body instanceof Readable) exchange.body = body
    dispatcher.dispatch(
      {
        origin: url.origin,
        path: url.pathname + url.search,
        method: request.method,
        headers: withAcceptEncoding(request.headers),
        body: (body ?? null) as NonNullable<Dispatcher.DispatchOptions["body"]> | null
      },
      exchange
    )
    return () => exchange.cancel()
  })

/**
 * The client over a given dispatcher (not owned: the caller closes it).
 *
 * @since 0.2.0
 * @category Constructors
 */
export const fromDispatcher = (
  dispatcher: Dispatcher,
  options: { readonly highWaterMark?: number | undefined } = {}
): HttpClient.HttpClient => {
  const highWaterMark = options.highWaterMark ?? DEFAULT_HIGH_WATER_MARK
  const send = (request: HttpClientRequest.HttpClientRequest) =>
    Effect.withFiberRuntime<HttpClientResponse.HttpClientResponse, HttpClientError.RequestError>((fiber) => {
      const parsed = UrlParams.makeUrl(request.url, request.urlParams, request.hash)
      if (parsed._tag === "Left") {
        return Effect.fail(new HttpClientError.RequestError({ request, reason: "InvalidUrl", cause: parsed.left }))
      }
      const url = parsed.right
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        return Effect.fail(
          new HttpClientError.RequestError({
            request,
            reason: "InvalidUrl",
            description: `unsupported protocol ${url.protocol}`
          })
        )
      }
      const fiberAny = fiber as Fiber.RuntimeFiber<unknown, unknown>
      if (
        !fiber.getFiberRef(FiberRef.currentTracerEnabled) ||
        isTracerDisabled(fiber.getFiberRef(HttpClient.currentTracerDisabledWhen), request)
      ) {
        return dispatchRequest(dispatcher, highWaterMark, request, url, fiberAny)
      }
      return traced((sent) => dispatchRequest(dispatcher, highWaterMark, sent, url, fiberAny), request, url, fiberAny)
    })
  const client = HttpClient.makeWith(
    (effect) => Effect.flatMap(effect, send),
    Effect.succeed as HttpClient.HttpClient.Preprocess<never, never>
  )
  Sender.register(client, UndiciSender.make(dispatcher, highWaterMark))
  return client
}

const millisOf = (input: Duration.DurationInput | undefined): number | undefined =>
  input === undefined ? undefined : Duration.toMillis(Duration.decode(input))

/**
 * Builds the client. Without `options.dispatcher`, it owns a keep-alive `undici.Agent` that is
 * destroyed (its sockets closed, requests still running aborted) when the scope closes.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = (options: Options = {}): Effect.Effect<HttpClient.HttpClient, never, Scope.Scope> => {
  if (options.dispatcher !== undefined) {
    return Effect.succeed(fromDispatcher(options.dispatcher, options))
  }
  const agentOptions: Agent.Options = {}
  if (options.connections !== undefined) agentOptions.connections = options.connections
  const keepAliveTimeout = millisOf(options.keepAliveTimeout)
  if (keepAliveTimeout !== undefined) agentOptions.keepAliveTimeout = keepAliveTimeout
  const keepAliveMaxTimeout = millisOf(options.keepAliveMaxTimeout)
  if (keepAliveMaxTimeout !== undefined) agentOptions.keepAliveMaxTimeout = keepAliveMaxTimeout
  const connectTimeout = millisOf(options.connectTimeout)
  if (connectTimeout !== undefined) agentOptions.connectTimeout = connectTimeout
  const headersTimeout = millisOf(options.headersTimeout)
  if (headersTimeout !== undefined) agentOptions.headersTimeout = headersTimeout
  const bodyTimeout = millisOf(options.bodyTimeout)
  if (bodyTimeout !== undefined) agentOptions.bodyTimeout = bodyTimeout
  return Effect.map(
    Effect.acquireRelease(
      Effect.sync(() => new Agent(agentOptions)),
      (agent) => Effect.promise(() => agent.destroy().catch(() => undefined))
    ),
    (agent) => fromDispatcher(agent, options)
  )
}

/**
 * The client as a layer, with the given options; the agent lives as long as the layer.
 *
 * @since 0.2.0
 * @category Layers
 */
export const layerWith = (options: Options): Layer.Layer<HttpClient.HttpClient> =>
  Layer.scoped(HttpClient.HttpClient, make(options))

/**
 * The client as a layer, with undici's defaults (unlimited sockets per origin, keep-alive).
 *
 * @since 0.2.0
 * @category Layers
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = layerWith({})
