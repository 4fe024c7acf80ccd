/**
 * The stand-in's router: web `Request` in, web `Response` (or a dropped connection) out. Both
 * transports (the in-memory `HttpClient` and the loopback server) go through it, so they behave alike.
 *
 * It does what the API documents (stax-api.md §1): only GET and POST; the `Email` and
 * `Authorization: Bearer` headers checked on every call; the `{success, ...}` envelope; failures either
 * on HTTP 200 (`failureStatus: "always-200"`, the legacy docs) or on 400/401/403/404
 * (`failureStatus: "http"`, the trust-accounting docs).
 *
 * @since 0.1.0
 */
import type * as Transport from "../Transport.js"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type { FaultBody, FaultPlan } from "../Fault.js"
import type { Json, Model } from "./Model.js"

/**
 * How the stand-in reports failures: on HTTP 200 with `success: false` (the legacy Developer API),
 * or with 400/401/403/404 and the same body (the trust-accounting docs).
 *
 * @since 0.1.0
 * @category Models
 */
export type FailureStatus = "always-200" | "http"

/**
 * A failure a route handler reports; the router turns it into the API's failure envelope.
 *
 * @since 0.1.0
 * @category Models
 */
export class RouteFailure extends Data.TaggedError("RouteFailure")<{
  readonly kind: "BadRequest" | "NotFound" | "Forbidden" | "TooManyRequests" | "Malformed"
  readonly message: string
}> {}

/**
 * What a route handler sees.
 *
 * @since 0.1.0
 * @category Models
 */
export interface RouteContext {
  readonly model: Model
  readonly request: Request
  readonly query: URLSearchParams
  /** The JSON body (POST), or a `Malformed` failure (HTTP 400 in both modes). */
  readonly json: Effect.Effect<Json, RouteFailure>
  /** The stand-in's own base URL, for URLs it hands out. */
  readonly baseUrl: string
  /** For a route with `param: true`: the (URL-decoded) path segment below the route's path. */
  readonly param?: string | undefined
}

/**
 * A route: its handler returns the payload (put beside `success: true`) or a whole `Response` (binary).
 *
 * @since 0.1.0
 * @category Models
 */
export interface Route {
  readonly method: "GET" | "POST"
  readonly path: string
  /** Writes are counted in `Model.applied` when they succeed. */
  readonly write: boolean
  readonly handler: (context: RouteContext) => Effect.Effect<Json | Response, RouteFailure>
  /** Also answer `path/<segment>` (one more segment, e.g. `/job/complete/<jobId>`), given as `RouteContext.param`. */
  readonly param?: boolean | undefined
  /**
   * Checks the request's credentials instead of the developer ones (`Email` + `Authorization: Bearer`),
   * e.g. the worker routes' `Module`/`Team`/`Authorization`.
   */
  readonly authenticate?: ((request: Request, model: Model) => "ok" | "refused" | "forbidden") | undefined
}

/**
 * What the router decided: an answer, or a dropped connection.
 *
 * @since 0.1.0
 * @category Models
 */
export type RouterResult = Transport.RouterResult

/**
 * Mutable router settings, changed by tests at run time.
 *
 * @since 0.1.0
 * @category Models
 */
export interface RouterSettings {
  failureStatus: FailureStatus
}

/**
 * The JSON failure envelope, as the API sends it.
 *
 * @since 0.1.0
 * @category Responses
 */
export const failureBody = (error: string, authError = false): Json =>
  authError ? { success: false, authError: true, error } : { success: false, error }

/**
 * The stand-in's message for refused credentials. The public docs cut the real text off after
 * "Invalid autho…"; this completion is a guess.
 *
 * @since 0.1.0
 * @category Responses
 */
export const AUTH_ERROR_MESSAGE = "Invalid authorization credentials"

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } })

const faultResponse = (status: number, body: FaultBody, retryAfter: string | undefined): Response => {
  const headers: Record<string, string> = retryAfter === undefined ? {} : { "retry-after": retryAfter }
  switch (body) {
    case "json":
      return json(status, failureBody(`Injected failure (HTTP ${status})`), headers)
    case "html":
      return new Response(
        `<html><head><title>${status} Bad Gateway</title></head><body><h1>${status}</h1></body></html>`,
        { status, headers: { "content-type": "text/html", ...headers } }
      )
    case "truncated":
      return new Response(`{"success": true, "stack": {"_id": "65a1f0c2000000`, {
        status,
        headers: { "content-type": "application/json", ...headers }
      })
    case "malformed":
      return json(status, { ok: true }, headers)
    case "empty":
      return new Response(null, { status, headers })
  }
}

const STATUS_OF = { BadRequest: 400, NotFound: 404, Forbidden: 403, TooManyRequests: 429, Malformed: 400 } as const

/**
 * Builds the router over a model, a fault plan and the routes.
 *
 * @since 0.1.0
 * @category Constructors
 */
