/**
 * A sender over any @effect/platform `HttpClient` (`FetchHttpClient` on Deno, Bun, browsers and edge
 * runtimes, the stand-in's in-memory client, a client the user wrapped): the same behaviour as a
 * transport's own sender, with the limits enforced here. The time limit is the Effect `Clock`'s (so
 * `TestClock` moves it), redirects are never followed (`redirect: "manual"`, or `"error"` for uploads:
 * fetch would otherwise buffer a streamed body whole to replay it), and a whole read stops at the size cap.
 *
 * Everything of @effect/platform's client that the core uses is here, so an Effect 4 port changes one place.
 *
 * @since 0.2.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as Headers from "@effect/platform/Headers"
import * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { constTrue } from "effect/Function"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { sendErrorOf } from "../internal/transport.js"
import { type OutgoingRequest, SendError, type Sender, type SendLimits, type StreamedAnswer, type WholeAnswer } from "./Sender.js"
import { collectCapped, declaredTooLarge, tooLarge } from "./sizeCap.js"

/**
 * The sender over `http`. `redactedHeaders` are kept out of the platform's own logs and errors.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = (http: HttpClient.HttpClient, redactedHeaders: ReadonlyArray<string>): Sender => {
  /** Sends as it is: no redirect followed, the platform's own `http.client` span off (the call has its own). */
  const execute = (request: OutgoingRequest): Effect.Effect<HttpClientResponse.HttpClientResponse, SendError> =>
    Effect.withFiberRuntime((fiber) => {
      const upload = request.body !== undefined && !(request.body instanceof Uint8Array)
      const init = Option.getOrElse(Context.getOption(fiber.currentContext, FetchHttpClient.RequestInit), () => ({}))
      return http.execute(toPlatformRequest(request)).pipe(
        Effect.mapError((error) => refusedRedirect(upload, error) ?? sendErrorOf(error)),
        Effect.provideService(FetchHttpClient.RequestInit, { ...init, redirect: upload ? "error" : "manual" }),
        Effect.locally(Headers.currentRedactedNames, redactedHeaders),
        Effect.locally(HttpClient.currentTracerDisabledWhen, constTrue)
      )
    })

  const whole = (request: OutgoingRequest, limits: SendLimits): Effect.Effect<WholeAnswer, SendError> =>
    Effect.flatMap(execute(request), (response) => {
      const headers = response.headers as Readonly<Record<string, string>>
      if (declaredTooLarge(headers, limits.maxBytes)) {
        return Effect.zipRight(discard(response), Effect.fail(tooLarge(limits.maxBytes)))
      }
      return Effect.map(
        readWhole(response, headers, limits.maxBytes),
        (body): WholeAnswer => ({ status: response.status, headers, body })
      )
    }).pipe(
      Effect.timeoutFail({
        duration: Duration.millis(limits.timeoutMillis),
        onTimeout: () => new SendError("Timeout", true, `no complete answer within ${limits.timeoutMillis} ms`)
      })
    )

  const streamed = (request: OutgoingRequest, limits: SendLimits): Effect.Effect<StreamedAnswer, SendError> =>
    execute(request).pipe(
      Effect.timeoutFail({
        duration: Duration.millis(limits.timeoutMillis),
        onTimeout: () => new SendError("Timeout", true, `no answer within ${limits.timeoutMillis} ms`)
      }),
      Effect.map((response): StreamedAnswer => ({
        status: response.status,
        headers: response.headers as Readonly<Record<string, string>>,
        body: bodyOf(response).pipe(
          Stream.timeoutFail(
            () => new SendError("Timeout", true, `no data for ${limits.timeoutMillis} ms while downloading`),
            Duration.millis(limits.timeoutMillis)
          )
        )
      }))
    )

  return { whole, streamed }
}

/** The plain request as the platform's. */
const toPlatformRequest = (request: OutgoingRequest): HttpClientRequest.HttpClientRequest => {
  const { body } = request
  const platform = HttpClientRequest.make(request.method as "GET")(request.origin + request.path, { headers: request.headers })
  return body === undefined
    ? platform
    : HttpClientRequest.setBody(
      platform,
      body instanceof Uint8Array ? HttpBody.uint8Array(body, request.headers["content-type"]) : body
    )
}

/** A response's body; no body at all (a 204, fetch's `null` body) is an empty one. */
const bodyOf = (response: HttpClientResponse.HttpClientResponse): Stream.Stream<Uint8Array, SendError> =>
  response.stream.pipe(
    Stream.catchAll((error) =>
      error._tag === "ResponseError" && error.reason === "EmptyBody" ? Stream.empty : Stream.fail(sendErrorOf(error))
    )
  )

/**
 * A body read whole within the cap. An answer that declares its length (checked against the cap already)
 * and is not compressed is read in one piece (the platform's byte stream costs far more per call); any
 * other is counted as it arrives, so that no more than the cap is ever held.
 */
const readWhole = (
  response: HttpClientResponse.HttpClientResponse,
  headers: Readonly<Record<string, string | undefined>>,
  maxBytes: number
): Effect.Effect<Uint8Array, SendError> => {
  const encoding = headers["content-encoding"]
  if (headers["content-length"] !== undefined && (encoding === undefined || encoding === "identity")) {
    return response.arrayBuffer.pipe(
      Effect.map((buffer) => new Uint8Array(buffer)),
      Effect.mapError(sendErrorOf)
    )
  }
  return collectCapped(bodyOf(response), maxBytes)
}

/** Lets go of an answer's body without reading it. */
const discard = (response: HttpClientResponse.HttpClientResponse): Effect.Effect<void> =>
  Effect.ignore(Stream.runDrain(Stream.take(response.stream, 0)))

/**
 * fetch refuses a redirect answering an upload sent with `redirect: "error"` (a `TypeError` whose cause says
 * so): that is a refused redirect, not a broken connection.
 */
const refusedRedirect = (upload: boolean, error: HttpClientError.HttpClientError): SendError | undefined => {
  if (!upload || error._tag !== "RequestError" || error.reason !== "Transport") return undefined
  const cause = error.cause as { message?: unknown; cause?: { message?: unknown } } | undefined
  const text = `${String(cause?.message ?? "")} ${String(cause?.cause?.message ?? "")}`
  return /redirect/i.test(text)
    ? new SendError("Redirect", true, "refused a redirect of an upload: its body cannot be sent again")
    : undefined
}
