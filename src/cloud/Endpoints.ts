/**
 * Stax cloud operations as request-core endpoints: the operation's path templates (the one with the most
 * path parameters all given wins, staxapp's rule), the API version segment left to the base URL, path
 * parameters URL-encoded and kept out of the query and body.
 *
 * @since 0.2.0
 */
import type * as Schema from "effect/Schema"
import { type Endpoint, endpoint } from "../core/Endpoint.js"
import type { Operation } from "./Operation.js"

const PARAMETER = /\{([^}]+)\}/g

const parametersOf = (template: string): ReadonlyArray<string> => [...template.matchAll(PARAMETER)].map(([, name]) => name ?? "")

/**
 * The endpoint of an operation, named `<Area>.<operation>` for errors, logs and spans.
 *
 * @example
 * ```ts
 * const readAccounts = toEndpoint("Accounts.readAccounts", ReadAccounts)
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const toEndpoint = <In extends Schema.Schema.AnyNoContext, Out extends Schema.Schema.AnyNoContext>(
  name: string,
  operation: Operation<In, Out>,
  apiVersion = "20190206"
): Endpoint<Schema.Schema.Type<In>, Schema.Schema.Type<Out>> => {
  const prefix = `/${apiVersion}`
  const templates = operation.paths.map((path) => path.startsWith(prefix) ? path.slice(prefix.length) : path)
    .sort((a, b) => parametersOf(b).length - parametersOf(a).length)
  const parameters = [...new Set(templates.flatMap(parametersOf))]
  const fallback = templates[templates.length - 1] ?? "/"
  return endpoint({
    name,
    method: operation.method,
    path: fallback,
    input: operation.input,
    output: operation.output,
    omit: parameters,
    pathOf: (encoded: Record<string, unknown>) => {
      const given = (key: string) => encoded[key] !== undefined && encoded[key] !== null
      const template = templates.find((t) => parametersOf(t).every(given)) ?? fallback
      return template.replace(PARAMETER, (_, key: string) => encodeURIComponent(String(encoded[key])))
    }
  })
}
