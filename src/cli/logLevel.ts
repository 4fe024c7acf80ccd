/**
 * The CLI's `--log-level` for the SDK too: the SDK logs at its configured level (`STAX_LOG_LEVEL`, else
 * `LOG_LEVEL`, else `INFO`), whatever the calling fiber's level; a `--log-level` given on the command line
 * wins over those variables for the commands' API clients.
 *
 * @since 0.2.0
 */
import type * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import type * as LogLevel from "effect/LogLevel"

/**
 * The command line the program runs with (`process.argv` unless the program was given another, as tests
 * running it in their own process do).
 *
 * @since 0.2.0
 * @category References
 */
export const commandLine: FiberRef.FiberRef<ReadonlyArray<string>> = FiberRef.unsafeMake<ReadonlyArray<string>>(process.argv)

/**
 * Runs `effect` for the command line `argv`.
 *
 * @since 0.2.0
 * @category Running
 */
export const withCommandLine = (argv: ReadonlyArray<string>) => <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.locally(effect, commandLine, argv)

/**
 * Whether the command line sets `--log-level`.
 *
 * @since 0.2.0
 * @category Guards
 */
export const isGiven = (argv: ReadonlyArray<string> = process.argv): boolean =>
  argv.some((arg) => arg === "--log-level" || arg.startsWith("--log-level="))

/**
 * A configuration layer whose `logLevel` is the CLI's `--log-level` when one is given (the level
 * `@effect/cli` set on the command's fiber, where the layer is built), read from `commandLine`.
 *
 * @since 0.2.0
 * @category Layers
 */
export const withCliLogLevel = <I, S extends { readonly logLevel: LogLevel.LogLevel }, E>(
  tag: Context.Tag<I, S>,
  layer: Layer.Layer<I, E>
): Layer.Layer<I, E> =>
  Layer.unwrapEffect(Effect.map(FiberRef.get(commandLine), (argv) =>
    isGiven(argv)
      ? Layer.effect(
        tag,
        Effect.flatMap(tag, (config) =>
          Effect.map(FiberRef.get(FiberRef.currentMinimumLogLevel), (logLevel): S => ({ ...config, logLevel })))
      ).pipe(Layer.provide(layer))
      : layer))
