/**
 * The request stage: a call's input checked and encoded once, into the plain request every attempt
 * sends (method, origin, path and query, headers, body). Bad input is an `InputError` naming the field,
 * and nothing is sent. GET and DELETE carry the input as the query, POST and PUT as a JSON body (or the
 * operation's own body: multipart uploads). What can be worked out once per operation is, in `prepare`.
 *
 * @since 0.3.0
 */
import * as UrlParams from "@effect/platform/UrlParams"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import type * as Tracer from "effect/Tracer"
import { headerValueProblem } from "../ConfigCheck.js"
import type { CallOptions, Endpoint } from "../Endpoint.js"
import * as InputCheck from "../InputCheck.js"
import { queryString } from "../internal/query.js"
import type { RetryPolicy } from "../RetryPolicy.js"
import { InputError } from "../StaxError.js"
import type { OutgoingRequest } from "./Sender.js"

const encoder = new TextEncoder()

/**
 * What is worked out once per operation.
 *
 * @since 0.3.0
 * @category Models
 */
export interface Prepared<In, Out> {
  readonly endpoint: Endpoint<In, Out>
  readonly spanName: string
  readonly spanOptions: Tracer.SpanOptions
  /** The path below the base URL (the operation's, or its configured override). */
  readonly path: string
  /** Whether the call writes (anything but GET): its errors say `maybeApplied`. */
  readonly write: boolean
  /** GET and DELETE: the input is the query. */
  readonly bodyless: boolean
  readonly encode: InputCheck.Encoder<unknown>
  /** The operation's adjustment of a retry policy, kept per policy. */
  readonly adjust: (policy: RetryPolicy) => RetryPolicy
}

/**
 * Prepares an operation for an API named `apiName` whose path overrides are `paths`.
 *
 * @since 0.3.0
 * @category Constructors
 */
export const prepare = <In, Out>(
  apiName: string,
  paths: Readonly<Record<string, string>>,
  endpoint: Endpoint<In, Out>
): Prepared<In, Out> => {
  const path = paths[endpoint.name] ?? endpoint.path
  const adjusted = new WeakMap<RetryPolicy, RetryPolicy>()
  const retry = endpoint.retry
  return {
    endpoint,
    spanName: `${apiName}.${endpoint.name}`,
    spanOptions: {
      kind: "client",
      // A stack trace per call costs more than the rest of the pipeline; the span name says where.
      captureStackTrace: false,
      attributes: { "http.request.method": endpoint.method, "url.path": path }
    },
    path,
    write: endpoint.method !== "GET",
    bodyless: endpoint.method === "GET" || endpoint.method === "DELETE",
    encode: InputCheck.compile(endpoint.input, { onExcessProperty: "error", errors: "all" }),
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
 * @since 0.3.0
 * @category Models
 */
export interface Target {
  readonly origin: string
  readonly basePath: string
}

/**
 * Whether the operation builds its own body (an upload), which takes an effect to make.
 *
 * @since 0.3.0
 * @category Guards
 */
export const hasOwnBody = (prepared: Prepared<any, any>): boolean =>
  prepared.endpoint.body !== undefined && !prepared.bodyless

/**
 * The request of an encoded input with a query or a JSON body. `headers` are the API's (user agent,
 * accept, and credentials where fixed): `content-type` is added for a body.
 *
 * @since 0.3.0
 * @category Requests
 */
export const requestOf = (
  target: Target,
  prepared: Prepared<any, any>,
  encoded: unknown,
  headers: Readonly<Record<string, string>>,
  jsonHeaders: Readonly<Record<string, string>>
): OutgoingRequest => {
  const { endpoint } = prepared
  const fields = omitted(encoded, endpoint.omit)
  const path = target.basePath + targetOf(prepared, encoded)
  if (prepared.bodyless) {
    const query = queryString(toUrlParams(fields))
    return { method: endpoint.method, origin: target.origin, path: query === "" ? path : `${path}?${query}`, headers, body: undefined }
  }
  return {
    method: endpoint.method,
    origin: target.origin,
    path,
    headers: jsonHeaders,
    body: encoder.encode(JSON.stringify(fields ?? {}))
  }
}

/**
 * The request of an upload: the operation's own body, built from the encoded input.
 *
 * @since 0.3.0
 * @category Requests
 */
export const uploadRequestOf = (
  target: Target,
  prepared: Prepared<any, any>,
  encoded: unknown,
  headers: Readonly<Record<string, string>>
): Effect.Effect<OutgoingRequest, InputError> =>
  Effect.map(prepared.endpoint.body!(encoded), (body): OutgoingRequest => {
    const path = target.basePath + targetOf(prepared, encoded)
    const base = { method: prepared.endpoint.method, origin: target.origin, path }
    switch (body._tag) {
      case "Uint8Array":
        return { ...base, headers: { ...headers, "content-type": body.contentType }, body: body.body }
      case "Raw":
      case "Empty":
        throw new Error(`an operation's body builder gave an unsupported ${body._tag} body`)
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
    }
  })

/**
 * Per-call credentials headers added to a request, their secret values remembered in `secrets` for
 * scrubbing. A value that cannot be sent as a header is an `InputError` naming it (nothing is sent).
 *
 * @since 0.3.0
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

/**
 * Turns a `ParseError` on the caller's input into an `InputError` naming the field.
 *
 * @since 0.2.0
 * @category Errors
 */
export const inputErrorFromParseError = (endpoint: string, error: ParseResult.ParseError): InputError => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error)
  const pathOf = (issue: ParseResult.ArrayFormatterIssue) => issue.path.map(String).join(".")
  const first = issues[0]
  const field = first === undefined ? "" : pathOf(first)
  const described = issues.slice(0, 3).map((issue) => `${pathOf(issue) || "input"}: ${issue.message}`)
  return new InputError({
    endpoint,
    field,
    message: first === undefined ? error.message : described.join("; ")
  })
}

/** The path of a call (the operation's, with the input in it where the operation says so). */
const targetOf = (prepared: Prepared<any, any>, encoded: unknown): string =>
  prepared.endpoint.pathOf === undefined ? prepared.path : prepared.endpoint.pathOf(encoded, prepared.path)

/** The encoded input without the fields the path carries. */
const omitted = (encoded: unknown, omit: ReadonlyArray<string> | undefined): unknown => {
  if (omit === undefined || omit.length === 0 || encoded === null || typeof encoded !== "object") return encoded
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(encoded)) if (!omit.includes(key)) out[key] = value
  return out
}

const toUrlParams = (encoded: unknown): UrlParams.UrlParams => {
  if (encoded === null || typeof encoded !== "object") return UrlParams.empty
  const entries: Array<[string, string]> = []
  for (const [key, value] of Object.entries(encoded)) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value]) {
      entries.push([key, typeof item === "object" ? JSON.stringify(item) : String(item)])
    }
  }
  return UrlParams.fromInput(entries)
}
