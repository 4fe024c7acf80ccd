/**
 * The limits a transport may enforce itself for the request core: a per-request deadline and a cap on
 * an answer's size, as FiberRefs read when a request is sent, and a registry of the clients that honour
 * them. Kept apart from `UndiciHttpClient` (which imports undici and Node built-ins), so the main entry
 * carries no Node dependency.
 *
 * @since 0.2.0
 */
import type { HttpClient } from "@effect/platform"
import { type Duration, FiberRef, Option } from "effect"
import { globalValue } from "effect/GlobalValue"

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

const enforcing = globalValue(Symbol.for("stax-effect/core/TransportLimits/enforcing"), () => new WeakSet<object>())

/**
 * Registers a client as one that enforces `currentDeadline` and `currentMaxResponseBytes` itself.
 *
 * @since 0.2.0
 * @category Registry
 */
export const register = (client: HttpClient.HttpClient): void => {
  enforcing.add(client)
}

/**
 * Whether a client enforces the limits itself (so the core needs no timer race or byte counting).
 *
 * @since 0.2.0
 * @category Registry
 */
export const isEnforcedBy = (client: HttpClient.HttpClient): boolean => enforcing.has(client)
