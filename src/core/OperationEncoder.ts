/**
 * The one encoder of a call's input, shared by production (the pipeline's request stage) and tests: the
 * input is validated (an `InputError` naming the field; nothing is sent) and laid out as plain data, the
 * method, the path below the base URL with its query string, and the body.
 *
 * - The path is the operation's template, or one of its variants: an explicit `Variants` choice, else the
 *   first template whose parameters are all in the input (most parameters first, as staxapp does).
 *   Parameters are URL-encoded; every parameter of every template is left out of the query and body.
 * - GET and DELETE send the other fields as the query (`undefined` and `null` left out, arrays as repeated
 *   keys, booleans and numbers as `String` writes them, objects as JSON), written as `UrlParams.toString`
 *   writes it; POST and PUT send them as the body.
 *
 * What can be worked out once per operation is: the input's compiled check (`InputCheck`, cached per
 * operation), the templates' parts, the parameter names.
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as InputCheck from "./InputCheck.js"
import { queryString } from "./internal/query.js"
import { isVariants, type Method, type Operation, type PathSpec, templatesOf } from "./Operation.js"
import { InputError } from "./StaxError.js"

/**
 * A call's request as plain data.
 *
 * @since 0.2.0
 * @category Models
 */
export interface EncodedRequest {
  readonly method: Method
  /** The path below the base URL, parameters URL-encoded, with `?query` for GET and DELETE when any. */
  readonly path: string
  /**
   * POST and PUT: the fields the body carries (the encoded input without its path parameters), sent as
   * JSON or given to the operation's `body` builder. GET and DELETE: `undefined`.
   */
  readonly body: unknown
}

/**
 * An operation's compiled encoder.
 *
 * @since 0.2.0
 * @category Models
 */
export interface RequestEncoder {
  (input: unknown): Either.Either<EncodedRequest, InputError>
  /** The path template(s) as the span shows them (`/accounts/{account_id}`): no value of the input. */
  readonly template: string
}

/** A template split at its parameters: `literals[0] param[0] literals[1] ... literals[n]`. */
interface Template {
  readonly literals: ReadonlyArray<string>
  readonly params: ReadonlyArray<string>
}

const PARAMETER = /\{([^}]+)\}/g

const parse = (template: string): Template => {
  const literals: Array<string> = []
  const params: Array<string> = []
  let last = 0
  for (const match of template.matchAll(PARAMETER)) {
    literals.push(template.slice(last, match.index))
    params.push(match[1]!)
    last = match.index + match[0].length
  }
  literals.push(template.slice(last))
  return { literals, params }
}

/**
 * A template with a configured override (`StaxConfig` `paths`): an override with parameters replaces the
 * template; one without replaces the template's fixed part before its first parameter's segment
 * (`/v2/job/complete` for `/job/complete/{jobId}` gives `/v2/job/complete/{jobId}`).
 */
const overridden = (template: string, override: string | undefined): string => {
  if (override === undefined) return template
  if (override.includes("{")) return override
  const first = template.indexOf("{")
  if (first < 0) return override
  const cut = template.lastIndexOf("/", first)
  return override.replace(/\/$/, "") + template.slice(Math.max(cut, 0))
}

/** The template with the fields' values URL-encoded into it, or an `InputError` for a value that is not Unicode. */
const fill = (name: string, template: Template, fields: Record<string, unknown>): string | InputError => {
  let out = template.literals[0]!
  for (let i = 0; i < template.params.length; i++) {
    const param = template.params[i]!
    try {
      out += encodeURIComponent(String(fields[param])) + template.literals[i + 1]!
    } catch {
      // A lone surrogate: encodeURIComponent throws URIError.
      return new InputError({ endpoint: name, field: param, message: `${param}: not valid Unicode (a lone surrogate)` })
    }
  }
  return out
}

const present = (fields: Record<string, unknown>, name: string): boolean => fields[name] !== undefined && fields[name] !== null

/** The query entries of the fields, skipping the path's. */
const queryOf = (fields: Record<string, unknown>, skip: ReadonlySet<string> | undefined): string => {
  const entries: Array<[string, string]> = []
  for (const key in fields) {
    if (skip !== undefined && skip.has(key)) continue
    const value = fields[key]
    if (value === undefined || value === null) continue
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item !== undefined && item !== null) entries.push([key, typeof item === "object" ? JSON.stringify(item) : String(item)])
      }
    } else {
      entries.push([key, typeof value === "object" ? JSON.stringify(value) : String(value)])
    }
  }
  return entries.length === 0 ? "" : queryString(entries)
}

/** The fields without the path's. */
const without = (fields: Record<string, unknown>, skip: ReadonlySet<string> | undefined): Record<string, unknown> => {
  if (skip === undefined) return fields
  const out: Record<string, unknown> = {}
  for (const key in fields) if (!skip.has(key)) out[key] = fields[key]
  return out
}

