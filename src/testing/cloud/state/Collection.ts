/**
 * One kind of resource the stand-in keeps (hubs, groups, API tokens, ...): records stored as the API
 * sends them, by their id field, in the order they were added. Callers get copies.
 *
 * @since 0.2.0
 */
import { randomUUID } from "node:crypto"
import type { Json } from "../../ai/Model.js"

/**
 * A seedable in-memory store of records.
 *
 * @since 0.2.0
 * @category Models
 */
export class Collection {
  readonly #records = new Map<string, Json>()

  constructor(
    /** The record field that holds the id (`Id`, `AccessKey`). */
    readonly idField: string = "Id",
    seed: ReadonlyArray<Json> = []
  ) {
    for (const record of seed) this.add(record)
  }

  /** Adds (or replaces) a record, giving it a new UUID when its id field is absent or null. */
  add(record: Json): Json {
    const stored: Json = structuredClone(record)
    if (stored[this.idField] === undefined || stored[this.idField] === null) stored[this.idField] = randomUUID()
    this.#records.set(String(stored[this.idField]), stored)
    return structuredClone(stored)
  }

  /** A copy of one record. */
  get(id: string): Json | undefined {
    const record = this.#records.get(id)
    return record === undefined ? undefined : structuredClone(record)
  }

  /** Copies of every record. */
  list(): ReadonlyArray<Json> {
    return [...this.#records.values()].map((record) => structuredClone(record))
  }

  /** Merges `patch` into a record (its id kept); the updated copy, or `undefined` when there is none. */
  update(id: string, patch: Json): Json | undefined {
    const record = this.#records.get(id)
    if (record === undefined) return undefined
    Object.assign(record, structuredClone(patch), { [this.idField]: record[this.idField] })
    return structuredClone(record)
  }

  /** Removes a record; the removed copy, or `undefined` when there was none. */
  remove(id: string): Json | undefined {
    const record = this.#records.get(id)
    if (record === undefined) return undefined
    this.#records.delete(id)
    return record
  }
}
