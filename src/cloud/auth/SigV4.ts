/**
 * AWS Signature Version 4 for the Stax cloud API (service `execute-api`), computed by `SigV4Signer` (the
 * same signatures as `@smithy/signature-v4`, which the stand-in verifies them with, without a Promise per request).
 *
 * Every API request carries temporary AWS credentials from the Cognito identity pool (see
 * docs/stax-cloud.md): the session token in `x-amz-security-token`, and an `authorization` header over
 * `host`, `x-amz-date`, `x-amz-security-token` and `x-amz-content-sha256` (the hash of the body).
 * Other headers are left unsigned on purpose, so that a proxy or the transport adding one (`content-length`,
 * `accept-encoding`) never breaks a signature.
 *
 * The query string is re-written with RFC 3986 encoding (`%20`, never `+`) so that what is sent is exactly
 * what was signed; the path is signed double-encoded, as API Gateway expects for `execute-api`.
 *
 * @since 0.2.0
 */
import type * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { TransportError } from "../../core/StaxError.js"
import type { OutgoingRequest } from "../../core/pipeline/Sender.js"
import * as SigV4Signer from "./SigV4Signer.js"
import type { PlainCredentials } from "./SigV4Signer.js"

/**
 * The AWS credentials a request is signed with (the identity pool's temporary credentials). The login's
 * credentials type, which also has an `expiration`, fits this shape.
 *
 * @since 0.2.0
 * @category Models
 */
export interface SigningCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: Redacted.Redacted<string>
  readonly sessionToken: Redacted.Redacted<string>
}

/**
 * The SigV4 service name of API Gateway.
 *
 * @since 0.2.0
 * @category Constants
 */
export const SERVICE = "execute-api"

/**
 * Header names whose values are secret: add them to `Headers.currentRedactedNames` so that they never
 * reach a log, a span or an error.
 *
 * @since 0.2.0
 * @category Constants
 */
export const secretHeaderNames: ReadonlyArray<string> = ["authorization", "x-amz-security-token"]

/** The headers this module writes; stale copies from an earlier attempt are dropped before signing. */
const SIGNING_HEADERS = ["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"] as const

/**
 * Percent-encodes a string as RFC 3986 (and SigV4) require: `encodeURIComponent` plus `!'()*`.
 *
 * @example
 * ```ts
 * encodeRfc3986("a b!") // "a%20b%21"
 * ```
 *
 * @since 0.2.0
 * @category Encoding
 */
export const encodeRfc3986 = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** The bytes to hash, `undefined` for no body, or `None` for a body that cannot be hashed before sending. */
const payloadOf = (body: HttpBody.HttpBody): Option.Option<Uint8Array | string | undefined> => {
  switch (body._tag) {
    case "Empty":
      return Option.some(undefined)
    case "Uint8Array":
      return Option.some(body.body)
    case "Raw":
      return typeof body.body === "string" || body.body instanceof Uint8Array
        ? Option.some(body.body)
        : Option.none()
    case "FormData":
    case "Stream":
      return Option.none()
  }
}

/** The plain credentials of a `SigningCredentials` (one per object, so the signer keeps its signing keys). */
const plainOf = (() => {
  const plain = new WeakMap<SigningCredentials, PlainCredentials>()
  return (credentials: SigningCredentials): PlainCredentials => {
    let out = plain.get(credentials)
    if (out === undefined) {
      out = {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: Redacted.value(credentials.secretAccessKey),
        sessionToken: Redacted.value(credentials.sessionToken)
      }
      plain.set(credentials, out)
    }
    return out
  }
})()

/** What is signed: the URL (its query re-encoded as sent), the method, the headers and the payload. */
interface Signable {
  readonly method: string
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  readonly payload: Uint8Array | string | undefined
}

/** Signs: the headers with the signing headers replaced, and the path and query to send (RFC 3986 query). */
const sign = (
  signable: Signable,
  credentials: SigningCredentials,
  region: string,
  now: Date
): { readonly headers: Record<string, string>; readonly path: string } => {
  const target = signable.url
  let query = ""
  for (const [key, value] of target.searchParams) {
    query += `${query === "" ? "?" : "&"}${encodeRfc3986(key)}=${encodeRfc3986(value)}`
  }
  const signed = SigV4Signer.sign(signable.method, target, signable.payload, plainOf(credentials), region, now)
  const headers: Record<string, string> = {}
  for (const key in signable.headers) {
    if (!(SIGNING_HEADERS as ReadonlyArray<string>).includes(key)) headers[key] = signable.headers[key]!
  }
  Object.assign(headers, signed)
  return { headers, path: target.pathname + query }
}

