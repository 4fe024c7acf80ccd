/**
 * How the Stax cloud login sends one of its requests (`public/config`, the four Cognito calls): on the road
 * API calls take, the core's `Sender` for the client (no `@effect/platform` `http.client` span, which would
 * carry header values, `url.full` and the request body; redirects not followed; the size cap; the time
 * limit on the Effect `Clock`), and retried by the client's `RetryPolicy` as the core retries a read: a 429
 * or 5xx the policy lists, `Retry-After` honoured, a connection that failed before sending, a timeout. Each
 * login request counts as a read (it changes nothing the user owns), so a POST to Cognito is retried as a
 * GET would be.
 *
 * @since 0.2.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { globalValue } from "effect/GlobalValue"
import type { Answer } from "../../core/Answer.js"
import { toTransportError } from "../../core/internal/transport.js"
import { senderFor } from "../../core/Pipeline.js"
import { isRetryableStatus, RetryableAnswer, retryAfter } from "../../core/pipeline/retry.js"
import type { OutgoingRequest, Sender } from "../../core/pipeline/Sender.js"
import { RetryPolicy } from "../../core/RetryPolicy.js"
import type { TransportError } from "../../core/StaxError.js"
import { DEFAULT_MAX_RESPONSE_BYTES } from "../../core/ConfigCheck.js"
import { secretHeaderNames } from "./SigV4.js"

/**
 * Where and how the login sends: the client, the time limit of each attempt, the retry policy, the size cap
 * and the secrets scrubbed from any text that goes into an error.
 *
 * @since 0.2.0
 * @category Models
 */
export interface LoginTransport {
  readonly client: HttpClient.HttpClient
  /** Time limit of each attempt. */
  readonly timeout: Duration.DurationInput
  /** Retries of each login request; `RetryPolicy.none` when absent. */
  readonly retry?: RetryPolicy | undefined
  /** The largest answer, in bytes (default 64 MiB, the clients' default). */
  readonly maxResponseBytes?: number | undefined
  readonly secrets: () => ReadonlyArray<string>
}

/** Header names kept out of the platform's logs (the login sends none of its secrets in headers). */
const REDACTED_HEADERS = [...secretHeaderNames, "cookie", "set-cookie"]

/** One sender per client, as the pipeline makes one per client. */
const senders = globalValue(
  Symbol.for("stax-effect/cloud/auth/LoginSender/senders"),
  () => new WeakMap<HttpClient.HttpClient, Sender>()
)

const senderOf = (client: HttpClient.HttpClient): Sender => {
  let sender = senders.get(client)
  if (sender === undefined) senders.set(client, sender = senderFor(client, REDACTED_HEADERS))
  return sender
}

const decoder = new TextDecoder()

/**
 * A plain request to `url` (its origin, path and query), with lower-case header names.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const request = (
  method: "GET" | "POST",
  url: string,
  headers: Readonly<Record<string, string>>,
  body?: string
): OutgoingRequest => {
  const parsed = new URL(url)
  return {
    method,
    origin: parsed.origin,
    path: `${parsed.pathname}${parsed.search}`,
    headers,
    body: body === undefined ? undefined : new TextEncoder().encode(body)
  }
}

/**
 * Sends `outgoing` and answers with the whole answer, after as many attempts as the policy allows: an answer
 * whose status the policy retries is the result once the attempts ran out (the caller reads its status).
 * Fails only with a `TransportError` named `endpoint`, scrubbed of the secrets.
 *
 * @example
 * ```ts
 * const answer = yield* LoginSender.send(transport, "StaxCloud.auth.publicConfig", LoginSender.request("GET", url, {}))
 * ```
 *
 * @since 0.2.0
 * @category Sending
 */
export const send = (
  transport: LoginTransport,
  endpoint: string,
  outgoing: OutgoingRequest
): Effect.Effect<Answer, TransportError> => {
  const sender = senderOf(transport.client)
  const policy = transport.retry ?? RetryPolicy.none
  const limits = {
    timeoutMillis: Duration.toMillis(transport.timeout),
    maxBytes: transport.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
  }
  const attempt: Effect.Effect<Answer, TransportError | RetryableAnswer> = Effect.suspend(() => sender.whole(outgoing, limits)).pipe(
    Effect.mapError((error) => toTransportError(endpoint, error, transport.secrets())),
    Effect.flatMap((whole) => {
      const answer: Answer = { status: whole.status, headers: whole.headers, body: decoder.decode(whole.body) }
      return isRetryableStatus(policy, answer.status) ? Effect.fail(new RetryableAnswer(answer)) : Effect.succeed(answer)
    })
  )
  return attempt.pipe(
    Effect.catchAll((first) =>
      retryAfter({
        method: "GET",
        policy,
        deadlineAt: Number.POSITIVE_INFINITY,
        oneShotBody: false,
        attempt,
        onRetryable: (failure) =>
          Effect.logDebug(`${endpoint}: ${
            failure._tag === "RetryableAnswer" ? `HTTP ${failure.answer.status}` : `${failure.reason}: ${failure.message}`
          }, trying again`)
      }, first)
    ),
    Effect.catchIf(
      (error): error is RetryableAnswer => error._tag === "RetryableAnswer",
      (last) => Effect.succeed(last.answer)
    ),
    // The attempts above fail with nothing else: no authorising, no size-limit or redirect of their own.
    Effect.mapError((error) => error as TransportError)
  )
}
