/**
 * The undo log of the in-place check: every write-back into the caller's parsed JSON (a decoded value
 * stored under its key, a renamed key removed) is recorded, so that a check that fails part-way (a union
 * member that did not fit, an invalid field after a valid one) leaves the value exactly as it came.
 * Also the shapes every check shares: the failure marker and the check's signature.
 *
 * @since 0.2.0
 */

/**
 * What a check answers when the value does not fit (never a value of JSON).
 *
 * @since 0.2.0
 * @category Models
 */
export const FAIL: unique symbol = Symbol("FastDecode/fail")

/**
 * The state of one decode: its undo log and whether `null` properties are being dropped.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Context {
  /** Undo log of write-backs: object, key, previous value, whether the key was there. */
  readonly writes: Array<readonly [object, PropertyKey, unknown, boolean]>
  readonly dropNulls: boolean
}

/**
 * A compiled check: the decoded value (most often the value itself) or {@link FAIL}.
 *
 * @since 0.2.0
 * @category Models
 */
export type Check = (value: unknown, ctx: Context, depth: number) => unknown

/**
 * An own property's value, read without running a getter or looking at the prototype.
 *
 * @since 0.2.0
 * @category Undo
 */
export const ownValue = (target: object, key: PropertyKey): unknown => Object.getOwnPropertyDescriptor(target, key)?.value

/**
 * Sets an own data property (never an assignment: a key named `__proto__` stays data), undoably.
 *
 * @since 0.2.0
 * @category Undo
 */
export const writeOwn = (target: object, key: PropertyKey, value: unknown, ctx: Context): void => {
  const had = Object.hasOwn(target, key)
  ctx.writes.push([target, key, had ? ownValue(target, key) : undefined, had])
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })
}

/**
 * Deletes an own property, undoably.
 *
 * @since 0.2.0
 * @category Undo
 */
export const removeOwn = (target: object, key: PropertyKey, ctx: Context): void => {
  ctx.writes.push([target, key, ownValue(target, key), true])
  delete (target as Record<PropertyKey, unknown>)[key]
}

/**
 * Undoes the writes recorded since `mark` (a length of the log), newest first.
 *
 * @since 0.2.0
 * @category Undo
 */
export const rollback = (ctx: Context, mark: number): void => {
  const writes = ctx.writes
  for (let i = writes.length - 1; i >= mark; i--) {
    const [target, key, previous, had] = writes[i]!
    if (had) Object.defineProperty(target, key, { value: previous, writable: true, enumerable: true, configurable: true })
    else delete (target as Record<PropertyKey, unknown>)[key]
  }
  writes.length = mark
}

/**
 * The first member's answer that is not a failure; each failed member's write-backs undone.
 *
 * @since 0.2.0
 * @category Undo
 */
export const firstOf = (members: ReadonlyArray<Check>): Check => (value, ctx, depth) => {
  for (const member of members) {
    const mark = ctx.writes.length
    const decoded = member(value, ctx, depth)
    if (decoded !== FAIL) return decoded
    rollback(ctx, mark)
  }
  return FAIL
}
