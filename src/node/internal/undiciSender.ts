/**
 * The request core's sender over undici's dispatcher: each exchange dispatched straight to the
 * dispatcher, its time limit one timer inside the exchange (no fiber, no race), its size cap counted as
 * the bytes arrive, its body collected whole or streamed with backpressure. undici's and Node's errors
 * are mapped here to the core's `SendError`: the core never sees an undici name.
 *
 * @internal
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Runtime from "effect/Runtime"
import * as Stream from "effect/Stream"
import type * as Context from "effect/Context"
import { Readable } from "node:stream"
import type { Dispatcher } from "undici"
import { cancellable, cancellableIn, type CancelSlot } from "../../core/internal/cancellable.js"
import { describe, NOT_SENT_CODES } from "../../core/internal/transport.js"
import { type OutgoingRequest, SendError, type Sender, type SendLimits, type StreamedAnswer, type WholeAnswer } from "../../core/pipeline/Sender.js"
import { DeadlineExceededError } from "../DeadlineExceededError.js"
import { ResponseTooLargeError } from "../ResponseTooLargeError.js"
import { Exchange, UnexpectedRedirectError } from "./undiciExchange.js"
import { ACCEPT_ENCODING } from "./undiciDecoder.js"
import { type DispatchBody, toDispatchBody } from "./undiciRequestBody.js"

/** undici errors about the request itself (it could not be encoded); it was never sent. */
const ENCODE_CODES = new Set(["UND_ERR_INVALID_ARG", "UND_ERR_NOT_SUPPORTED"])

/** undici's code for a connection that could not be opened in time: the request did not leave. */
const CONNECT_TIMEOUT = "UND_ERR_CONNECT_TIMEOUT"

/**
 * What an undici or Node error means for the SDK.
 *
 * @internal
 */
export const sendErrorOf = (error: Error): SendError => {
  const detail = describe(error)
  if (error instanceof DeadlineExceededError) return new SendError("Timeout", true, detail)
  if (error instanceof ResponseTooLargeError) return new SendError("TooLarge", true, detail)
  if (error instanceof UnexpectedRedirectError) return new SendError("Redirect", true, detail)
  const code = (error as { code?: unknown }).code
  if (typeof code === "string" && ENCODE_CODES.has(code)) return new SendError("Encode", false, `request: ${detail}`)
  if (typeof code === "string" && (code === CONNECT_TIMEOUT || NOT_SENT_CODES.has(code))) return new SendError("Connect", false, detail)
  return new SendError("Connection", true, detail)
}

/** Joins multi-value headers with ", " (keys are already lower-case). */
export const joinHeaders = (raw: Record<string, string | Array<string>>): Record<string, string> => {
  for (const key in raw) {
    const value = raw[key]
    if (typeof value !== "string") raw[key] = value!.join(", ")
  }
  return raw as Record<string, string>
}

/** A runtime for a fiber's context, to run a `Stream` request body from undici's side. */
export const runtimeOf = (fiber: Fiber.RuntimeFiber<unknown, unknown>) => (): Runtime.Runtime<never> =>
  Runtime.make({
    context: fiber.currentContext as Context.Context<never>,
    fiberRefs: fiber.getFiberRefs(),
    runtimeFlags: Runtime.defaultRuntimeFlags
  })

/** The body to dispatch: bytes as they are; an upload's form data or stream converted for undici. */
const dispatchBodyOf = (
  request: OutgoingRequest,
  fiber: Fiber.RuntimeFiber<unknown, unknown> | undefined
): DispatchBody | undefined => {
  const body = request.body
  if (body === undefined || body instanceof Uint8Array) return body
  return toDispatchBody(body, runtimeOf(fiber!))
}

/** Whether a request's body is an upload's (form data, or a stream run from undici's side in the caller's context). */
const isUpload = (request: OutgoingRequest): boolean => request.body !== undefined && !(request.body instanceof Uint8Array)

type Head = (exchange: Exchange, status: number, headers: Record<string, string | Array<string>>) => void

