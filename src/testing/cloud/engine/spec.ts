/**
 * What the stand-in reads of one operation of the generated registry (`src/cloud/generated/registry.ts`,
 * `CloudOperationSpec`): the same fields, declared here too so the stand-in compiles before the registry
 * exists. The registry's entries are assignable to it.
 *
 * @since 0.3.0
 */
import type * as Operation from "../../../core/Operation.js"

/**
 * One operation of the Stax cloud API, as the registry describes it.
 *
 * @since 0.3.0
 * @category Models
 */
export interface CloudOperationSpec {
  /** `networking.ReadVpcs` (the document's `x-stax-sdk-operation-id`). */
  readonly id: string
  /** `Networking`. */
  readonly service: string
  /** `readVpcs`. */
  readonly method: string
  /** The operation: its input schema (encoded side = the wire, API names) and output schema. */
  readonly operation: Operation.Operation<any, any>
  /** Path templates below `/20190206`, most parameters first. */
  readonly routes: ReadonlyArray<string>
  readonly http: Operation.Method
  /** Whether a JSON body is required, optional or absent. */
  readonly body: "json" | "optional" | "none"
  /** Where the 200 answer carries a task id (`[["TaskId"], ["Detail", "Message", "TaskId"]]`); empty: no task. */
  readonly taskId: ReadonlyArray<ReadonlyArray<string>>
  /** The items field of a paged answer; `nestedIn`: `Paging` sits in each item of that field. */
  readonly paging?: { readonly items: string; readonly nestedIn?: string } | undefined
  readonly description: string
}
