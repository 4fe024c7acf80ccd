/**
 * The intermediate model the emitters read, free of Effect and of the document's quirks: the components
 * (normalised JSON Schema), the operations grouped by `x-stax-sdk-operation-id` with their path variants,
 * parameters, bodies (by `$ref`, never by id), answer schema, task-id locations and paging. It is written as
 * `src/cloud/generated/model.json` (derived data, not the document), so the TypeScript output can be
 * reproduced and compared without the document.
 */
import { type OpenApiDocument, type ParameterObject, refName, type SchemaObject } from "./document.js"
import { camelCase, serviceName } from "./naming.js"

/** A schema node: the document's JSON Schema, with `$ref`s as component names and only what is read. */
export interface Node extends
  Pick<
    SchemaObject,
    "type" | "description" | "format" | "pattern" | "minLength" | "maxLength" | "minimum" | "maximum" | "minItems" | "maxItems"
  >
{
  readonly ref?: string
  readonly enum?: ReadonlyArray<string>
  readonly nullable?: true
  readonly readOnly?: true
  /** The API's default (documentation only). */
  readonly default?: unknown
  readonly properties?: Readonly<Record<string, Node>>
  readonly required?: ReadonlyArray<string>
  /** `false`: no other keys; a node: the values of other keys (a map); absent: not said. */
  readonly additional?: false | Node
  readonly items?: Node
  readonly allOf?: ReadonlyArray<Node>
  readonly anyOf?: ReadonlyArray<Node>
  readonly oneOf?: ReadonlyArray<Node>
  /** `anyOf` of `required` key sets: at least one of these sets must be all present. */
  readonly requiredSets?: ReadonlyArray<ReadonlyArray<string>>
}

/** A path or query parameter. */
export interface Parameter {
  /** The API's name (`hub_id`). */
  readonly name: string
  /** The input field (`hubId`). */
  readonly field: string
  readonly in: "path" | "query"
  readonly required: boolean
  readonly description?: string
  readonly schema: Node
  /** A comma-delimited list (documented so, or an array with `explode: false`): its item schema. */
  readonly commaList?: Node
}

/** One path of an operation id. */
export interface Variant {
  /** Below the API version (`/networking/hubs/{hub_id}/vpcs`). */
  readonly path: string
  readonly description: string
  readonly parameters: ReadonlyArray<Parameter>
}

/** A request body: its schema (a `$ref`, followed) and whether it must be sent. */
export interface Body {
  readonly schema: Node
  readonly required: boolean
}

/** An operation id: its variants (most path parameters first), body, answer, task ids and paging. */
export interface Operation {
  /** `networking.ReadVpcs`. */
  readonly id: string
  /** `networking`. */
  readonly className: string
  /** `Networking`. */
  readonly service: string
  /** `readVpcs`. */
  readonly method: string
  readonly http: "GET" | "POST" | "PUT" | "DELETE"
  readonly summary: string
  readonly variants: ReadonlyArray<Variant>
  readonly body?: Body
  /** The 200 answer's schema, if any. */
  readonly answer?: Node
  /** Where the 200 answer carries a task id, shallowest first (`[["TaskId"], ["Detail", "Message", "TaskId"]]`). */
  readonly taskId: ReadonlyArray<ReadonlyArray<string>>
  /** The answer's items field and, when `Paging` sits in each item, the field holding them. */
  readonly paging?: { readonly items: string; readonly nestedIn?: string }
  /** Statuses besides 200 answered with the 200's schema: answers, not failures (CheckAlias's 409). */
  readonly acceptStatuses?: ReadonlyArray<number>
}

/** The model of a document. */
export interface Model {
  readonly source: { readonly title: string; readonly version: string; readonly sha256: string }
  /** Components by name, sorted. */
  readonly schemas: Readonly<Record<string, Node>>
  /** Operations by id, sorted. */
  readonly operations: ReadonlyArray<Operation>
}

/** The API version prefix of the document's paths; operations' paths are below it. */
export const BASE_PATH = "/20190206"

const METHODS = ["get", "post", "put", "delete"] as const

