/**
 * The environment of the Stax.ai commands: every API service, configured from the environment
 * (`STAX_EMAIL`, `STAX_API_KEY`, `STAX_API_URL`, `LOG_LEVEL`) over the CLI's HTTP client.
 *
 * Each command provides it to its own work (not the command group), so a missing variable fails
 * only the commands that need it, with exit code 3, and `--help` works without any.
 *
 * @since 0.2.0
 */
import type * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stax from "../ai/Stax.js"
import { StaxConfig } from "../ai/StaxConfig.js"
import * as Http from "./http.js"
import { withCliLogLevel } from "./logLevel.js"
import * as Output from "./output.js"
import type { Progress } from "./progress.js"

/**
 * The environment variables the Stax.ai commands read (shown in `--help`).
 *
 * @since 0.2.0
 * @category Constants
 */
export const variables: ReadonlyArray<readonly [name: string, meaning: string]> = [
  ["STAX_EMAIL", "the team administrator's email (required)"],
  ["STAX_API_KEY", "the developer API key (required; never printed)"],
  ["STAX_API_URL", "the API's base URL (default https://api.stax.ai)"],
  ["LOG_LEVEL", "the SDK's log level (default INFO)"]
]

/**
 * Every Stax.ai service, from the environment.
 *
 * @since 0.2.0
 * @category Layers
 */
export const layer: Layer.Layer<Stax.Services, ConfigError.ConfigError> = Stax.layer.pipe(
  Layer.provide(withCliLogLevel(StaxConfig, StaxConfig.layerFromEnv)),
  Layer.provide(Http.layer)
)

/**
 * Runs a Stax.ai command's work with {@link layer} inside `Output.run`: a missing variable is a
 * `ConfigError` printed like any other failure (exit code 3).
 *
 * @since 0.2.0
 * @category Running
 */
export const run = <E, R>(
  json: boolean,
  effect: Effect.Effect<void, E, R>
): Effect.Effect<void, Output.Reported, Exclude<Exclude<Exclude<R, Stax.Services>, Output.Output>, Progress>> =>
  Output.run(json, Effect.provide(effect, layer))
