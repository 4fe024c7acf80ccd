/**
 * Create, read, update and delete handlers for one kind of resource, declared by operation id and the
 * API's field names: a create stores a record (a sample of the read answer's item under the request's
 * fields, so the item's required fields are there) and shows in the next read, by id and in lists; an
 * update merges the body in; a delete removes it.
 *
 * @since 0.2.0
 */
import type { Json } from "../../ai/Model.js"
import { type Call, type Handler, listOf, notFound, ok, setAt, type TaskDetail } from "../engine/handler.js"
import type { Collection } from "./Collection.js"
import { page } from "./paging.js"

/**
 * A write of a resource: its operation id and what its answer says of the record.
 *
 * @since 0.2.0
 * @category Models
 */
export interface WriteSpec {
  readonly id: string
  /** Where the answer gives the record's id (`["Detail", "NetworkingHub", "Id"]`). */
  readonly idAt?: ReadonlyArray<string> | undefined
  /** Further places the answer repeats the id (`CreateWorkload`'s top-level `WorkloadId`). */
  readonly alsoIdAt?: ReadonlyArray<ReadonlyArray<string>> | undefined
  /**
   * Where the answer gives the whole record (`["AccountTypes"]`); `wrap: true` as a one-item list; `[]`:
   * the answer's own fields (`UpdateCidrRange`'s `{Name, Description, Tags}`) are taken from the record.
   */
  readonly recordAt?: ReadonlyArray<string> | undefined
  readonly wrap?: boolean | undefined
  /** A last change to the answer from the record (`Detail.Workload` as the workload now is). */
  readonly shape?: ((answer: Json, record: Json) => Json) | undefined
  /** The ids the task reports (`Users: [id]`). */
  readonly task?: ((record: Json) => TaskDetail) | undefined
}

/**
 * A read of a resource: its operation id; path parameters that select by a parent (`hub_id` →
 * `NetworkingHubId`); query filters (`status` → `Status`, a comma list); whether it pages.
 *
 * @since 0.2.0
 * @category Models
 */
export interface ReadSpec {
  readonly id: string
  readonly parents?: Readonly<Record<string, string>> | undefined
  readonly filters?: Readonly<Record<string, string>> | undefined
  readonly paged?: boolean | undefined
  /** A selection no record field gives (a hub's DX gateways: those with an association to it). */
  readonly select?: ((call: Call, records: ReadonlyArray<Json>) => ReadonlyArray<Json>) | undefined
}

/**
 * A create of a resource (a kind may have several: a hub's and a VPC's prefix lists).
 *
 * @since 0.2.0
 * @category Models
 */
export interface CreateSpec extends WriteSpec {
  /** Defaults the body's fields override. */
  readonly defaults?: Json | undefined
  /** Fields derived from the call (conversions, parents), over the body's; `undefined` drops a body field. */
  readonly fields?: ((call: Call) => Json) | undefined
  /** A refusal (404 of a parent, 409 of a name) before anything is stored. */
  readonly guard?: ((call: Call) => ReturnType<Handler> | undefined) | undefined
}

/**
 * An update of a resource: the body merged in, or `patch`'s fields.
 *
 * @since 0.2.0
 * @category Models
 */
export interface UpdateSpec extends WriteSpec {
  readonly patch?: ((call: Call, record: Json) => Json) | undefined
}

/**
 * A delete of a resource: removed, or kept with `status` (`DELETED`) where reads still show it.
 *
 * @since 0.2.0
 * @category Models
 */
export interface RemoveSpec extends WriteSpec {
  readonly status?: string | undefined
}

/**
 * One kind of resource.
 *
 * @since 0.2.0
 * @category Models
 */
export interface ResourceSpec {
  /** Named in 404s: `Hub`. */
  readonly what: string
  readonly store: Collection
  /** The list field of read answers: `Hubs`. */
  readonly list: string
  /** The path parameter holding a record's id: `hub_id`. */
  readonly idParam: string
  /** The read whose item schema seeds new records. */
  readonly itemOf: string
  readonly reads: ReadonlyArray<ReadSpec>
  readonly create?: CreateSpec | ReadonlyArray<CreateSpec> | undefined
  readonly update?: UpdateSpec | ReadonlyArray<UpdateSpec> | undefined
  readonly remove?: RemoveSpec | undefined
}

const answerOf = (call: Call, write: WriteSpec, record: Json, idField: string) => {
  let body = call.sample()
  for (const at of [...(write.idAt === undefined ? [] : [write.idAt]), ...(write.alsoIdAt ?? [])]) setAt(body, at, record[idField])
  if (write.recordAt?.length === 0) {
    body = Object.fromEntries(Object.entries(body).map(([key, value]) => [key, record[key] ?? value]))
  } else if (write.recordAt !== undefined) {
    setAt(body, write.recordAt, write.wrap === true ? [record] : record)
  }
  return ok(write.shape === undefined ? body : write.shape(body, record), write.task?.(record))
}

