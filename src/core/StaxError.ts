/**
 * The typed failures of every Stax call.
 *
 * All errors are `Schema.TaggedError`s: they serialise, compare and match with `Effect.catchTag`.
 * None of them ever holds a secret: messages and excerpts that come from the server are scrubbed of
 * the API key before they are stored (see {@link scrub}).
 *
 * @example
 * ```ts
 * Stacks.get({ stackTag: "invoices" }).pipe(
 *   Effect.catchTags({
 *     AuthError: (e) => Effect.logError(`check STAX_EMAIL / STAX_API_KEY: ${e.message}`),
 *     ApiError: (e) => Effect.logError(`${e.endpoint} answered ${e.status}: ${e.message}`)
 *   })
 * )
 * ```
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const status = Schema.optionalWith(Schema.Number, { exact: true })

/**
 * What an `AuthError` asks the user to fix, where the API says:
 * - `Refused`: the API refused the credentials (Stax.ai: `authError: true` or 401/403; Stax cloud: a 403
 *   from the API gateway);
 * - `UnknownAccessKey`: Stax cloud does not know the access key (check the access key, that the API token
 *   still exists, and the region);
 * - `WrongSecretKey`: Stax cloud refused the secret key;
 * - `NewPasswordRequired`: the API token must be given a new secret before it can be used;
 * - `UnsupportedChallenge`: the login asked for a step the SDK does not support;
 * - `IdentityPool`: the identity pool refused the login token (after the configured retries).
 *
 * @since 0.2.0
 * @category Errors
 */
export const AuthReason = Schema.Literal(
  "Refused",
  "UnknownAccessKey",
  "WrongSecretKey",
  "NewPasswordRequired",
  "UnsupportedChallenge",
  "IdentityPool"
)

/**
 * @since 0.2.0
 * @category Errors
 */
export type AuthReason = typeof AuthReason.Type

/**
 * Authentication or authorisation failed: the API answered `authError: true` (on HTTP 200, as the
 * legacy docs describe) or HTTP 401/403 (as the trust-accounting docs describe).
 *
 * @since 0.1.0
 * @category Errors
 */
export class AuthError extends Schema.TaggedError<AuthError>("stax-effect/AuthError")("AuthError", {
  /** The SDK operation, e.g. `Stacks.get`. */
  endpoint: Schema.String,
  /**
   * For a write (POST, PUT, DELETE): whether it may have been applied. `true` after a 5xx (except the
   * statuses the API documents as unprocessed, such as 503), a timeout, or a connection lost after
   * sending; `false` when it certainly was not (a 4xx, 429, a refusal before sending). Absent for reads.
   */
  maybeApplied: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /** What to fix, where known (Stax cloud's login tells the cases apart). */
  reason: Schema.optionalWith(AuthReason, { exact: true }),
  /** The HTTP status of the answer (200 for the legacy always-200 behaviour). */
  status,
  /** The server's `error` message, scrubbed of secrets. */
  message: Schema.String
}) {}

/**
 * What an `ApiError` means, where the SDK can tell:
 * - `NotFound`: the thing asked for does not exist (Stax.ai: a `success: false` answer whose message says
 *   "... not found", on HTTP 200 as the legacy docs describe, or a 404; Stax cloud: a 404). Check the id
 *   or tag; a write to it will not be applied.
 *
 * @since 0.2.0
 * @category Errors
 */
export const ApiReason = Schema.Literal("NotFound")

/**
 * @since 0.2.0
 * @category Errors
 */
export type ApiReason = typeof ApiReason.Type

/**
 * The API answered and refused: `success: false` on HTTP 200, or a non-2xx status with a JSON body.
 * `reason` says what it means where the SDK can tell (`NotFound`): match on it rather than on `message`.
 *
 * @example
 * ```ts
 * Stacks.get({ stackTag: "invoices" }).pipe(
 *   Effect.catchIf((e) => e._tag === "ApiError" && e.reason === "NotFound", () => Effect.succeed(undefined))
 * )
 * ```
 *
 * @since 0.1.0
 * @category Errors
 */
