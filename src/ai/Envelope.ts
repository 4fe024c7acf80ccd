/**
 * The response envelope of the Stax.ai API, and the one function that turns an answer (status,
 * headers, body text) into a payload or a typed error.
 *
 * Every JSON answer is an object with a boolean `success`; the payload sits beside it under a
 * resource-named key (`{success: true, stack}`). Failures look the same whether the server sends
 * them on HTTP 200 (the legacy docs) or on 401/403/404/4xx/5xx (the trust-accounting docs):
 * `{success: false, error}`, with `authError: true` when authentication failed.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type { Answer as CoreAnswer } from "../core/Answer.js"
import * as Decode from "../core/decode/index.js"
import type { ParseOptions } from "effect/SchemaAST"
import { ApiError, AuthError, DecodeError, type StaxError, scrubPrefix } from "../core/StaxError.js"
import { parseRetryAfter } from "../core/RetryPolicy.js"

/**
 * `{success: true, ...payload}`: the payload fields are decoded by each endpoint's own schema.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const SuccessEnvelope = Schema.Struct({ success: Schema.Literal(true) })

/**
 * `{success: false, authError: true, error}`: the credentials were refused.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const AuthFailureEnvelope = Schema.Struct({
  success: Schema.Literal(false),
  authError: Schema.Literal(true),
  error: Schema.optional(Schema.Unknown)
})

/**
 * `{success: false, error}`: the API refused the request.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const ApiFailureEnvelope = Schema.Struct({
  success: Schema.Literal(false),
  authError: Schema.optional(Schema.Literal(false)),
  error: Schema.optional(Schema.Unknown)
})

/**
 * The envelope of every JSON answer.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const Envelope = Schema.Union(SuccessEnvelope, AuthFailureEnvelope, ApiFailureEnvelope)

/**
 * @since 0.1.0
 * @category Schemas
 */
export type Envelope = typeof Envelope.Type

/**
 * An HTTP answer with its body read as text (the core's).
 *
 * @since 0.1.0
 * @category Models
 */
export type Answer = CoreAnswer

/**
 * What {@link interpret} needs besides the answer.
 *
 * @since 0.1.0
 * @category Models
 */
export interface Context<A, I> {
  /** The SDK operation, e.g. `Stacks.get`, named in every error. */
  readonly endpoint: string
  /** Decodes the whole success body (the payload keys beside `success`). */
  readonly payload: Schema.Schema<A, I>
  /** Strings to scrub from anything kept in an error (the API key). */
  readonly secrets: ReadonlyArray<string>
  /** The current time, for `Retry-After` given as an HTTP date. */
  readonly nowMillis: number
}

const EXCERPT_LENGTH = 200
/** Server messages kept in an error are cut to this many characters (after scrubbing). */
const MESSAGE_LENGTH = 500
/** How much of a body is read for an excerpt: enough for whitespace runs to collapse into 200 characters. */
const EXCERPT_WINDOW = 4096

/**
 * The deepest nesting of arrays and objects the SDK reads in a JSON body. Deeper answers are a
 * `DecodeError` before any decoding: no real answer nests this deep, and recursive code (formatting,
 * `JSON.stringify`) on an answer nesting thousands of levels would overflow the stack.
 *
 * @since 0.2.0
 * @category Decoding
 */
export const maxJsonDepth = 256

/**
 * The first characters of a body, on one line, scrubbed of secrets. Only a bounded prefix of the body
 * is read, and secrets are scrubbed before the cut, so none leaves its first characters behind.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const excerpt = (body: string, secrets: ReadonlyArray<string>): string => {
  const flat = scrubPrefix(body, secrets, EXCERPT_WINDOW).replace(/\s+/g, " ").trim()
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat
}

const isAuthStatus = (status: number) => status === 401 || status === 403
const isOk = (status: number) => status >= 200 && status < 300

/** An open array or object while {@link preview} writes it. */
interface Frame {
  readonly value: ReadonlyArray<unknown> | Record<string, unknown>
  readonly keys: ReadonlyArray<string> | undefined
  readonly close: string
  index: number
}

