/**
 * Runs the `stax` program and turns its end into the process's exit code.
 *
 * SIGINT and SIGTERM interrupt the running command (its finalizers run: a partial download is
 * removed, a server is closed) and the process exits with 130 / 143. A command that runs until it is
 * stopped (`stax local`) takes the signals over (`Shutdown.takeOver`) and waits for one instead: the
 * signal then ends it normally, and the process exits 0. A second signal, while the first is being handled, ends the process at once
 * (Node's default).
 *
 * Not `NodeRuntime.runMain`: its signal handler interrupts the program unconditionally, so a
 * command stopped by design could not end with 0; and it ends the process with `process.exit`,
 * which can cut off output still buffered for a pipe. Here the exit code is set and Node exits once
 * everything is written.
 *
 * @since 0.2.0
 */
import * as ValidationError from "@effect/cli/ValidationError"
import * as Cause from "effect/Cause"
import * as Console from "effect/Console"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import { ExitCode, exitCodeOf } from "./exitCodes.js"
import { describeError, Reported } from "./output.js"

/**
 * Lets a command that runs until stopped wait for SIGINT/SIGTERM (and end normally on it).
 *
 * @since 0.2.0
 * @category Models
 */
export interface ShutdownService {
  /**
   * Takes over SIGINT and SIGTERM: from now on they no longer interrupt the command. Gives the
   * effect that waits for the first one (at once if it came already) and returns its name.
   */
  readonly takeOver: Effect.Effect<Effect.Effect<NodeJS.Signals>>
}

/**
 * The `Shutdown` service tag.
 *
 * @since 0.2.0
 * @category Context
 */
export class Shutdown extends Context.Tag("stax-effect/cli/Shutdown")<Shutdown, ShutdownService>() {
  /** Accessor for {@link ShutdownService.takeOver}. */
  static readonly takeOver: Effect.Effect<Effect.Effect<NodeJS.Signals>, never, Shutdown> = Effect.flatMap(
    Shutdown,
    (s) => s.takeOver
  )
}

/** The next SIGINT or SIGTERM (listening only while awaited, and only for one). */
const nextSignal: Effect.Effect<NodeJS.Signals> = Effect.async<NodeJS.Signals>((resume) => {
  const stop = () => {
    process.off("SIGINT", onSignal)
    process.off("SIGTERM", onSignal)
  }
  function onSignal(signal: NodeJS.Signals) {
    stop()
    resume(Effect.succeed(signal))
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
  return Effect.sync(stop)
})

const signalCode = (signal: Option.Option<NodeJS.Signals>): number =>
  Option.match(signal, {
    onNone: () => ExitCode.Failure,
    onSome: (name) => name === "SIGTERM" ? ExitCode.Terminated : ExitCode.Interrupted
  })

/**
 * The exit code of a run: 0 on success, a `Reported` failure's code, 2 for a command-line error
 * (which `@effect/cli` has printed), the code of any other failure after printing it.
 */
const codeOf = (cause: Cause.Cause<unknown>, signal: Option.Option<NodeJS.Signals>): Effect.Effect<number> => {
  if (Cause.isInterruptedOnly(cause)) return Effect.succeed(signalCode(signal))
  const failure = Cause.failureOption(cause)
  if (Option.isSome(failure)) {
    const error = failure.value
    if (error instanceof Reported) return Effect.succeed(error.exitCode)
    if (ValidationError.isValidationError(error)) return Effect.succeed(ExitCode.Usage)
    const report = describeError(error)
    return Effect.as(Console.error(`stax: ${report._tag}: ${report.message}`), exitCodeOf(error))
  }
  return Effect.as(Console.error(`stax: internal error\n${Cause.pretty(cause)}`), ExitCode.Failure)
}

/**
 * The exit code of `program`, run with SIGINT/SIGTERM handling and a `Shutdown` service.
 *
 * @since 0.2.0
 * @category Running
 */
export const exitCode = <E, R>(program: Effect.Effect<void, E, R>): Effect.Effect<number, never, Exclude<R, Shutdown>> =>
  Effect.gen(function*() {
    const signal = yield* Deferred.make<NodeJS.Signals>()
    const claimed = yield* Ref.make(false)
    const shutdown: ShutdownService = {
      takeOver: Ref.set(claimed, true).pipe(Effect.as(Deferred.await(signal)))
    }
    const fiber = yield* Effect.fork(Effect.provideService(program, Shutdown, shutdown))
    const watcher = yield* Effect.fork(Effect.gen(function*() {
      const received = yield* nextSignal
      yield* Deferred.succeed(signal, received)
      if (!(yield* Ref.get(claimed))) yield* Fiber.interrupt(fiber)
    }))
    const exit = yield* Fiber.await(fiber)
    yield* Fiber.interrupt(watcher)
    const received = yield* Deferred.poll(signal).pipe(
      Effect.flatMap(Option.match({ onNone: () => Effect.succeedNone, onSome: Effect.asSome }))
    )
    return yield* Exit.match(exit, {
      onSuccess: () => Effect.succeed<number>(ExitCode.Ok),
      onFailure: (cause) => codeOf(cause, received)
    })
  })

/**
 * Runs `program` as the process's main program: sets `process.exitCode` when it ends, and lets
 * Node exit once everything is written.
 *
 * @since 0.2.0
 * @category Running
 */
export const main = <E>(program: Effect.Effect<void, E, Shutdown>): void => {
  Effect.runPromise(exitCode(program)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.exitCode = ExitCode.Failure
      console.error("stax: internal error", error)
    }
  )
}
