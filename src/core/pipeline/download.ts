/**
 * Downloads: attempts that hand over a 2xx answer's body unread, as a stream of bytes (never decoded as
 * JSON), and read any other answer (a bounded prefix) to interpret or retry it. A download may follow a
 * redirect to another origin (a presigned storage URL), without the call's headers. The body's chunks
 * each come within the timeout, and the whole body within `downloadTimeout` when set. A JSON body is
 * sniffed from a bounded prefix: the API's failure envelope fails the stream; anything else is the file.
 *
 * @since 0.2.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import type { Answer } from "../Answer.js"
import { toTransportError } from "../internal/transport.js"
import { type StaxError, TransportError } from "../StaxError.js"
import { authorizedThen, type Call, failureOf, readyAt, redirectRefused, type Road, settle } from "./attempt.js"
import { attemptMillis } from "./deadline.js"
import { isFollowed, nextHop } from "./redirects.js"
import type { AttemptError } from "./retry.js"
import type { StreamedAnswer } from "./Sender.js"
import { collectCapped, concat } from "./sizeCap.js"

/** How much of a download's JSON body is read to tell a failure envelope from a JSON file. */
const SNIFF_BYTES = 64 * 1024
/** How much of a failure answer is kept (its message and excerpt are cut far shorter). */
const FAILURE_BODY_BYTES = 64 * 1024

const decoder = new TextDecoder()

/**
 * One attempt of a download: the 2xx answer with its body unread, or any other answer read.
 *
 * @since 0.2.0
 * @category Attempts
 */
export const attempt = (road: Road, call: Call): Effect.Effect<Either.Either<StreamedAnswer, Answer>, AttemptError> =>
  hop(road, call, call.request, call.authorized, 0)

const hop = (
  road: Road,
  call: Call,
  request: Call["request"],
  ready: boolean,
  count: number
): Effect.Effect<Either.Either<StreamedAnswer, Answer>, AttemptError> =>
  authorizedThen(road, call, request, ready, (sent) =>
    Effect.suspend(() => {
      const millis = attemptMillis(call, call.now())
      return road.sender.streamed(sent, { timeoutMillis: millis, maxBytes: FAILURE_BODY_BYTES }).pipe(
        Effect.mapError((error) => failureOf(road, call, error, millis)),
        Effect.flatMap((answer): Effect.Effect<Either.Either<StreamedAnswer, Answer>, AttemptError> => {
          if (answer.status >= 200 && answer.status < 300) return Effect.succeed(Either.right(answer))
          const location = answer.headers["location"]
          if (isFollowed(sent.method, answer.status, location)) {
            return Effect.zipRight(
              Effect.ignore(Stream.runDrain(Stream.take(answer.body, 0))),
              Either.match(nextHop(road.apiOrigin, sent, answer.status, location, count, true), {
                onLeft: (message) => Effect.fail(redirectRefused(call, message)),
                onRight: (next) => hop(road, call, next.request, readyAt(road, call, sent, next.sameOrigin), count + 1)
              })
            )
          }
          return collectCapped(answer.body, FAILURE_BODY_BYTES).pipe(
            Effect.catchIf(
              (error) => error.reason === "TooLarge",
              () => Effect.succeed(new TextEncoder().encode(`HTTP ${answer.status} with a large body`))
            ),
            Effect.mapError((error) => failureOf(road, call, error, millis)),
            Effect.flatMap((bytes) =>
              settle(call, { status: answer.status, headers: answer.headers, body: decoder.decode(bytes) })
            ),
            Effect.map(Either.left)
          )
        })
      )
    }))

/**
 * What a download's body needs of its API.
 *
 * @since 0.2.0
 * @category Models
 */
export interface BodyOptions {
  readonly downloadTimeout: Duration.Duration | undefined
  /** Whether a 2xx JSON body is a failure after all (Stax.ai's `success: false` envelope). */
  readonly isFailureBody: (body: string) => boolean
  /** Interprets an answer: a failure envelope's typed error. */
  readonly interpret: (answer: Answer) => Either.Either<unknown, StaxError>
}

/**
 * The bytes of a 2xx download as they come.
 *
 * @since 0.2.0
 * @category Bodies
 */
export const bodyOf = (
  road: Road,
  call: Call,
  answer: StreamedAnswer,
  options: BodyOptions
): Stream.Stream<Uint8Array, StaxError> => {
  const raw = answer.body.pipe(Stream.mapError((error): StaxError => toTransportError(call.name, error, road.secrets())))
  const { downloadTimeout } = options
  const total = downloadTimeout === undefined ? raw : raw.pipe(
    Stream.haltWhen(
      Effect.zipRight(
        Effect.sleep(downloadTimeout),
        Effect.fail(
          new TransportError({
            endpoint: call.name,
            reason: "Timeout",
            maybeSent: true,
            message: `the download took longer than ${Duration.format(downloadTimeout)}`
          })
        )
      )
    )
  )
  if (!(answer.headers["content-type"] ?? "").includes("json")) return total
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
      if (options.isFailureBody(text)) {
        // Fails with the API's error; should the interpreter accept it after all, it is the file.
        const result = options.interpret({ status: answer.status, headers: answer.headers, body: text })
        if (Either.isLeft(result)) return yield* Effect.fail(result.left)
      }
      return Stream.fromIterable(prefix)
    }
    return Stream.concat(Stream.fromIterable(prefix), Stream.repeatEffectChunkOption(pull))
  }))
}