/**
 * A JSON rendering of `value`, at most `max` characters, scrubbed of secrets: written without
 * recursion, and it stops as soon as it has enough, so a huge or deep value costs no more than a small one.
 *
 * @since 0.2.0
 * @category Decoding
 */
export const preview = (value: unknown, secrets: ReadonlyArray<string>, max: number): string => {
  const longest = secrets.reduce((n, secret) => Math.max(n, secret.length), 0)
  // Written past `max` by the longest secret, so the final scrub sees any secret the cut would split.
  const budget = max + longest + 1
  let out = ""
  const stack: Array<Frame> = []
  const write = (item: unknown): void => {
    if (typeof item === "string") out += JSON.stringify(scrubPrefix(item, secrets, budget - out.length))
    else if (Array.isArray(item)) {
      out += "["
      stack.push({ value: item, keys: undefined, close: "]", index: 0 })
    } else if (item !== null && typeof item === "object") {
      out += "{"
      const record = item as Record<string, unknown>
      stack.push({ value: record, keys: Object.keys(record), close: "}", index: 0 })
    } else out += item === undefined ? "null" : String(item)
  }
  write(value)
  while (stack.length > 0 && out.length < budget) {
    const frame = stack[stack.length - 1]!
    const size = frame.keys === undefined ? (frame.value as ReadonlyArray<unknown>).length : frame.keys.length
    if (frame.index >= size) {
      out += frame.close
      stack.pop()
      continue
    }
    if (frame.index > 0) out += ","
    if (frame.keys === undefined) write((frame.value as ReadonlyArray<unknown>)[frame.index])
    else {
      const key = frame.keys[frame.index]!
      out += `${JSON.stringify(scrubPrefix(key, secrets, budget - out.length))}:`
      write((frame.value as Record<string, unknown>)[key])
    }
    frame.index += 1
  }
  const cut = scrubPrefix(out, secrets, max)
  return stack.length > 0 && !cut.endsWith("…") ? `${cut}…` : cut
}

/** The message of a failure envelope's `error`, bounded and scrubbed. */
const messageOf = (error: unknown, status: number, secrets: ReadonlyArray<string>): string => {
  if (typeof error === "string" && error.length > 0) return scrubPrefix(error, secrets, MESSAGE_LENGTH)
  if (error !== undefined && error !== null && typeof error === "object") {
    const inner = (error as { message?: unknown }).message
    if (typeof inner === "string" && inner.length > 0) return scrubPrefix(inner, secrets, MESSAGE_LENGTH)
    return preview(error, secrets, MESSAGE_LENGTH)
  }
  return `HTTP ${status}`
}

/** Keys that name an object's prototype machinery: never copied onto a decoded object. */
const HOSTILE_KEYS = new Set(["__proto__"])

/**
 * Removes `null` object properties, in place, at every depth (array elements are kept): the API sends
 * `null` for unset fields, and the SDK treats them as absent. Walks without recursion.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const dropNullProperties = (value: unknown): unknown => {
  prepare(value, Number.POSITIVE_INFINITY)
  return value
}

/**
 * Readies a parsed JSON value for decoding, in place and without recursion: drops `null` object
 * properties and `__proto__` own keys (`JSON.parse` keeps them as data, but copying them onto a new
 * object would set its prototype), and checks the nesting depth. Returns `false` when the value nests
 * deeper than `maxDepth`.
 */
const prepare = (value: unknown, maxDepth: number): boolean => {
  const stack: Array<readonly [unknown, number]> = [[value, 1]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (current === null || typeof current !== "object") continue
    if (depth > maxDepth) return false
    if (Array.isArray(current)) {
      for (const item of current) if (item !== null && typeof item === "object") stack.push([item, depth + 1])
      continue
    }
    const record = current as Record<string, unknown>
    for (const key of Object.keys(record)) {
      const item = record[key]
      if (item === null || HOSTILE_KEYS.has(key)) delete record[key]
      else if (typeof item === "object") stack.push([item, depth + 1])
    }
  }
  return true
}

