/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The `Public` service: the operations `public.*` of the Stax cloud API, their inputs (camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { NonEmptyString } from "../schema/fields.js"
import { StaxCloudClient } from "../StaxCloudClient.js"
import * as PublicModels from "./models/public.js"

/**
 * The input of `public.CheckAlias` (GET /public/check-alias/{alias}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CheckAliasInput = Schema.Struct({
  /**
   * A unique string containing characters a-z, 0-9.
   * Hyphens can also be used, but not at the start or end of the alias. (path parameter `alias`)
   */
  alias: Schema.propertySignature(NonEmptyString)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CheckAliasInput extends Schema.Schema.Type<typeof CheckAliasInput> {}

/**
 * The input of `public.ReadConfig` (GET /public/config).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadConfigInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigInput extends Schema.Schema.Type<typeof ReadConfigInput> {}

/**
 * The operations of `Public`, one per operation id.
 *
 * @since 0.2.0
 * @category Operations
 */
export const publicOperations = {
  /**
   * `public.CheckAlias`: Check Alias availability.
   *
   * - `GET /20190206/public/check-alias/{alias}`: Check if an Alias is available or if it is already in use by another Stax customer. The Alias is the unique identifier for a Customer's Stax Organisation.
   */
  checkAlias: Operation.make({
    name: "Public.checkAlias",
    method: "GET",
    path: "/public/check-alias/{alias}",
    input: CheckAliasInput,
    output: PublicModels.CheckAlias,
    acceptStatuses: [409]
  }),
  /**
   * `public.ReadConfig`: Fetch public config.
   *
   * - `GET /20190206/public/config`: This is an unauthenticated endpoint returning your configuration variables which are required to authenticate API requests.
   */
  readConfig: Operation.make({
    name: "Public.readConfig",
    method: "GET",
    path: "/public/config",
    input: ReadConfigInput,
    output: PublicModels.ReadConfig
  })
}

/** The service's methods: one entry per operation. */
const publicTable = {
  /** Check Alias availability (`public.CheckAlias`). */
  checkAlias: Service.call(publicOperations.checkAlias),
  /** Fetch public config (`public.ReadConfig`). */
  readConfig: Service.call(publicOperations.readConfig, { input: "optional" })
}

/**
 * The Public methods: one per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface PublicService extends Service.ShapeOf<typeof publicTable> {}

/**
 * The `Public` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Public extends Service.Tag("stax-effect/cloud/Public")<Public, PublicService>()(publicTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<PublicService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(publicTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Public, never, StaxCloudClient> = Layer.effect(Public, Public.make)
}
