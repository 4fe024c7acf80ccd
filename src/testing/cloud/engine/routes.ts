/**
 * Routing of the stand-in: every path template of every operation, matched against a request's method
 * and path below `/20190206`, literal segments before parameters (`/accounts/types` before
 * `/accounts/{account_id}`), parameters URL-decoded.
 *
 * @since 0.2.0
 */
import type { CloudOperationSpec } from "./spec.js"

/**
 * A request matched to one template of one operation.
 *
 * @since 0.2.0
 * @category Models
 */
export interface RouteMatch {
  readonly spec: CloudOperationSpec
  /** The template that matched, `/networking/hubs/{hub_id}/vpcs`. */
  readonly template: string
  /** The path parameters, decoded (`hub_id` → its value). */
  readonly params: Readonly<Record<string, string>>
}

/**
 * Why no operation answers: no template has this path (`"path"`), one has but not for this method
 * (`"method"`), or a parameter is not valid URL encoding (`"encoding"`, naming it).
 *
 * @since 0.2.0
 * @category Models
 */
export type RouteMiss =
  | { readonly _tag: "NoPath" }
  | { readonly _tag: "NoMethod" }
  | { readonly _tag: "BadEncoding"; readonly param: string }

interface CompiledRoute {
  readonly spec: CloudOperationSpec
  readonly template: string
  /** Per segment: the literal, or `{ param }`. */
  readonly segments: ReadonlyArray<string | { readonly param: string }>
  /** Literal segments as 0, parameters as 1: sorted ascending, the most specific template comes first. */
  readonly rank: string
}

const PARAM = /^\{([^}]+)\}$/

const split = (path: string): Array<string> => {
  const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path
  return trimmed.split("/").slice(1)
}

const compileRoute = (spec: CloudOperationSpec, template: string): CompiledRoute => {
  const segments = split(template).map((segment) => {
    const param = PARAM.exec(segment)?.[1]
    return param === undefined ? segment : { param }
  })
  return { spec, template, segments, rank: segments.map((s) => (typeof s === "string" ? "0" : "1")).join("") }
}

/** The parameters when the raw (still encoded) segments fit the route, else `undefined`. */
const fit = (route: CompiledRoute, raw: ReadonlyArray<string>): Record<string, string> | undefined => {
  if (route.segments.length !== raw.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < raw.length; i++) {
    const segment = route.segments[i]!
    const value = raw[i]!
    if (typeof segment === "string") {
      if (segment !== value) return undefined
    } else {
      if (value.length === 0) return undefined
      params[segment.param] = value
    }
  }
  return params
}

/**
 * A compiled route table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Router {
  /** The operation for `method` and `path` (below `/20190206`, still URL-encoded), or why there is none. */
  readonly match: (method: string, path: string) => RouteMatch | RouteMiss
  /** The operations by id. */
  readonly byId: ReadonlyMap<string, CloudOperationSpec>
}

/**
 * Compiles the routes of a list of operations.
 *
 * @example
 * ```ts
 * const router = Router.make(cloudOperations)
 * router.match("GET", "/networking/hubs/h-1/vpcs") // { spec: ReadVpcs, template: "/networking/hubs/{hub_id}/vpcs", params: { hub_id: "h-1" } }
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = (operations: ReadonlyArray<CloudOperationSpec>): Router => {
  const routes = operations
    .flatMap((spec) => spec.routes.map((template) => compileRoute(spec, template)))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
  const byId = new Map(operations.map((spec) => [spec.id, spec]))
  const match = (method: string, path: string): RouteMatch | RouteMiss => {
    const raw = split(path)
    let pathKnown = false
    for (const route of routes) {
      const params = fit(route, raw)
      if (params === undefined) continue
      pathKnown = true
      if (route.spec.http !== method) continue
      const decoded: Record<string, string> = {}
      for (const [name, value] of Object.entries(params)) {
        try {
          decoded[name] = decodeURIComponent(value)
        } catch {
          return { _tag: "BadEncoding", param: name }
        }
      }
      return { spec: route.spec, template: route.template, params: decoded }
    }
    return pathKnown ? { _tag: "NoMethod" } : { _tag: "NoPath" }
  }
  return { match, byId }
}

/**
 * Whether a match failed.
 *
 * @since 0.2.0
 * @category Guards
 */
export const isMiss = (result: RouteMatch | RouteMiss): result is RouteMiss => "_tag" in result
