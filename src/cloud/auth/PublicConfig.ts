/**
 * The Stax cloud's unauthenticated `GET <apiBase>/public/config`: which Cognito user pool and identity
 * pool the login uses. Fetched once and cached; a failed fetch is not cached.
 *
 * @since 0.2.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Clock from "effect/Clock"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import { isOk } from "../../core/answer/Status.js"
import type { RetryPolicy } from "../../core/RetryPolicy.js"
import { type StaxError, TransportError } from "../../core/StaxError.js"
import * as LoginAnswer from "./LoginAnswer.js"
import * as LoginSender from "./LoginSender.js"

/**
 * The `ApiAuth` section of `public/config` (other sections and fields are ignored).
 *
 * @since 0.2.0
 * @category Schemas
 */
export class PublicConfig extends Schema.Class<PublicConfig>("stax-effect/cloud/PublicConfig")({
  /** The AWS region of the pools (e.g. `ap-southeast-2`): the region API requests are signed for. */
  region: Schema.String,
  /** e.g. `ap-southeast-2_AbCdEf123`. */
  userPoolId: Schema.String.pipe(Schema.pattern(/^[\w-]+_[0-9a-zA-Z]+$/)),
  userPoolWebClientId: Schema.String,
  identityPoolId: Schema.String
}) {
  /** The user pool's name for SRP: the part of `userPoolId` after the underscore. */
  get poolName(): string {
    return this.userPoolId.slice(this.userPoolId.indexOf("_") + 1)
  }
}

const Answer = Schema.Struct({ ApiAuth: PublicConfig })

const ENDPOINT = "StaxCloud.auth.publicConfig"

/** What to check when `public/config` is not where the region says it is. */
const REGION_ADVICE = "check the Stax region (STAX_REGION) or the base URL"

/**
 * Returns an effect that reads `public/config` (the first success is cached; concurrent first
 * callers share one fetch). Transient failures are retried by `retry`; after that a 429 or 5xx is an
 * `ApiError` with its status, another failure status (404: no Stax API there) an `ApiError` advising to
 * check the region, an unreachable host a `TransportError` with the same advice, a 200 without a usable
 * `ApiAuth` section a `DecodeError`.
 *
 * @example
 * ```ts
 * const config = yield* PublicConfig.make({ client, apiBaseUrl: "https://api.au1.staxapp.cloud/20190206", timeout: "10 seconds" })
 * const { region } = yield* config
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = (options: {
  readonly client: HttpClient.HttpClient
  readonly apiBaseUrl: string
  readonly timeout: Duration.DurationInput
  readonly retry?: RetryPolicy | undefined
  readonly maxResponseBytes?: number | undefined
  /** Secrets scrubbed from any text that goes into an error (the secret key: a server may echo it). */
  readonly secrets?: (() => ReadonlyArray<string>) | undefined
}): Effect.Effect<Effect.Effect<PublicConfig, StaxError>> =>
  Effect.gen(function*() {
    const cache = yield* Ref.make(Option.none<PublicConfig>())
    const lock = yield* Effect.makeSemaphore(1)
    const url = `${options.apiBaseUrl.replace(/\/+$/, "")}/public/config`
    const secrets = options.secrets ?? (() => [])
    const transport: LoginSender.LoginTransport = { ...options, secrets }
    const outgoing = LoginSender.request("GET", url, { accept: "application/json" })
    const fetch = LoginSender.send(transport, ENDPOINT, outgoing).pipe(
      Effect.mapError((error) =>
        error.reason === "Connect"
          ? new TransportError({ ...error, message: `${error.message}: ${REGION_ADVICE}` })
          : error
      ),
      Effect.flatMap((answer) =>
        Effect.flatMap(Clock.currentTimeMillis, (nowMillis): Effect.Effect<PublicConfig, StaxError> => {
          const context = { endpoint: ENDPOINT, secrets: secrets(), nowMillis }
          if (!isOk(answer.status)) {
            const transient = answer.status === 429 || answer.status >= 500
            return Effect.fail(LoginAnswer.unexpectedStatus(answer, context, url, transient ? undefined : REGION_ADVICE))
          }
          return Either.match(LoginAnswer.decode(answer, context, url, Answer), {
            onLeft: (error) => Effect.fail(error),
            onRight: (decoded) => Effect.succeed(decoded.ApiAuth)
          })
        })
      )
    )
    return lock.withPermits(1)(
      Effect.flatMap(Ref.get(cache), Option.match({
        onSome: Effect.succeed,
        onNone: () => Effect.tap(fetch, (config) => Ref.set(cache, Option.some(config)))
      }))
    )
  })
