/**
 * The request stage: a call's input checked and encoded once, into the plain request every attempt
 * sends (method, origin, path and query, headers, body). Bad input is an `InputError` naming the field,
 * and nothing is sent. GET and DELETE carry the input as the query, POST and PUT as a JSON body (or the
 * operation's own body: multipart uploads). What can be worked out once per operation is, in `prepare`.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Redacted from "effect/Redacted"
import type * as Tracer from "effect/Tracer"
import type { CallOptions } from "../CallOptions.js"
import { headerValueProblem } from "../ConfigCheck.js"
import type { Operation } from "../Operation.js"
import * as OperationEncoder from "../OperationEncoder.js"
import type { RetryPolicy } from "../RetryPolicy.js"
import { InputError } from "../StaxError.js"
import type { OutgoingRequest } from "./Sender.js"

const encoder = new TextEncoder()

/**
 * What is worked out once per operation.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Prepared<In, Out> {
  readonly operation: Operation<In, Out>
  readonly spanName: string
  readonly spanOptions: Tracer.SpanOptions
  /** Whether the call writes (anything but GET): its errors say `maybeApplied`. */
  readonly write: boolean
  /** GET and DELETE: the input is the query. */
  readonly bodyless: boolean
  /** The one encoder of the operation's input (path, query, body fields), its path override applied. */
  readonly encode: OperationEncoder.RequestEncoder
  /** The operation's adjustment of a retry policy, kept per policy. */
  readonly adjust: (policy: RetryPolicy) => RetryPolicy
}

/**
 * Prepares an operation for an API named `apiName` whose path overrides are `paths`.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const prepare = <In, Out>(
  apiName: string,
  paths: Readonly<Record<string, string>>,
  operation: Operation<In, Out>
): Prepared<In, Out> => {
  const encode = OperationEncoder.compile(operation, paths[operation.name])
  const adjusted = new WeakMap<RetryPolicy, RetryPolicy>()
  const retry = operation.retry
  return {
    operation,
    spanName: `${apiName}.${operation.name}`,
    spanOptions: {
      kind: "client",
      // A stack trace per call costs more than the rest of the pipeline; the span name says where.
      captureStackTrace: false,
      attributes: { "http.request.method": operation.method, "url.path": encode.template }
    },
    write: operation.method !== "GET",
    bodyless: operation.method === "GET" || operation.method === "DELETE",
    encode,
    adjust: retry === undefined ? (policy) => policy : (policy) => {
      let out = adjusted.get(policy)
      if (out === undefined) adjusted.set(policy, out = retry(policy))
      return out
    }
  }
}

/**
 * Where requests go: the API's origin, and the path prefix of its base URL.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Target {
  readonly origin: string
  readonly basePath: string
}

/**
 * Whether the operation builds its own body (an upload), which takes an effect to make.
 *
 * @since 0.2.0
 * @category Guards
 */
export const hasOwnBody = (prepared: Prepared<any, any>): boolean =>
  prepared.operation.body !== undefined && !prepared.bodyless

/**
 * The request of an encoded input with a query or a JSON body. `headers` are the request's (user agent,
 * accept, credentials where fixed, trace headers, and the JSON content type when it has a body).
 *
 * @since 0.2.0
 * @category Requests
 */
export const requestOf = (
  target: Target,
  encoded: OperationEncoder.EncodedRequest,
  headers: Readonly<Record<string, string>>
): OutgoingRequest => ({
  method: encoded.method,
  origin: target.origin,
  path: target.basePath + encoded.path,
  headers,
  body: encoded.body === undefined ? undefined : encoder.encode(JSON.stringify(encoded.body))
})

/**
 * The request of an upload: the operation's own body, built from the encoded body fields.
 *
 * @since 0.2.0
 * @category Requests
 */
export const uploadRequestOf = (
  target: Target,
  prepared: Prepared<any, any>,
  encoded: OperationEncoder.EncodedRequest,
  headers: Readonly<Record<string, string>>
): Effect.Effect<OutgoingRequest, InputError> =>
  Effect.map(prepared.operation.body!(encoded.body), (body): OutgoingRequest => {
    const base = { method: encoded.method, origin: target.origin, path: target.basePath + encoded.path }
    switch (body._tag) {
      case "Uint8Array":
        return { ...base, headers: { ...headers, "content-type": body.contentType }, body: body.body }
      case "Stream":
        return {
          ...base,
          headers: body.contentLength === undefined
            ? { ...headers, "content-type": body.contentType }
            : { ...headers, "content-type": body.contentType, "content-length": String(body.contentLength) },
          body
        }
      case "FormData":
        // The transport writes the multipart content type, with its boundary.
        return { ...base, headers, body }
      case "Raw":
      case "Empty":
        throw new Error(`an operation's body builder gave an unsupported ${body._tag} body`)
    }
  })

/**
 * Per-call credentials headers added to a request, their secret values remembered in `secrets` for
 * scrubbing. A value that cannot be sent as a header is an `InputError` naming it (nothing is sent).
 *
 * @since 0.2.0
 * @category Requests
 */
export const withCallCredentials = (
  endpoint: string,
  request: OutgoingRequest,
  options: CallOptions | undefined,
  secrets: Set<string>
): Either.Either<OutgoingRequest, InputError> => {
  if (options?.credentials === undefined) return Either.right(request)
  const headers: Record<string, string> = { ...request.headers }
  for (const [name, value] of Object.entries(options.credentials)) {
    const plain = Redacted.isRedacted(value) ? Redacted.value(value) : value
    const problem = headerValueProblem(`credentials.${name}`, plain) ??
      (/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) ? undefined : `credentials: ${JSON.stringify(name.slice(0, 40))} is not a header name`)
    if (problem !== undefined) return Either.left(new InputError({ endpoint, field: `credentials.${name}`, message: problem }))
    if (Redacted.isRedacted(value)) {
      secrets.add(plain)
      if (plain.startsWith("Bearer ")) secrets.add(plain.slice("Bearer ".length))
    }
    headers[name.toLowerCase()] = plain
  }
  return Either.right({ ...request, headers })
}

export { inputErrorFromParseError } from "../OperationEncoder.js"