/** Dispatches one request; `onHead` or `onFail` is called once. Returns the cancel action. */
const dispatch = (
  dispatcher: Dispatcher,
  highWaterMark: number,
  request: OutgoingRequest,
  limits: SendLimits,
  whole: boolean,
  fiber: Fiber.RuntimeFiber<unknown, unknown> | undefined,
  onHead: Head,
  onFail: (error: SendError) => void
): (() => void) | undefined => {
  const exchange = new Exchange(
    { onHead, onFail: (error) => onFail(sendErrorOf(error)) },
    limits.timeoutMillis,
    highWaterMark,
    // A 3xx is an answer like any other here: the core decides what to do with it.
    false,
    // The cap is a whole read's; a streamed body is as long as it is.
    whole ? limits.maxBytes : undefined
  )
  let body: DispatchBody | undefined
  try {
    body = dispatchBodyOf(request, fiber)
  } catch (cause) {
    exchange.cancel()
    onFail(new SendError("Encode", false, `request body: ${describe(cause)}`))
    return undefined
  }
  if (body instanceof Readable) exchange.body = body
  dispatcher.dispatch(
    {
      origin: request.origin,
      path: request.path,
      method: request.method,
      // The core puts `defaultHeaders` (accept-encoding) in every request's headers itself.
      headers: request.headers as Record<string, string>,
      body: (body ?? null) as NonNullable<Dispatcher.DispatchOptions["body"]> | null
    },
    exchange
  )
  // Before the head or while the body comes in: the exchange is aborted, its socket closed.
  return () => exchange.cancel()
}

/** A streamed body: chunks as the socket delivers them; ending the stream early aborts the exchange. */
const bodyStream = (exchange: Exchange): Stream.Stream<Uint8Array, SendError> => {
  const pull = cancellable<Chunk.Chunk<Uint8Array>, Option.Option<SendError>>((resume) =>
    exchange.pull((result) => {
      if (result === "end") resume(Effect.fail(Option.none()))
      else if (result instanceof Error) resume(Effect.fail(Option.some(sendErrorOf(result))))
      else resume(Effect.succeed(Chunk.unsafeFromArray(result)))
    })
  )
  return Stream.suspend(() => {
    exchange.startStreaming()
    return Stream.repeatEffectChunkOption(pull)
  }).pipe(Stream.ensuring(Effect.sync(() => exchange.abort(new Error("response stream closed before its end")))))
}

/**
 * The sender over a dispatcher.
 *
 * @internal
 */
export const make = (dispatcher: Dispatcher, highWaterMark: number): Sender => {
  const whole = (request: OutgoingRequest, limits: SendLimits, slot?: CancelSlot): Effect.Effect<WholeAnswer, SendError> => {
    const send = (fiber: Fiber.RuntimeFiber<unknown, unknown> | undefined) => {
      const register = (resume: (effect: Effect.Effect<WholeAnswer, SendError>) => void) =>
        dispatch(
          dispatcher,
          highWaterMark,
          request,
          limits,
          true,
          fiber,
          (exchange, status, headers) => {
            exchange.collect((result) =>
              resume(
                result instanceof Error
                  ? Effect.fail(sendErrorOf(result))
                  : Effect.succeed({ status, headers: joinHeaders(headers), body: result })
              )
            )
          },
          (error) => resume(Effect.fail(error))
        )
      return slot === undefined ? cancellable(register) : cancellableIn(slot, register)
    }
    // Only an upload needs the fiber (its runtime runs a streamed body from undici's side).
    return isUpload(request) ? Effect.withFiberRuntime(send) : send(undefined)
  }

  const streamed = (request: OutgoingRequest, limits: SendLimits): Effect.Effect<StreamedAnswer, SendError> =>
    Effect.withFiberRuntime((fiber) =>
      cancellable<StreamedAnswer, SendError>((resume) =>
        dispatch(
          dispatcher,
          highWaterMark,
          request,
          limits,
          false,
          fiber,
          (exchange, status, headers) => {
            resume(Effect.succeed({ status, headers: joinHeaders(headers), body: bodyStream(exchange) }))
          },
          (error) => resume(Effect.fail(error))
        )
      )
    )

  return { whole, streamed, defaultHeaders: { "accept-encoding": ACCEPT_ENCODING } }
}
