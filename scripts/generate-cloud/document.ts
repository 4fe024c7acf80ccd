/**
 * The OpenAPI document of the Stax cloud API: loading it (a file path or an http(s) URL, such as the live
 * `https://api.au1.staxapp.cloud/20190206/public/oas3-document`) and the subset of OpenAPI 3.0 types the
 * generator reads. The document is never copied into the repository; only what is derived from it is.
 */
import { createHash } from "node:crypto"
import { readFile } from "node:fs/promises"

/** A JSON Schema object of the document (OpenAPI 3.0's dialect), the keys the generator reads. */
export interface SchemaObject {
  readonly $ref?: string
  readonly type?: "string" | "number" | "integer" | "boolean" | "object" | "array"
  readonly description?: string
  readonly properties?: Readonly<Record<string, SchemaObject>>
  readonly required?: ReadonlyArray<string>
  readonly additionalProperties?: boolean | SchemaObject
  readonly items?: SchemaObject
  readonly enum?: ReadonlyArray<string | number | boolean | null>
  readonly format?: string
  readonly pattern?: string
  readonly minLength?: number
  readonly maxLength?: number
  readonly minimum?: number
  readonly maximum?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly minProperties?: number
  readonly maxProperties?: number
  readonly nullable?: boolean
  readonly readOnly?: boolean
  readonly default?: unknown
  readonly allOf?: ReadonlyArray<SchemaObject>
  readonly anyOf?: ReadonlyArray<SchemaObject>
  readonly oneOf?: ReadonlyArray<SchemaObject>
}

/** A parameter of an operation (path or query; the document has no header or cookie parameters). */
export interface ParameterObject {
  readonly name: string
  readonly in: "path" | "query" | "header" | "cookie"
  readonly description?: string
  readonly required?: boolean
  readonly schema?: SchemaObject
  readonly style?: string
  readonly explode?: boolean
}

/** A media type's content: only JSON is read. */
export interface ContentObject {
  readonly "application/json"?: { readonly schema?: SchemaObject }
}

/** An operation of the document, named by its `x-stax-sdk-operation-id`. */
export interface OperationObject {
  readonly "x-stax-sdk-operation-id"?: string
  readonly summary?: string
  readonly description?: string
  readonly parameters?: ReadonlyArray<ParameterObject>
  readonly requestBody?: { readonly required?: boolean; readonly content?: ContentObject }
  readonly responses?: Readonly<Record<string, { readonly description?: string; readonly content?: ContentObject }>>
}

/** The operations of one path, by HTTP method (lower case). */
export type PathItemObject = Readonly<Partial<Record<"get" | "put" | "post" | "delete" | "patch", OperationObject>>>

/** The document, as far as the generator reads it. */
export interface OpenApiDocument {
  readonly openapi: string
  readonly info: { readonly title?: string; readonly version: string }
  readonly paths: Readonly<Record<string, PathItemObject>>
  readonly components?: { readonly schemas?: Readonly<Record<string, SchemaObject>> }
}

/** A loaded document: its parsed content and the sha256 of its bytes, as the generated headers name it. */
export interface LoadedDocument {
  readonly document: OpenApiDocument
  readonly sha256: string
  readonly source: string
}

/** Whether a source is an http(s) URL rather than a file path. */
export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source)

/** Reads the document from a file path or an http(s) URL. */
export const loadDocument = async (source: string): Promise<LoadedDocument> => {
  const text = isUrl(source) ? await fetchText(source) : await readFile(source, "utf8")
  const document = JSON.parse(text) as OpenApiDocument
  if (typeof document !== "object" || document === null || typeof document.paths !== "object") {
    throw new Error(`${source}: not an OpenAPI document (no paths)`)
  }
  return { document, sha256: createHash("sha256").update(text).digest("hex"), source }
}

const fetchText = async (url: string): Promise<string> => {
  const response = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return response.text()
}

/** The component name a `$ref` points at (`#/components/schemas/uuidv4` → `uuidv4`). */
export const refName = (ref: string): string => {
  const prefix = "#/components/schemas/"
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}: only ${prefix}* is read`)
  return ref.slice(prefix.length)
}
