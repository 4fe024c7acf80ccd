/**
 * The stand-in's stack routes (stax-api.md §2.1):
 *
 * - `POST /stack/create` answers `{stack}`; it copies `keys`, `dataTypes` and `rules` from a
 *   `baseStack`, and a `baseStack` or `inheritSharingFrom` that names no stack is "not found";
 * - `GET /stack/get` (by `stackId`, or `stackTag` matching the stack's `tag`, else its `path`,
 *   case-insensitively) answers `{stack}`;
 * - `POST /stack/update` applies `stackDiff` field by field (a field given replaces the stored one;
 *   a new `path` also renews `baseName`), sets `lastModified`, and answers `{stack}` (the real answer
 *   is not documented);
 * - `GET /stack/list` (the path is an assumption) answers `{stacks}`: the team's stacks;
 * - `POST /stack/delete` (an assumption) removes the stack and answers `{}`. Stand-in choice (the API
 *   does not document it): the stack's documents (those whose `stack` is its id) and their stored
 *   files are removed with it, so no document points at a stack that no longer exists;
 * - `GET /stack/documents?stackId=` (an assumption) answers `{docs}`: every document whose `stack` is
 *   the stack's id (archived ones too), in insertion order, without paging.
 *
 * A missing stack is "Stack not found" (`NotFound`: 404 in "http" mode).
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type { Json, Model } from "../Model.js"
import { badRequest, notFound, requireId, type Route, type RouteFailure } from "../Router.js"
import { documentState } from "./documents.js"

/**
 * A new stack as the stand-in stores it. A stack may carry a `tag` (seed one; the real API's tag
 * field is not documented): `GET /stack/get?stackTag=` matches it, or else the stack's `path`.
 *
 * @since 0.1.0
 * @category Constructors
 */
export const newStack = (model: Model, fields: Json & { readonly path: string }): Json => {
  return {
    _id: model.nextId(),
    team: model.team.id,
    baseName: baseNameOf(fields.path),
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

const baseNameOf = (path: string): string => {
  const segments = path.split("/").filter((s) => s.length > 0)
  return segments[segments.length - 1] ?? path
}

const findStack = (model: Model, stackId: unknown): Effect.Effect<Json, RouteFailure> =>
  Effect.flatMap(requireId(stackId, "stackId"), (id) => {
    const stack = model.stacks.get(id)
    return stack === undefined
      ? Effect.fail(notFound("Stack not found"))
      : Effect.succeed(stack)
  })

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const isStringArray = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === "string")

/** The documented `stackDiff` fields and a check of each one's type; other fields are stored as given. */
const DIFF_CHECKS: Record<string, (value: unknown) => boolean> = {
  path: (v) => typeof v === "string" && v.trim() !== "",
  restrict: (v) => typeof v === "boolean",
  access: (v) => isStringArray(v) && (v as Array<string>).every((id) => /^[0-9a-fA-F]{24}$/.test(id)),
  pinned: (v) => typeof v === "boolean",
  hideHint: (v) => typeof v === "boolean",
  enabled: (v) => typeof v === "boolean",
  keys: isStringArray,
  dataTypes: (v) =>
    Array.isArray(v) &&
    v.every((d) => isObject(d) && typeof d["key"] === "string" && typeof d["dataType"] === "string"),
  rules: isObject
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
 * A stack as the API answers it: `numDocuments` counts the documents filed in it now (a seeded
 * value that is not a number is left as it is, for decoding tests).
 *
 * @since 0.1.0
 * @category Responses
 */
export const counted = (model: Model, stack: Json): Json => {
  if (typeof stack["numDocuments"] !== "number") return stack
  let numDocuments = 0
  for (const doc of model.documents.values()) if (doc["stack"] === stack["_id"]) numDocuments++
  return { ...stack, numDocuments }
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
          return yield* badRequest("stackPath is required")
        }
        const base = typeof body["baseStack"] === "string" ? model.stacks.get(body["baseStack"]) : undefined
        if (body["baseStack"] !== undefined && base === undefined) {
          return yield* notFound("Base stack not found")
        }
        if (body["inheritSharingFrom"] !== undefined && !model.stacks.has(String(body["inheritSharingFrom"]))) {
          return yield* notFound("Stack to inherit sharing from not found")
        }
        const stack = newStack(model, {
          path,
          ...(base === undefined ? {} : { keys: base["keys"], dataTypes: base["dataTypes"], rules: base["rules"] })
        })
        model.stacks.set(stack["_id"] as string, stack)
        return { stack: counted(model, stack) }
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
          if (stack === undefined) return yield* notFound("Stack not found")
          return { stack: counted(model, stack) }
        }
        if (stackTag !== null && stackTag !== "") {
          const stack = findByTag(model, stackTag)
          if (stack === undefined) return yield* notFound("Stack not found")
          return { stack: counted(model, stack) }
        }
        return yield* badRequest("stackId or stackTag is required")
      })
  },
  {
    method: "POST",
    path: "/stack/update",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const body = yield* json
        const stack = yield* findStack(model, body["stackId"])
        const diff = body["stackDiff"]
        if (!isObject(diff) || Object.keys(diff).length === 0) return yield* badRequest("stackDiff is required")
        for (const [field, value] of Object.entries(diff)) {
          if (field === "_id" || field === "team") return yield* badRequest(`stackDiff.${field} cannot be changed`)
          const check = DIFF_CHECKS[field]
          if (check !== undefined && !check(value)) return yield* badRequest(`stackDiff.${field} is invalid`)
        }
        Object.assign(stack, diff, {
          ...(typeof diff["path"] === "string" ? { baseName: baseNameOf(diff["path"]) } : {}),
          lastModified: model.now()
        })
        return { stack: counted(model, stack) }
      })
  },
  {
    method: "GET",
    path: "/stack/list",
    write: false,
    handler: ({ model }) =>
      Effect.succeed({
        stacks: [...model.stacks.values()].filter((stack) => stack["team"] === model.team.id).map((stack) =>
          counted(model, stack)
        )
      })
  },
  {
    method: "POST",
    path: "/stack/delete",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const stack = yield* findStack(model, (yield* json)["stackId"])
        const stackId = stack["_id"] as string
        const state = documentState(model)
        for (const [docId, doc] of [...model.documents]) {
          if (doc["stack"] !== stackId) continue
          model.documents.delete(docId)
          state.files.delete(docId)
          state.jobs.delete(docId)
        }
        model.stacks.delete(stackId)
        return {}
      })
  },
  {
    method: "GET",
    path: "/stack/documents",
    write: false,
    handler: ({ model, query }) =>
      Effect.gen(function*() {
        const stack = yield* findStack(model, query.get("stackId"))
        return { docs: [...model.documents.values()].filter((doc) => doc["stack"] === stack["_id"]) }
      })
  }
]