const many = <A>(value: A | ReadonlyArray<A> | undefined): ReadonlyArray<A> =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as A]

/**
 * A read selection by a parent the records do not name, through the records that link them: with
 * `param` in the path, only the records some link (`links`, whose `parentField` is the parameter's value)
 * points at by `linkField` (a hub's DX gateways: those an association of the hub names).
 *
 * @since 0.2.0
 * @category Constructors
 */
export const linkedThrough = (links: Collection, param: string, parentField: string, linkField: string) =>
(call: Call, records: ReadonlyArray<Json>): ReadonlyArray<Json> => {
  const parent = call.params[param]
  if (parent === undefined) return records
  const linked = new Set(links.list().filter((link) => link[parentField] === parent).map((link) => link[linkField]))
  return records.filter((record) => linked.has(record["Id"]))
}

/**
 * A guard refusing a write under a parent that does not exist (`hub_id` naming no hub: 404).
 *
 * @since 0.2.0
 * @category Constructors
 */
export const requireParent = (store: Collection, what: string, param: string) => (call: Call): ReturnType<Handler> | undefined => {
  const id = call.params[param] ?? ""
  return store.get(id) === undefined ? notFound(what, id) : undefined
}

/**
 * The handlers of one resource, by operation id.
 *
 * @example
 * ```ts
 * crud({ what: "Hub", store: hubs, list: "Hubs", idParam: "hub_id", itemOf: "networking.ReadHubs",
 *   reads: [{ id: "networking.ReadHubs", filters: { status: "Status" } }],
 *   create: { id: "networking.CreateHub", idAt: ["Detail", "NetworkingHub", "Id"] } })
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const crud = (spec: ResourceSpec): Record<string, Handler> => {
  const { store } = spec
  const handlers: Record<string, Handler> = {}
  const missing = (call: Call) => notFound(spec.what, call.params[spec.idParam] ?? "")
  for (const read of spec.reads) {
    handlers[read.id] = (call) => {
      const id = call.params[spec.idParam]
      let records: ReadonlyArray<Json>
      if (id !== undefined) {
        const record = store.get(id)
        if (record === undefined) return missing(call)
        records = [record]
      } else {
        records = store.list()
      }
      for (const [param, field] of Object.entries(read.parents ?? {})) {
        const value = call.params[param]
        if (value !== undefined) records = records.filter((r) => r[field] === value)
      }
      for (const [name, field] of Object.entries(read.filters ?? {})) {
        const wanted = listOf(call.wire[name])
        if (wanted !== undefined) records = records.filter((r) => wanted.includes(String(r[field])))
      }
      if (read.select !== undefined) records = read.select(call, records)
      if (read.paged !== true) return ok({ [spec.list]: records })
      const { items, paging } = page(records, call.wire)
      return ok(paging === undefined ? { [spec.list]: items } : { [spec.list]: items, Paging: paging })
    }
  }
  for (const create of many(spec.create)) {
    handlers[create.id] = (call) => {
      const refused = create.guard?.(call)
      if (refused !== undefined) return refused
      const now = call.now()
      const parents: Json = {}
      for (const read of spec.reads) {
        for (const [param, field] of Object.entries(read.parents ?? {})) {
          if (call.params[param] !== undefined) parents[field] = call.params[param]
        }
      }
      const base = call.sampleOf(spec.itemOf, [spec.list, 0])
      delete base[store.idField]
      const record = store.add({ ...base, Status: "ACTIVE", CreatedTS: now, ModifiedTS: now, ...create.defaults, ...call.body, ...parents, ...create.fields?.(call) })
      return answerOf(call, create, record, store.idField)
    }
  }
  for (const update of many(spec.update)) {
    handlers[update.id] = (call) => {
      const id = call.params[spec.idParam] ?? ""
      const current = store.get(id)
      if (current === undefined) return missing(call)
      const patch = update.patch?.(call, current) ?? { ...call.body }
      const record = store.update(id, { ...patch, ModifiedTS: call.now() })!
      return answerOf(call, update, record, store.idField)
    }
  }
  const remove = spec.remove
  if (remove !== undefined) {
    handlers[remove.id] = (call) => {
      const id = call.params[spec.idParam] ?? ""
      const record = remove.status === undefined
        ? store.remove(id)
        : store.update(id, { Status: remove.status, ModifiedTS: call.now() })
      return record === undefined ? missing(call) : answerOf(call, remove, record, store.idField)
    }
  }
  return handlers
}
