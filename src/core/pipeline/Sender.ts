/**
 * The edge of the request core: what it hands a transport (a plain request and its limits) and what it
 * gets back (a whole answer, or a head with a streamed body), and the registry that says which
 * `HttpClient` has a sender of its own. The core knows no transport: `stax-effect/node`'s undici client
 * registers its sender; any other `@effect/platform` `HttpClient` is used through `httpClientSender`.
 *
 * A sender never follows redirects (a 3xx is an answer like any other: the core decides), enforces the
 * time limit and the size cap it is given, and fails only with a `SendError` saying what happened and
 * whether the request may have reached the server.
 *
 * @since 0.2.0
 */
import type * as HttpBody from "@effect/platform/HttpBody"
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as Effect from "effect/Effect"
import { globalValue } from "effect/GlobalValue"
import type * as Stream from "effect/Stream"
import type { CancelSlot } from "../internal/cancellable.js"
import type { TransportReason } from "../StaxError.js"

/**
 * A request body: bytes (its `content-type` in the headers), or an upload's form data or stream.
 *
 * @since 0.2.0
 * @category Models
 */
export type RequestBody = Uint8Array | HttpBody.FormData | HttpBody.Stream

/**
 * A request as the core sends it: plain data, header names in lower case.
 *
 * @since 0.2.0
 * @category Models
 */
export interface OutgoingRequest {
  readonly method: string
  /** `https://api.stax.ai`: scheme, host and port. */
  readonly origin: string
  /** The path and the query, e.g. `/stack/get?stackTag=x`. */
  readonly path: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: RequestBody | undefined
}

/**
 * The limits of one exchange.
 *
 * @since 0.2.0
 * @category Models
 */
export interface SendLimits {
  /**
   * Milliseconds for the answer: a whole read must be complete by then; a streamed read must have its
   * head by then, and then gets the same time as an idle limit between two chunks of its body.
   */
  readonly timeoutMillis: number
  /** The most body bytes of a whole read, counted after decompression (a streamed body has no cap). */
  readonly maxBytes: number
}

/**
 * An answer read whole. Header names are lower case, repeated headers joined with ", ".
 *
 * @since 0.2.0
 * @category Models
 */
export interface WholeAnswer {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
}

/**
 * An answer whose body is still arriving (downloads). Ending the stream early aborts the exchange.
 *
 * @since 0.2.0
 * @category Models
 */
export interface StreamedAnswer {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Stream.Stream<Uint8Array, SendError>
}

/**
 * Why an exchange failed. `detail` may hold anything the transport said: the core scrubs it of secrets
 * before it goes into a `TransportError`.
 *
 * @since 0.2.0
 * @category Errors
 */
export class SendError {
  readonly _tag = "SendError"
  constructor(
    readonly reason: TransportReason,
    /** Whether the request may have reached the server. */
    readonly maybeSent: boolean,
    readonly detail: string
  ) {}
}

/**
 * A transport, as the core sees it.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Sender {
  /**
   * Sends a request and reads its whole answer within the limits. Interrupting it aborts the exchange;
   * with `slot`, the sender leaves that to the caller instead: it puts its cancel action in `slot` until
   * the answer, and the caller runs `slot.run()` when the call ends.
   */
  readonly whole: (request: OutgoingRequest, limits: SendLimits, slot?: CancelSlot) => Effect.Effect<WholeAnswer, SendError>
  /** Sends a request and answers with its head as soon as it arrives, the body streamed. */
  readonly streamed: (request: OutgoingRequest, limits: SendLimits) => Effect.Effect<StreamedAnswer, SendError>
  /**
   * Headers the transport wants on every request (`accept-encoding` where it decodes compressed
   * answers): the core puts them in its own once, rather than the transport copying each request's.
   */
  readonly defaultHeaders?: Readonly<Record<string, string>> | undefined
}

/**
 * How a transport makes its sender for one API's pipeline: `adapter` is the core's adapter over the same
 * client (with the API's redacted header names), for whatever the transport leaves to the platform.
 *
 * @since 0.2.0
 * @category Registry
 */
export type SenderFactory = (adapter: Sender) => Sender

const registry = globalValue(
  Symbol.for("stax-effect/core/pipeline/Sender/registry"),
  () => new WeakMap<HttpClient.HttpClient, SenderFactory>()
)

/**
 * Registers a transport's own sender for its `HttpClient`: the core sends through it instead of through
 * the client's `execute` (same behaviour, less work per call).
 *
 * @since 0.2.0
 * @category Registry
 */
export const register = (client: HttpClient.HttpClient, sender: Sender | SenderFactory): void => {
  registry.set(client, typeof sender === "function" ? sender : () => sender)
}

/**
 * The sender registered for exactly this client, if any, made with `adapter`. A client wrapped by the user
 * (`mapRequest`) is another client: it has none, and is used through its `execute`, so the wrapping is
 * honoured.
 *
 * @since 0.2.0
 * @category Registry
 */
export const registered = (client: HttpClient.HttpClient, adapter: Sender): Sender | undefined =>
  registry.get(client)?.(adapter)

/**
 * Whether a transport registered a sender of its own for this client.
 *
 * @since 0.2.0
 * @category Registry
 */
export const hasRegistered = (client: HttpClient.HttpClient): boolean => registry.has(client)