export class ApiError extends Schema.TaggedError<ApiError>("stax-effect/ApiError")("ApiError", {
  /** The SDK operation, e.g. `Documents.get`. */
  endpoint: Schema.String,
  /**
   * For a write (POST, PUT, DELETE): whether it may have been applied. `true` after a 5xx (except the
   * statuses the API documents as unprocessed, such as 503), a timeout, or a connection lost after
   * sending; `false` when it certainly was not (a 4xx, 429, a refusal before sending). Absent for reads.
   */
  maybeApplied: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /** The HTTP status of the answer. */
  status: Schema.Number,
  /** The server's `error` message (or a description of the status), scrubbed of secrets. */
  message: Schema.String,
  /** Seconds the server asked to wait (`Retry-After`), when it said so. */
  retryAfterSeconds: Schema.optionalWith(Schema.Number, { exact: true }),
  /** What the refusal means, where the SDK can tell (see {@link ApiReason}). */
  reason: Schema.optionalWith(ApiReason, { exact: true }),
  /**
   * The id the API gave the request, to quote to its support: Stax cloud's `x-amzn-requestid` header.
   * Absent when the API sent none (Stax.ai documents no request id).
   */
  requestId: Schema.optionalWith(Schema.String, { exact: true })
}) {}

/**
 * Why a request produced no answer.
 * - `Timeout`: no complete answer within the configured timeout.
 * - `Connect`: the connection could not be opened (the request never left).
 * - `Connection`: the connection broke after the request may have been sent.
 * - `Redirect`: a redirect the SDK refuses to follow (downgrade to http, too many hops).
 * - `Encode`: the request body could not be encoded.
 * - `InvalidUrl`: the request URL is invalid.
 * - `TooLarge`: the answer was larger than `maxResponseBytes` (not retried; nothing over the limit was
 *   kept in memory).
 *
 * @since 0.1.0
 * @category Errors
 */
export const TransportReason = Schema.Literal(
  "Timeout",
  "Connect",
  "Connection",
  "Redirect",
  "Encode",
  "InvalidUrl",
  "TooLarge"
)

/**
 * @since 0.1.0
 * @category Errors
 */
export type TransportReason = typeof TransportReason.Type

/**
 * No answer from the API: a timeout, a refused or broken connection, a bad redirect.
 *
 * `maybeSent` tells whether the server may have received (and acted on) the request. A write that
 * failed with `maybeSent: true` has an unknown outcome: read before you write again.
 *
 * @since 0.1.0
 * @category Errors
 */
export class TransportError extends Schema.TaggedError<TransportError>("stax-effect/TransportError")(
  "TransportError",
  {
    /** The SDK operation, e.g. `Stacks.create`. */
    endpoint: Schema.String,
  /**
   * For a write (POST, PUT, DELETE): whether it may have been applied. `true` after a 5xx (except the
   * statuses the API documents as unprocessed, such as 503), a timeout, or a connection lost after
   * sending; `false` when it certainly was not (a 4xx, 429, a refusal before sending). Absent for reads.
   */
  maybeApplied: Schema.optionalWith(Schema.Boolean, { exact: true }),
    reason: TransportReason,
    /** Whether the request may have reached the server. */
    maybeSent: Schema.Boolean,
    /** What went wrong, with the limit reached (timeout, deadline, size cap) and the attempts made, scrubbed of secrets. */
    message: Schema.String,
    /** How many attempts the call made (the first and its retries), when it got as far as sending. */
    attempts: Schema.optionalWith(Schema.Number, { exact: true })
  }
) {}

/**
 * The API answered with something the SDK could not read: a non-JSON body (an HTML gateway page, a
 * truncated body), an envelope without `success`, or a payload whose documented field has the wrong
 * type (`path` names it).
 *
 * @since 0.1.0
 * @category Errors
 */
export class DecodeError extends Schema.TaggedError<DecodeError>("stax-effect/DecodeError")("DecodeError", {
  /** The SDK operation, e.g. `Documents.get`. */
  endpoint: Schema.String,
  /**
   * For a write (POST, PUT, DELETE): whether it may have been applied. `true` after a 5xx (except the
   * statuses the API documents as unprocessed, such as 503), a timeout, or a connection lost after
   * sending; `false` when it certainly was not (a 4xx, 429, a refusal before sending). Absent for reads.
   */
  maybeApplied: Schema.optionalWith(Schema.Boolean, { exact: true }),
  /** The HTTP status of the answer. */
  status,
  /** The path of the offending field, e.g. `stack.numDocuments`, when a schema check failed. */
  path: Schema.optionalWith(Schema.String, { exact: true }),
  /** What could not be read. */
  message: Schema.String,
  /** The first characters of the body, scrubbed of secrets. */
  excerpt: Schema.String
}) {}

