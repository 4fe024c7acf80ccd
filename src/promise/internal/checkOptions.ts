/**
 * The Promise facade's check of a client's options when it is created: the options given as values are
 * validated at once, so a bad one (`baseUrl: "http://api.stax.ai"`) throws a `ConfigError` naming it
 * from `createStaxClient(...)` rather than failing the first call.
 *
 * @since 0.2.0
 */
import * as Cause from "effect/Cause"
import * as EffectConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import { ConfigError } from "../errors.js"

/** The error without its `MissingData` leaves (what the environment may still give), or `undefined` when none is left. */
const withoutMissing = (error: EffectConfigError.ConfigError): EffectConfigError.ConfigError | undefined => {
  switch (error._op) {
    case "And":
    case "Or": {
      const left = withoutMissing(error.left)
      const right = withoutMissing(error.right)
      if (left === undefined || right === undefined) return left ?? right
      return error._op === "And" ? EffectConfigError.And(left, right) : EffectConfigError.Or(left, right)
    }
    case "MissingData":
      return undefined
    default:
      return error
  }
}

/**
 * Validates `options` with `make` (the configuration's own validation: the same checks as at the first
 * call) and throws the facade's `ConfigError` naming every bad option. With `completedFromEnv`, options
 * that are missing are not a failure: the environment gives them at the first call.
 *
 * @example
 * ```ts
 * checkAtCreation(StaxConfig.make, { baseUrl: "http://api.stax.ai" }, true)
 * // throws ConfigError: baseUrl must use https (plain http is allowed only for loopback hosts), got http://api.stax.ai
 * ```
 *
 * @since 0.2.0
 * @category Checks
 */
export const checkAtCreation = <O>(
  make: (options: O) => Effect.Effect<unknown, EffectConfigError.ConfigError>,
  options: O,
  completedFromEnv: boolean
): void => {
  const exit = Effect.runSyncExit(make(options))
  if (Exit.isSuccess(exit)) return
  const failure = Cause.failureOption(exit.cause)
  if (Option.isNone(failure)) return
  const error = completedFromEnv ? withoutMissing(failure.value) : failure.value
  if (error !== undefined) throw new ConfigError(error)
}
