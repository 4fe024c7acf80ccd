/**
 * Transport failures as the SDK reports them: a `SendError` (what a sender says) turned into a scrubbed
 * `TransportError`, and @effect/platform's client errors classified as `SendError`s. The core knows no
 * transport's own error names: a transport marks its errors with `staxReason` (and `staxMaybeSent`)
 * where the platform's reasons do not say enough; otherwise only the operating system's network error
 * codes are read (`ECONNREFUSED`: the request never left).
 *
 * @internal
 */
import type * as HttpClientError from "@effect/platform/HttpClientError"
import { SendError } from "../pipeline/Sender.js"
import { scrubPrefix, type TransportReason, TransportError } from "../StaxError.js"
import { findInCauseChain } from "./causeChain.js"

/** System error codes that mean the connection was never opened: the request did not leave. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID"
])

/** Detail kept in a transport error message, after scrubbing. */
const DETAIL_LENGTH = 500

/** The first `code` found along an error's `cause` chain (fetch wraps the socket error). */
export const errorCode = (error: unknown): string | undefined =>
  findInCauseChain(error, (e) => {
    const code = (e as { code?: unknown }).code
    return typeof code === "string" ? code : undefined
  })

/** A transport's own mark along the chain: what happened, in the SDK's words. */
const markOf = (error: unknown): { readonly reason: TransportReason; readonly maybeSent: boolean } | undefined =>
  findInCauseChain(error, (e) => {
    const reason = (e as { staxReason?: unknown }).staxReason
    if (typeof reason !== "string") return undefined
    const maybeSent = (e as { staxMaybeSent?: unknown }).staxMaybeSent
    return { reason: reason as TransportReason, maybeSent: maybeSent !== false }
  })

/** A one-line description of an error's cause chain ("fetch failed: connect ECONNREFUSED 127.0.0.1:1"). */
export const describe = (error: unknown): string => {
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

/**
 * Whether fetch refused to build the request (an invalid header value, a bad method): it throws a
 * `TypeError` of its own before opening any connection, whereas a network failure is always a
 * `TypeError("fetch failed")` with the socket error as its cause.
 */
export const isRequestConstructionError = (cause: unknown): boolean =>
  cause instanceof TypeError && cause.message !== "fetch failed" && cause.cause === undefined &&
  errorCode(cause) === undefined

/** Classifies a failure of a transport: its mark, else a refused connection, else a broken one. */
export const sendErrorOfCause = (cause: unknown, detail: string = describe(cause)): SendError => {
  const mark = markOf(cause)
  if (mark !== undefined) return new SendError(mark.reason, mark.maybeSent, detail)
  const code = errorCode(cause)
  return code !== undefined && NOT_SENT_CODES.has(code)
    ? new SendError("Connect", false, detail)
    : new SendError("Connection", true, detail)
}

/** Classifies a platform client error. */
export const sendErrorOf = (error: HttpClientError.HttpClientError): SendError => {
  const detail = describe(error.cause ?? error.description)
  if (error._tag === "RequestError") {
    switch (error.reason) {
      case "Encode":
        return new SendError("Encode", false, `request body: ${detail}`)
      case "InvalidUrl":
        return new SendError("InvalidUrl", false, `invalid URL: ${detail}`)
      case "Transport":
        return isRequestConstructionError(error.cause)
          ? new SendError("Encode", false, `request: ${detail}`)
          : sendErrorOfCause(error.cause, detail)
    }
  }
  const failure = sendErrorOfCause(error.cause, detail)
  return failure.reason === "Connection"
    ? new SendError("Connection", true, `reading the answer: ${detail}`)
    : failure
}

/** A sender's failure as the SDK's `TransportError`, its detail scrubbed of `secrets` and bounded. */
export const toTransportError = (
  endpoint: string,
  error: SendError,
  secrets: ReadonlyArray<string>
): TransportError =>
  new TransportError({
    endpoint,
    reason: error.reason,
    maybeSent: error.maybeSent,
    message: scrubPrefix(error.detail, secrets, DETAIL_LENGTH)
  })

/** Maps a platform client error to a `TransportError` (never holding a secret). */
export const fromHttpClientError = (
  endpoint: string,
  error: HttpClientError.HttpClientError,
  secrets: ReadonlyArray<string>
): TransportError => toTransportError(endpoint, sendErrorOf(error), secrets)