/** Builds the model of a document. */
export const buildModel = (document: OpenApiDocument, sha256: string): Model => {
  const components = document.components?.schemas ?? {}
  const schemas: Record<string, Node> = {}
  for (const name of Object.keys(components).sort()) schemas[name] = normalise(components[name]!)
  const resolve = (node: Node): Node => (node.ref !== undefined ? resolve(schemas[node.ref] ?? fail(`unknown $ref ${node.ref}`)) : node)

  const groups = new Map<string, Array<{ http: (typeof METHODS)[number]; path: string; op: NonNullable<OpenApiDocument["paths"][string]["get"]> }>>()
  for (const path of Object.keys(document.paths)) {
    const item = document.paths[path]!
    for (const http of METHODS) {
      const op = item[http]
      if (op === undefined) continue
      const id = op["x-stax-sdk-operation-id"]
      if (id === undefined) throw new Error(`${http.toUpperCase()} ${path}: no x-stax-sdk-operation-id`)
      groups.set(id, [...(groups.get(id) ?? []), { http, path, op }])
    }
  }

  const operations: Array<Operation> = []
  for (const id of [...groups.keys()].sort()) {
    const entries = groups.get(id)!
    const [className, name] = splitId(id)
    const https = new Set(entries.map((e) => e.http))
    if (https.size !== 1) throw new Error(`${id}: several HTTP methods (${[...https].join(", ")})`)
    const http = entries[0]!.http.toUpperCase() as Operation["http"]
    const variants = entries.map(({ path, op }): Variant => ({
      path: stripBase(path),
      description: clean(op.description ?? op.summary ?? ""),
      parameters: (op.parameters ?? []).filter((p) => p.in === "path" || p.in === "query").map(parameterOf)
    })).sort((a, b) => pathParams(b).length - pathParams(a).length || a.path.localeCompare(b.path))
    const bodies = entries.map(({ op }) => bodyOf(op.requestBody))
    const answers = entries.map(({ op }) => answerOf(op.responses))
    const body = sameOrFail(id, "bodies", bodies)
    const answer = sameOrFail(id, "answers", answers)
    const taskId = answer === undefined ? [] : taskIdLocations(answer, resolve)
    const paging = pagingOf(variants, answer, resolve)
    const accepted = sameOrFail(id, "accepted statuses", entries.map(({ op }) => JSON.stringify(acceptedOf(op.responses))))
    const acceptStatuses = accepted === undefined ? [] : (JSON.parse(accepted) as ReadonlyArray<number>)
    const first = entries.find((e) => e.op.summary !== undefined)?.op
    operations.push({
      id,
      className,
      service: serviceName(className),
      method: camelCase(name),
      http,
      summary: clean(first?.summary ?? name),
      variants: paging === undefined ? variants : variants.map(withPagingBounds),
      ...(body === undefined ? {} : { body }),
      ...(answer === undefined ? {} : { answer }),
      taskId,
      ...(paging === undefined ? {} : { paging }),
      ...(acceptStatuses.length === 0 ? {} : { acceptStatuses })
    })
  }
  return {
    source: { title: document.info.title ?? "", version: document.info.version, sha256 },
    schemas,
    operations
  }
}

const fail = (message: string): never => {
  throw new Error(message)
}

const splitId = (id: string): [string, string] => {
  const dot = id.indexOf(".")
  if (dot < 0) throw new Error(`operation id ${id}: expected <class>.<Operation>`)
  return [id.slice(0, dot), id.slice(dot + 1)]
}

const stripBase = (path: string): string => (path.startsWith(BASE_PATH + "/") ? path.slice(BASE_PATH.length) : path)

/** The path parameters of a variant. */
export const pathParams = (variant: Variant): ReadonlyArray<Parameter> => variant.parameters.filter((p) => p.in === "path")

/** A description without the document's HTML line breaks and surrounding blanks. */
export const clean = (text: string): string =>
  text.replace(/<br\s*\/?>/gi, "\n").split("\n").map((line) => line.trim()).filter((line) => line.length > 0).join("\n")

const sameOrFail = <A>(id: string, what: string, values: ReadonlyArray<A | undefined>): A | undefined => {
  const first = JSON.stringify(values[0])
  if (values.some((v) => JSON.stringify(v) !== first)) throw new Error(`${id}: its paths have different ${what}`)
  return values[0]
}

