/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `public.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { openEnum, optional } from "../../schema/fields.js"
import * as CommonModels from "./common.js"

/**
 * `public.CheckAlias.Alias`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CheckAliasAlias = Schema.Struct({
  Status: openEnum(
    "The company alias provided is available",
    "The company alias provided is already in use by another customer and cannot be used"
  )
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CheckAliasAlias extends Schema.Schema.Type<typeof CheckAliasAlias> {}

/**
 * `public.CheckAlias.AuthProvider`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CheckAliasAuthProvider = Schema.Struct({
  ClientId: Schema.String,
  UserPoolId: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CheckAliasAuthProvider extends Schema.Schema.Type<typeof CheckAliasAuthProvider> {}

/**
 * Component `public.CheckAlias`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CheckAlias = Schema.Struct({
  Alias: CheckAliasAlias,
  AuthProvider: CheckAliasAuthProvider
}).annotations({ identifier: "public.CheckAlias" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CheckAlias extends Schema.Schema.Type<typeof CheckAlias> {}

/**
 * `public.ReadConfig.API`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadConfigAPI = Schema.Struct({
  endpoints: Schema.Array(Schema.Struct({
    endpoint: Schema.String,
    name: Schema.String,
    region: CommonModels.DefaultAwsRegion
  }))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigAPI extends Schema.Schema.Type<typeof ReadConfigAPI> {}

/**
 * `public.ReadConfig.Analytics`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadConfigAnalytics = Schema.Struct({
  disable: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigAnalytics extends Schema.Schema.Type<typeof ReadConfigAnalytics> {}

/**
 * `public.ReadConfig.ApiAuth`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadConfigApiAuth = Schema.Struct({
  identityPoolId: Schema.String,
  mandatorySignIn: Schema.Boolean,
  region: CommonModels.DefaultAwsRegion,
  userPoolId: Schema.String,
  userPoolWebClientId: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigApiAuth extends Schema.Schema.Type<typeof ReadConfigApiAuth> {}

/**
 * `public.ReadConfig.AppSync`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadConfigAppSync = Schema.Struct({
  analytics: Schema.Struct({
    endpoint: Schema.String,
    region: CommonModels.DefaultAwsRegion
  }),
  core: Schema.Struct({
    endpoint: Schema.String,
    region: CommonModels.DefaultAwsRegion
  }),
  graphqlEndpoint: Schema.String,
  region: CommonModels.DefaultAwsRegion
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigAppSync extends Schema.Schema.Type<typeof ReadConfigAppSync> {}

/**
 * `public.ReadConfig.Auth`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadConfigAuth = Schema.Struct({
  identityPoolId: Schema.String,
  mandatorySignIn: Schema.Boolean,
  region: CommonModels.DefaultAwsRegion,
  userPoolId: optional(Schema.String),
  userPoolWebClientId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigAuth extends Schema.Schema.Type<typeof ReadConfigAuth> {}

/**
 * `public.ReadConfig.Juma`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadConfigJuma = Schema.Struct({
  controlplaneRegion: CommonModels.DefaultAwsRegion,
  domainName: Schema.String,
  fullDomainName: Schema.String,
  masterAccountId: Schema.Number,
  stage: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigJuma extends Schema.Schema.Type<typeof ReadConfigJuma> {}

/**
 * `public.ReadConfig.JumaAuth`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadConfigJumaAuth = Schema.Struct({
  identityPoolId: Schema.String,
  identityPoolIdV2: Schema.String,
  mandatorySignIn: Schema.Boolean,
  region: CommonModels.DefaultAwsRegion,
  userPoolId: Schema.String,
  userPoolWebClientId: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigJumaAuth extends Schema.Schema.Type<typeof ReadConfigJumaAuth> {}

/**
 * `public.ReadConfig.Sentry`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadConfigSentry = Schema.Struct({
  dsn: Schema.String,
  projectName: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigSentry extends Schema.Schema.Type<typeof ReadConfigSentry> {}

/**
 * Component `public.ReadConfig`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadConfig = Schema.Struct({
  API: ReadConfigAPI,
  Analytics: ReadConfigAnalytics,
  ApiAuth: ReadConfigApiAuth,
  AppSync: ReadConfigAppSync,
  Auth: ReadConfigAuth,
  Features: Schema.Array(Schema.String),
  Juma: ReadConfigJuma,
  JumaAuth: ReadConfigJumaAuth,
  Sentry: ReadConfigSentry
}).annotations({ identifier: "public.ReadConfig" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfig extends Schema.Schema.Type<typeof ReadConfig> {}
