/**
 * What a stateful operation of the stand-in is: a handler from a checked request to a reply, keyed by
 * operation id (`"networking.CreateHub"`), and the small helpers handlers share.
 *
 * @since 0.2.0
 */
import type * as Effect from "effect/Effect"
import type { Json } from "../../ai/Model.js"
import type { CloudOperationSpec } from "./spec.js"

/**
 * A request that passed routing and validation.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Call {
  readonly spec: CloudOperationSpec
  /** The path template that matched. */
  readonly template: string
  /** Path parameters, decoded. */
  readonly params: Readonly<Record<string, string>>
  /** Path parameters, coerced query values and body fields, under the API's names. */
  readonly wire: Readonly<Record<string, unknown>>
  /** The JSON body's fields (`{}` without one). */
  readonly body: Readonly<Record<string, unknown>>
  readonly request: Request
  /** The stand-in's clock as an ISO date-time. */
  readonly now: () => string
  /** A fresh sample of this operation's answer (see `sample.ts`). */
  readonly sample: () => Json
  /** A fresh sample of the part at `path` of another operation's answer (`{}` when unknown). */
  readonly sampleOf: (operationId: string, path: ReadonlyArray<string | number>) => Json
}

/**
 * What the task a write starts reports besides its status (`tasks.ReadTask`'s `Accounts`, `Users`, `Workloads`).
 *
 * @since 0.2.0
 * @category Models
 */
export interface TaskDetail {
  readonly Accounts?: ReadonlyArray<string> | undefined
  readonly Users?: ReadonlyArray<string> | undefined
  readonly Workloads?: ReadonlyArray<string> | undefined
}

/**
 * A handler's answer. A 200 of an operation with task locations gets a task (its id written into the
 * body); `normal: true` marks another status whose body is the operation's normal answer (`CheckAlias`'s 409).
 *
 * @since 0.2.0
 * @category Models
 */
export interface Reply {
  readonly status: number
  readonly body: unknown
  readonly task?: TaskDetail | undefined
  readonly normal?: boolean | undefined
}

/**
 * A stateful operation.
 *
 * @since 0.2.0
 * @category Models
 */
export type Handler = (call: Call) => Reply | Effect.Effect<Reply>

/**
 * Handlers by operation id.
 *
 * @since 0.2.0
 * @category Models
 */
export type Handlers = Readonly<Record<string, Handler>>

/**
 * A 200 answer.
 *
 * @since 0.2.0
 * @category Replies
 */
export const ok = (body: unknown, task?: TaskDetail): Reply => (task === undefined ? { status: 200, body } : { status: 200, body, task })

/**
 * The API's 404 `{Error, Cause}` for a missing resource.
 *
 * @since 0.2.0
 * @category Replies
 */
export const notFound = (what: string, id: string): Reply => ({
  status: 404,
  body: { Error: `${what} not found`, Cause: `No ${what} with id ${id}` }
})

/**
 * The API's 409 `{Error, Cause}` for a name or key already taken.
 *
 * @since 0.2.0
 * @category Replies
 */
export const conflict = (what: string, field: string, value: string): Reply => ({
  status: 409,
  body: { Error: `${what} already exists`, Cause: `A ${what} with ${field} ${value} already exists` }
})

/**
 * `value` with `leaf` written at `path` (objects created where missing, a string in the way replaced).
 * Mutates and returns `value`.
 *
 * @since 0.2.0
 * @category Replies
 */
export const setAt = <T>(value: T, path: ReadonlyArray<string>, leaf: unknown): T => {
  if (path.length === 0 || typeof value !== "object" || value === null) return value
  let current = value as Record<string, unknown>
  for (const step of path.slice(0, -1)) {
    const next = current[step]
    if (typeof next !== "object" || next === null || Array.isArray(next)) current[step] = {}
    current = current[step] as Record<string, unknown>
  }
  current[path[path.length - 1]!] = leaf
  return value
}

/**
 * The value at `path` in `value` (`undefined` where the path leads nowhere).
 *
 * @since 0.2.0
 * @category Replies
 */
export const getAt = (value: unknown, path: ReadonlyArray<string>): unknown => {
  let current = value
  for (const step of path) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined
    current = (current as Record<string, unknown>)[step]
  }
  return current
}

/**
 * A comma list of a query value as its items (`undefined` when absent).
 *
 * @since 0.2.0
 * @category Queries
 */
export const listOf = (value: unknown): ReadonlyArray<string> | undefined =>
  value === undefined || value === null
    ? undefined
    : (Array.isArray(value) ? value.map(String) : String(value).split(",")).map((s) => s.trim()).filter((s) => s.length > 0)

/**
 * A record's string field (`""` when absent or not a string).
 *
 * @since 0.2.0
 * @category Queries
 */
export const text = (record: Json, field: string): string => (typeof record[field] === "string" ? (record[field] as string) : "")
