/**
 * The generated JavaScript source of the compiled decoder: the checks of objects' declared properties and
 * of arrays' elements written as source (`new Function`), so that each has its own property loads and
 * calls for the engine to specialise (about twice as fast on a typical answer as the same checks as
 * closures). Only property names from the schema reach the source, as JSON string literals; every other
 * value (the checks of nested nodes, the helpers) is passed in as a free variable.
 *
 * @since 0.2.0
 */
import type * as SchemaAST from "effect/SchemaAST"
import { hasParserAnnotations, isPlainObject, maxDepth } from "./ast.js"
import { type Check, FAIL, writeOwn } from "./undo.js"

let generationAvailable: boolean | undefined

/**
 * Whether this runtime compiles generated source (asked once, on the first compile that would use it): a
 * Content Security Policy without `unsafe-eval` and some edge runtimes forbid it.
 *
 * @since 0.2.0
 * @category Emit
 */
export const canGenerate = (): boolean => {
  if (generationAvailable === undefined) {
    try {
      generationAvailable = new Function("return true")() === true
    } catch {
      generationAvailable = false
    }
  }
  return generationAvailable
}

/**
 * A check written inline in generated source, as a condition on `v`, for the nodes whose check answers the
 * value itself: primitives and JSON-representable literals (`Unknown` too where nulls are kept).
 */
const inlineTest = (ast: SchemaAST.AST, keepsNulls: boolean): string | undefined => {
  if (hasParserAnnotations(ast)) return undefined
  switch (ast._tag) {
    case "StringKeyword":
      return `typeof v === "string"`
    case "NumberKeyword":
      return `typeof v === "number"`
    case "BooleanKeyword":
      return `typeof v === "boolean"`
    case "UnknownKeyword":
    case "AnyKeyword":
      return keepsNulls ? "true" : undefined
    case "Literal": {
      const literal = ast.literal
      if (literal === null || typeof literal === "boolean") return `v === ${String(literal)}`
      if (typeof literal === "string") return `v === ${JSON.stringify(literal)}`
      if (typeof literal === "number" && Number.isFinite(literal)) return `v === ${String(literal)}`
      return undefined
    }
    default:
      return undefined
  }
}

/** Builds a function from generated source; the names in `scope` are its free variables. */
const generated = (scope: Record<string, unknown>, body: string): Check =>
  new Function(...Object.keys(scope), `"use strict";\n${body}`)(...Object.values(scope)) as Check

/**
 * The declared-properties check of an object as generated source. A value is read with one load; it is
 * the object's own when it is not `undefined` and `Object.prototype` has nothing under that name (else
 * `Object.hasOwn` says), so a polluted prototype never stands in for an absent field. `checks` are the
 * properties' checks, in the same order.
 *
 * @since 0.2.0
 * @category Emit
 */
export const emitStruct = (
  propertySignatures: ReadonlyArray<SchemaAST.PropertySignature>,
  checks: ReadonlyArray<Check>
): Check => {
  let body = "return function declared(input, ctx, depth) {\n" +
    "  if (!isPlainObject(input) || depth >= maxDepth) return FAIL\n" +
    "  const next = depth + 1\n" +
    "  let v, d\n"
  propertySignatures.forEach((ps, i) => {
    const key = JSON.stringify(ps.name as string)
    const test = inlineTest(ps.type, true)
    body += `  v = input[${key}]\n` +
      `  if (v === undefined ? hasOwn(input, ${key}) : (proto[${key}] === undefined || hasOwn(input, ${key}))) {\n` +
      (test !== undefined
        ? `    if (!(${test})) return FAIL\n`
        : `    d = checks[${i}](v, ctx, next)\n    if (d === FAIL) return FAIL\n` +
          // The key is an own data property here: a plain store replaces its value (a named store the
          // engine caches, where `Object.defineProperty` is a runtime call), except under `__proto__`.
          (ps.name === "__proto__"
            ? `    if (d !== v) writeOwn(input, ${key}, d, ctx)\n`
            : `    if (d !== v) {\n      ctx.writes.push([input, ${key}, v, true])\n      input[${key}] = d\n    }\n`)) +
      "  }" +
      (ps.isOptional
        ? "\n"
        : ` else {\n    d = checks[${i}](undefined, ctx, next)\n    if (d === FAIL) return FAIL\n    writeOwn(input, ${key}, d, ctx)\n  }\n`)
  })
  body += "  return input\n}"
  return generated({ isPlainObject, maxDepth, FAIL, hasOwn: Object.hasOwn, proto: Object.prototype, checks, writeOwn }, body)
}

/**
 * An array's check as generated source: its own call (or inline test) per element.
 *
 * @since 0.2.0
 * @category Emit
 */
export const emitArray = (itemAst: SchemaAST.AST, item: Check): Check => {
  const test = inlineTest(itemAst, false)
  const body = "return function elements(value, ctx, depth) {\n" +
    "  if (!Array.isArray(value) || getPrototypeOf(value) !== arrayProto || depth >= maxDepth) return FAIL\n" +
    "  const next = depth + 1\n" +
    "  for (let i = 0; i < value.length; i++) {\n" +
    "    const v = value[i]\n" +
    (test !== undefined
      ? `    if (!(${test})) return FAIL\n`
      : "    const d = item(v, ctx, next)\n" +
        "    if (d === FAIL) return FAIL\n" +
        // An index, never `__proto__`: a plain store keeps the array's fast elements.
        "    if (d !== v) {\n      ctx.writes.push([value, i, v, true])\n      value[i] = d\n    }\n") +
    "  }\n" +
    "  return value\n}"
  return generated({ getPrototypeOf: Object.getPrototypeOf, arrayProto: Array.prototype, maxDepth, FAIL, item }, body)
}