type Parsed =
  | { readonly _tag: "Json"; readonly value: unknown }
  | { readonly _tag: "NotJson" }
  | { readonly _tag: "TooDeep" }

/** A failure answer's JSON, readied for rendering (nulls and `__proto__` keys dropped, depth checked). */
const readied = (parsed: Either.Either<unknown, "NotJson">): Parsed => {
  if (Either.isLeft(parsed)) return { _tag: "NotJson" }
  return prepare(parsed.right, maxJsonDepth) ? { _tag: "Json", value: parsed.right } : { _tag: "TooDeep" }
}

const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * A schema decoder that never throws: Effect's union decoding reads a discriminator with `String(...)`,
 * which throws on a hostile value such as `{"toString": {}}`; such a value is a decode failure like any other.
 */
const safeDecoder = <A, I>(schema: Schema.Schema<A, I>, options?: ParseOptions) => {
  const decode = Schema.decodeUnknownEither(schema, options)
  return (value: unknown): Either.Either<A, ParseResult.ParseError | "Unreadable"> => {
    try {
      return decode(value)
    } catch {
      return Either.left("Unreadable")
    }
  }
}

const decodeEnvelope = safeDecoder(Envelope)

/**
 * Decode options for payloads: unknown extra fields are kept on the decoded objects (the API's docs
 * are partial, so fields the SDK does not know are preserved, never a failure), and every error is
 * collected so the first one can be named.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const payloadParseOptions: ParseOptions = { onExcessProperty: "preserve", errors: "first" }

/** The first failing leaf of an issue tree and its path, found without recursion. */
const firstLeaf = (issue: ParseResult.ParseIssue): { readonly path: ReadonlyArray<PropertyKey>; readonly leaf: ParseResult.ParseIssue } => {
  const path: Array<PropertyKey> = []
  let current = issue
  for (;;) {
    switch (current._tag) {
      case "Pointer":
        if (Array.isArray(current.path)) path.push(...current.path)
        else path.push(current.path as PropertyKey)
        current = current.issue
        continue
      case "Refinement":
      case "Transformation":
        current = current.issue
        continue
      case "Composite":
        current = Array.isArray(current.issues) ? current.issues[0]! : current.issues as ParseResult.ParseIssue
        continue
      default:
        return { path, leaf: current }
    }
  }
}

/** Whether a leaf's value is small enough for the schema formatter to print whole. */
const isSmall = (actual: unknown): boolean => {
  const shown = preview(actual, [], 200)
  return shown.length < 200 && !shown.endsWith("…")
}

