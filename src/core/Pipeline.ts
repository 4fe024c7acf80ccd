/**
 * The request core: the one road every call of both APIs takes, over any transport. An API supplies how a
 * request is authorised and how an answer is interpreted (`Api`); an operation is a declaration
 * (`Endpoint`); the stages are modules of `pipeline/`, each with its own tests:
 *
 * 1. `request`: the input checked and encoded once into a plain request (bad input: `InputError`);
 * 2. `attempt` / `download`: each attempt authorised for the API's origin (headers, or a signature made
 *    anew), sent through the `Sender` within the time limit (`deadline`) and the size cap (`sizeCap`),
 *    redirects followed as `redirects` says;
 * 3. `retry`: further attempts as the `RetryPolicy` says, entered only after a failure;
 * 4. the answer interpreted by the API; after an `AuthError`, credentials refreshed once and the call run again;
 * 5. `outcome`: on every error of a write, whether it may have been applied (`maybeApplied`);
 * 6. `tracing`: one span `<Api>.<Area>.<operation>` with one finalizer, propagated to the server.
 *
 * The first attempt is plain data end to end and a 2xx answer the API accepts is the result at once:
 * the retry, refresh and outcome machinery is entered only after a failure.
 *
 * @since 0.2.0
 */
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as FiberRef from "effect/FiberRef"
import { constTrue } from "effect/Function"
import * as Logger from "effect/Logger"
import * as Stream from "effect/Stream"
import type * as Tracer from "effect/Tracer"
import type { Answer } from "./Answer.js"
import type { Api } from "./Api.js"
import type { CallOptions } from "./CallOptions.js"
import type { Operation } from "./Operation.js"
import type { EncodedRequest } from "./OperationEncoder.js"
import type { CancelSlot } from "./internal/cancellable.js"
import { attempt as jsonAttempt, type Call, type Road } from "./pipeline/attempt.js"
import { limitsOf } from "./pipeline/deadline.js"
import * as Download from "./pipeline/download.js"
import * as HttpClientSender from "./pipeline/httpClientSender.js"
import { withOutcome } from "./pipeline/outcome.js"
import {
  hasOwnBody,
  prepare,
  type Prepared,
  requestOf,
  uploadRequestOf,
  withCallCredentials
} from "./pipeline/request.js"
import { type AttemptError, retryAfter, withAttempts } from "./pipeline/retry.js"
import { type OutgoingRequest, registered, type Sender, type StreamedAnswer } from "./pipeline/Sender.js"
import { inSpan, traceHeaders } from "./pipeline/tracing.js"
import type { InputError, StaxError } from "./StaxError.js"

export { inputErrorFromParseError } from "./pipeline/request.js"
export { type PerCall, withDeadline, withRetryPolicy, withTimeout } from "./pipeline/perCall.js"

/**
 * The pipeline over one API: JSON calls and binary downloads.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Pipeline {
  /** Calls a JSON endpoint. */
  readonly call: <In, Out>(
    operation: Operation<In, Out>,
    input: In,
    options?: CallOptions
  ) => Effect.Effect<Out, StaxError | InputError>
  /**
   * Calls a binary endpoint (downloads): the body as a stream of bytes, never decoded as JSON. A
   * failure answer fails the stream with the API's typed error.
   */
  readonly stream: <In, Out>(
    operation: Operation<In, Out>,
    input: In,
    options?: CallOptions
  ) => Stream.Stream<Uint8Array, StaxError | InputError>
}

/** How a kind of call makes its attempts and turns their result into its own. */
interface Mode<R, A> {
  readonly attempt: (road: Road, call: Call, slot: CancelSlot | undefined) => Effect.Effect<R, AttemptError>
  /** The call's result from an attempt's (a typed failure when the API says so). */
  readonly finish: (call: Call, result: R, span: Tracer.Span) => Either.Either<A, StaxError>
  /** The call's result from the answer of its last attempt, whose status the policy would have retried. */
  readonly fromAnswer: (call: Call, answer: Answer, span: Tracer.Span) => Either.Either<A, StaxError>
}

