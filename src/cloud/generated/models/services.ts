/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `services.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { DateTime, openEnum, optional } from "../../schema/fields.js"
import * as CommonModels from "./common.js"

/**
 * Component `services.ConfigureAccount`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureAccount = Schema.Struct({
  Configuration: CommonModels.AccountConfiguration
}).annotations({ identifier: "services.ConfigureAccount" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureAccount extends Schema.Schema.Type<typeof ConfigureAccount> {}

/**
 * `services.ConfigureAccountEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureAccountEventDetail = Schema.Struct({
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureAccountEventDetail extends Schema.Schema.Type<typeof ConfigureAccountEventDetail> {}

/**
 * Component `services.ConfigureAccountEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureAccountEvent = Schema.Struct({
  Detail: ConfigureAccountEventDetail,
  DetailType: Schema.String,
  TaskId: CommonModels.RoUuidv4,
  TraceId: Schema.String
}).annotations({ identifier: "services.ConfigureAccountEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureAccountEvent extends Schema.Schema.Type<typeof ConfigureAccountEvent> {}

/**
 * Component `services.ConfigureGuardDuty`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureGuardDuty = Schema.Struct({
  Configuration: CommonModels.GuardDutyConfiguration,
  /** Boolean to indicate whether to enable/disable GuardDuty service. */
  Enabled: Schema.Boolean
}).annotations({ identifier: "services.ConfigureGuardDuty" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureGuardDuty extends Schema.Schema.Type<typeof ConfigureGuardDuty> {}

/**
 * `services.ConfigureGuardDutyEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureGuardDutyEventDetail = Schema.Struct({
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureGuardDutyEventDetail extends Schema.Schema.Type<typeof ConfigureGuardDutyEventDetail> {}

/**
 * Component `services.ConfigureGuardDutyEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureGuardDutyEvent = Schema.Struct({
  Detail: ConfigureGuardDutyEventDetail,
  DetailType: Schema.String,
  TaskId: CommonModels.RoUuidv4,
  TraceId: Schema.String
}).annotations({ identifier: "services.ConfigureGuardDutyEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureGuardDutyEvent extends Schema.Schema.Type<typeof ConfigureGuardDutyEvent> {}

/**
 * Component `services.ConfigureGuardrails`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureGuardrails = Schema.Struct({
  Configuration: CommonModels.GuardrailsConfiguration
}).annotations({ identifier: "services.ConfigureGuardrails" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureGuardrails extends Schema.Schema.Type<typeof ConfigureGuardrails> {}

/**
 * `services.ConfigureGuardrailsEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureGuardrailsEventDetail = Schema.Struct({
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureGuardrailsEventDetail extends Schema.Schema.Type<typeof ConfigureGuardrailsEventDetail> {}

/**
 * Component `services.ConfigureGuardrailsEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureGuardrailsEvent = Schema.Struct({
  Detail: ConfigureGuardrailsEventDetail,
  DetailType: Schema.String,
  TaskId: CommonModels.RoUuidv4,
  TraceId: Schema.String
}).annotations({ identifier: "services.ConfigureGuardrailsEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureGuardrailsEvent extends Schema.Schema.Type<typeof ConfigureGuardrailsEvent> {}

/**
 * Component `services.ConfigureOrganization`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureOrganization = Schema.Struct({
  Configuration: CommonModels.OrganizationConfiguration
}).annotations({ identifier: "services.ConfigureOrganization" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureOrganization extends Schema.Schema.Type<typeof ConfigureOrganization> {}

/**
 * `services.ConfigureOrganizationEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureOrganizationEventDetail = Schema.Struct({
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureOrganizationEventDetail extends Schema.Schema.Type<typeof ConfigureOrganizationEventDetail> {}

/**
 * Component `services.ConfigureOrganizationEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureOrganizationEvent = Schema.Struct({
  Detail: ConfigureOrganizationEventDetail,
  DetailType: Schema.String,
  TaskId: CommonModels.RoUuidv4,
  TraceId: Schema.String
}).annotations({ identifier: "services.ConfigureOrganizationEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureOrganizationEvent extends Schema.Schema.Type<typeof ConfigureOrganizationEvent> {}

/**
 * Component `services.ConfigureRegions`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureRegions = Schema.Struct({
  Configuration: CommonModels.RegionsConfiguration
}).annotations({ identifier: "services.ConfigureRegions" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureRegions extends Schema.Schema.Type<typeof ConfigureRegions> {}

/**
 * `services.ConfigureRegionsEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureRegionsEventDetail = Schema.Struct({
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureRegionsEventDetail extends Schema.Schema.Type<typeof ConfigureRegionsEventDetail> {}

/**
 * Component `services.ConfigureRegionsEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureRegionsEvent = Schema.Struct({
  Detail: ConfigureRegionsEventDetail,
  DetailType: Schema.String,
  TaskId: CommonModels.RoUuidv4,
  TraceId: Schema.String
}).annotations({ identifier: "services.ConfigureRegionsEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureRegionsEvent extends Schema.Schema.Type<typeof ConfigureRegionsEvent> {}

/**
 * Component `services.ConfigureSecurityHub`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureSecurityHub = Schema.Struct({
  Configuration: CommonModels.SecurityHubConfiguration,
  /** Boolean to indicate whether to enable/disable securityhub service. */
  Enabled: Schema.Boolean
}).annotations({ identifier: "services.ConfigureSecurityHub" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureSecurityHub extends Schema.Schema.Type<typeof ConfigureSecurityHub> {}

/**
 * `services.ConfigureSecurityHubEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureSecurityHubEventDetail = Schema.Struct({
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureSecurityHubEventDetail extends Schema.Schema.Type<typeof ConfigureSecurityHubEventDetail> {}

/**
 * Component `services.ConfigureSecurityHubEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ConfigureSecurityHubEvent = Schema.Struct({
  Detail: ConfigureSecurityHubEventDetail,
  DetailType: Schema.String,
  TaskId: CommonModels.RoUuidv4,
  TraceId: Schema.String
}).annotations({ identifier: "services.ConfigureSecurityHubEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ConfigureSecurityHubEvent extends Schema.Schema.Type<typeof ConfigureSecurityHubEvent> {}

/**
 * Component `services.ReadAccountConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadAccountConfiguration = Schema.Struct({
  CreatedBy: optional(CommonModels.NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Set to True if enabling an organisation service like guardduty. */
  Enabled: Schema.Boolean,
  /** The exclusions for the service configuration */
  Exclusions: optional(Schema.Array(Schema.String)),
  Id: CommonModels.RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  OrganisationId: CommonModels.RoUuidv4,
  /** The service to configure */
  Service: openEnum("SECURITYHUB", "GUARDDUTY", "REGIONS", "ACCOUNT", "GUARDRAILS", "ORGANIZATION", "SSO"),
  /** The status of the service configuration */
  Status: openEnum("ACTIVE", "INACTIVE", "CONFIGURING", "ERROR"),
  UserTaskId: optional(CommonModels.NullableUuidv4),
  Configuration: CommonModels.AccountConfiguration
}).annotations({ identifier: "services.ReadAccountConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadAccountConfiguration extends Schema.Schema.Type<typeof ReadAccountConfiguration> {}

/**
 * Component `services.ReadConfigurations`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadConfigurations = Schema.Struct({
  ServiceConfigurations: Schema.Array(Schema.Struct({
    CreatedBy: optional(CommonModels.NullableUuidv4),
    /** Created timestamp. */
    CreatedTS: optional(DateTime),
    /** Set to True if enabling an organisation service like guardduty. */
    Enabled: Schema.Boolean,
    /** The exclusions for the service configuration */
    Exclusions: optional(Schema.Array(Schema.String)),
    Id: CommonModels.RoUuidv4,
    /** Modified timestamp. */
    ModifiedTS: optional(DateTime),
    OrganisationId: CommonModels.RoUuidv4,
    /** The service to configure */
    Service: openEnum("SECURITYHUB", "GUARDDUTY", "REGIONS", "ACCOUNT", "GUARDRAILS", "ORGANIZATION", "SSO"),
    /** The status of the service configuration */
    Status: openEnum("ACTIVE", "INACTIVE", "CONFIGURING", "ERROR"),
    UserTaskId: optional(CommonModels.NullableUuidv4),
    Configuration: optional(Schema.Union(
      CommonModels.Null,
      CommonModels.AccountConfiguration,
      CommonModels.SecurityHubConfiguration,
      CommonModels.GuardDutyConfiguration,
      CommonModels.RegionsConfiguration,
      CommonModels.GuardrailsConfiguration,
      CommonModels.OrganizationConfiguration,
      CommonModels.SsoConfiguration
    ))
  }))
}).annotations({ identifier: "services.ReadConfigurations" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadConfigurations extends Schema.Schema.Type<typeof ReadConfigurations> {}

/**
 * Component `services.ReadGuardDutyConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadGuardDutyConfiguration = Schema.Struct({
  CreatedBy: optional(CommonModels.NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Set to True if enabling an organisation service like guardduty. */
  Enabled: Schema.Boolean,
  /** The exclusions for the service configuration */
  Exclusions: optional(Schema.Array(Schema.String)),
  Id: CommonModels.RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  OrganisationId: CommonModels.RoUuidv4,
  /** The service to configure */
  Service: openEnum("SECURITYHUB", "GUARDDUTY", "REGIONS", "ACCOUNT", "GUARDRAILS", "ORGANIZATION", "SSO"),
  /** The status of the service configuration */
  Status: openEnum("ACTIVE", "INACTIVE", "CONFIGURING", "ERROR"),
  UserTaskId: optional(CommonModels.NullableUuidv4),
  Configuration: CommonModels.GuardDutyConfiguration
}).annotations({ identifier: "services.ReadGuardDutyConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadGuardDutyConfiguration extends Schema.Schema.Type<typeof ReadGuardDutyConfiguration> {}

/**
 * Component `services.ReadGuardrailsConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadGuardrailsConfiguration = Schema.Struct({
  CreatedBy: optional(CommonModels.NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Set to True if enabling an organisation service like guardduty. */
  Enabled: Schema.Boolean,
  /** The exclusions for the service configuration */
  Exclusions: optional(Schema.Array(Schema.String)),
  Id: CommonModels.RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  OrganisationId: CommonModels.RoUuidv4,
  /** The service to configure */
  Service: openEnum("SECURITYHUB", "GUARDDUTY", "REGIONS", "ACCOUNT", "GUARDRAILS", "ORGANIZATION", "SSO"),
  /** The status of the service configuration */
  Status: openEnum("ACTIVE", "INACTIVE", "CONFIGURING", "ERROR"),
  UserTaskId: optional(CommonModels.NullableUuidv4),
  Configuration: CommonModels.GuardrailsConfiguration
}).annotations({ identifier: "services.ReadGuardrailsConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadGuardrailsConfiguration extends Schema.Schema.Type<typeof ReadGuardrailsConfiguration> {}

/**
 * Component `services.ReadOrganizationConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadOrganizationConfiguration = Schema.Struct({
  CreatedBy: optional(CommonModels.NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Set to True if enabling an organisation service like guardduty. */
  Enabled: Schema.Boolean,
  /** The exclusions for the service configuration */
  Exclusions: optional(Schema.Array(Schema.String)),
  Id: CommonModels.RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  OrganisationId: CommonModels.RoUuidv4,
  /** The service to configure */
  Service: openEnum("SECURITYHUB", "GUARDDUTY", "REGIONS", "ACCOUNT", "GUARDRAILS", "ORGANIZATION", "SSO"),
  /** The status of the service configuration */
  Status: openEnum("ACTIVE", "INACTIVE", "CONFIGURING", "ERROR"),
  UserTaskId: optional(CommonModels.NullableUuidv4),
  Configuration: CommonModels.OrganizationConfiguration
}).annotations({ identifier: "services.ReadOrganizationConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganizationConfiguration extends Schema.Schema.Type<typeof ReadOrganizationConfiguration> {}

/**
 * Component `services.ReadRegionsConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadRegionsConfiguration = Schema.Struct({
  CreatedBy: optional(CommonModels.NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Set to True if enabling an organisation service like guardduty. */
  Enabled: Schema.Boolean,
  /** The exclusions for the service configuration */
  Exclusions: optional(Schema.Array(Schema.String)),
  Id: CommonModels.RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  OrganisationId: CommonModels.RoUuidv4,
  /** The service to configure */
  Service: openEnum("SECURITYHUB", "GUARDDUTY", "REGIONS", "ACCOUNT", "GUARDRAILS", "ORGANIZATION", "SSO"),
  /** The status of the service configuration */
  Status: openEnum("ACTIVE", "INACTIVE", "CONFIGURING", "ERROR"),
  UserTaskId: optional(CommonModels.NullableUuidv4),
  Configuration: CommonModels.RegionsConfiguration
}).annotations({ identifier: "services.ReadRegionsConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadRegionsConfiguration extends Schema.Schema.Type<typeof ReadRegionsConfiguration> {}

/**
 * Component `services.ReadSecurityHubConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadSecurityHubConfiguration = Schema.Struct({
  CreatedBy: optional(CommonModels.NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Set to True if enabling an organisation service like guardduty. */
  Enabled: Schema.Boolean,
  /** The exclusions for the service configuration */
  Exclusions: optional(Schema.Array(Schema.String)),
  Id: CommonModels.RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  OrganisationId: CommonModels.RoUuidv4,
  /** The service to configure */
  Service: openEnum("SECURITYHUB", "GUARDDUTY", "REGIONS", "ACCOUNT", "GUARDRAILS", "ORGANIZATION", "SSO"),
  /** The status of the service configuration */
  Status: openEnum("ACTIVE", "INACTIVE", "CONFIGURING", "ERROR"),
  UserTaskId: optional(CommonModels.NullableUuidv4),
  Configuration: CommonModels.SecurityHubConfiguration
}).annotations({ identifier: "services.ReadSecurityHubConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadSecurityHubConfiguration extends Schema.Schema.Type<typeof ReadSecurityHubConfiguration> {}

/**
 * Component `services.ReadSsoConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadSsoConfiguration = Schema.Struct({
  CreatedBy: optional(CommonModels.NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Set to True if enabling an organisation service like guardduty. */
  Enabled: Schema.Boolean,
  /** The exclusions for the service configuration */
  Exclusions: optional(Schema.Array(Schema.String)),
  Id: CommonModels.RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  OrganisationId: CommonModels.RoUuidv4,
  /** The service to configure */
  Service: openEnum("SECURITYHUB", "GUARDDUTY", "REGIONS", "ACCOUNT", "GUARDRAILS", "ORGANIZATION", "SSO"),
  /** The status of the service configuration */
  Status: openEnum("ACTIVE", "INACTIVE", "CONFIGURING", "ERROR"),
  UserTaskId: optional(CommonModels.NullableUuidv4),
  Configuration: CommonModels.SsoConfiguration
}).annotations({ identifier: "services.ReadSsoConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadSsoConfiguration extends Schema.Schema.Type<typeof ReadSsoConfiguration> {}