const unhashable = (name: string, kind: string) =>
  new TransportError({
    endpoint: name,
    reason: "Encode",
    maybeSent: false,
    message: `request body: a ${kind} body cannot be hashed for SigV4; send bytes or text`
  })

/**
 * Signs a plain request of the request core at the given time, as {@link signRequest} does.
 *
 * @since 0.2.0
 * @category Signing
 */
export const signOutgoing = (
  request: OutgoingRequest,
  credentials: SigningCredentials,
  region: string,
  now: Date,
  endpoint: string
): Effect.Effect<OutgoingRequest, TransportError> =>
  Effect.suspend(() => {
    const { body } = request
    if (body !== undefined && !(body instanceof Uint8Array)) return Effect.fail(unhashable(endpoint, body._tag))
    let url: URL
    try {
      url = new URL(request.path, request.origin)
    } catch {
      return Effect.fail(
        new TransportError({ endpoint, reason: "InvalidUrl", maybeSent: false, message: "invalid URL: cannot sign it" })
      )
    }
    const signed = sign({ method: request.method, url, headers: request.headers, payload: body }, credentials, region, now)
    return Effect.succeed({ ...request, path: signed.path, headers: signed.headers })
  })

/**
 * Signs a request at the given time: adds `x-amz-date`, `x-amz-security-token`, `x-amz-content-sha256` and
 * `authorization` (replacing any from an earlier signing), and moves the query parameters into the URL with
 * RFC 3986 encoding.
 *
 * Fails with `TransportError` (reason `Encode`) when the body cannot be hashed before it is sent (a stream,
 * form data), and (reason `InvalidUrl`) when the URL does not parse. `endpoint` names the SDK operation in
 * those errors.
 *
 * @example
 * ```ts
 * const signed = signRequest(HttpClientRequest.get("https://api.au1.staxapp.cloud/20190206/accounts"),
 *   credentials, "ap-southeast-2", new Date())
 * ```
 *
 * @since 0.2.0
 * @category Signing
 */
export const signRequest = (
  request: HttpClientRequest.HttpClientRequest,
  credentials: SigningCredentials,
  region: string,
  now: Date,
  endpoint?: string
): Effect.Effect<HttpClientRequest.HttpClientRequest, TransportError> =>
  Effect.suspend(() => {
    const url = HttpClientRequest.toUrl(request)
    const name = endpoint ?? `${request.method} ${Option.match(url, { onNone: () => request.url, onSome: (u) => u.pathname })}`
    if (Option.isNone(url)) {
      return Effect.fail(
        new TransportError({ endpoint: name, reason: "InvalidUrl", maybeSent: false, message: "invalid URL: cannot sign it" })
      )
    }
    const payload = payloadOf(request.body)
    if (Option.isNone(payload)) return Effect.fail(unhashable(name, request.body._tag))
    const signed = sign({ method: request.method, url: url.value, headers: request.headers, payload: payload.value }, credentials, region, now)
    return Effect.succeed(
      HttpClientRequest.make(request.method)(`${url.value.origin}${signed.path}`, { headers: signed.headers, body: request.body })
    )
  })

/**
 * A request transform for `HttpClient.mapRequestEffect`: signs each attempt at the current `Clock` time with
 * the credentials `credentials` yields then (so a retried request gets a fresh date and signature, and
 * credentials renewed between attempts are used).
 *
 * @example
 * ```ts
 * const client = (yield* HttpClient.HttpClient).pipe(
 *   HttpClient.mapRequestEffect(signer(Effect.succeed(credentials), "ap-southeast-2")),
 *   HttpClient.retryTransient({ times: 3 })
 * )
 * ```
 *
 * @since 0.2.0
 * @category Signing
 */
export const signer = <E, R>(
  credentials: Effect.Effect<SigningCredentials, E, R>,
  region: string,
  endpoint?: string
) =>
(request: HttpClientRequest.HttpClientRequest): Effect.Effect<HttpClientRequest.HttpClientRequest, TransportError | E, R> =>
  Effect.flatMap(
    Effect.all([credentials, Clock.currentTimeMillis]),
    ([current, now]) => signRequest(request, current, region, new Date(now), endpoint)
  )
