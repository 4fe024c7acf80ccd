/** Shared set-up of the Promise facade tests: a client over the in-memory stand-in. */
import { Cause, type Effect, Exit, type ManagedRuntime, Option } from "effect"
import { RetryPolicy } from "stax-effect"
import { createStaxClient, type WorkerCredentials } from "stax-effect/promise"
import { StaxLocal, type StaxLocalOptions } from "stax-effect/testing"

/** A client over a fresh in-memory stand-in; processing finishes on the first read, retries are off. */
export const localClient = (options: StaxLocalOptions = {}, extra: { readonly worker?: Omit<WorkerCredentials, "moduleKey"> & { readonly moduleKey: string } } = {}) =>
  createStaxClient({
    layer: StaxLocal.layer({ processing: { afterGets: 1 }, client: { retry: RetryPolicy.none }, ...options }),
    ...(extra.worker === undefined ? {} : { worker: extra.worker })
  })

/** The stand-in behind a client (its state: stacks, documents, requests). */
export const standIn = (client: ReturnType<typeof localClient>) => client.runtime.runPromise(StaxLocal)

/** Runs an Effect on the client's runtime and returns its typed failure (fails the test if it succeeds). */
export const effectFailure = async <A, E, R, ER>(
  client: { readonly runtime: ManagedRuntime.ManagedRuntime<R, ER> },
  effect: Effect.Effect<A, E, R>
): Promise<E | ER> => {
  const exit = await client.runtime.runPromiseExit(effect)
  if (Exit.isSuccess(exit)) throw new Error("expected the Effect to fail")
  const failure = Cause.failureOption(exit.cause)
  if (Option.isNone(failure)) throw new Error(`expected a typed failure, got ${Cause.pretty(exit.cause)}`)
  return Cause.originalError(failure.value)
}

/** The rejection of a Promise (fails the test if it resolves). */
export const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise
  } catch (e) {
    return e
  }
  throw new Error("expected the Promise to reject")
}

/** Every element of an async iterable. */
export const collect = async <A>(iterable: AsyncIterable<A>): Promise<ReadonlyArray<A>> => {
  const out: Array<A> = []
  for await (const a of iterable) out.push(a)
  return out
}

/** Concatenated bytes. */
export const concat = (chunks: ReadonlyArray<Uint8Array>): Uint8Array => Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)))
