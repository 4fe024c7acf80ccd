/**
 * `WorkerConfig`: the credentials a module worker calls the job endpoints with (stax-api.md §1.3,
 * "Module / worker credentials"): its module id, its module key and the team it works for, sent as
 * `Module: <moduleId>`, `Authorization: Bearer <moduleKey>` and `Team: <teamId>`.
 *
 * These are not the developer credentials of `StaxConfig`: `Modules.startJob`/`completeJob` need a
 * `WorkerConfig` in context, the other calls never see it.
 *
 * @example
 * ```ts
 * // from the environment: STAX_MODULE_ID, STAX_MODULE_KEY (kept Redacted), STAX_TEAM_ID
 * worker.pipe(Effect.provide(WorkerConfig.layerFromEnv))
 *
 * // from values
 * WorkerConfig.layer({ moduleId, moduleKey: Redacted.make(key), teamId })
 * ```
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as ConfigCheck from "../core/ConfigCheck.js"
import { headerValueProblem } from "./StaxConfig.js"

/**
 * A module worker's credentials.
 *
 * @since 0.1.0
 * @category Models
 */
export interface WorkerCredentials {
  /** The module's id, sent as the `Module` header. */
  readonly moduleId: string
  /** The module's key, sent as `Authorization: Bearer <moduleKey>`. Never logged. */
  readonly moduleKey: Redacted.Redacted<string>
  /** The team the job belongs to, sent as the `Team` header. */
  readonly teamId: string
}

type Check = (value: string) => Either.Either<string, string>

/** A header value: non-empty, ASCII or Latin-1 only, without CR, LF, other control characters or spaces. */
const headerToken = (label: string): Check => (value) => {
  const problem = headerValueProblem(label, value)
  if (problem !== undefined) return Either.left(problem)
  const trimmed = value.trim()
  if (trimmed.length === 0) return Either.left(`${label} must not be empty`)
  if (/\s/.test(trimmed)) return Either.left(`${label} must not contain spaces`)
  return Either.right(trimmed)
}

const checkModuleId = headerToken("moduleId")
const checkModuleKey = headerToken("moduleKey")
const checkTeamId = headerToken("teamId")

const validate = (options: WorkerConfig.Options): Effect.Effect<WorkerCredentials, ConfigError.ConfigError> => {
  const errors: Array<ConfigError.ConfigError> = []
  // The fields are required by the type; JavaScript callers may still leave one out.
  const field = (name: string, value: string | undefined, check: Check): string | undefined => {
    if (value === undefined) {
      errors.push(ConfigError.MissingData([name], `${name} is required`))
      return undefined
    }
    return Either.match(check(value), {
      onLeft: (message) => {
        errors.push(ConfigError.InvalidData([name], message))
        return undefined
      },
      onRight: (ok) => ok
    })
  }
  const moduleId = field("moduleId", options.moduleId, checkModuleId)
  const given = options.moduleKey as Redacted.Redacted<string> | string | undefined
  const key = given === undefined ? undefined : Redacted.isRedacted(given) ? Redacted.value(given) : given
  const moduleKey = field("moduleKey", key, checkModuleKey)
  const teamId = field("teamId", options.teamId, checkTeamId)
  const [first, ...rest] = errors
  if (first !== undefined) return Effect.fail(rest.reduce((acc, e) => ConfigError.And(acc, e), first))
  return Effect.succeed({ moduleId: moduleId!, moduleKey: Redacted.make(moduleKey!), teamId: teamId! })
}

/** Reads a variable and checks it; a bad value is a `ConfigError` naming the variable. */
const checked = <A>(
  name: string,
  config: (name: string) => Config.Config<A>,
  value: (a: A) => string,
  check: (label: string) => Check
): Config.Config<A> =>
  Config.mapOrFail(ConfigCheck.required(name, config), (a) =>
    Either.match(check(name)(value(a)), {
      onLeft: (message) => Either.left(ConfigError.InvalidData([name], message)),
      onRight: () => Either.right(a)
    }))

/**
 * The `WorkerConfig` service tag and its layers.
 *
 * @since 0.1.0
 * @category Context
 */
export class WorkerConfig extends Context.Tag("stax-effect/WorkerConfig")<WorkerConfig, WorkerCredentials>() {
  /**
   * Validates worker credentials: each field non-empty, without spaces, CR, LF or other control
   * characters (they become headers). A bad field is a `ConfigError` naming it; the key's value is
   * never part of an error.
   */
  static make(options: WorkerConfig.Options): Effect.Effect<WorkerCredentials, ConfigError.ConfigError> {
    return validate(options)
  }

  /**
   * A layer from values, validated when the layer is built.
   *
   * @example
   * ```ts
   * WorkerConfig.layer({ moduleId: "65a1f0c2e4b0a1b2c3d4e5f6", moduleKey: Redacted.make(key), teamId })
   * ```
   */
  static layer(options: WorkerConfig.Options): Layer.Layer<WorkerConfig, ConfigError.ConfigError> {
    return Layer.effect(WorkerConfig, validate(options))
  }

  /**
   * The credentials as read from the environment (through the current `ConfigProvider`):
   * `STAX_MODULE_ID`, `STAX_MODULE_KEY` (kept `Redacted`) and `STAX_TEAM_ID`. A missing or bad value
   * (e.g. one containing CR or LF) is a `ConfigError` naming the variable.
   */
  static readonly fromEnv: Config.Config<WorkerConfig.Options> = Config.all({
    moduleId: checked("STAX_MODULE_ID", Config.string, (s) => s, headerToken),
    moduleKey: checked("STAX_MODULE_KEY", (name) => Config.redacted(name), Redacted.value, headerToken),
    teamId: checked("STAX_TEAM_ID", Config.string, (s) => s, headerToken)
  })

  /**
   * The layer of {@link WorkerConfig.fromEnv}: `STAX_MODULE_ID`, `STAX_MODULE_KEY`, `STAX_TEAM_ID`.
   *
   * @example
   * ```ts
   * worker.pipe(Effect.provide(Modules.layer), Effect.provide(WorkerConfig.layerFromEnv))
   * ```
   */
  static readonly layerFromEnv: Layer.Layer<WorkerConfig, ConfigError.ConfigError> = Layer.effect(
    WorkerConfig,
    Effect.flatMap(WorkerConfig.fromEnv, validate)
  )
}

/**
 * @since 0.1.0
 */
export declare namespace WorkerConfig {
  /** What a user gives to build a {@link WorkerConfig}. */
  export interface Options {
    /** The module's id (the `Module` header). */
    readonly moduleId: string
    /** The module's key (`Authorization: Bearer`). A plain string is wrapped at once. */
    readonly moduleKey: Redacted.Redacted<string> | string
    /** The team's id (the `Team` header). */
    readonly teamId: string
  }
}
