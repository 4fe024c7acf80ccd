/**
 * The limits a transport may enforce itself for the request core: a per-request deadline and a cap on
 * an answer's size, as FiberRefs read when a request is sent, and a registry of the clients that honour
 * them. Kept apart from `UndiciHttpClient` (which imports undici and Node built-ins), so the main entry
 * carries no Node dependency.
 *
 * @since 0.2.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import * as Option from "effect/Option"
import { globalValue } from "effect/GlobalValue"
import type { CancelSlot } from "./internal/cancellable.js"

/**
 * The deadline of requests sent in the current fiber (`none`: no deadline).
 *
 * @since 0.2.0
 * @category Limits
 */
export const currentDeadline: FiberRef.FiberRef<Option.Option<Duration.Duration>> = globalValue(
  Symbol.for("stax-effect/core/UndiciHttpClient/currentDeadline"),
  () => FiberRef.unsafeMake<Option.Option<Duration.Duration>>(Option.none())
)

/**
 * The most body bytes a response may have, for requests sent in the current fiber (`none`: no limit).
 *
 * @since 0.2.0
 * @category Limits
 */
export const currentMaxResponseBytes: FiberRef.FiberRef<Option.Option<number>> = globalValue(
  Symbol.for("stax-effect/core/UndiciHttpClient/currentMaxResponseBytes"),
  () => FiberRef.unsafeMake<Option.Option<number>>(Option.none())
)

/**
 * One whole exchange, for the core's lean path: a request whose body is bytes (or none), answered with
 * the status, the headers (lower-case, multi-values joined) and the whole body, within `deadlineMillis`
 * and `maxBytes`. No `HttpClientRequest`/`HttpClientResponse`, no tracing: the caller owns the span.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Exchange {
  readonly origin: string
  /** Path and query, e.g. `/stack/get?stackTag=x`. */
  readonly path: string
  readonly method: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array | undefined
  readonly deadlineMillis: number
  readonly maxBytes: number
}

/**
 * A whole answer.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Whole {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array
}

/**
 * Sends one exchange; fails with the transport's own error (its `code` says what happened). Interrupting
 * it aborts the request; with `slot`, the sender leaves that to the caller instead: it puts its cancel
 * action in `slot` until the answer, and the caller runs `slot.run()` when the call ends.
 *
 * @since 0.2.0
 * @category Models
 */
export type Send = (exchange: Exchange, slot?: CancelSlot) => Effect.Effect<Whole, Error>

const enforcing = globalValue(
  Symbol.for("stax-effect/core/TransportLimits/enforcing"),
  () => new WeakMap<object, Send | undefined>()
)

/**
 * Registers a client as one that enforces `currentDeadline` and `currentMaxResponseBytes` itself, with
 * its lean whole-exchange sender when it has one.
 *
 * @since 0.2.0
 * @category Registry
 */
export const register = (client: HttpClient.HttpClient, send?: Send): void => {
  enforcing.set(client, send)
}

/**
 * Whether a client enforces the limits itself (so the core needs no timer race or byte counting).
 *
 * @since 0.2.0
 * @category Registry
 */
export const isEnforcedBy = (client: HttpClient.HttpClient): boolean => enforcing.has(client)

/**
 * The client's lean whole-exchange sender, if it registered one.
 *
 * @since 0.2.0
 * @category Registry
 */
export const senderOf = (client: HttpClient.HttpClient): Send | undefined => enforcing.get(client)
