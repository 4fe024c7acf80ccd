/**
 * Runs Effects and Streams on a client's `ManagedRuntime` for Promise callers: an `Effect` becomes a
 * `Promise`, a `Stream` an `AsyncIterable`, each on its own fiber that an `AbortSignal` or the
 * client's `close()` interrupts. Failures become the errors of `./errors.ts`.
 *
 * @since 0.2.0
 */
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberId from "effect/FiberId"
import type * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { AbortError, ClientClosedError, ConfigError } from "./errors.js"
import { Running } from "./internal/running.js"

/**
 * Options every Promise method takes as its last argument.
 *
 * @example
 * ```ts
 * await stax.stacks.get({ stackTag: "invoices" }, { signal: AbortSignal.timeout(5_000) })
 * ```
 *
 * @since 0.2.0
 * @category Models
 */
export interface CallOptions {
  /** Cancels the call: its fiber (and HTTP request) is interrupted and it rejects with an `AbortError`. */
  readonly signal?: AbortSignal | undefined
}

/** Why a fiber was interrupted from outside: the caller's signal, or the client closing. */
type Stop = { readonly _tag: "Abort"; readonly reason: unknown } | { readonly _tag: "Closed" }

const closed: Stop = { _tag: "Closed" }

/** A marker so that a failure's stack is extended once, even when the same error is thrown twice. */
const extended = new WeakSet<object>()

/** Appends the caller's frames (captured when the call was made) to an SDK error's stack. */
const withCallSite = (error: Error, site: Error | undefined): Error => {
  if (site === undefined || extended.has(error)) return error
  const frames = site.stack?.split("\n").slice(1).join("\n")
  if (frames !== undefined && frames.length > 0 && typeof error.stack === "string") {
    try {
      error.stack = `${error.stack}\n${frames}`
      extended.add(error)
    } catch {
      // a frozen error keeps its stack
    }
  }
  return error
}

/**
 * The error a Promise rejects with for a failed fiber: the first typed failure (the SDK's error
 * itself, an Effect `ConfigError` wrapped as {@link ConfigError}), else the first defect itself, else
 * (interrupted) an {@link AbortError} or a {@link ClientClosedError}.
 *
 * @since 0.2.0
 * @category Errors
 */
export const toError = (cause: Cause.Cause<unknown>, stop?: Stop, site?: Error): unknown => {
  const failure = Cause.failureOption(cause)
  if (Option.isSome(failure)) {
    const error = Cause.originalError(failure.value)
    if (ConfigError.isEffectConfigError(error)) return new ConfigError(error)
    if (error instanceof Error) return withCallSite(error, site)
    return new Error(`stax-effect: the call failed with a value that is not an Error (${typeof error})`, {
      cause: error
    })
  }
  const defect = Cause.dieOption(cause)
  if (Option.isSome(defect)) return Cause.originalError(defect.value)
  if (stop?._tag === "Closed") return new ClientClosedError()
  return new AbortError(stop?._tag === "Abort" ? stop.reason : undefined)
}

/**
 * Runs calls for one client and stops them all when it closes.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Runner<R> {
  /** Runs an Effect on its own fiber; `site` (an `Error` made at the call) extends failure stacks. */
  readonly run: <A, E>(effect: Effect.Effect<A, E, R>, options?: CallOptions, site?: Error) => Promise<A>
  /** A lazy `AsyncIterable` over a Stream: each iteration runs it anew, on its own fiber. */
  readonly iterate: <A, E>(stream: Stream.Stream<A, E, R>, options?: CallOptions, site?: Error) => AsyncIterable<A>
  /** Whether `close` was called. */
  readonly isClosed: () => boolean
  /** Interrupts every running call and iteration (they reject with `ClientClosedError`), then disposes the runtime. */
  readonly close: () => Promise<void>
}