/**
 * Builds the pipeline of one API over an `HttpClient`: through the transport's own sender where it has
 * one (`stax-effect/node`'s undici client), else through the client's `execute`.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = (api: Api, http: HttpClient.HttpClient): Pipeline => {
  const apiOrigin = new URL(api.baseUrl).origin
  const target = { origin: apiOrigin, basePath: api.baseUrl.slice(apiOrigin.length) }
  // Secrets of per-call credentials (worker keys), scrubbed like the API's own.
  const callSecrets = new Set<string>()
  const secrets = () => callSecrets.size === 0 ? api.secrets() : [...api.secrets(), ...callSecrets]
  const road: Road = {
    apiOrigin,
    sender: senderFor(http, api.redactedHeaders),
    // What authorising does over the platform's client (a login) keeps its headers out of logs, and makes
    // no `http.client` span of its own (it would carry header values and full URLs).
    authorize: (request, endpoint) =>
      api.authorize(request, endpoint).pipe(
        Effect.locally(Headers.currentRedactedNames, api.redactedHeaders),
        Effect.locally(HttpClient.currentTracerDisabledWhen, constTrue)
      ),
    transform: api.transformRequest,
    maxBytes: api.maxResponseBytes,
    secrets
  }
  const plainHeaders = { "user-agent": api.userAgent, accept: "application/json", ...road.sender.defaultHeaders }
  // With fixed credentials, every request starts out authorised.
  const headers = api.fixedHeaders === undefined ? plainHeaders : { ...plainHeaders, ...api.fixedHeaders }
  const jsonHeaders = { ...headers, "content-type": "application/json" }
  const plainJsonHeaders = { ...plainHeaders, "content-type": "application/json" }

  const withLogLevel = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Effect.withFiberRuntime((fiber) =>
      fiber.getFiberRef(FiberRef.currentMinimumLogLevel)._tag === api.logLevel._tag
        ? effect
        : Logger.withMinimumLogLevel(effect, api.logLevel)
    )

  /** What is kept per operation: its preparation, and the modes of its calls, made on first use. */
  interface Entry {
    readonly p: Prepared<any, any>
    json?: Mode<Answer, any>
    download?: Mode<Either.Either<StreamedAnswer, Answer>, Stream.Stream<Uint8Array, StaxError>>
  }
  const entries = new WeakMap<Operation<any, any>, Entry>()
  const entryOf = (operation: Operation<any, any>): Entry => {
    let out = entries.get(operation)
    if (out === undefined) entries.set(operation, out = { p: prepare(api.name, api.paths, operation) })
    return out
  }

  const interpretIn = <Out>(prepared: Prepared<any, Out>, call: Call, answer: Answer) =>
    api.interpret(answer, {
      endpoint: prepared.operation.name,
      payload: prepared.operation.output,
      secrets: secrets(),
      nowMillis: call.now(),
      decoding: api.decoding,
      acceptStatuses: prepared.operation.acceptStatuses
    })

  const interpret = <Out>(prepared: Prepared<any, Out>, call: Call, answer: Answer, span: Tracer.Span) => {
    span.attribute("http.response.status_code", answer.status)
    return interpretIn(prepared, call, answer)
  }

  /** A call's request: built at once for a query or JSON body; an upload's body takes an effect. */
  const requestFor = (
    p: Prepared<any, any>,
    encoded: EncodedRequest,
    options: CallOptions | undefined,
    trace: Readonly<Record<string, string>> | undefined
  ): Either.Either<OutgoingRequest, InputError> | Effect.Effect<OutgoingRequest, InputError> => {
    const own = options?.credentials === undefined
    if (hasOwnBody(p)) {
      const base = own ? headers : plainHeaders
      return Effect.flatMap(uploadRequestOf(target, p, encoded, trace === undefined ? base : Object.assign({}, base, trace)), (request) =>
        withCallCredentials(p.operation.name, request, options, callSecrets))
    }
    // The headers of this request only: the query's, or the JSON body's (with its content type).
    const base = encoded.body === undefined ? (own ? headers : plainHeaders) : own ? jsonHeaders : plainJsonHeaders
    const request = requestOf(target, encoded, trace === undefined ? base : Object.assign({}, base, trace))
    return own ? Either.right(request) : withCallCredentials(p.operation.name, request, options, callSecrets)
  }

  /** Goes on from a failed first attempt (or a refused answer): retries, a credentials refresh, the outcome. */
  const recover = <R, A>(
    p: Prepared<any, any>,
    call: Call,
    span: Tracer.Span,
    mode: Mode<R, A>,
    error: AttemptError | StaxError,
    again: (() => Effect.Effect<A, StaxError | InputError>) | undefined
  ): Effect.Effect<A, StaxError | InputError> => {
    const retried: Effect.Effect<A, StaxError> = error._tag === "RetryableAnswer" || error._tag === "TransportError"
      ? retryAfter({
        method: call.request.method,
        policy: call.policy,
        deadlineAt: call.deadlineAt,
        oneShotBody: call.oneShotBody,
        attempt: Effect.suspend(() => {
          call.counter.attempts++
          span.attribute("stax.attempts", call.counter.attempts)
          return mode.attempt(road, call, undefined)
        }),
        onRetryable: (failure) =>
          logDebug(call.name, `${call.name}: attempt ${call.counter.attempts} of ${call.policy.maxAttempts} failed (${
            failure._tag === "RetryableAnswer" ? `HTTP ${failure.answer.status}` : `${failure.reason}: ${failure.message}`
          })`)
      }, error).pipe(
        Effect.matchEffect({
          onFailure: (last) => last._tag === "RetryableAnswer" ? mode.fromAnswer(call, last.answer, span) : Effect.fail(last),
          onSuccess: (result) => mode.finish(call, result, span)
        })
      )
      : Effect.fail(error as StaxError)
    const refreshed = again === undefined || api.authAttempts <= 1 ? retried : Effect.catchTag(retried, "AuthError", (authError) =>
      Effect.flatMap(api.refreshAuth, (refresh): Effect.Effect<A, StaxError | InputError> =>
        refresh ? Effect.zipRight(logDebug(call.name, `${call.name}: refreshing credentials`), Effect.suspend(again)) : Effect.fail(authError)))
    return refreshed.pipe(
      Effect.mapError((failure) => {
        if (failure._tag !== "InputError" && "status" in failure && typeof failure.status === "number") {
          span.attribute("http.response.status_code", failure.status)
        }
        const counted = failure._tag === "TransportError"
          ? withAttempts(failure, call.counter.attempts, call.policy.maxAttempts)
          : failure
        return counted._tag === "InputError" || !p.write ? counted : withOutcome(counted, call.policy.unprocessedStatusCodes)
      }),
      // Its log lines (retries, a refresh) are the span's events, at the configured level.
      Effect.withParentSpan(span),
      withLogLevel
    )
  }

  /** The whole call, in its span: the request, the first attempt, and only after a failure the rest. */
  const run = <R, A>(
    p: Prepared<any, any>,
    input: unknown,
    options: CallOptions | undefined,
    mode: Mode<R, A>
  ): Effect.Effect<A, StaxError | InputError> => {
    const { operation } = p
    return inSpan(p.spanName, p.spanOptions, (span, slot) => {
      const counter = { attempts: 0 }
      span.attribute("stax.attempts", 0)
      const rerun = () => once(false)
      const once = (refreshable: boolean): Effect.Effect<A, StaxError | InputError> =>
        Effect.withFiberRuntime((fiber) => {
          const encoded = p.encode(input)
          if (Either.isLeft(encoded)) return Effect.fail(encoded.left)
          const trace = traceHeaders(fiber, span)
          const clock = Context.get(fiber.currentDefaultServices, Clock.Clock)
          const limits = limitsOf(api, fiber, clock.unsafeCurrentTimeMillis(), p.adjust)
          const start = (request: OutgoingRequest): Effect.Effect<A, StaxError | InputError> => {
            const body = request.body
            const call: Call = {
              name: operation.name,
              request,
              authorized: api.fixedHeaders !== undefined && options?.credentials === undefined,
              upload: body !== undefined && !(body instanceof Uint8Array),
              oneShotBody: body !== undefined && !(body instanceof Uint8Array) && body._tag === "Stream",
              ...limits,
              counter,
              now: () => clock.unsafeCurrentTimeMillis(),
              span
            }
            // Counted before it is sent: an interrupted attempt was an attempt.
            span.attribute("stax.attempts", ++counter.attempts)
            const again = refreshable ? rerun : undefined
            return Effect.matchEffect(mode.attempt(road, call, refreshable ? slot : undefined), {
              onFailure: (error) => recover(p, call, span, mode, error, again),
              onSuccess: (result) => {
                const finished = mode.finish(call, result, span)
                return Either.isRight(finished) ? Effect.succeed(finished.right) : recover(p, call, span, mode, finished.left, again)
              }
            })
          }
          const request = requestFor(p, encoded.right, options, trace)
          if (Either.isEither(request)) return Either.isRight(request) ? start(request.right) : Effect.fail(request.left)
          return Effect.flatMap(request, start)
        })
      return once(true)
    })
  }

  const jsonMode = <Out>(p: Prepared<any, Out>): Mode<Answer, Out> => ({
    attempt: jsonAttempt,
    finish: (call, answer, span) => interpret(p, call, answer, span),
    fromAnswer: (call, answer, span) => interpret(p, call, answer, span)
  })

  const downloadMode = (p: Prepared<any, any>): Mode<Either.Either<StreamedAnswer, Answer>, Stream.Stream<Uint8Array, StaxError>> => {
    const body = (call: Call): Download.BodyOptions => ({
      downloadTimeout: api.downloadTimeout,
      isFailureBody: api.isFailureBody,
      interpret: (answer) => interpretIn(p, call, answer)
    })
    // A non-2xx answer always interprets as a failure; should the API accept it, there is nothing to download.
    const fromAnswer = (call: Call, answer: Answer, span: Tracer.Span) =>
      Either.map(interpret(p, call, answer, span), () => Stream.empty as Stream.Stream<Uint8Array, StaxError>)
    return {
      attempt: (road, call) => Download.attempt(road, call),
      finish: (call, result, span) =>
        Either.isRight(result)
          ? (span.attribute("http.response.status_code", result.right.status), Either.right(Download.bodyOf(road, call, result.right, body(call))))
          : fromAnswer(call, result.left, span),
      fromAnswer
    }
  }

  return {
    call: (operation, input, options) => {
      const entry = entryOf(operation)
      return run(entry.p, input, options, entry.json ??= jsonMode(entry.p))
    },
    stream: (operation, input, options) => {
      const entry = entryOf(operation)
      return Stream.unwrap(run(entry.p, input, options, entry.download ??= downloadMode(entry.p)))
    }
  }
}

/**
 * The transport's own sender for `http`, else the adapter over its `execute` (with `redactedHeaders` kept
 * out of the platform's logs): the road every request of the SDK takes, a login's included.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const senderFor = (http: HttpClient.HttpClient, redactedHeaders: ReadonlyArray<string>): Sender => {
  const adapter = HttpClientSender.make(http, redactedHeaders)
  return registered(http, adapter) ?? adapter
}

/** A debug line of the SDK's, annotated with the endpoint (`stax.endpoint`). */
const logDebug = (endpoint: string, message: string): Effect.Effect<void> =>
  Effect.annotateLogs(Effect.logDebug(message), "stax.endpoint", endpoint)
