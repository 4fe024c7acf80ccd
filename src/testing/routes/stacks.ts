/**
 * The stand-in's stack routes (stax-api.md §2.1).
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import type { Json, Model } from "../Model.js"
import { requireId, type Route, RouteFailure } from "../Router.js"

/**
 * A new stack as the stand-in stores it. The stand-in gives every stack a `tag` (the real API's tag
 * field is not documented; `GET /stack/get?stackTag=` matches it, or else the stack's `path`).
 *
 * @since 0.1.0
 * @category Constructors
 */
export const newStack = (model: Model, fields: Json & { readonly path: string }): Json => {
  const segments = fields.path.split("/").filter((s) => s.length > 0)
  return {
    _id: model.nextId(),
    team: model.team.id,
    baseName: segments[segments.length - 1] ?? fields.path,
    restrict: false,
    access: [],
    pinned: false,
    hideHint: false,
    enabled: true,
    locked: false,
    keys: [],
    dataTypes: [],
    numDocuments: 0,
    numUnread: 0,
    numMovedFiles: 0,
    receivedOn: model.now(),
    lastModified: model.now(),
    ...fields
  }
}

const findByTag = (model: Model, tag: string): Json | undefined => {
  const wanted = tag.toLowerCase()
  for (const stack of model.stacks.values()) {
    const own = typeof stack["tag"] === "string" ? stack["tag"] : stack["path"]
    if (typeof own === "string" && own.toLowerCase() === wanted) return stack
  }
  return undefined
}

/**
 * @since 0.1.0
 * @category Routes
 */
export const stackRoutes: ReadonlyArray<Route> = [
  {
    method: "POST",
    path: "/stack/create",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const body = yield* json
        const path = body["stackPath"]
        if (typeof path !== "string" || path.trim() === "") {
          return yield* new RouteFailure({ kind: "BadRequest", message: "stackPath is required" })
        }
        const base = typeof body["baseStack"] === "string" ? model.stacks.get(body["baseStack"]) : undefined
        const stack = newStack(model, {
          path,
          ...(base === undefined ? {} : { keys: base["keys"], dataTypes: base["dataTypes"], rules: base["rules"] })
        })
        model.stacks.set(stack["_id"] as string, stack)
        return { stack }
      })
  },
  {
    method: "GET",
    path: "/stack/get",
    write: false,
    handler: ({ model, query }) =>
      Effect.gen(function*() {
        const stackId = query.get("stackId")
        const stackTag = query.get("stackTag")
        if (stackId !== null) {
          const id = yield* requireId(stackId, "stackId")
          const stack = model.stacks.get(id)
          if (stack === undefined) return yield* new RouteFailure({ kind: "NotFound", message: "Stack not found" })
          return { stack }
        }
        if (stackTag !== null && stackTag !== "") {
          const stack = findByTag(model, stackTag)
          if (stack === undefined) return yield* new RouteFailure({ kind: "NotFound", message: "Stack not found" })
          return { stack }
        }
        return yield* new RouteFailure({ kind: "BadRequest", message: "stackId or stackTag is required" })
      })
  }
]