/**
 * A runner over a `ManagedRuntime`, which it disposes on `close`.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = <R, ER>(runtime: ManagedRuntime.ManagedRuntime<R, ER>): Runner<R> => {
  /** The interrupters of running fibers: each stops its fiber and resolves once the fiber is done. */
  const running = new Running<(stop: Stop) => Promise<void>>()
  let closing: Promise<void> | undefined

  /**
   * Forks `effect`; `onExit` gets its exit and why it was stopped, if it was. Returns the interrupter,
   * or the error to reject with when the call may not start.
   */
  const fork = <A, E>(
    effect: Effect.Effect<A, E, R>,
    signal: AbortSignal | undefined,
    onExit: (exit: Exit.Exit<A, E | ER>, stop: Stop | undefined) => void
  ): ((stop: Stop) => Promise<void>) | Error => {
    if (closing !== undefined) return new ClientClosedError()
    if (signal?.aborted === true) return new AbortError(signal.reason)
    const fiber = runtime.runFork(effect)
    let stop: Stop | undefined
    let finished: () => void = () => {}
    const done = new Promise<void>((resolve) => (finished = resolve))
    const interrupt = (why: Stop): Promise<void> => {
      stop ??= why
      fiber.unsafeInterruptAsFork(FiberId.none)
      return done
    }
    const onAbort = () => void interrupt({ _tag: "Abort", reason: signal?.reason })
    signal?.addEventListener("abort", onAbort, { once: true })
    const entry = running.add(interrupt)
    // The observer runs at once if the fiber already finished (a synchronous effect).
    fiber.addObserver((exit) => {
      signal?.removeEventListener("abort", onAbort)
      running.remove(entry)
      onExit(exit, stop)
      finished()
    })
    return interrupt
  }

  const run = <A, E>(effect: Effect.Effect<A, E, R>, options?: CallOptions, site?: Error): Promise<A> =>
    new Promise<A>((resolve, reject) => {
      const started = fork(effect, options?.signal, (exit, stop) =>
        Exit.isSuccess(exit) ? resolve(exit.value) : reject(toError(exit.cause, stop, site)))
      if (started instanceof Error) reject(started)
    })

  const iterate = <A, E>(stream: Stream.Stream<A, E, R>, options?: CallOptions, site?: Error): AsyncIterable<A> => ({
    [Symbol.asyncIterator]: () => iterator(stream, options?.signal, site)
  })

  /**
   * One pass over a Stream. The fiber hands over one chunk at a time and waits until the consumer
   * has taken every element of it, so nothing is read ahead; `return()` (a `break` out of
   * `for await`) interrupts the fiber and resolves once its finalizers have run.
   */
  const iterator = <A, E>(stream: Stream.Stream<A, E, R>, signal: AbortSignal | undefined, site?: Error): AsyncIterator<A> => {
    let buffer: ReadonlyArray<A> = []
    let index = 0
    /** The producer, waiting for the consumer to want more. */
    let resume: (() => void) | undefined
    /** The consumer, waiting for an element. */
    let waiting: { resolve: (r: IteratorResult<A>) => void; reject: (e: unknown) => void } | undefined
    /** How the stream ended: undefined while it runs. */
    let end: { readonly error?: unknown } | undefined
    let interrupt: ((stop: Stop) => Promise<void>) | undefined

    const deliver = () => {
      if (waiting === undefined) return
      const w = waiting
      if (index < buffer.length) {
        waiting = undefined
        w.resolve({ done: false, value: buffer[index++]! })
      } else if (end !== undefined) {
        waiting = undefined
        if ("error" in end) {
          const error = end.error
          end = {} // an iterator that failed is done afterwards
          w.reject(error)
        } else {
          w.resolve({ done: true, value: undefined })
        }
      }
    }

    const producer = Stream.runForEachChunk(stream, (chunk) =>
      Chunk.isEmpty(chunk) ? Effect.void : Effect.async<void>((wake) => {
        buffer = Chunk.toReadonlyArray(chunk)
        index = 0
        resume = () => wake(Effect.void)
        deliver()
      }))

    const start = (): Error | undefined => {
      const started = fork(producer, signal, (exit, stop) => {
        resume = undefined
        end = Exit.isSuccess(exit) ? {} : { error: toError(exit.cause, stop, site) }
        buffer = []
        deliver()
      })
      if (started instanceof Error) return started
      interrupt = started
      return undefined
    }

    return {
      next: () =>
        new Promise<IteratorResult<A>>((resolve, reject) => {
          if (waiting !== undefined) return reject(new Error("stax-effect: next() called before the previous one settled"))
          waiting = { resolve, reject }
          if (index < buffer.length || end !== undefined) return deliver()
          if (interrupt === undefined) {
            const refused = start()
            if (refused !== undefined) {
              waiting = undefined
              end = {}
              return reject(refused)
            }
            return
          }
          const wake = resume
          resume = undefined
          wake?.()
        }),
      return: async () => {
        if (end === undefined && interrupt !== undefined) await interrupt({ _tag: "Abort", reason: "return" })
        end = {}
        buffer = []
        return { done: true, value: undefined }
      }
    }
  }

  const close = (): Promise<void> => {
    closing ??= Promise.all(running.values().map((interrupt) => interrupt(closed))).then(() => runtime.dispose())
    return closing
  }

  return { run, iterate, isClosed: () => closing !== undefined, close }
}
