/**
 * The closure fallback of the generated checks (see `emit.ts`): the same checks of arrays' elements and
 * of objects' declared properties, as plain closures, for runtimes where generated code is not allowed
 * (a Content Security Policy without `unsafe-eval`, some edge runtimes) or when `generate: false` is asked.
 *
 * @since 0.2.0
 */
import { isPlainObject, maxDepth } from "./ast.js"
import { type Check, FAIL, writeOwn } from "./undo.js"

/**
 * A declared property of an object, with its check.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Declared {
  readonly name: string
  readonly check: Check
  readonly required: boolean
}

/**
 * An array's check as a closure: each element checked, a decoded element written back undoably.
 *
 * @since 0.2.0
 * @category Closures
 */
export const closureArray = (item: Check): Check => (value, ctx, depth) => {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || depth >= maxDepth) return FAIL
  const next = depth + 1
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i]
    const decoded = item(element, ctx, next)
    if (decoded === FAIL) return FAIL
    if (decoded !== element) {
      // An index, never `__proto__`: a plain store keeps the array's fast elements.
      ctx.writes.push([value, i, element, true])
      value[i] = decoded
    }
  }
  return value
}

/**
 * The declared-properties check of an object (no index signatures, no nulls to drop) as a closure: only
 * the declared properties get a look (unknown fields stay as they came), and no list of keys is made,
 * which spares the garbage collector more than it saves time.
 *
 * @since 0.2.0
 * @category Closures
 */
export const closureStruct = (declared: ReadonlyArray<Declared>): Check => (input, ctx, depth) => {
  if (!isPlainObject(input) || depth >= maxDepth) return FAIL
  const next = depth + 1
  for (const property of declared) {
    const { name } = property
    if (!Object.hasOwn(input, name)) {
      if (!property.required) continue
      // Absent: Schema fails, unless the type accepts `undefined`; then the key is set to it.
      const decoded = property.check(undefined, ctx, next)
      if (decoded === FAIL) return FAIL
      writeOwn(input, name, decoded, ctx)
      continue
    }
    const item = input[name]
    const decoded = property.check(item, ctx, next)
    if (decoded === FAIL) return FAIL
    if (decoded !== item) writeOwn(input, name, decoded, ctx)
  }
  return input
}
