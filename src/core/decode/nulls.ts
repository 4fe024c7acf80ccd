/**
 * `null` handling for parsed JSON answers, for the decoders and both APIs' interpreters: the APIs send
 * `null` for unset fields, and the SDK treats them as absent. Every walk is iterative (an explicit stack),
 * so a deeply nested answer cannot overflow the call stack.
 *
 * @since 0.2.0
 */

/** Keys that name an object's prototype machinery: never copied onto a decoded object. */
const HOSTILE_KEYS = new Set(["__proto__"])

/**
 * What {@link prune} removes from a parsed value.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Removals {
  /** `null` object properties, at every depth (array elements are kept). */
  readonly nulls: boolean
  /** `__proto__` own keys: `JSON.parse` keeps them as data, but copying one onto a new object (as Schema's
   * preserve mode does) sets that object's prototype. */
  readonly hostileKeys: boolean
}

/**
 * Removes, in place and at every depth, what `removals` names. Returns `false`, part-way, when the value
 * nests deeper than `maxDepth` (objects and arrays, the outermost at depth 1).
 *
 * @example
 * ```ts
 * const value = JSON.parse('{"a":null,"b":[null,{"c":null}]}')
 * prune(value, { nulls: true, hostileKeys: true }) // true; value is {"b":[null,{}]}
 * ```
 *
 * @since 0.2.0
 * @category Nulls
 */
export const prune = (value: unknown, removals: Removals, maxDepth = Number.POSITIVE_INFINITY): boolean => {
  const { hostileKeys, nulls } = removals
  const stack: Array<readonly [unknown, number]> = [[value, 1]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (current === null || typeof current !== "object") continue
    if (depth > maxDepth) return false
    if (Array.isArray(current)) {
      for (const item of current) if (item !== null && typeof item === "object") stack.push([item, depth + 1])
      continue
    }
    const record = current as Record<string, unknown>
    for (const key of Object.keys(record)) {
      const item = record[key]
      if ((nulls && item === null) || (hostileKeys && HOSTILE_KEYS.has(key))) delete record[key]
      else if (typeof item === "object") stack.push([item, depth + 1])
    }
  }
  return true
}

/**
 * The object without its `null`-valued properties: a fresh copy when it has any (deleting them would
 * turn the object into a slow dictionary-mode object; copying is about twice as fast), else itself.
 *
 * @since 0.2.0
 * @category Nulls
 */
export const withoutNullProps = <T extends object>(value: T): T => {
  if (Array.isArray(value)) return value
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  let nulls = 0
  for (const key of keys) if (record[key] === null) nulls++
  if (nulls === 0) return value
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    for (const key of keys) if (record[key] === null) delete record[key]
    return value
  }
  const copy: Record<string, unknown> = {}
  for (const key of keys) {
    const item = record[key]
    if (item === null) continue
    if (key === "__proto__") Object.defineProperty(copy, key, { value: item, writable: true, enumerable: true, configurable: true })
    else copy[key] = item
  }
  return copy as T
}

/**
 * The value without `null` object properties at any depth (array elements kept), top-down with an explicit
 * stack: objects that have any are replaced by copies without them.
 *
 * @since 0.2.0
 * @category Nulls
 */
export const withoutNulls = (value: unknown): unknown => {
  if (value === null || typeof value !== "object") return value
  const root = withoutNullProps(value)
  const stack: Array<object> = [root]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        const item: unknown = current[i]
        if (item === null || typeof item !== "object") continue
        const clean = withoutNullProps(item)
        if (clean !== item) current[i] = clean
        stack.push(clean)
      }
    } else {
      const record = current as Record<string, unknown>
      for (const key of Object.keys(record)) {
        const item = record[key]
        if (item === null || typeof item !== "object") continue
        const clean = withoutNullProps(item)
        if (clean !== item) Object.defineProperty(record, key, { value: clean, writable: true, enumerable: true, configurable: true })
        stack.push(clean)
      }
    }
  }
  return root
}
