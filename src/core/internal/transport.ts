/**
 * Mapping of @effect/platform's client errors to the SDK's `TransportError`. Kept in one internal
 * module so an Effect 4 port touches one place.
 *
 * @internal
 */
import type * as HttpClientError from "@effect/platform/HttpClientError"
import { TransportError, scrubPrefix } from "../StaxError.js"
import { findInCauseChain } from "./causeChain.js"

/** Node/undici error codes that mean the connection was never opened: the request did not leave. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID"
])

/** The first `code` found along an error's `cause` chain (fetch wraps the socket error). */
export const errorCode = (error: unknown): string | undefined =>
  findInCauseChain(error, (e) => {
    const code = (e as { code?: unknown }).code
    return typeof code === "string" ? code : undefined
  })

/** A one-line description of an error's cause chain ("fetch failed: connect ECONNREFUSED 127.0.0.1:1"). */
const describe = (error: unknown): string => {
  const parts: Array<string> = []
  let current: unknown = error
  for (let depth = 0; depth < 4 && current !== null && current !== undefined; depth++) {
    if (typeof current === "object") {
      const message = (current as { message?: unknown }).message
      if (typeof message === "string" && message.length > 0 && !parts.includes(message)) parts.push(message)
      current = (current as { cause?: unknown }).cause
    } else {
      parts.push(String(current))
      break
    }
  }
  return parts.join(": ") || "unknown transport failure"
}

/** The transport's own limits: a deadline that expired, an answer over the size limit. */
const specialFailure = (endpoint: string, code: string | undefined, detail: string): TransportError | undefined => {
  if (code === "UND_ERR_DEADLINE") return new TransportError({ endpoint, reason: "Timeout", maybeSent: true, message: detail })
  if (code === "UND_ERR_RES_EXCEEDED_MAX_SIZE") {
    return new TransportError({ endpoint, reason: "TooLarge", maybeSent: true, message: detail })
  }
  return undefined
}

/** Detail kept in a transport error message, after scrubbing. */
const DETAIL_LENGTH = 500

/**
 * Whether fetch refused to build the request (an invalid header value, a bad method): it throws a
 * `TypeError` of its own before opening any connection, whereas a network failure is always a
 * `TypeError("fetch failed")` with the socket error as its cause.
 */
export const isRequestConstructionError = (cause: unknown): boolean =>
  cause instanceof TypeError && cause.message !== "fetch failed" && cause.cause === undefined &&
  errorCode(cause) === undefined

/** Maps a platform client error to a `TransportError` (never holding a secret). */
export const fromHttpClientError = (
  endpoint: string,
  error: HttpClientError.HttpClientError,
  secrets: ReadonlyArray<string>
): TransportError => {
  const detail = scrubPrefix(describe(error.cause ?? error.description), secrets, DETAIL_LENGTH)
  if (error._tag === "RequestError") {
    switch (error.reason) {
      case "Encode":
        return new TransportError({ endpoint, reason: "Encode", maybeSent: false, message: `request body: ${detail}` })
      case "InvalidUrl":
        return new TransportError({ endpoint, reason: "InvalidUrl", maybeSent: false, message: `invalid URL: ${detail}` })
      case "Transport": {
        if (isRequestConstructionError(error.cause)) {
          return new TransportError({ endpoint, reason: "Encode", maybeSent: false, message: `request: ${detail}` })
        }
        const code = errorCode(error.cause)
        const special = specialFailure(endpoint, code, detail)
        if (special !== undefined) return special
        const notSent = code !== undefined && NOT_SENT_CODES.has(code)
        return new TransportError({
          endpoint,
          reason: notSent ? "Connect" : "Connection",
          maybeSent: !notSent,
          message: detail
        })
      }
    }
  }
  const special = specialFailure(endpoint, errorCode(error.cause), detail)
  if (special !== undefined) return special
  return new TransportError({ endpoint, reason: "Connection", maybeSent: true, message: `reading the answer: ${detail}` })
}