/**
 * Bad input to an SDK function, caught before any request was sent. `field` names the offending input
 * field (e.g. `stackId`), `message` says what is wrong with it.
 *
 * @since 0.1.0
 * @category Errors
 */
export class InputError extends Schema.TaggedError<InputError>("stax-effect/InputError")("InputError", {
  /** The SDK operation, e.g. `Stacks.get`. */
  endpoint: Schema.String,
  /** The input field at fault (a dotted path), or `""` for the input as a whole. */
  field: Schema.String,
  message: Schema.String
}) {}

/**
 * Every failure that a request to the API can end in.
 *
 * @since 0.1.0
 * @category Errors
 */
export type StaxError = AuthError | ApiError | TransportError | DecodeError

/**
 * The schema of {@link StaxError}, for encoding errors to JSON and back.
 *
 * @since 0.1.0
 * @category Errors
 */
export const StaxError: Schema.Union<[typeof AuthError, typeof ApiError, typeof TransportError, typeof DecodeError]> =
  Schema.Union(AuthError, ApiError, TransportError, DecodeError)

/**
 * Is this value one of the {@link StaxError}s (or an {@link InputError})?
 *
 * @since 0.1.0
 * @category Guards
 */
export const isStaxError = (u: unknown): u is StaxError | InputError =>
  u instanceof AuthError || u instanceof ApiError || u instanceof TransportError || u instanceof DecodeError ||
  u instanceof InputError

const REDACTED = "<redacted>"

/**
 * Replaces every occurrence of the given secrets in `text` with `<redacted>`. Used on every string
 * from the server or the transport before it goes into an error or a log line.
 *
 * @example
 * ```ts
 * scrub("bad key abc123", ["abc123"]) // "bad key <redacted>"
 * ```
 *
 * @since 0.1.0
 * @category Security
 */
export const scrub = (text: string, secrets: ReadonlyArray<string>): string => {
  let out = text
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join(REDACTED)
  }
  return out
}

/**
 * The first `max` characters of `text` with every secret replaced by `<redacted>`, scrubbing BEFORE
 * cutting and reading only a bounded prefix: a 100 MB text costs no more than a short one, and a secret
 * that straddles the cut is still replaced whole (never leaves its first characters). Longer texts end
 * with `…`. A text that ends with the first characters of a secret (cut by the server) has them redacted.
 *
 * @example
 * ```ts
 * scrubPrefix("key abc123 and more", ["abc123"], 8) // "key <red…"
 * ```
 *
 * @since 0.2.0
 * @category Security
 */
export const scrubPrefix = (text: string, secrets: ReadonlyArray<string>, max: number): string => {
  const active = secrets.filter((secret) => secret.length > 0)
  const longest = active.reduce((n, secret) => Math.max(n, secret.length), 0)
  let out = ""
  let at = 0
  while (out.length < max && at < text.length) {
    // Every secret that starts before the output could be full is wholly inside this window.
    const window = text.slice(at, at + (max - out.length) + longest)
    let hit = -1
    let hitLength = 0
    for (const secret of active) {
      const i = window.indexOf(secret)
      if (i >= 0 && (hit < 0 || i < hit || (i === hit && secret.length > hitLength))) {
        hit = i
        hitLength = secret.length
      }
    }
    if (hit < 0) {
      const taken = Math.min(window.length, max - out.length)
      out += window.slice(0, taken)
      at += taken
      break
    }
    out += window.slice(0, hit) + REDACTED
    at += hit + hitLength
  }
  const truncated = out.length > max || at < text.length
  if (!truncated) return redactTrailingPart(out, active)
  return `${out.slice(0, max)}…`
}

/** The shortest start of a secret that is redacted when a text ends with it. */
const MIN_PARTIAL = 4

/**
 * A text that ends with the first characters of a secret (the server cut its own message, or a
 * content-length cut the body) has that part redacted too: it gives the secret's start away.
 */
const redactTrailingPart = (text: string, secrets: ReadonlyArray<string>): string => {
  let cut = text.length
  for (const secret of secrets) {
    for (let n = secret.length - 1; n >= Math.min(MIN_PARTIAL, secret.length); n--) {
      if (text.endsWith(secret.slice(0, n))) {
        cut = Math.min(cut, text.length - n)
        break
      }
    }
  }
  return cut === text.length ? text : `${text.slice(0, cut)}${REDACTED}`
}


