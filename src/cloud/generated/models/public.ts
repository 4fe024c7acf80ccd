/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `public.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import { openEnum, optional } from "../../schema/fields.js"
import * as CommonModels from "./common.js"

/**
 * Component `public.CheckAlias`.
 *
 * @since 0.3.0
 * @category Schemas
 */
export const CheckAlias = Schema.Struct({
    Alias: Schema.Struct({
      Status: openEnum(
      "The company alias provided is available",
      "The company alias provided is already in use by another customer and cannot be used"
    )
  }),
    AuthProvider: Schema.Struct({
      ClientId: Schema.String,
      UserPoolId: Schema.String
  })
}).annotations({ identifier: "public.CheckAlias" })

/**
 * @since 0.3.0
 * @category Models
 */
export interface CheckAlias extends Schema.Schema.Type<typeof CheckAlias> {}

/**
 * Component `public.ReadConfig`.
 *
 * @since 0.3.0
 * @category Schemas
 */
export const ReadConfig = Schema.Struct({
    API: Schema.Struct({
      endpoints: Schema.Array(Schema.Struct({
        endpoint: Schema.String,
        name: Schema.String,
        region: CommonModels.DefaultAwsRegion
    }))
  }),
    Analytics: Schema.Struct({
      disable: Schema.Boolean
  }),
    ApiAuth: Schema.Struct({
      identityPoolId: Schema.String,
      mandatorySignIn: Schema.Boolean,
      region: CommonModels.DefaultAwsRegion,
      userPoolId: Schema.String,
      userPoolWebClientId: Schema.String
  }),
    AppSync: Schema.Struct({
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
  }),
    Auth: Schema.Struct({
      identityPoolId: Schema.String,
      mandatorySignIn: Schema.Boolean,
      region: CommonModels.DefaultAwsRegion,
      userPoolId: optional(Schema.String),
      userPoolWebClientId: optional(Schema.String)
  }),
    Features: Schema.Array(Schema.String),
    Juma: Schema.Struct({
      controlplaneRegion: CommonModels.DefaultAwsRegion,
      domainName: Schema.String,
      fullDomainName: Schema.String,
      masterAccountId: Schema.Number,
      stage: Schema.String
  }),
    JumaAuth: Schema.Struct({
      identityPoolId: Schema.String,
      identityPoolIdV2: Schema.String,
      mandatorySignIn: Schema.Boolean,
      region: CommonModels.DefaultAwsRegion,
      userPoolId: Schema.String,
      userPoolWebClientId: Schema.String
  }),
    Sentry: Schema.Struct({
      dsn: Schema.String,
      projectName: Schema.String
  })
}).annotations({ identifier: "public.ReadConfig" })

/**
 * @since 0.3.0
 * @category Models
 */
export interface ReadConfig extends Schema.Schema.Type<typeof ReadConfig> {}