export const makeRouter = (
  model: Model,
  faults: FaultPlan,
  settings: RouterSettings,
  routes: ReadonlyArray<Route>,
  baseUrl: string
) => {
  const table = new Map(routes.map((r) => [`${r.method} ${r.path}`, r]))
  const withParam = routes.filter((r) => r.param === true)
  const lookup = (method: string, pathname: string): { route: Route; param?: string } | undefined => {
    const exact = table.get(`${method} ${pathname}`)
    if (exact !== undefined) return { route: exact }
    for (const route of withParam) {
      const rest = pathname.slice(route.path.length + 1)
      if (route.method === method && pathname.startsWith(`${route.path}/`) && rest !== "" && !rest.includes("/")) {
        try {
          return { route, param: decodeURIComponent(rest) }
        } catch {
          return undefined
        }
      }
    }
    return undefined
  }

  const failure = (f: RouteFailure): Response => {
    const status = f.kind === "Malformed" || settings.failureStatus === "http" ? STATUS_OF[f.kind] : 200
    return json(status, failureBody(f.message))
  }

  const authenticate = (request: Request): "ok" | "refused" | "forbidden" => {
    const email = (request.headers.get("email") ?? "").trim().toLowerCase()
    const authorization = request.headers.get("authorization") ?? ""
    if (email === model.team.email.toLowerCase() && authorization === `Bearer ${model.team.apiKey}`) return "ok"
    const member = model.team.memberKeys.find((m) =>
      m.email.toLowerCase() === email && authorization === `Bearer ${m.apiKey}`
    )
    return member === undefined ? "refused" : "forbidden"
  }

  return (request: Request): Effect.Effect<RouterResult> =>
    Effect.gen(function*() {
      const url = new URL(request.url)
      // The API's paths have no trailing slash, except the worker's `/job/start/`.
      const route = `${request.method} ${url.pathname}`
      const found = lookup(request.method, url.pathname)
      const auth = (found?.route.authenticate ?? ((r: Request) => authenticate(r)))(request, model)
      model.requests.push({
        method: request.method,
        route,
        query: Object.fromEntries(url.searchParams),
        headerNames: [...request.headers.keys()],
        authenticated: auth === "ok"
      })

      const reset = faults.take(route, "Reset")
      if (reset !== undefined && reset.when !== "after") return { _tag: "Reset", when: reset.when } as const
      const delay = faults.take(route, "Delay")
      if (delay !== undefined) yield* Effect.sleep(Duration.decode(delay.delay))
      const status = faults.take(route, "Status")
      if (status !== undefined) {
        return { _tag: "Answer", response: faultResponse(status.status, status.body, status.retryAfter) } as const
      }

      const answer = (response: Response) => ({ _tag: "Answer", response }) as const
      if (request.method !== "GET" && request.method !== "POST") {
        return answer(json(404, failureBody(`Cannot ${request.method} ${url.pathname}`)))
      }
      const handler = found?.route
      if (handler === undefined) return answer(json(404, failureBody(`Cannot ${request.method} ${url.pathname}`)))

      if (auth !== "ok") {
        const message = auth === "forbidden" ? "Only team administrators can use the Developer API" : AUTH_ERROR_MESSAGE
        const code = settings.failureStatus === "http" ? (auth === "forbidden" ? 403 : 401) : 200
        return answer(json(code, failureBody(message, true)))
      }

      const context: RouteContext = {
        model,
        request,
        query: url.searchParams,
        baseUrl,
        ...(found?.param === undefined ? {} : { param: found.param }),
        json: Effect.tryPromise({
          try: () => request.text(),
          catch: () => new RouteFailure({ kind: "Malformed", message: "Could not read the request body" })
        }).pipe(
          Effect.flatMap((text) =>
            Effect.try({
              try: () => JSON.parse(text === "" ? "{}" : text) as unknown,
              catch: () => new RouteFailure({ kind: "Malformed", message: "The request body is not valid JSON" })
            })
          ),
          Effect.filterOrFail(
            (body): body is Json => typeof body === "object" && body !== null && !Array.isArray(body),
            () => new RouteFailure({ kind: "Malformed", message: "The request body must be a JSON object" })
          )
        )
      }
      const result = yield* handler.handler(context).pipe(Effect.either)
      if (result._tag === "Left") return answer(failure(result.left))
      if (handler.write) model.apply(route)
      if (reset !== undefined) return { _tag: "Reset", when: "after" } as const
      return answer(result.right instanceof Response ? result.right : json(200, { success: true, ...result.right }))
    })
}

/**
 * Reads a required ObjectId query parameter, failing like the API would.
 *
 * @since 0.1.0
 * @category Helpers
 */
export const requireId = (value: unknown, name: string): Effect.Effect<string, RouteFailure> =>
  typeof value === "string" && /^[0-9a-fA-F]{24}$/.test(value)
    ? Effect.succeed(value)
    : Effect.fail(badRequest(`${name} is required and must be an ObjectId`))

/**
 * A `BadRequest` route failure (HTTP 400, or `success: false` on 200) with this message.
 *
 * @since 0.2.0
 * @category Helpers
 */
export const badRequest = (message: string): RouteFailure => new RouteFailure({ kind: "BadRequest", message })

/**
 * A `NotFound` route failure (HTTP 404, or `success: false` on 200) with this message.
 *
 * @since 0.2.0
 * @category Helpers
 */
export const notFound = (message: string): RouteFailure => new RouteFailure({ kind: "NotFound", message })
