/**
 * Shared by the hostile property tests: the operations driven through the public API, the check that
 * an outcome is a success value or a tagged SDK error (never a defect, never a hang, never a secret),
 * and the fast-check seed, printed and replayable with `HOSTILE_SEED=<n>`.
 */
import type { HttpClient } from "@effect/platform"
import { Cause, Chunk, type Duration, Effect, Exit, Layer, ManagedRuntime, Stream } from "effect"
import fc from "fast-check"
import { Documents, RetryPolicy, Search, Stacks, Stax, StaxConfig } from "stax-effect"

/** The API key the hostile server may echo back: it must never appear in an error. */
export const KEY = "sk_hostile_4f1c9a0b7e2d6c3a8b5f"
export const EMAIL = "admin@hostile.test"
const DOC_ID = "65a1f0c2000000000000abcd"

/** The SDK operations under test, by name. */
export const operations = {
  "Stacks.get": Stacks.get({ stackTag: "invoices" }),
  "Documents.get": Documents.get({ docId: DOC_ID }),
  "Search.search": Search.search({ query: "acme" }),
  "Documents.download": Stream.runCollect(Documents.download({ docId: DOC_ID })).pipe(
    Effect.map((chunks) => Chunk.size(chunks))
  )
} as const

/** The operation names, as a fast-check arbitrary. */
export type OperationName = keyof typeof operations
export const operationName: fc.Arbitrary<OperationName> = fc.constantFrom(
  ...(Object.keys(operations) as Array<OperationName>)
)

const SDK_ERRORS = new Set(["AuthError", "ApiError", "TransportError", "DecodeError", "InputError"])

/** The seed of this run: `HOSTILE_SEED` when given (to replay a failure), else a fresh one, printed. */
export const seed = (file: string): number => {
  const given = process.env["HOSTILE_SEED"]
  const value = given === undefined || given === "" ? Math.floor(Math.random() * 2 ** 31) : Number(given)
  console.log(`${file}: fast-check seed ${value} (replay with HOSTILE_SEED=${value})`)
  return value
}

/** A runtime of the SDK over `http`, with short timeouts and no retries (each case is one attempt). */
export const runtimeOver = (
  http: Layer.Layer<HttpClient.HttpClient>,
  baseUrl: string,
  timeout: Duration.DurationInput = "400 millis",
  limits: { readonly maxResponseBytes?: number; readonly downloadTimeout?: Duration.DurationInput } = {}
) =>
  ManagedRuntime.make(
    Stax.layer.pipe(
      Layer.provide(StaxConfig.layer({ email: EMAIL, apiKey: KEY, baseUrl, timeout, retry: RetryPolicy.none, ...limits })),
      Layer.provide(http)
    )
  )

/** What one call ended in. */
export type Outcome =
  | { readonly _tag: "Success"; readonly value: unknown }
  | { readonly _tag: "Typed"; readonly error: { readonly _tag: string } }
  | { readonly _tag: "Broken"; readonly why: string }

/** Runs one call with a real deadline; anything but a success or a tagged SDK error is `Broken`. */
export const runCase = (
  runtime: ManagedRuntime.ManagedRuntime<any, any>,
  name: OperationName,
  deadlineMillis = 3_000
): Promise<Outcome> => runEffect(runtime, name, operations[name] as Effect.Effect<unknown, unknown, any>, deadlineMillis)

/** Runs `effect` (named `name` in reasons) with a real deadline; anything but a success or a tagged SDK error is `Broken`. */
export const runEffect = async (
  runtime: ManagedRuntime.ManagedRuntime<any, any>,
  name: string,
  effect: Effect.Effect<unknown, unknown, any>,
  deadlineMillis = 3_000
): Promise<Outcome> => {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<"hang">((resolve) => {
    timer = setTimeout(() => resolve("hang"), deadlineMillis)
  })
  const exit = await Promise.race([
    runtime.runPromiseExit(effect, { signal: controller.signal }),
    deadline
  ])
  clearTimeout(timer)
  if (exit === "hang") {
    controller.abort()
    return { _tag: "Broken", why: `${name}: no outcome within ${deadlineMillis} ms` }
  }
  if (Exit.isSuccess(exit)) return { _tag: "Success", value: exit.value }
  const defects = Chunk.toReadonlyArray(Cause.defects(exit.cause))
  if (defects.length > 0) return { _tag: "Broken", why: `${name}: defect ${String(defects[0]).slice(0, 300)}` }
  const failure = Cause.failureOption(exit.cause)
  if (failure._tag === "None") return { _tag: "Broken", why: `${name}: ${Cause.pretty(exit.cause).slice(0, 300)}` }
  const error = failure.value as { readonly _tag?: unknown }
  if (typeof error?._tag !== "string" || !SDK_ERRORS.has(error._tag)) {
    return { _tag: "Broken", why: `${name}: untyped failure ${String(error).slice(0, 300)}` }
  }
  return { _tag: "Typed", error: error as { readonly _tag: string } }
}

/**
 * Fails the property with the reason when the outcome is broken, or when an error shows part of a secret
 * (`KEY` unless given): any `window` consecutive characters of one give part of it away.
 */
export const expectSound = (outcome: Outcome, secrets: ReadonlyArray<string> = [KEY], window = 8): void => {
  if (outcome._tag === "Broken") throw new Error(outcome.why)
  if (outcome._tag === "Typed") {
    const shown = `${JSON.stringify(outcome.error)} ${String(outcome.error)}`
    for (const secret of secrets) {
      for (let i = 0; i + window <= secret.length; i++) {
        if (shown.includes(secret.slice(i, i + window))) {
          throw new Error(`${outcome.error._tag} shows part of a secret (${secret.slice(0, 4)}…): ${shown.slice(0, 300)}`)
        }
      }
    }
  }
}

/** Whether a success value has the plain object prototype all the way down (no `__proto__` injection). */
export const hasPlainPrototypes = (value: unknown): boolean => {
  const stack: Array<unknown> = [value]
  let seen = 0
  while (stack.length > 0 && seen++ < 100_000) {
    const current = stack.pop()
    if (current === null || typeof current !== "object") continue
    if (current instanceof Uint8Array || current instanceof Date || Chunk.isChunk(current)) continue
    const proto = Object.getPrototypeOf(current)
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return false
    for (const item of Object.values(current)) stack.push(item)
  }
  return true
}