/**
 * Turns a `ParseError` into a `DecodeError` naming the path of the first offending field. The issue
 * tree is walked without recursion, and the offending value is shown as a bounded, scrubbed preview.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const decodeErrorFromParseError = (
  error: ParseResult.ParseError,
  context: { readonly endpoint: string; readonly status?: number; readonly body: string; readonly secrets: ReadonlyArray<string> }
): DecodeError => {
  const { leaf, path: keys } = firstLeaf(error.issue)
  const path = keys.map(String).join(".")
  const actual = "actual" in leaf ? leaf.actual : undefined
  const detail = leaf._tag === "Missing" || isSmall(actual)
    ? (ParseResult.ArrayFormatter.formatIssueSync(leaf)[0]?.message ?? "is invalid")
    : `Expected ${String("ast" in leaf ? leaf.ast : "a valid value")}, actual ${preview(actual, context.secrets, EXCERPT_LENGTH)}`
  return new DecodeError({
    endpoint: context.endpoint,
    ...(context.status === undefined ? {} : { status: context.status }),
    ...(path === "" ? {} : { path: scrubPrefix(path, context.secrets, EXCERPT_LENGTH) }),
    message: scrubPrefix(`${path === "" ? "body" : path}: ${detail}`, context.secrets, MESSAGE_LENGTH),
    excerpt: excerpt(context.body, context.secrets)
  })
}

/**
 * Interprets an answer:
 * - `success: true` on 2xx: the payload, decoded by `context.payload` (a wrong type is a `DecodeError` naming the path);
 * - `authError: true`, or status 401/403: `AuthError`;
 * - `success: false`, or a non-2xx JSON body: `ApiError`;
 * - a body that is not JSON (an HTML gateway page, a truncated body) or a 2xx without `success`: `DecodeError`.
 *
 * Pure, so it is tested on its own, property by property.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const interpret = <A, I>(answer: Answer, context: Context<A, I>): Either.Either<A, StaxError> => {
  const { endpoint, secrets } = context
  const { body, status } = answer
  const apiError = (message: string) => {
    const retryAfter = parseRetryAfter(answer.headers["retry-after"], context.nowMillis)
    return new ApiError({
      endpoint,
      status,
      message,
      ...(Option.isSome(retryAfter) ? { retryAfterSeconds: retryAfter.value } : {})
    })
  }
  const decodeError = (message: string) =>
    new DecodeError({ endpoint, status, message, excerpt: excerpt(body, secrets) })

  // Parsed once. The usual case first: a 2xx `success: true` answer, its payload validated in one pass.
  const parsed = Decode.parseJson(body)
  if (isOk(status) && Either.isRight(parsed) && isObject(parsed.right) && parsed.right["success"] === true) {
    return Decode.decodePayload(context.payload, parsed.right, body).pipe(
      Either.mapLeft((error) =>
        error === "Unreadable"
          ? decodeError(`the payload holds a value the SDK cannot read (HTTP ${status})`)
          : decodeErrorFromParseError(error, { endpoint, status, body, secrets })
      )
    )
  }
  const json = readied(parsed)
  if (json._tag !== "Json") {
    if (isAuthStatus(status)) return Either.left(new AuthError({ endpoint, status, message: `HTTP ${status}` }))
    if (json._tag === "TooDeep") {
      return Either.left(decodeError(`the JSON body nests deeper than ${maxJsonDepth} levels (HTTP ${status})`))
    }
    const head = excerpt(body, [])
    const what = head.startsWith("<") ? "an HTML page" : head === "" ? "an empty body" : "a body that is not JSON"
    return Either.left(decodeError(`expected a JSON envelope, got ${what} (HTTP ${status})`))
  }
  const envelope = decodeEnvelope(json.value)
  if (Either.isLeft(envelope)) {
    if (isAuthStatus(status)) {
      return Either.left(new AuthError({ endpoint, status, message: messageOf(json.value, status, secrets) }))
    }
    if (!isOk(status) && isObject(json.value)) {
      return Either.left(apiError(messageOf(json.value["error"] ?? json.value["message"], status, secrets)))
    }
    return Either.left(decodeError(`expected a JSON object with a boolean "success" (HTTP ${status})`))
  }
  const value = envelope.right
  if (value.success === false) {
    if (value.authError === true || isAuthStatus(status)) {
      return Either.left(new AuthError({ endpoint, status, message: messageOf(value.error, status, secrets) }))
    }
    return Either.left(apiError(messageOf(value.error, status, secrets)))
  }
  if (!isOk(status)) return Either.left(apiError(`HTTP ${status} with success: true`))
  return safeDecoder(context.payload, payloadParseOptions)(json.value).pipe(
    Either.mapLeft((error) =>
      error === "Unreadable"
        ? decodeError(`the payload holds a value the SDK cannot read (HTTP ${status})`)
        : decodeErrorFromParseError(error, { endpoint, status, body, secrets })
    )
  )
}
