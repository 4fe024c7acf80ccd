/**
 * Decoding a success answer's payload into the value or a `DecodeError`, for both APIs' interpreters: the
 * decode in the mode the call asks for (`InterpretContext.decoding`), and a `ParseError` turned into a
 * `DecodeError` that names the path of the first offending field, with bounded, scrubbed previews.
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import type { Answer, InterpretContext } from "../Answer.js"
import { decodePayload } from "../decode/index.js"
import { DecodeError, scrubPrefix } from "../StaxError.js"
import { EXCERPT_LENGTH, excerpt, MESSAGE_LENGTH, preview } from "./Excerpt.js"

/** The first failing leaf of an issue tree and its path, found without recursion. */
const firstLeaf = (issue: ParseResult.ParseIssue): { readonly path: ReadonlyArray<PropertyKey>; readonly leaf: ParseResult.ParseIssue } => {
  const path: Array<PropertyKey> = []
  let current = issue
  for (;;) {
    switch (current._tag) {
      case "Pointer":
        if (Array.isArray(current.path)) path.push(...current.path)
        else path.push(current.path as PropertyKey)
        current = current.issue
        continue
      case "Refinement":
      case "Transformation":
        current = current.issue
        continue
      case "Composite":
        current = Array.isArray(current.issues) ? current.issues[0]! : current.issues as ParseResult.ParseIssue
        continue
      default:
        return { path, leaf: current }
    }
  }
}

/** Whether a leaf's value is small enough for the schema formatter to print whole. */
const isSmall = (actual: unknown): boolean => {
  const shown = preview(actual, [], 200)
  return shown.length < 200 && !shown.endsWith("…")
}

/**
 * Turns a `ParseError` into a `DecodeError` naming the path of the first offending field. The issue
 * tree is walked without recursion, and the offending value is shown as a bounded, scrubbed preview.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const decodeErrorFromParseError = (
  error: ParseResult.ParseError,
  context: { readonly endpoint: string; readonly status?: number; readonly body: string; readonly secrets: ReadonlyArray<string> }
): DecodeError => {
  const { leaf, path: keys } = firstLeaf(error.issue)
  const path = keys.map(String).join(".")
  const actual = "actual" in leaf ? leaf.actual : undefined
  const detail = leaf._tag === "Missing" || isSmall(actual)
    ? (ParseResult.ArrayFormatter.formatIssueSync(leaf)[0]?.message ?? "is invalid")
    : `Expected ${String("ast" in leaf ? leaf.ast : "a valid value")}, actual ${preview(actual, context.secrets, EXCERPT_LENGTH)}`
  return new DecodeError({
    endpoint: context.endpoint,
    ...(context.status === undefined ? {} : { status: context.status }),
    ...(path === "" ? {} : { path: scrubPrefix(path, context.secrets, EXCERPT_LENGTH) }),
    message: scrubPrefix(`${path === "" ? "body" : path}: ${detail}`, context.secrets, MESSAGE_LENGTH),
    excerpt: excerpt(context.body, context.secrets)
  })
}

/**
 * Decodes a success answer's parsed body with `context.payload`, in `context.decoding`'s mode: the value,
 * or a `DecodeError` naming the first offending path (or saying the `what`, `payload` or `answer`, holds
 * a value the SDK cannot read, where Schema itself throws on a hostile value). `value` is changed in
 * place: pass `JSON.parse`'s result of `answer.body`.
 *
 * @example
 * ```ts
 * decodeSuccess(answer, context, JSON.parse(answer.body), "payload")
 * ```
 *
 * @since 0.2.0
 * @category Decoding
 */
export const decodeSuccess = <A, I>(
  answer: Answer,
  context: InterpretContext<A, I>,
  value: unknown,
  what: "payload" | "answer"
): Either.Either<A, DecodeError> => {
  const { endpoint, secrets } = context
  const { body, status } = answer
  return decodePayload(context.payload, value, body, context.decoding).pipe(
    Either.mapLeft((error) =>
      error === "Unreadable"
        ? new DecodeError({
          endpoint,
          status,
          message: `the ${what} holds a value the SDK cannot read (HTTP ${status})`,
          excerpt: excerpt(body, secrets)
        })
        : decodeErrorFromParseError(error, { endpoint, status, body, secrets })
    )
  )
}
