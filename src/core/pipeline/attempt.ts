/**
 * One attempt of a JSON call: the request authorised for the API's origin, sent through the sender
 * within the attempt's time limit and the size cap, redirects followed as `redirects` says, and the
 * answer settled (a status the policy may retry fails the attempt).
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Tracer from "effect/Tracer"
import type { Answer } from "../Answer.js"
import type { CancelSlot } from "../internal/cancellable.js"
import { toTransportError } from "../internal/transport.js"
import { type StaxError, TransportError } from "../StaxError.js"
import { attemptMillis, type Limits, timeoutMessage } from "./deadline.js"
import { isFollowed, isUploadRedirect, nextHop } from "./redirects.js"
import { type AttemptError, isRetryableStatus, RetryableAnswer } from "./retry.js"
import type { OutgoingRequest, SendError, Sender } from "./Sender.js"

/**
 * What the attempts of every call of one API share.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Road {
  readonly apiOrigin: string
  readonly sender: Sender
  /** Authorises a request for the API's origin (on every attempt and same-origin redirect). */
  readonly authorize: (request: OutgoingRequest, endpoint: string) => Effect.Effect<OutgoingRequest, StaxError>
  /** The user's change to every request as it is sent, if any. */
  readonly transform: ((request: OutgoingRequest) => OutgoingRequest) | undefined
  readonly maxBytes: number
  readonly secrets: () => ReadonlyArray<string>
}

/**
 * What one call's attempts share.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Call extends Limits {
  /** The operation, named in errors. */
  readonly name: string
  /** The request every attempt starts from (trace headers included). */
  readonly request: OutgoingRequest
  /** Whether `request`'s headers already authorise it (the API's fixed credentials). */
  readonly authorized: boolean
  /** An upload (form data or a stream): a redirect answering it is refused. */
  readonly upload: boolean
  /** A streamed body: not sent again once the connection opened. */
  readonly oneShotBody: boolean
  /** Attempts made so far (across a credentials refresh). */
  readonly counter: { attempts: number }
  /** The current time of the call's `Clock`. */
  readonly now: () => number
  /** The call's span: the parent of whatever authorisation does (a login's own calls). */
  readonly span: Tracer.Span
}

const decoder = new TextDecoder()

/**
 * A sender's failure as the call's `TransportError`; a timeout says which limit it was.
 *
 * @since 0.2.0
 * @category Errors
 */
export const failureOf = (road: Road, call: Call, error: SendError, millis: number): TransportError =>
  toTransportError(
    call.name,
    error.reason === "Timeout" ? { ...error, detail: timeoutMessage(call, millis) } : error,
    road.secrets()
  )

/**
 * A refused redirect.
 *
 * @since 0.2.0
 * @category Errors
 */
export const redirectRefused = (call: Call, message: string): TransportError =>
  new TransportError({ endpoint: call.name, reason: "Redirect", maybeSent: true, message })

/**
 * Authorises (unless `ready`) and transforms a request, then hands it to `send`.
 *
 * @since 0.2.0
 * @category Attempts
 */
export const authorizedThen = <A>(
  road: Road,
  call: Call,
  request: OutgoingRequest,
  ready: boolean,
  send: (request: OutgoingRequest) => Effect.Effect<A, AttemptError>
): Effect.Effect<A, AttemptError> => {
  const { transform } = road
  if (ready) return send(transform === undefined ? request : transform(request))
  return Effect.flatMap(Effect.withParentSpan(road.authorize(request, call.name), call.span), (authorized) => send(transform === undefined ? authorized : transform(authorized)))
}

/**
 * Whether the next hop of a redirect needs no authorising: another origin gets no credentials at all; the
 * API's origin is authorised again unless the request already carries the call's (fixed) credentials,
 * which it does not after a hop elsewhere (its headers were dropped there).
 *
 * @since 0.2.0
 * @category Redirects
 */
export const readyAt = (road: Road, call: Call, sent: OutgoingRequest, sameOrigin: boolean): boolean =>
  !sameOrigin || (call.authorized && sent.origin === road.apiOrigin)

/**
 * One attempt of a JSON call. `slot`: where the first exchange leaves its cancel action (the call's span
 * finalizer runs it); later exchanges handle interruption themselves.
 *
 * @since 0.2.0
 * @category Attempts
 */
export const attempt = (road: Road, call: Call, slot?: CancelSlot): Effect.Effect<Answer, AttemptError> =>
  hop(road, call, call.request, call.authorized, 0, slot)

const hop = (
  road: Road,
  call: Call,
  request: OutgoingRequest,
  ready: boolean,
  count: number,
  slot: CancelSlot | undefined
): Effect.Effect<Answer, AttemptError> =>
  authorizedThen(road, call, request, ready, (sent) => {
    const millis = attemptMillis(call, call.now())
    return Effect.matchEffect(road.sender.whole(sent, { timeoutMillis: millis, maxBytes: road.maxBytes }, slot), {
      onFailure: (error) => Effect.fail(failureOf(road, call, error, millis)),
      onSuccess: (answer): Effect.Effect<Answer, AttemptError> => {
        const location = answer.headers["location"]
        if (isFollowed(sent.method, answer.status, location)) {
          return Either.match(nextHop(road.apiOrigin, sent, answer.status, location, count, false), {
            onLeft: (message) => Effect.fail(redirectRefused(call, message)),
            onRight: (next) => hop(road, call, next.request, readyAt(road, call, sent, next.sameOrigin), count + 1, undefined)
          })
        }
        if (call.upload && isUploadRedirect(answer.status)) {
          return Effect.fail(redirectRefused(call, `refused a redirect of an upload (HTTP ${answer.status}): its body cannot be sent again`))
        }
        return settle(call, { status: answer.status, headers: answer.headers, body: decoder.decode(answer.body) })
      }
    })
  })

/**
 * An answer whose status the policy may retry fails the attempt; any other is the attempt's result.
 *
 * @since 0.2.0
 * @category Attempts
 */
export const settle = (call: Call, answer: Answer): Effect.Effect<Answer, RetryableAnswer> =>
  isRetryableStatus(call.policy, answer.status) ? Effect.fail(new RetryableAnswer(answer)) : Effect.succeed(answer)