/** Picks the template for the fields, or says which field is missing. */
type Route = (fields: Record<string, unknown>) => Template | InputError

const routeOf = (name: string, path: PathSpec, override: string | undefined): Route => {
  if (isVariants(path)) {
    const byValue = new Map(Object.entries(path.paths).map(([value, t]) => [value, parse(overridden(t, override))]))
    const values = [...byValue.keys()].join(", ")
    return (fields) => {
      const template = byValue.get(String(fields[path.by]))
      if (template === undefined) {
        return new InputError({ endpoint: name, field: path.by, message: `${path.by}: expected one of ${values}` })
      }
      return missingOf(name, template, fields) ?? template
    }
  }
  const templates = templatesOf(path).map((t) => parse(overridden(t, override)))
    // Most parameters first; a stable sort keeps the declared order among equals.
    .sort((a, b) => b.params.length - a.params.length)
  if (templates.length === 1) {
    const only = templates[0]!
    return only.params.length === 0 ? () => only : (fields) => missingOf(name, only, fields) ?? only
  }
  return (fields) => {
    for (const template of templates) if (template.params.every((p) => present(fields, p))) return template
    return missingOf(name, templates[templates.length - 1]!, fields)!
  }
}

const missingOf = (name: string, template: Template, fields: Record<string, unknown>): InputError | undefined => {
  const missing = template.params.find((p) => !present(fields, p))
  return missing === undefined
    ? undefined
    : new InputError({ endpoint: name, field: missing, message: `${missing}: the path needs it` })
}

/** The compiled input check of each operation, shared by every pipeline (one compile per operation). */
const checks = new WeakMap<Operation<any, any>, InputCheck.Encoder<unknown>>()

const checkOf = (operation: Operation<any, any>): InputCheck.Encoder<unknown> => {
  let check = checks.get(operation)
  if (check === undefined) {
    check = InputCheck.compile(operation.input, { onExcessProperty: "error", errors: "all" })
    checks.set(operation, check)
  }
  return check
}

/**
 * Compiles an operation's encoder, with the configured path override of its name, if any.
 *
 * @example
 * ```ts
 * const encode = OperationEncoder.compile(stackOperations.get)
 * encode({ stackTag: "invoices" }) // Either.right({ method: "GET", path: "/stack/get?stackTag=invoices", body: undefined })
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const compile = (operation: Operation<any, any>, override?: string): RequestEncoder => {
  const { name, method, path } = operation
  const check = checkOf(operation)
  const route = routeOf(name, path, override)
  const parameters = new Set(templatesOf(path).flatMap((t) => parse(t).params))
  if (isVariants(path)) parameters.add(path.by)
  const skip = parameters.size === 0 ? undefined : parameters
  const bodyless = method === "GET" || method === "DELETE"
  const encode = (input: unknown): Either.Either<EncodedRequest, InputError> => {
    const checked = check(input)
    if (Either.isLeft(checked)) return Either.left(inputErrorFromParseError(name, checked.left))
    const encoded = checked.right
    const fields = (typeof encoded === "object" && encoded !== null ? encoded : {}) as Record<string, unknown>
    const template = route(fields)
    if (template instanceof InputError) return Either.left(template)
    const target = template.params.length === 0 ? template.literals[0]! : fill(name, template, fields)
    if (typeof target !== "string") return Either.left(target)
    if (bodyless) {
      const query = queryOf(fields, skip)
      return Either.right({ method, path: query === "" ? target : `${target}?${query}`, body: undefined })
    }
    return Either.right({ method, path: target, body: without(fields, skip) })
  }
  return Object.assign(encode, {
    template: templatesOf(path).map((t) => overridden(t, override)).sort((a, b) => parse(a).params.length - parse(b).params.length)[0] ?? "/"
  })
}

const compiled = new WeakMap<Operation<any, any>, RequestEncoder>()

/**
 * Encodes one input of an operation (its encoder compiled once and kept), without path overrides.
 *
 * @example
 * ```ts
 * OperationEncoder.encode(accountOperations.readAccounts, { accountId: "a/b" })
 * // Either.right({ method: "GET", path: "/accounts/a%2Fb", body: undefined })
 * ```
 *
 * @since 0.2.0
 * @category Encoding
 */
export const encode = (operation: Operation<any, any>, input: unknown): Either.Either<EncodedRequest, InputError> => {
  let encoder = compiled.get(operation)
  if (encoder === undefined) {
    encoder = compile(operation)
    compiled.set(operation, encoder)
  }
  return encoder(input)
}

/**
 * Turns a `ParseError` on the caller's input into an `InputError` naming the field (the first issue's
 * path), its message listing up to three issues.
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
