/**
 * An operation of the Stax cloud API as data (its OpenAPI `x-stax-sdk-operation-id`, method, paths and
 * schemas), and the one function that turns a user's input into the request's path, query and body.
 *
 * As staxapp does, the path is the first of the operation's paths whose path parameters are all in the
 * input (paths are listed most parameters first); path parameters are removed from the rest; GET and DELETE
 * send the rest as the query, POST and PUT as a JSON body. Unlike staxapp, path parameters are URL-encoded,
 * booleans go out as `true`/`false`, and the input is checked strictly before anything is sent.
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { InputError } from "../core/StaxError.js"

/**
 * An operation: `id` is the document's `x-stax-sdk-operation-id` (e.g. `accounts.ReadAccounts`).
 *
 * @since 0.2.0
 * @category Models
 */
export interface Operation<In extends Schema.Schema.AnyNoContext, Out extends Schema.Schema.AnyNoContext> {
  readonly id: string
  readonly method: "GET" | "PUT" | "POST" | "DELETE"
  /** Path templates with `{name}` parameters, most parameters first. */
  readonly paths: ReadonlyArray<string>
  /** Strict: TypeScript fields in, the API's wire names and values out. */
  readonly input: In
  /** Lenient: the answer's body. */
  readonly output: Out
}

/**
 * What an input becomes on the wire.
 *
 * @since 0.2.0
 * @category Models
 */
export interface EncodedRequest {
  readonly method: "GET" | "PUT" | "POST" | "DELETE"
  /** The path with its parameters filled in, URL-encoded, e.g. `/20190206/accounts/4f1c...`. */
  readonly path: string
  /** Query parameters (GET and DELETE), in the input schema's field order. */
  readonly query: ReadonlyArray<readonly [string, string]>
  /** The JSON body (POST and PUT). */
  readonly body?: Readonly<Record<string, unknown>>
}

const PARAMETER = /\{([^}]+)\}/g

const queryValue = (value: unknown): ReadonlyArray<string> =>
  Array.isArray(value) ? value.flatMap(queryValue) : value === undefined ? [] : [typeof value === "string" ? value : JSON.stringify(value)]

const inputError = (endpoint: string, error: ParseResult.ParseError): InputError => {
  const first = ParseResult.ArrayFormatter.formatErrorSync(error)[0]
  return new InputError({
    endpoint,
    field: first === undefined ? "" : first.path.map(String).join("."),
    message: first === undefined ? error.message : first.message
  })
}

/**
 * Checks an input against the operation's input schema (unknown fields and bad values refused, the offending
 * field named) and lays it out as path, query and body.
 *
 * @example
 * ```ts
 * encodeRequest(ReadAccounts, { filter: "ACTIVE", includeTags: true })
 * // Right({ method: "GET", path: "/20190206/accounts", query: [["filter", "ACTIVE"], ["include_tags", "true"]] })
 * ```
 *
 * @since 0.2.0
 * @category Encoding
 */
export const encodeRequest = <In extends Schema.Schema.AnyNoContext, Out extends Schema.Schema.AnyNoContext>(
  operation: Operation<In, Out>,
  input: unknown,
  endpoint: string = operation.id
): Either.Either<EncodedRequest, InputError> => {
  const encoded = Schema.encodeUnknownEither(operation.input as unknown as Schema.Schema<unknown, unknown>, {
    onExcessProperty: "error",
    errors: "first"
  })(input)
  if (Either.isLeft(encoded)) return Either.left(inputError(endpoint, encoded.left))
  const wire = encoded.right
  if (typeof wire !== "object" || wire === null || Array.isArray(wire)) {
    return Either.left(new InputError({ endpoint, field: "", message: "the input must be an object" }))
  }
  const fields = wire as Record<string, unknown>
  const present = (name: string) => Object.hasOwn(fields, name) && fields[name] !== undefined
  const template = operation.paths.find((path) => [...path.matchAll(PARAMETER)].every(([, name]) => present(name ?? "")))
  if (template === undefined) {
    const needed = [...new Set(operation.paths.flatMap((path) => [...path.matchAll(PARAMETER)].map(([, name]) => name ?? "")))]
    return Either.left(new InputError({ endpoint, field: "", message: `missing path parameter: one of ${needed.join(", ")}` }))
  }
  const used = new Set<string>()
  const path = template.replace(PARAMETER, (_, name: string) => {
    used.add(name)
    return encodeURIComponent(String(fields[name]))
  })
  const rest = Object.entries(fields).filter(([name, value]) => !used.has(name) && value !== undefined)
  if (operation.method === "GET" || operation.method === "DELETE") {
    return Either.right({
      method: operation.method,
      path,
      query: rest.flatMap(([name, value]) => queryValue(value).map((v) => [name, v] as const))
    })
  }
  return Either.right({ method: operation.method, path, query: [], body: Object.fromEntries(rest) })
}
