/**
 * What the Stax cloud commands share: the environment they read and the layer they run on.
 *
 * @since 0.2.0
 */
import type * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as StaxCloud from "../cloud/StaxCloud.js"
import { StaxCloudConfig } from "../cloud/StaxCloudConfig.js"
import * as Http from "./http.js"
import { withCliLogLevel } from "./logLevel.js"
import * as Output from "./output.js"
import type { Progress } from "./progress.js"

/**
 * The environment variables the Stax cloud commands read, for `--help`.
 *
 * @since 0.2.0
 * @category Environment
 */
export const variables: ReadonlyArray<readonly [name: string, meaning: string]> = [
  ["STAX_ACCESS_KEY", "the Stax cloud API token's access key (cloud commands)"],
  ["STAX_SECRET_KEY", "the Stax cloud API token's secret key (cloud commands; never printed)"],
  ["STAX_REGION", "the Stax cloud region (default au1.staxapp.cloud)"],
  ["STAX_CLOUD_API_URL", "replaces https://api.<region>/20190206 (the local stand-in)"],
  ["STAX_CLOUD_AUTH_URL", "replaces the Cognito endpoints (the local stand-in)"]
]

/**
 * The Stax cloud services over the environment's configuration.
 *
 * @since 0.2.0
 * @category Layers
 */
export const layer: Layer.Layer<StaxCloud.Services, ConfigError.ConfigError> = StaxCloud.layer.pipe(
  Layer.provide(withCliLogLevel(StaxCloudConfig, StaxCloudConfig.layerFromEnv)),
  Layer.provide(Http.layer)
)

/**
 * Runs a Stax cloud command: its output as `--json` says, its failure as an exit code.
 *
 * @since 0.2.0
 * @category Running
 */
export const run = <E, R>(
  json: boolean,
  effect: Effect.Effect<void, E, R>
): Effect.Effect<void, Output.Reported, Exclude<Exclude<Exclude<R, StaxCloud.Services>, Output.Output>, Progress>> =>
  Output.run(json, Effect.provide(effect, layer))
