/**
 * The Stax cloud's unauthenticated `GET <apiBase>/public/config`: which Cognito user pool and identity
 * pool the login uses. Fetched once and cached; a failed fetch is not cached.
 *
 * @since 0.2.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import { fromHttpClientError } from "../../core/internal/transport.js"
import { type AuthError, TransportError } from "../../core/StaxError.js"
import { authError } from "./errors.js"

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

/**
 * Returns an effect that reads `public/config` (the first success is cached; concurrent first
 * callers share one fetch).
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
}): Effect.Effect<Effect.Effect<PublicConfig, AuthError | TransportError>> =>
  Effect.gen(function*() {
    const cache = yield* Ref.make(Option.none<PublicConfig>())
    const lock = yield* Effect.makeSemaphore(1)
    const url = `${options.apiBaseUrl.replace(/\/+$/, "")}/public/config`
    const fetch = options.client.execute(HttpClientRequest.get(url, { acceptJson: true })).pipe(
      Effect.flatMap((response) =>
        response.status === 200
          ? HttpClientResponse.schemaBodyJson(Answer)(response).pipe(
            Effect.map((answer) => answer.ApiAuth),
            Effect.catchTag("ParseError", () =>
              Effect.fail(authError(ENDPOINT, "Refused", `${url} did not answer a usable ApiAuth section`, 200)))
          )
          : Effect.fail(
            authError(
              ENDPOINT,
              "Refused",
              `${url} answered HTTP ${response.status}: check the Stax region (STAX_REGION)`,
              response.status
            )
          )
      ),
      Effect.catchTags({
        RequestError: (error) => Effect.fail(fromHttpClientError(ENDPOINT, error, [])),
        ResponseError: (error) => Effect.fail(fromHttpClientError(ENDPOINT, error, []))
      }),
      Effect.timeoutFail({
        duration: options.timeout,
        onTimeout: () =>
          new TransportError({
            endpoint: ENDPOINT,
            reason: "Timeout",
            maybeSent: true,
            message: `no answer from ${url} within ${Duration.format(options.timeout)}`
          })
      })
    )
    return lock.withPermits(1)(
      Effect.flatMap(Ref.get(cache), Option.match({
        onSome: Effect.succeed,
        onNone: () => Effect.tap(fetch, (config) => Ref.set(cache, Option.some(config)))
      }))
    )
  })
