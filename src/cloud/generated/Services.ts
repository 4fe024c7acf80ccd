/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The `Services` service: the operations `services.*` of the Stax cloud API, their inputs (camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { StaxCloudClient } from "../StaxCloudClient.js"
import { withTaskId } from "../tasks/taskId.js"
import * as CommonModels from "./models/common.js"
import * as ServicesModels from "./models/services.js"

/**
 * The input of `services.ConfigureAccount` (PUT /services/account/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ConfigureAccountInput = Schema.Struct({
  configuration: Schema.propertySignature(CommonModels.AccountConfigurationInput).pipe(Schema.fromKey("Configuration"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureAccountInput extends Schema.Schema.Type<typeof ConfigureAccountInput> {}

/**
 * The input of `services.ConfigureGuardDuty` (PUT /services/guardduty/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ConfigureGuardDutyInput = Schema.Struct({
  configuration: Schema.propertySignature(CommonModels.GuardDutyConfigurationInput).pipe(Schema.fromKey("Configuration")),
  /** Boolean to indicate whether to enable/disable GuardDuty service. */
  enabled: Schema.propertySignature(Schema.Boolean).pipe(Schema.fromKey("Enabled"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureGuardDutyInput extends Schema.Schema.Type<typeof ConfigureGuardDutyInput> {}

/**
 * The input of `services.ConfigureGuardrails` (PUT /services/guardrails/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ConfigureGuardrailsInput = Schema.Struct({
  configuration: Schema.propertySignature(CommonModels.GuardrailsConfigurationInput).pipe(Schema.fromKey("Configuration"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureGuardrailsInput extends Schema.Schema.Type<typeof ConfigureGuardrailsInput> {}

/**
 * The input of `services.ConfigureOrganization` (PUT /services/organization/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ConfigureOrganizationInput = Schema.Struct({
  configuration: Schema.propertySignature(CommonModels.OrganizationConfigurationInput).pipe(Schema.fromKey("Configuration"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureOrganizationInput extends Schema.Schema.Type<typeof ConfigureOrganizationInput> {}

/**
 * The input of `services.ConfigureRegions` (PUT /services/regions/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ConfigureRegionsInput = Schema.Struct({
  configuration: Schema.propertySignature(CommonModels.RegionsConfigurationInput).pipe(Schema.fromKey("Configuration"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureRegionsInput extends Schema.Schema.Type<typeof ConfigureRegionsInput> {}

/**
 * The input of `services.ConfigureSecurityHub` (PUT /services/securityhub/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ConfigureSecurityHubInput = Schema.Struct({
  configuration: Schema.propertySignature(CommonModels.SecurityHubConfigurationInput).pipe(Schema.fromKey("Configuration")),
  /** Boolean to indicate whether to enable/disable securityhub service. */
  enabled: Schema.propertySignature(Schema.Boolean).pipe(Schema.fromKey("Enabled"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureSecurityHubInput extends Schema.Schema.Type<typeof ConfigureSecurityHubInput> {}

/**
 * The input of `services.ReadAccountConfiguration` (GET /services/account/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadAccountConfigurationInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadAccountConfigurationInput extends Schema.Schema.Type<typeof ReadAccountConfigurationInput> {}

/**
 * The input of `services.ReadConfigurations` (GET /services/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadConfigurationsInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigurationsInput extends Schema.Schema.Type<typeof ReadConfigurationsInput> {}

/**
 * The input of `services.ReadGuardDutyConfiguration` (GET /services/guardduty/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadGuardDutyConfigurationInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadGuardDutyConfigurationInput extends Schema.Schema.Type<typeof ReadGuardDutyConfigurationInput> {}

/**
 * The input of `services.ReadGuardrailsConfiguration` (GET /services/guardrails/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadGuardrailsConfigurationInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadGuardrailsConfigurationInput extends Schema.Schema.Type<typeof ReadGuardrailsConfigurationInput> {}

/**
 * The input of `services.ReadOrganizationConfiguration` (GET /services/organization/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadOrganizationConfigurationInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganizationConfigurationInput extends Schema.Schema.Type<typeof ReadOrganizationConfigurationInput> {}

/**
 * The input of `services.ReadRegionsConfiguration` (GET /services/regions/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadRegionsConfigurationInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadRegionsConfigurationInput extends Schema.Schema.Type<typeof ReadRegionsConfigurationInput> {}

/**
 * The input of `services.ReadSecurityHubConfiguration` (GET /services/securityhub/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadSecurityHubConfigurationInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadSecurityHubConfigurationInput extends Schema.Schema.Type<typeof ReadSecurityHubConfigurationInput> {}

/**
 * The input of `services.ReadSsoConfiguration` (GET /services/sso/configuration).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadSsoConfigurationInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadSsoConfigurationInput extends Schema.Schema.Type<typeof ReadSsoConfigurationInput> {}

/**
 * The operations of `Services`, one per operation id.
 *
 * @since 0.2.0
 * @category Operations
 */
export const servicesOperations = {
  /**
   * `services.ConfigureAccount`: Update Account Configuration.
   *
   * - `PUT /20190206/services/account/configuration`: Updates the configuration of a Stax-managed Account in your Stax Organisation.
   */
  configureAccount: Operation.make({
    name: "Services.configureAccount",
    method: "PUT",
    path: "/services/account/configuration",
    input: ConfigureAccountInput,
    output: ServicesModels.ConfigureAccountEvent
  }),
  /**
   * `services.ConfigureGuardDuty`: Update GuardDuty Configuration.
   *
   * - `PUT /20190206/services/guardduty/configuration`: Updates the configuration of Stax-managed GuardDuty in your Stax Organisation.
   */
  configureGuardDuty: Operation.make({
    name: "Services.configureGuardDuty",
    method: "PUT",
    path: "/services/guardduty/configuration",
    input: ConfigureGuardDutyInput,
    output: ServicesModels.ConfigureGuardDutyEvent
  }),
  /**
   * `services.ConfigureGuardrails`: Update Guardrails Configuration.
   *
   * - `PUT /20190206/services/guardrails/configuration`: Updates guardrails configurations for the Stax Organisation.
   */
  configureGuardrails: Operation.make({
    name: "Services.configureGuardrails",
    method: "PUT",
    path: "/services/guardrails/configuration",
    input: ConfigureGuardrailsInput,
    output: ServicesModels.ConfigureGuardrailsEvent
  }),
  /**
   * `services.ConfigureOrganization`: Update Organisation Service Configuration.
   *
   * - `PUT /20190206/services/organization/configuration`
   */
  configureOrganization: Operation.make({
    name: "Services.configureOrganization",
    method: "PUT",
    path: "/services/organization/configuration",
    input: ConfigureOrganizationInput,
    output: ServicesModels.ConfigureOrganizationEvent
  }),
  /**
   * `services.ConfigureRegions`: Update Regions Configuration.
   *
   * - `PUT /20190206/services/regions/configuration`: Updates the configuration of Stax-managed Regions in your Stax Organisation.
   */
  configureRegions: Operation.make({
    name: "Services.configureRegions",
    method: "PUT",
    path: "/services/regions/configuration",
    input: ConfigureRegionsInput,
    output: ServicesModels.ConfigureRegionsEvent
  }),
  /**
   * `services.ConfigureSecurityHub`: Update Security Hub Configuration.
   *
   * - `PUT /20190206/services/securityhub/configuration`: Updates the configuration of Stax-managed Security Hub in your Stax Organisation.
   */
  configureSecurityHub: Operation.make({
    name: "Services.configureSecurityHub",
    method: "PUT",
    path: "/services/securityhub/configuration",
    input: ConfigureSecurityHubInput,
    output: ServicesModels.ConfigureSecurityHubEvent
  }),
  /**
   * `services.ReadAccountConfiguration`: Fetch Account Configuration.
   *
   * - `GET /20190206/services/account/configuration`: Returns the Stax-managed Account configuration for your Stax Organisation.
   */
  readAccountConfiguration: Operation.make({
    name: "Services.readAccountConfiguration",
    method: "GET",
    path: "/services/account/configuration",
    input: ReadAccountConfigurationInput,
    output: ServicesModels.ReadAccountConfiguration
  }),
  /**
   * `services.ReadConfigurations`: Fetch Service Configuration.
   *
   * - `GET /20190206/services/configuration`: Returns a list of Foundation Services configured in your Stax Organisation. Specify service name (e.g., SECURITYHUB, GUARDDUTY) to get service-specific configuration.
   */
  readConfigurations: Operation.make({
    name: "Services.readConfigurations",
    method: "GET",
    path: "/services/configuration",
    input: ReadConfigurationsInput,
    output: ServicesModels.ReadConfigurations
  }),
  /**
   * `services.ReadGuardDutyConfiguration`: Fetch GuardDuty Configuration.
   *
   * - `GET /20190206/services/guardduty/configuration`: Returns the Stax-managed GuardDuty configuration for your Stax Organisation.
   */
  readGuardDutyConfiguration: Operation.make({
    name: "Services.readGuardDutyConfiguration",
    method: "GET",
    path: "/services/guardduty/configuration",
    input: ReadGuardDutyConfigurationInput,
    output: ServicesModels.ReadGuardDutyConfiguration
  }),
  /**
   * `services.ReadGuardrailsConfiguration`: Read Guardrails Configuration.
   *
   * - `GET /20190206/services/guardrails/configuration`: Returns the guardrails configuration for the Stax Organisation.
   */
  readGuardrailsConfiguration: Operation.make({
    name: "Services.readGuardrailsConfiguration",
    method: "GET",
    path: "/services/guardrails/configuration",
    input: ReadGuardrailsConfigurationInput,
    output: ServicesModels.ReadGuardrailsConfiguration
  }),
  /**
   * `services.ReadOrganizationConfiguration`: Read Organisation Service Configuration.
   *
   * - `GET /20190206/services/organization/configuration`
   */
  readOrganizationConfiguration: Operation.make({
    name: "Services.readOrganizationConfiguration",
    method: "GET",
    path: "/services/organization/configuration",
    input: ReadOrganizationConfigurationInput,
    output: ServicesModels.ReadOrganizationConfiguration
  }),
  /**
   * `services.ReadRegionsConfiguration`: Fetch Regions Configuration.
   *
   * - `GET /20190206/services/regions/configuration`: Returns the Stax-managed Regions configuration for your Stax Organisation.
   */
  readRegionsConfiguration: Operation.make({
    name: "Services.readRegionsConfiguration",
    method: "GET",
    path: "/services/regions/configuration",
    input: ReadRegionsConfigurationInput,
    output: ServicesModels.ReadRegionsConfiguration
  }),
  /**
   * `services.ReadSecurityHubConfiguration`: Fetch Security Hub Configuration.
   *
   * - `GET /20190206/services/securityhub/configuration`: Returns the Stax-managed Security Hub configuration for your Stax Organisation.
   */
  readSecurityHubConfiguration: Operation.make({
    name: "Services.readSecurityHubConfiguration",
    method: "GET",
    path: "/services/securityhub/configuration",
    input: ReadSecurityHubConfigurationInput,
    output: ServicesModels.ReadSecurityHubConfiguration
  }),
  /**
   * `services.ReadSsoConfiguration`: Read SSO Configuration.
   *
   * - `GET /20190206/services/sso/configuration`: Returns the SSO configuration for the Stax Organisation.
   */
  readSsoConfiguration: Operation.make({
    name: "Services.readSsoConfiguration",
    method: "GET",
    path: "/services/sso/configuration",
    input: ReadSsoConfigurationInput,
    output: ServicesModels.ReadSsoConfiguration
  })
}

/** The service's methods: one entry per operation. */
const servicesTable = {
  /** Update Account Configuration (`services.ConfigureAccount`); the result's `taskId` names its task. */
  configureAccount: Service.call(servicesOperations.configureAccount, { result: withTaskId([["TaskId"]]) }),
  /** Update GuardDuty Configuration (`services.ConfigureGuardDuty`); the result's `taskId` names its task. */
  configureGuardDuty: Service.call(servicesOperations.configureGuardDuty, { result: withTaskId([["TaskId"]]) }),
  /** Update Guardrails Configuration (`services.ConfigureGuardrails`); the result's `taskId` names its task. */
  configureGuardrails: Service.call(servicesOperations.configureGuardrails, { result: withTaskId([["TaskId"]]) }),
  /** Update Organisation Service Configuration (`services.ConfigureOrganization`); the result's `taskId` names its task. */
  configureOrganization: Service.call(servicesOperations.configureOrganization, { result: withTaskId([["TaskId"]]) }),
  /** Update Regions Configuration (`services.ConfigureRegions`); the result's `taskId` names its task. */
  configureRegions: Service.call(servicesOperations.configureRegions, { result: withTaskId([["TaskId"]]) }),
  /** Update Security Hub Configuration (`services.ConfigureSecurityHub`); the result's `taskId` names its task. */
  configureSecurityHub: Service.call(servicesOperations.configureSecurityHub, { result: withTaskId([["TaskId"]]) }),
  /** Fetch Account Configuration (`services.ReadAccountConfiguration`). */
  readAccountConfiguration: Service.call(servicesOperations.readAccountConfiguration, { input: "optional" }),
  /** Fetch Service Configuration (`services.ReadConfigurations`). */
  readConfigurations: Service.call(servicesOperations.readConfigurations, { input: "optional" }),
  /** Fetch GuardDuty Configuration (`services.ReadGuardDutyConfiguration`). */
  readGuardDutyConfiguration: Service.call(servicesOperations.readGuardDutyConfiguration, { input: "optional" }),
  /** Read Guardrails Configuration (`services.ReadGuardrailsConfiguration`). */
  readGuardrailsConfiguration: Service.call(servicesOperations.readGuardrailsConfiguration, { input: "optional" }),
  /** Read Organisation Service Configuration (`services.ReadOrganizationConfiguration`). */
  readOrganizationConfiguration: Service.call(servicesOperations.readOrganizationConfiguration, { input: "optional" }),
  /** Fetch Regions Configuration (`services.ReadRegionsConfiguration`). */
  readRegionsConfiguration: Service.call(servicesOperations.readRegionsConfiguration, { input: "optional" }),
  /** Fetch Security Hub Configuration (`services.ReadSecurityHubConfiguration`). */
  readSecurityHubConfiguration: Service.call(servicesOperations.readSecurityHubConfiguration, { input: "optional" }),
  /** Read SSO Configuration (`services.ReadSsoConfiguration`). */
  readSsoConfiguration: Service.call(servicesOperations.readSsoConfiguration, { input: "optional" })
}

/**
 * The Services methods: one per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface ServicesService extends Service.ShapeOf<typeof servicesTable> {}

/**
 * The `Services` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Services extends Service.Tag("stax-effect/cloud/Services")<Services, ServicesService>()(servicesTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<ServicesService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(servicesTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Services, never, StaxCloudClient> = Layer.effect(Services, Services.make)
}