/** Normalises a document schema: refs by name, an enum's `null` as `nullable`, `anyOf` of key sets apart. */
export const normalise = (schema: SchemaObject): Node => {
  if (schema.$ref !== undefined) return { ref: refName(schema.$ref) }
  const out: { -readonly [K in keyof Node]: Node[K] } = {}
  if (schema.type !== undefined) out.type = schema.type
  if (schema.description !== undefined && clean(schema.description) !== "") out.description = clean(schema.description)
  if (schema.enum !== undefined) {
    const values = schema.enum.filter((v): v is string | number | boolean => v !== null).map(String)
    out.enum = values
    if (values.length !== schema.enum.length) out.nullable = true
  }
  for (const key of ["format", "pattern"] as const) if (schema[key] !== undefined) out[key] = schema[key]
  for (const key of ["minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"] as const) {
    if (schema[key] !== undefined) out[key] = schema[key]
  }
  if (schema.nullable === true) out.nullable = true
  if (schema.readOnly === true) out.readOnly = true
  if (schema.default !== undefined) out.default = schema.default
  if (schema.properties !== undefined) {
    const properties: Record<string, Node> = {}
    for (const [name, property] of Object.entries(schema.properties)) properties[name] = normalise(property)
    out.properties = properties
  }
  if (schema.required !== undefined && schema.required.length > 0) out.required = [...schema.required]
  if (schema.additionalProperties === false) out.additional = false
  else if (typeof schema.additionalProperties === "object") out.additional = normalise(schema.additionalProperties)
  else if (schema.additionalProperties === true) out.additional = {}
  if (schema.items !== undefined) out.items = normalise(schema.items)
  if (schema.allOf !== undefined) out.allOf = schema.allOf.map(normalise)
  if (schema.oneOf !== undefined) out.oneOf = schema.oneOf.map(normalise)
  if (schema.anyOf !== undefined) {
    const keySets = schema.anyOf.filter(isKeySet)
    if (keySets.length === schema.anyOf.length) out.requiredSets = keySets.map((s) => [...(s.required ?? [])])
    else out.anyOf = schema.anyOf.map(normalise)
  }
  return out
}

const isKeySet = (schema: SchemaObject): boolean =>
  Object.keys(schema).length === 1 && Array.isArray(schema.required)

const COMMA_LIST = /comma[ -]?(delimited|separated)/i
const OPTIONS = /filter options available:\s*([^\n]+)/i

/** A parameter: its schema, and for comma lists the item schema (documented options as an enum). */
const parameterOf = (parameter: ParameterObject): Parameter => {
  const schema = parameter.schema === undefined ? {} : normalise(parameter.schema)
  const description = parameter.description === undefined ? undefined : clean(parameter.description)
  const isArray = schema.type === "array"
  const documentedList = schema.type === "string" && schema.enum === undefined && description !== undefined &&
    COMMA_LIST.test(description)
  const options = description === undefined ? undefined : OPTIONS.exec(description)?.[1]
  const values = options?.split(",").map((v) => v.trim().replace(/\.$/, "")).filter((v) => v.length > 0)
  const commaList: Node | undefined = isArray && parameter.in === "query"
    ? schema.items ?? { type: "string" }
    : documentedList
    ? values === undefined || values.length === 0 ? { type: "string" } : { type: "string", enum: values }
    : undefined
  return {
    name: parameter.name,
    field: camelCase(parameter.name),
    in: parameter.in as "path" | "query",
    required: parameter.in === "path" || parameter.required === true,
    ...(description === undefined || description === "" ? {} : { description }),
    schema,
    ...(commaList === undefined ? {} : { commaList })
  }
}

const bodyOf = (body: NonNullable<OpenApiDocument["paths"][string]["get"]>["requestBody"]): Body | undefined => {
  const schema = body?.content?.["application/json"]?.schema
  if (schema === undefined) return undefined
  return { schema: normalise(schema), required: body?.required === true }
}

const answerOf = (responses: NonNullable<OpenApiDocument["paths"][string]["get"]>["responses"]): Node | undefined => {
  const schema = responses?.["200"]?.content?.["application/json"]?.schema
  return schema === undefined ? undefined : normalise(schema)
}

/** The statuses besides 200 whose JSON answer has the 200's schema, ascending. */
const acceptedOf = (responses: NonNullable<OpenApiDocument["paths"][string]["get"]>["responses"]): ReadonlyArray<number> => {
  const ok = JSON.stringify(responses?.["200"]?.content?.["application/json"]?.schema)
  if (ok === undefined) return []
  return Object.entries(responses ?? {})
    .filter(([status, r]) => status !== "200" && /^\d{3}$/.test(status) && JSON.stringify(r?.content?.["application/json"]?.schema) === ok)
    .map(([status]) => Number(status))
    .sort((a, b) => a - b)
}

/** The properties an object node has, its `allOf` members' included (later ones win). */
export const propertiesOf = (node: Node, resolve: (node: Node) => Node): Readonly<Record<string, Node>> => {
  const resolved = resolve(node)
  const out: Record<string, Node> = {}
  for (const member of resolved.allOf ?? []) Object.assign(out, propertiesOf(member, resolve))
  Object.assign(out, resolved.properties ?? {})
  return out
}

/** The required keys of an object node, its `allOf` members' included. */
export const requiredOf = (node: Node, resolve: (node: Node) => Node): ReadonlyArray<string> => {
  const resolved = resolve(node)
  const out = new Set<string>()
  for (const member of resolved.allOf ?? []) for (const key of requiredOf(member, resolve)) out.add(key)
  for (const key of resolved.required ?? []) out.add(key)
  return [...out]
}

/** The object members of a node: itself, or the members of its `oneOf`/`anyOf`. */
const objectMembers = (node: Node, resolve: (node: Node) => Node): ReadonlyArray<Node> => {
  const resolved = resolve(node)
  const members = resolved.oneOf ?? resolved.anyOf
  return members === undefined ? [resolved] : members.flatMap((m) => objectMembers(m, resolve))
}

const taskIdLocations = (answer: Node, resolve: (node: Node) => Node): ReadonlyArray<ReadonlyArray<string>> => {
  const found = new Set<string>()
  const walk = (node: Node, path: ReadonlyArray<string>) => {
    if (path.length > 4) return
    for (const member of objectMembers(node, resolve)) {
      const properties = propertiesOf(member, resolve)
      for (const key of Object.keys(properties)) {
        if (key === "TaskId") found.add(JSON.stringify([...path, key]))
        else walk(properties[key]!, [...path, key])
      }
    }
  }
  walk(answer, [])
  return [...found].map((p) => JSON.parse(p) as Array<string>)
    .sort((a, b) => a.length - b.length || a.join(".").localeCompare(b.join(".")))
}

const pagingOf = (variants: ReadonlyArray<Variant>, answer: Node | undefined, resolve: (node: Node) => Node): Operation["paging"] => {
  const names = new Set(variants.flatMap((v) => v.parameters.filter((p) => p.in === "query").map((p) => p.name)))
  if (!names.has("offset") || !names.has("limit") || answer === undefined) return undefined
  const properties = propertiesOf(answer, resolve)
  const arrays = Object.keys(properties).filter((key) => resolve(properties[key]!).type === "array")
  if ("Paging" in properties && arrays.length === 1) return { items: arrays[0]! }
  for (const key of arrays) {
    const items = resolve(properties[key]!).items
    if (items !== undefined && "Paging" in propertiesOf(items, resolve)) return { items: key, nestedIn: key }
  }
  throw new Error(`an operation with offset and limit has no Paging in its answer`)
}

/** Paging parameters: `offset` counts items from 0, `limit` is at least 1 (the document leaves them bare). */
const withPagingBounds = (variant: Variant): Variant => ({
  ...variant,
  parameters: variant.parameters.map((p) =>
    p.in === "query" && p.name === "offset" && p.schema.minimum === undefined
      ? { ...p, schema: { ...p.schema, minimum: 0 } }
      : p.in === "query" && p.name === "limit" && p.schema.minimum === undefined
      ? { ...p, schema: { ...p.schema, minimum: 1 } }
      : p
  )
})
