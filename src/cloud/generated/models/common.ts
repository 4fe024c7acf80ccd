/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document without a class prefix (`Account`, `Pagination`, `uuidv4`, ...). Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { DateTime, openEnum, optional, pattern, requireOneOf, strictEnum } from "../../schema/fields.js"

/**
 * Component `GitHash`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GitHash = Schema.String

/**
 * @since 0.2.0
 * @category Models
 */
export type GitHash = typeof GitHash.Type

/**
 * Component `StaxTags`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const StaxTags = Schema.Record({ key: Schema.String, value: Schema.String }).annotations({ identifier: "StaxTags" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface StaxTags extends Schema.Schema.Type<typeof StaxTags> {}

/**
 * `StaxTags` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const StaxTagsInput = Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(256), pattern("^[a-zA-Z0-9+\\-=._:/@ ]*$")) }))

/**
 * @since 0.2.0
 * @category Models
 */
export type StaxTagsInput = typeof StaxTagsInput.Type

/**
 * Component `nullable-uuidv4`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const NullableUuidv4 = Schema.String

/**
 * @since 0.2.0
 * @category Models
 */
export type NullableUuidv4 = typeof NullableUuidv4.Type

/**
 * `nullable-uuidv4` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const NullableUuidv4Input = Schema.NullOr(Schema.String.pipe(pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")))

/**
 * @since 0.2.0
 * @category Models
 */
export type NullableUuidv4Input = typeof NullableUuidv4Input.Type

/**
 * Component `ro-uuidv4`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const RoUuidv4 = Schema.String

/**
 * @since 0.2.0
 * @category Models
 */
export type RoUuidv4 = typeof RoUuidv4.Type

/**
 * Component `uuidv4`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Uuidv4 = Schema.String

/**
 * @since 0.2.0
 * @category Models
 */
export type Uuidv4 = typeof Uuidv4.Type

/**
 * `uuidv4` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Uuidv4Input = Schema.String.pipe(pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))

/**
 * @since 0.2.0
 * @category Models
 */
export type Uuidv4Input = typeof Uuidv4Input.Type

/**
 * `Account.AWSLoginURLs`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountAWSLoginURLs = Schema.Struct({
  admin: optional(Schema.String),
  developer: optional(Schema.String),
  readonly: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface AccountAWSLoginURLs extends Schema.Schema.Type<typeof AccountAWSLoginURLs> {}

/**
 * The role of the account in the org
 *
 * (`Account.AccountRole`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountAccountRole = openEnum("MEMBER", "MANAGEMENT", "MANAGEMENT_RESELL", "SECURITY", "LOGGING")

/**
 * @since 0.2.0
 * @category Models
 */
export type AccountAccountRole = typeof AccountAccountRole.Type

/**
 * Hardening state of the Account.
 *
 * (`Account.AssuranceState`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountAssuranceState = openEnum("NONE", "UPDATING", "ACTIVE", "ERROR")

/**
 * @since 0.2.0
 * @category Models
 */
export type AccountAssuranceState = typeof AccountAssuranceState.Type

/**
 * Origin of the Account.
 *
 * (`Account.Origin`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountOrigin = openEnum("STAX", "EXTERNAL")

/**
 * @since 0.2.0
 * @category Models
 */
export type AccountOrigin = typeof AccountOrigin.Type

/**
 * Status of the Account.
 *
 * (`Account.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountStatus = openEnum(
  "ACTIVE",
  "AWSERROR",
  "CLOSED",
  "DISCOVERED",
  "ERROR",
  "INITIALIZING",
  "MAINTENANCE",
  "NEW",
  "NOAWS",
  "SUSPENDED",
  "OFFBOARDED",
  "ONBOARDING",
  "INACTIVE"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type AccountStatus = typeof AccountStatus.Type

/**
 * Component `Account`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Account = Schema.Struct({
  AWSLoginURLs: optional(AccountAWSLoginURLs),
  /** The role of the account in the org */
  AccountRole: optional(AccountAccountRole),
  AccountType: optional(Schema.String),
  /** Allocated timestamp. */
  AllocatedTS: optional(DateTime),
  /** Hardening state of the Account. */
  AssuranceState: optional(AccountAssuranceState),
  /** Descriptive reason for the current AssuranceState. */
  AssuranceStateReason: optional(Schema.String),
  /** The IAM alias for the account */
  AwsAccountAlias: optional(Schema.String),
  /** The Canonical User ID of the account */
  AwsAccountCanonicalUserId: optional(Schema.String),
  /** AWS Account Id. */
  AwsAccountId: optional(Schema.String),
  /** The AWS name for the account */
  AwsAccountName: optional(Schema.String),
  AwsAccountStatusId: optional(Schema.String),
  AwsLoginURL: optional(Schema.String),
  /** UUID of the account creator. */
  CreatedBy: optional(Schema.String),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Email address of account owner. */
  Email: optional(Schema.String),
  FactoryVersion: optional(GitHash),
  Id: RoUuidv4,
  /** Estimated cost to-date for the current billing period. */
  LatestCost: optional(Schema.Number),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  Name: Schema.String,
  OrganisationId: Uuidv4,
  OrganisationalUnitId: optional(NullableUuidv4),
  OrgsOuId: optional(Schema.String),
  /** Origin of the Account. */
  Origin: optional(AccountOrigin),
  /** Status of the Account. */
  Status: optional(AccountStatus),
  StaxCreated: optional(Schema.Boolean),
  Tags: optional(StaxTags),
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "Account" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Account extends Schema.Schema.Type<typeof Account> {}

/**
 * Specifies which alternate contact you want to create or update.
 *
 * (`AlternateContact.AlternateContactType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AlternateContactAlternateContactType = openEnum("BILLING", "OPERATIONS", "SECURITY")

/**
 * @since 0.2.0
 * @category Models
 */
export type AlternateContactAlternateContactType = typeof AlternateContactAlternateContactType.Type

/**
 * Component `AlternateContact`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AlternateContact = Schema.Struct({
  /** Specifies which alternate contact you want to create or update. */
  AlternateContactType: AlternateContactAlternateContactType,
  /** Specifies an email address for the alternate contact. */
  EmailAddress: Schema.String,
  /** Specifies a name for the alternate contact. */
  Name: Schema.String,
  /** Specifies a phone number for the alternate contact. */
  PhoneNumber: Schema.String,
  /** Specifies a title for the alternate contact. */
  Title: Schema.String
}).annotations({ identifier: "AlternateContact" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface AlternateContact extends Schema.Schema.Type<typeof AlternateContact> {}

/**
 * `AlternateContact` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AlternateContactInput = Schema.Struct({
  /** Specifies which alternate contact you want to create or update. */
  AlternateContactType: strictEnum("BILLING", "OPERATIONS", "SECURITY"),
  /** Specifies an email address for the alternate contact. */
  EmailAddress: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(254), pattern("^[\\s]*[\\w+=.#|!&-]+@[\\w.-]+\\.[\\w]+[\\s]*$")),
  /** Specifies a name for the alternate contact. */
  Name: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(64)),
  /** Specifies a phone number for the alternate contact. */
  PhoneNumber: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(25), pattern("^[\\s0-9()+-]+$")),
  /** Specifies a title for the alternate contact. */
  Title: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(50))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface AlternateContactInput extends Schema.Schema.Type<typeof AlternateContactInput> {}

/**
 * `AccountConfiguration.EC2`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountConfigurationEC2 = Schema.Struct({
  /** EBS volumes are automatically encrypted using the default KMS key */
  EBSEncryptionByDefault: optional(Schema.Boolean),
  /** Blocks public sharing for AMIs */
  ImageBlockPublicAccess: optional(Schema.Boolean),
  /** Requires IMDSv2 for instances */
  InstanceRequireIMDSv2: optional(Schema.Boolean),
  /** Blocks public sharing for snapshots */
  SnapshotBlockPublicAccess: optional(Schema.Boolean)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface AccountConfigurationEC2 extends Schema.Schema.Type<typeof AccountConfigurationEC2> {}

/**
 * `AccountConfiguration.S3`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountConfigurationS3 = Schema.Struct({
  /** Blocks S3 objects having public access */
  BlockPublicAccess: optional(Schema.Boolean)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface AccountConfigurationS3 extends Schema.Schema.Type<typeof AccountConfigurationS3> {}

/**
 * `AccountConfiguration.SSM`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountConfigurationSSM = Schema.Struct({
  /** Blocks SSM Document public sharing */
  DocumentBlockPublicSharing: optional(Schema.Boolean)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface AccountConfigurationSSM extends Schema.Schema.Type<typeof AccountConfigurationSSM> {}

/**
 * Component `AccountConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountConfiguration = Schema.Struct({
  AlternateContacts: optional(Schema.Array(AlternateContact)),
  EC2: optional(AccountConfigurationEC2),
  S3: optional(AccountConfigurationS3),
  SSM: optional(AccountConfigurationSSM)
}).annotations({ identifier: "AccountConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface AccountConfiguration extends Schema.Schema.Type<typeof AccountConfiguration> {}

/**
 * `AccountConfiguration` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountConfigurationInput = Schema.Struct({
  AlternateContacts: optional(Schema.Array(AlternateContactInput).pipe(Schema.minItems(1), Schema.maxItems(3))),
  EC2: optional(Schema.Struct({
    /** EBS volumes are automatically encrypted using the default KMS key */
    EBSEncryptionByDefault: optional(Schema.Boolean),
    /** Blocks public sharing for AMIs */
    ImageBlockPublicAccess: optional(Schema.Boolean),
    /** Requires IMDSv2 for instances */
    InstanceRequireIMDSv2: optional(Schema.Boolean),
    /** Blocks public sharing for snapshots */
    SnapshotBlockPublicAccess: optional(Schema.Boolean)
  })),
  S3: optional(Schema.Struct({
    /** Blocks S3 objects having public access */
    BlockPublicAccess: optional(Schema.Boolean)
  })),
  SSM: optional(Schema.Struct({
    /** Blocks SSM Document public sharing */
    DocumentBlockPublicSharing: optional(Schema.Boolean)
  }))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface AccountConfigurationInput extends Schema.Schema.Type<typeof AccountConfigurationInput> {}

/**
 * `AccountType.Status`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountTypeStatus = openEnum("ACTIVE", "DELETED")

/**
 * @since 0.2.0
 * @category Models
 */
export type AccountTypeStatus = typeof AccountTypeStatus.Type

/**
 * Component `AccountType`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountType = Schema.Struct({
  Accounts: Schema.Array(RoUuidv4),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of Account Type. */
  Name: Schema.String,
  OrganisationId: RoUuidv4,
  Policies: Schema.Array(RoUuidv4),
  Roles: Schema.Array(Schema.Struct({
    GroupId: RoUuidv4,
    RoleName: Schema.String
  })),
  Status: AccountTypeStatus,
  StaxCreated: optional(Schema.Boolean)
}).annotations({ identifier: "AccountType" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface AccountType extends Schema.Schema.Type<typeof AccountType> {}

/**
 * AWS access roles enabled for an account type.
 *
 * (`AccountTypeAccessMap.RoleName`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountTypeAccessMapRoleName = openEnum("admin", "developer", "readonly")

/**
 * @since 0.2.0
 * @category Models
 */
export type AccountTypeAccessMapRoleName = typeof AccountTypeAccessMapRoleName.Type

/**
 * Component `AccountTypeAccessMap`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountTypeAccessMap = Schema.Struct({
  AccountTypeId: optional(Uuidv4),
  AccountTypeName: optional(Schema.String),
  GroupId: optional(Uuidv4),
  GroupName: optional(Schema.String),
  /** AWS access roles enabled for an account type. */
  RoleName: optional(AccountTypeAccessMapRoleName)
}).annotations({ identifier: "AccountTypeAccessMap" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface AccountTypeAccessMap extends Schema.Schema.Type<typeof AccountTypeAccessMap> {}

/**
 * `AccountTypeAccessMap` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountTypeAccessMapInput = Schema.Struct({
  AccountTypeId: optional(Uuidv4Input),
  AccountTypeName: optional(Schema.String),
  GroupId: optional(Uuidv4Input),
  GroupName: optional(Schema.String),
  /** AWS access roles enabled for an account type. */
  RoleName: optional(strictEnum("admin", "developer", "readonly"))
}).pipe(requireOneOf([["AccountTypeId", "GroupId", "RoleName"], ["AccountTypeName", "GroupId", "RoleName"], ["AccountTypeId", "GroupName", "RoleName"], ["AccountTypeName", "GroupName", "RoleName"]], "AccountTypeId + GroupId + RoleName | AccountTypeName + GroupId + RoleName | AccountTypeId + GroupName + RoleName | AccountTypeName + GroupName + RoleName"))

/**
 * @since 0.2.0
 * @category Models
 */
export type AccountTypeAccessMapInput = typeof AccountTypeAccessMapInput.Type

/**
 * Component `AccountTypeMemberMap`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountTypeMemberMap = Schema.Struct({
  AccountId: optional(Uuidv4),
  AccountTypeId: optional(Uuidv4),
  AccountTypeName: optional(Schema.String)
}).annotations({ identifier: "AccountTypeMemberMap" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface AccountTypeMemberMap extends Schema.Schema.Type<typeof AccountTypeMemberMap> {}

/**
 * `AccountTypeMemberMap` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountTypeMemberMapInput = Schema.Struct({
  AccountId: optional(Uuidv4Input),
  AccountTypeId: optional(Uuidv4Input),
  AccountTypeName: optional(Schema.String)
}).pipe(requireOneOf([["AccountTypeId", "AccountId"], ["AccountTypeName", "AccountId"]], "AccountTypeId + AccountId | AccountTypeName + AccountId"))

/**
 * @since 0.2.0
 * @category Models
 */
export type AccountTypeMemberMapInput = typeof AccountTypeMemberMapInput.Type

/**
 * Stax role assigned to an API Token.
 *
 * (Component `ApiRole`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ApiRole = openEnum("api_admin", "api_operations", "api_user", "api_readonly")

/**
 * @since 0.2.0
 * @category Models
 */
export type ApiRole = typeof ApiRole.Type

/**
 * `ApiRole` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ApiRoleInput = strictEnum("api_admin", "api_operations", "api_user", "api_readonly")

/**
 * @since 0.2.0
 * @category Models
 */
export type ApiRoleInput = typeof ApiRoleInput.Type

/**
 * The available default AWS Regions
 *
 * (Component `DefaultAwsRegion`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DefaultAwsRegion = openEnum(
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ca-central-1",
  "eu-central-1",
  "eu-north-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type DefaultAwsRegion = typeof DefaultAwsRegion.Type

/**
 * `DefaultAwsRegion` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DefaultAwsRegionInput = strictEnum(
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ca-central-1",
  "eu-central-1",
  "eu-north-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type DefaultAwsRegionInput = typeof DefaultAwsRegionInput.Type

/**
 * The disabled default AWS Regions
 *
 * (Component `DisabledAwsRegion`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DisabledAwsRegion = openEnum("ap-northeast-3")

/**
 * @since 0.2.0
 * @category Models
 */
export type DisabledAwsRegion = typeof DisabledAwsRegion.Type

/**
 * `DisabledAwsRegion` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DisabledAwsRegionInput = strictEnum("ap-northeast-3")

/**
 * @since 0.2.0
 * @category Models
 */
export type DisabledAwsRegionInput = typeof DisabledAwsRegionInput.Type

/**
 * The available opt-in AWS Regions
 *
 * (Component `OptInAwsRegion`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OptInAwsRegion = openEnum(
  "af-south-1",
  "ap-east-1",
  "ap-south-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "eu-central-2",
  "eu-south-1",
  "eu-south-2",
  "il-central-1",
  "me-central-1",
  "me-south-1"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type OptInAwsRegion = typeof OptInAwsRegion.Type

/**
 * `OptInAwsRegion` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OptInAwsRegionInput = strictEnum(
  "af-south-1",
  "ap-east-1",
  "ap-south-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "eu-central-2",
  "eu-south-1",
  "eu-south-2",
  "il-central-1",
  "me-central-1",
  "me-south-1"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type OptInAwsRegionInput = typeof OptInAwsRegionInput.Type

/**
 * Component `AwsRegion`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AwsRegion = Schema.Union(DefaultAwsRegion, OptInAwsRegion, DisabledAwsRegion)

/**
 * @since 0.2.0
 * @category Models
 */
export type AwsRegion = typeof AwsRegion.Type

/**
 * `AwsRegion` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AwsRegionInput = Schema.Union(DefaultAwsRegionInput, OptInAwsRegionInput, DisabledAwsRegionInput)

/**
 * @since 0.2.0
 * @category Models
 */
export type AwsRegionInput = typeof AwsRegionInput.Type

/**
 * Component `BaseEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const BaseEvent = Schema.Struct({
  DetailType: Schema.String
}).annotations({ identifier: "BaseEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface BaseEvent extends Schema.Schema.Type<typeof BaseEvent> {}

/**
 * Component `MessageEventDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const MessageEventDetail = Schema.Union(
  Schema.Struct({
    CustomerId: optional(Uuidv4),
    TaskId: optional(Uuidv4),
    TraceId: optional(Schema.String)
  }),
  Schema.String
)

/**
 * @since 0.2.0
 * @category Models
 */
export type MessageEventDetail = typeof MessageEventDetail.Type

/**
 * Component `Operation`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Operation = openEnum(
  "CREATE",
  "READ",
  "UPDATE",
  "DELETE",
  "accounts:CreateAccount",
  "accounts:CreateAccountType",
  "accounts:CloseAccount",
  "accounts:DiscoverAccount",
  "accounts:DiscoverAccounts",
  "accounts:DeleteAccountType",
  "accounts:OnboardAccount",
  "accounts:ReadAccountTypes",
  "accounts:ReadAccounts",
  "accounts:UpdateAccount",
  "accounts:UpdateAccountType",
  "accounts:UpdateAccountTypeAccess",
  "accounts:UpdateAccountTypeMembers",
  "insights:ReadInsights",
  "organisations:AttachPolicy",
  "organisations:DetachPolicy",
  "organisations:CreateOrganisationalUnit",
  "organisations:DeleteOrganisationalUnit",
  "organisations:ReadOrganisationalUnit",
  "organisations:UpdateOrganisationalUnit",
  "teams:CreateApiToken",
  "teams:CreateGroup",
  "teams:CreateUser",
  "teams:DeleteApiToken",
  "teams:DeleteGroup",
  "teams:DeleteUser",
  "teams:ReadApiTokens",
  "teams:ReadGroups",
  "teams:ReadUsers",
  "teams:UpdateApiToken",
  "teams:UpdateGroup",
  "teams:UpdateGroupMembers",
  "teams:UpdateUser",
  "teams:UpdateUserPassword",
  "workloads:CreateCatalogueItem",
  "workloads:CreateCatalogueVersion",
  "workloads:CreateWorkload",
  "workloads:DeleteCatalogueItem",
  "workloads:DeleteCatalogueVersion",
  "workloads:DeleteWorkload",
  "workloads:ReadWorkloadCatalogueItems",
  "workloads:ReadWorkloads",
  "workloads:UpdateWorkload",
  "networking:CreateHub",
  "networking:UpdateHub",
  "networking:DeleteHub",
  "networking:CreateVpc",
  "networking:UpdateVpc",
  "networking:DeleteVpc",
  "networking:CreateDnsResolver",
  "networking:UpdateDnsResolver",
  "networking:DeleteDnsResolver",
  "networking:CreateDnsRule",
  "networking:UpdateDnsRule",
  "networking:DeleteDnsRule",
  "networking:CreateDxResource",
  "networking:UpdateDxVif",
  "networking:DeleteDxVif",
  "networking:CreateDxAssociation",
  "networking:UpdateDxAssociation",
  "networking:DeleteDxGateway",
  "networking:DeleteDxAssociation",
  "networking:CreateVpnCustomerGateway",
  "networking:UpdateVpnCustomerGateway",
  "networking:DeleteVpnCustomerGateway",
  "networking:CreateVpnConnection",
  "networking:UpdateVpnConnection",
  "networking:DeleteVpnConnection",
  "networking:CreateHubPrefixList",
  "networking:CreateVpcPrefixList",
  "networking:UpdatePrefixList",
  "networking:UpdateHubPrefixListAssociation",
  "networking:UpdateVpcPrefixListAssociation",
  "networking:DeletePrefixList",
  "networking:CreateHubPeering",
  "networking:UpdateHubPeering",
  "networking:DeleteHubPeering",
  "account_assurance:CreateHardenAccount",
  "account_assurance:UpdateHardenAccount",
  "account_assurance:HardenAccount",
  "account_discovery:DiscoverAccounts",
  "aws_account:CreateAwsAccounts",
  "idam_account:IdamAccount",
  "idam_user:CreateIdamUser",
  "idam_user:UpdateIdamUser",
  "idam_workload:CreateIdamWorkload",
  "organisation:CreateOrganisation",
  "organisation_assurance:OrganisationAssurance",
  "stax_account:CreateStaxAccount",
  "stax_account:CloseStaxAccount",
  "stax_account:OnboardStaxAccount",
  "stax_account:UpdateStaxAccount",
  "customer:CreateCustomer",
  "saga:CreateCustomer",
  "saga:CreateOrganisation",
  "saga:UpdateOrganisation",
  "saga:CreateAccount",
  "saga:CreateAwsAccounts",
  "saga:OnboardAccount",
  "saga:UpdateAccount",
  "saga:UpdateOrgAccounts",
  "saga:CloseAccount",
  "saga:DiscoverAccount",
  "services:ReadAccountConfiguration",
  "services:ReadConfigurations",
  "services:ReadGuardDutyConfiguration",
  "services:ReadGuardrailsConfiguration",
  "services:ReadRegionsConfiguration",
  "services:ReadSecurityHubConfiguration",
  "services:ReadSsoConfiguration",
  "services:ReadOrganizationConfiguration",
  "services:ConfigureAccount",
  "services:ConfigureGuardDuty",
  "services:ConfigureGuardrails",
  "services:ConfigureRegions",
  "services:ConfigureSecurityHub",
  "services:ConfigureSso",
  "services:ConfigureOrganization",
  "policies:AttachPolicy",
  "policies:CreatePolicy",
  "policies:DeletePolicy",
  "policies:DetachPolicy",
  "policies:ReadPolicies",
  "policies:UpdatePolicy"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type Operation = typeof Operation.Type

/**
 * The status of an operation within Stax. This status is returned as part of the response for an asynchronous request and as the status of a Task. STARTED indicates that a request/Task has been received by Stax and is awaiting a worker. PENDING indicates that the Task has been picked up by a worker and is in queue. RUNNING indicates that the Task is active and being processed by a worker. SUCCEEDED indicates that the Task has completed successfully. FAILED indicates that the Task failed.
 *
 * (Component `OperationStatus`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OperationStatus = openEnum("STARTED", "PENDING", "RUNNING", "SUCCEEDED", "FAILED")

/**
 * @since 0.2.0
 * @category Models
 */
export type OperationStatus = typeof OperationStatus.Type

/**
 * Component `BaseEventDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const BaseEventDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String
}).annotations({ identifier: "BaseEventDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface BaseEventDetail extends Schema.Schema.Type<typeof BaseEventDetail> {}

/**
 * The status of the BGP peer.
 *
 * (`BgpMapping.BgpStatus`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const BgpMappingBgpStatus = openEnum("up", "down", "unknown")

/**
 * @since 0.2.0
 * @category Models
 */
export type BgpMappingBgpStatus = typeof BgpMappingBgpStatus.Type

/**
 * Component `BgpMapping`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const BgpMapping = Schema.Struct({
  /** The BGP Peer ID of the VIF */
  BgpPeerId: optional(Schema.String),
  /** The status of the BGP peer. */
  BgpStatus: optional(BgpMappingBgpStatus)
}).annotations({ identifier: "BgpMapping" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface BgpMapping extends Schema.Schema.Type<typeof BgpMapping> {}

/**
 * Status of the Workload.
 *
 * (Component `CatalogueStatus`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CatalogueStatus = openEnum("NEW", "UPLOADING", "VALIDATING", "ACTIVE", "DELETED", "FAILED")

/**
 * @since 0.2.0
 * @category Models
 */
export type CatalogueStatus = typeof CatalogueStatus.Type

/**
 * Component `Parameter`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Parameter = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({ identifier: "Parameter" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Parameter extends Schema.Schema.Type<typeof Parameter> {}

/**
 * `Parameter` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ParameterInput = Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))

/**
 * @since 0.2.0
 * @category Models
 */
export type ParameterInput = typeof ParameterInput.Type

/**
 * Component `Tags`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Tags = Schema.Record({ key: Schema.String, value: Schema.String }).annotations({ identifier: "Tags" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Tags extends Schema.Schema.Type<typeof Tags> {}

/**
 * `Tags` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const TagsInput = Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))

/**
 * @since 0.2.0
 * @category Models
 */
export type TagsInput = typeof TagsInput.Type

/**
 * Component `CatalogueData`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CatalogueData = Schema.Struct({
  CatalogueId: optional(Uuidv4),
  CatalogueVersionId: optional(NullableUuidv4),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Description of the Workload. */
  Description: Schema.String,
  Id: optional(Uuidv4),
  ManifestBody: optional(Schema.String),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Workload Catalogue Item to create. */
  Name: Schema.String,
  Operation: optional(Operation),
  OrganisationId: optional(Uuidv4),
  Parameters: optional(Parameter),
  /** Boolean value declaring if the Workload Catalogue Item is public or private. */
  Protection: optional(Schema.Boolean),
  /** Boolean value declaring if the Workload Catalogue Item is public or private. */
  Public: optional(Schema.Boolean),
  Status: optional(CatalogueStatus),
  Tags: optional(Tags),
  UserTaskId: optional(RoUuidv4),
  Version: optional(Schema.String)
}).annotations({ identifier: "CatalogueData" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CatalogueData extends Schema.Schema.Type<typeof CatalogueData> {}

/**
 * Status of the Workload.
 *
 * (`CatalogueVersionProperties.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CatalogueVersionPropertiesStatus = openEnum("NEW", "UPLOADING", "VALIDATING", "ACTIVE", "DELETED", "FAILED")

/**
 * @since 0.2.0
 * @category Models
 */
export type CatalogueVersionPropertiesStatus = typeof CatalogueVersionPropertiesStatus.Type

/**
 * Component `CatalogueVersionProperties`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CatalogueVersionProperties = Schema.Struct({
  CatalogueId: RoUuidv4,
  CreatedBy: optional(RoUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Description of the Workload. */
  Description: optional(Schema.String),
  Id: optional(RoUuidv4),
  /** HTTPS/S3 URL of the manifest. Either this or ManifestBody must be provided. */
  ManifestURL: optional(Schema.String),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  Outputs: optional(Schema.Array(Schema.String)),
  /** Boolean value declaring if the Workload Catalogue Item is public or private. */
  Public: optional(Schema.Boolean),
  /** Status of the Workload. */
  Status: optional(CatalogueVersionPropertiesStatus),
  UserTaskId: optional(RoUuidv4),
  WorkloadVersion: optional(Schema.String)
}).annotations({ identifier: "CatalogueVersionProperties" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CatalogueVersionProperties extends Schema.Schema.Type<typeof CatalogueVersionProperties> {}

/**
 * Component `NetworkingTags`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const NetworkingTags = Schema.Record({ key: Schema.String, value: Schema.String }).annotations({ identifier: "NetworkingTags" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface NetworkingTags extends Schema.Schema.Type<typeof NetworkingTags> {}

/**
 * `NetworkingTags` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const NetworkingTagsInput = Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(256), pattern("^[a-zA-Z0-9+\\-=._:/@ ]*$")) }))

/**
 * @since 0.2.0
 * @category Models
 */
export type NetworkingTagsInput = typeof NetworkingTagsInput.Type

/**
 * The status of the CIRD Exclusion.
 *
 * (`CidrExclusion.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CidrExclusionStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type CidrExclusionStatus = typeof CidrExclusionStatus.Type

/**
 * Component `CidrExclusion`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CidrExclusion = Schema.Struct({
  /** CIDR Range in quad dot notation. */
  Cidr: Schema.String,
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Longer description of what the CIDR Exclusion is used for. */
  Description: optional(Schema.String),
  Id: optional(RoUuidv4),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the CIDR Exclusion. */
  Name: Schema.String,
  NetworkingHubId: optional(Uuidv4),
  /** The status of the CIRD Exclusion. */
  Status: optional(CidrExclusionStatus),
  Tags: optional(NetworkingTags)
}).annotations({ identifier: "CidrExclusion" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CidrExclusion extends Schema.Schema.Type<typeof CidrExclusion> {}

/**
 * `CidrExclusion` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CidrExclusionInput = Schema.Struct({
  /** CIDR Range in quad dot notation. */
  Cidr: Schema.String,
  CreatedBy: optional(NullableUuidv4Input),
  /** Longer description of what the CIDR Exclusion is used for. */
  Description: optional(Schema.NullOr(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(2048)))),
  /** Name of the CIDR Exclusion. */
  Name: Schema.String.pipe(Schema.minLength(2), Schema.maxLength(128)),
  NetworkingHubId: optional(Uuidv4Input),
  Tags: optional(NetworkingTagsInput)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CidrExclusionInput extends Schema.Schema.Type<typeof CidrExclusionInput> {}

/**
 * The status of the CIDR Range.
 *
 * (`CidrRange.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CidrRangeStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type CidrRangeStatus = typeof CidrRangeStatus.Type

/**
 * Component `CidrRange`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CidrRange = Schema.Struct({
  /** CIDR Range in quad dot notation. This range is a private network range with a size between /8 to /23 */
  Cidr: Schema.String,
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Boolean value declaring if the range is the default CIDR Range */
  DefaultCidrRange: optional(Schema.Boolean),
  /** Longer description of what the CIDR Range is used for. */
  Description: optional(Schema.String),
  Id: RoUuidv4,
  /** Created timestamp. */
  LastAllocationTS: optional(DateTime),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the CIDR Range. */
  Name: Schema.String,
  NetworkingHubId: optional(RoUuidv4),
  /** The status of the CIDR Range. */
  Status: optional(CidrRangeStatus),
  Tags: optional(NetworkingTags)
}).annotations({ identifier: "CidrRange" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CidrRange extends Schema.Schema.Type<typeof CidrRange> {}

/**
 * Component `CreateCatalogueDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateCatalogueDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String,
  TraceId: optional(Schema.String),
  WorkloadCatalogueItem: optional(CatalogueData)
}).annotations({ identifier: "CreateCatalogueDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateCatalogueDetail extends Schema.Schema.Type<typeof CreateCatalogueDetail> {}

/**
 * Component `CreateCatalogueEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateCatalogueEvent = Schema.Struct({
  DetailType: Schema.String,
  CatalogueId: optional(Uuidv4),
  CustomerId: optional(RoUuidv4),
  Detail: optional(CreateCatalogueDetail),
  TaskId: Uuidv4,
  TraceId: Schema.String
}).annotations({ identifier: "CreateCatalogueEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateCatalogueEvent extends Schema.Schema.Type<typeof CreateCatalogueEvent> {}

/**
 * `CreateVersionDetail.WorkloadCatalogueItem`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVersionDetailWorkloadCatalogueItem = Schema.Struct({
  CatalogueId: optional(RoUuidv4),
  /** Description of the Workload. */
  Description: optional(Schema.String),
  /** Raw text of a Manifest. Either this or ManifestURL must be provided. */
  ManifestBody: optional(Schema.String),
  /** HTTPS/S3 URL of the manifest. Either this or ManifestBody must be provided. */
  ManifestURL: optional(Schema.String),
  Operation: optional(Operation),
  OrganisationId: optional(RoUuidv4),
  Parameters: optional(Parameter),
  /** Boolean value declaring if the Workload Catalogue Item is public or private. */
  Public: optional(Schema.Boolean),
  Version: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVersionDetailWorkloadCatalogueItem extends Schema.Schema.Type<typeof CreateVersionDetailWorkloadCatalogueItem> {}

/**
 * Component `CreateVersionDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVersionDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String,
  TraceId: optional(Schema.String),
  WorkloadCatalogueItem: optional(CreateVersionDetailWorkloadCatalogueItem)
}).annotations({ identifier: "CreateVersionDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVersionDetail extends Schema.Schema.Type<typeof CreateVersionDetail> {}

/**
 * Component `CreateVersionEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVersionEvent = Schema.Struct({
  DetailType: Schema.String,
  CatalogueId: optional(RoUuidv4),
  CustomerId: RoUuidv4,
  Detail: optional(CreateVersionDetail),
  TaskId: optional(RoUuidv4),
  TraceId: optional(Schema.String)
}).annotations({ identifier: "CreateVersionEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVersionEvent extends Schema.Schema.Type<typeof CreateVersionEvent> {}

/**
 * Component `WorkloadData`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const WorkloadData = Schema.Struct({
  AccountId: optional(NullableUuidv4),
  CatalogueId: optional(Uuidv4),
  CatalogueVersionId: optional(NullableUuidv4),
  CreatedBy: optional(RoUuidv4),
  /** The Workload name. */
  Name: optional(Schema.String),
  Operation: optional(Operation),
  OrgId: optional(Uuidv4),
  OrganisationId: optional(Uuidv4),
  Parameters: optional(Parameter),
  /** Boolean value declaring if the Workload Catalogue Item is public or private. */
  Protection: optional(Schema.Boolean),
  /** AWS Region the workload will be launched in */
  Region: optional(Schema.String),
  Tags: optional(Tags),
  TaskId: optional(Uuidv4),
  TraceId: Schema.String,
  WorkloadId: optional(Uuidv4)
}).annotations({ identifier: "WorkloadData" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface WorkloadData extends Schema.Schema.Type<typeof WorkloadData> {}

/**
 * Component `CreateWorkloadDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateWorkloadDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String,
  Workload: optional(WorkloadData)
}).annotations({ identifier: "CreateWorkloadDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateWorkloadDetail extends Schema.Schema.Type<typeof CreateWorkloadDetail> {}

/**
 * Component `CreateWorkloadEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateWorkloadEvent = Schema.Struct({
  DetailType: Schema.String,
  Detail: optional(CreateWorkloadDetail),
  WorkloadId: optional(RoUuidv4)
}).annotations({ identifier: "CreateWorkloadEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateWorkloadEvent extends Schema.Schema.Type<typeof CreateWorkloadEvent> {}

/**
 * Status of the Customer.
 *
 * (`Customer.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CustomerStatus = openEnum("PROSPECT", "NEW", "INITIALIZING", "ACTIVE", "SUSPENDED")

/**
 * @since 0.2.0
 * @category Models
 */
export type CustomerStatus = typeof CustomerStatus.Type

/**
 * Stax Support Plan allocated to the Customer.
 *
 * (`Customer.SupportPlan`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CustomerSupportPlan = openEnum("BASIC", "BUSINESS", "ENTERPRISE")

/**
 * @since 0.2.0
 * @category Models
 */
export type CustomerSupportPlan = typeof CustomerSupportPlan.Type

/**
 * Component `Customer`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Customer = Schema.Struct({
  /** Cognito User unique identifier. */
  CognitoUserId: optional(Schema.String),
  CreatedBy: optional(RoUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Email address of the User. */
  Email: Schema.String,
  FactoryVersion: optional(GitHash),
  Id: optional(RoUuidv4),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Account. */
  Name: Schema.String,
  /** Status of the Customer. */
  Status: optional(CustomerStatus),
  /** Stax Support Plan allocated to the Customer. */
  SupportPlan: optional(CustomerSupportPlan),
  UserTaskId: optional(RoUuidv4)
}).annotations({ identifier: "Customer" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Customer extends Schema.Schema.Type<typeof Customer> {}

/**
 * The status of the Stax DNS Resolvers.
 *
 * (`DNSResolver.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DNSResolverStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type DNSResolverStatus = typeof DNSResolverStatus.Type

/**
 * Component `DNSResolver`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DNSResolver = Schema.Struct({
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  Id: RoUuidv4,
  /** The IP Addresses attached to the Inbound DNS Resolver. */
  InboundIpAddresses: optional(Schema.Array(Schema.String)),
  /** The number of ENIs to attach to the DNS Resolvers. */
  Interfaces: Schema.Number,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Stax DNS Resolvers. */
  Name: Schema.String,
  NetworkingHubId: Uuidv4,
  /** The IP Addresses attached to the Outbound DNS Resolver. */
  OutboundIpAddresses: optional(Schema.Array(Schema.String)),
  /** The status of the Stax DNS Resolvers. */
  Status: optional(DNSResolverStatus),
  Tags: optional(NetworkingTags),
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "DNSResolver" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DNSResolver extends Schema.Schema.Type<typeof DNSResolver> {}

/**
 * The status of the Stax DNS Rule.
 *
 * (`DNSRule.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DNSRuleStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type DNSRuleStatus = typeof DNSRuleStatus.Type

/**
 * Component `DNSRule`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DNSRule = Schema.Struct({
  /** The AWS Route53 Resolver Rule Id. */
  AwsRuleId: optional(Schema.String),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  DnsResolverId: RoUuidv4,
  /** Domain name to forward DNS queries for. */
  DomainName: Schema.String,
  /** The IP Addresses to forward DNS queries to. */
  ForwarderIpAddresses: Schema.Array(Schema.String),
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of Stax DNS Rule. */
  Name: Schema.String,
  /** The status of the Stax DNS Rule. */
  Status: optional(DNSRuleStatus),
  Tags: optional(NetworkingTags),
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "DNSRule" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DNSRule extends Schema.Schema.Type<typeof DNSRule> {}

/**
 * Component `DeleteCatalogueDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteCatalogueDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String,
  TraceId: optional(Schema.String),
  WorkloadCatalogueItem: optional(CatalogueData)
}).annotations({ identifier: "DeleteCatalogueDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteCatalogueDetail extends Schema.Schema.Type<typeof DeleteCatalogueDetail> {}

/**
 * Component `DeleteCatalogueEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteCatalogueEvent = Schema.Struct({
  DetailType: Schema.String,
  Detail: DeleteCatalogueDetail
}).annotations({ identifier: "DeleteCatalogueEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteCatalogueEvent extends Schema.Schema.Type<typeof DeleteCatalogueEvent> {}

/**
 * Component `DeleteVersionDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteVersionDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String,
  TraceId: optional(Schema.String),
  WorkloadCatalogueVersion: optional(CatalogueVersionProperties)
}).annotations({ identifier: "DeleteVersionDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVersionDetail extends Schema.Schema.Type<typeof DeleteVersionDetail> {}

/**
 * Component `DeleteVersionEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteVersionEvent = Schema.Struct({
  DetailType: Schema.String,
  Detail: optional(DeleteVersionDetail)
}).annotations({ identifier: "DeleteVersionEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVersionEvent extends Schema.Schema.Type<typeof DeleteVersionEvent> {}

/**
 * Component `DeleteWorkloadDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteWorkloadDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String,
  TraceId: optional(Schema.String),
  Workload: optional(WorkloadData)
}).annotations({ identifier: "DeleteWorkloadDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteWorkloadDetail extends Schema.Schema.Type<typeof DeleteWorkloadDetail> {}

/**
 * Component `DeleteWorkloadEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteWorkloadEvent = Schema.Struct({
  DetailType: Schema.String,
  Detail: optional(DeleteWorkloadDetail)
}).annotations({ identifier: "DeleteWorkloadEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteWorkloadEvent extends Schema.Schema.Type<typeof DeleteWorkloadEvent> {}

/**
 * The status of the Stax DX Association.
 *
 * (`DxAssociation.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxAssociationStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type DxAssociationStatus = typeof DxAssociationStatus.Type

/**
 * Component `DxAssociation`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxAssociation = Schema.Struct({
  /** The AWS Id of the DX Association. */
  AwsAssociationId: optional(Schema.String),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  DxGatewayId: Uuidv4,
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  NetworkingHubId: Uuidv4,
  /** The CIDR Ranges to advertise to on-premises. */
  Prefixes: Schema.Array(Schema.String),
  /** The status of the Stax DX Association. */
  Status: optional(DxAssociationStatus),
  UserTaskId: optional(NullableUuidv4),
  VpcId: optional(NullableUuidv4)
}).annotations({ identifier: "DxAssociation" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DxAssociation extends Schema.Schema.Type<typeof DxAssociation> {}

/**
 * State of the Direct Connect Connection.
 *
 * (`DxConnection.ConnectionState`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxConnectionConnectionState = openEnum(
  "ordering",
  "requested",
  "pending",
  "available",
  "down",
  "deleting",
  "deleted",
  "rejected",
  "unknown"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type DxConnectionConnectionState = typeof DxConnectionConnectionState.Type

/**
 * Component `DxConnection`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxConnection = Schema.Struct({
  /** Bandwidth of the Direct Connect Connection. */
  Bandwidth: Schema.String,
  /** AWS Id of the Direct Connect Connection. */
  ConnectionId: Schema.String,
  /** Name of the Direct Connect Connection. */
  ConnectionName: Schema.String,
  /** State of the Direct Connect Connection. */
  ConnectionState: DxConnectionConnectionState,
  Region: AwsRegion,
  /** VLAN for the Direct Connect Connection. */
  Vlan: optional(Schema.Number)
}).annotations({ identifier: "DxConnection" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DxConnection extends Schema.Schema.Type<typeof DxConnection> {}

/**
 * The type of the Stax DX Gateway.
 *
 * (`DxGateway.GatewayType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxGatewayGatewayType = openEnum("TRANSIT", "PRIVATE")

/**
 * @since 0.2.0
 * @category Models
 */
export type DxGatewayGatewayType = typeof DxGatewayGatewayType.Type

/**
 * The status of the Stax DX Gateway.
 *
 * (`DxGateway.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxGatewayStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type DxGatewayStatus = typeof DxGatewayStatus.Type

/**
 * Component `DxGateway`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxGateway = Schema.Struct({
  AccountId: Uuidv4,
  /** ASN to assign to the Direct Connect Gateway. */
  Asn: Schema.Number,
  /** The AWS Id of the Direct Connect Gateway. */
  AwsGatewayId: optional(Schema.String),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Boolean value to determine if the resource did not originate from Stax. */
  ExternalResource: optional(Schema.Boolean),
  /** The type of the Stax DX Gateway. */
  GatewayType: optional(DxGatewayGatewayType),
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Direct Connect Gateway. */
  Name: Schema.String,
  OrganisationId: RoUuidv4,
  /** The status of the Stax DX Gateway. */
  Status: optional(DxGatewayStatus),
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "DxGateway" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DxGateway extends Schema.Schema.Type<typeof DxGateway> {}

/**
 * The status of the Stax DX VIF.
 *
 * (`DxVif.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxVifStatusEnum = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type DxVifStatusEnum = typeof DxVifStatusEnum.Type

/**
 * The type of Direct Connect VIF.
 *
 * (`DxVif.VifType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxVifVifType = openEnum("TRANSIT", "PRIVATE")

/**
 * @since 0.2.0
 * @category Models
 */
export type DxVifVifType = typeof DxVifVifType.Type

/**
 * Component `DxVif`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxVif = Schema.Struct({
  /** ASN to assign to the Direct Connect VIF. */
  Asn: Schema.Number,
  /** AWS Id of the Direct Connect Connection. */
  AwsConnectionId: Schema.String,
  /** The BGP peer IP configured on the AWS endpoint. */
  AwsRouterIp: Schema.String,
  /** The AWS Id of the Direct Connect VIF. */
  AwsVifId: optional(Schema.String),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  DxGatewayId: Uuidv4,
  /** Boolean value to determine if the resource did not originate from Stax. */
  ExternalResource: optional(Schema.Boolean),
  Id: RoUuidv4,
  /** Boolean value to enable Jumbo Frames. */
  JumboMtu: Schema.Boolean,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Direct Connect VIF. */
  Name: Schema.String,
  Region: AwsRegion,
  /** The BGP peer IP configured on your endpoint. */
  RouterIp: Schema.String,
  /** The status of the Stax DX VIF. */
  Status: optional(DxVifStatusEnum),
  Tags: optional(NetworkingTags),
  UserTaskId: optional(NullableUuidv4),
  /** The type of Direct Connect VIF. */
  VifType: DxVifVifType,
  /** VLAN for the Direct Connect VIF. */
  Vlan: Schema.Number
}).annotations({ identifier: "DxVif" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DxVif extends Schema.Schema.Type<typeof DxVif> {}

/**
 * Component `DxVifStatus`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DxVifStatus = Schema.Array(BgpMapping)

/**
 * @since 0.2.0
 * @category Models
 */
export type DxVifStatus = typeof DxVifStatus.Type

/**
 * Component `Error`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Error = Schema.Struct({
  Cause: optional(Schema.String),
  Error: optional(Schema.String)
}).annotations({ identifier: "Error" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Error extends Schema.Schema.Type<typeof Error> {}

/**
 * The type of the Stax DX Gateway.
 *
 * (`GatewayMap.GatewayType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GatewayMapGatewayType = openEnum("TRANSIT", "PRIVATE")

/**
 * @since 0.2.0
 * @category Models
 */
export type GatewayMapGatewayType = typeof GatewayMapGatewayType.Type

/**
 * Component `GatewayMap`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GatewayMap = Schema.Struct({
  AccountId: Uuidv4,
  /** ASN to assign to the Direct Connect Gateway. */
  Asn: Schema.Number,
  /** The type of the Stax DX Gateway. */
  GatewayType: GatewayMapGatewayType,
  /** Name of the Direct Connect Gateway. */
  Name: Schema.String
}).annotations({ identifier: "GatewayMap" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface GatewayMap extends Schema.Schema.Type<typeof GatewayMap> {}

/**
 * `GatewayMap` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GatewayMapInput = Schema.Struct({
  AccountId: Uuidv4Input,
  /** ASN to assign to the Direct Connect Gateway. */
  Asn: Schema.Int,
  /** Name of the Direct Connect Gateway. */
  Name: Schema.String.pipe(Schema.minLength(2), Schema.maxLength(95), pattern("^[a-zA-Z0-9-_ ]*$"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface GatewayMapInput extends Schema.Schema.Type<typeof GatewayMapInput> {}

/**
 * Group Type identifies whether group is managed by stax (LOCAL) or externally (SCIM).
 *
 * (`Group.GroupType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GroupGroupType = openEnum("LOCAL", "SCIM")

/**
 * @since 0.2.0
 * @category Models
 */
export type GroupGroupType = typeof GroupGroupType.Type

/**
 * Status of the Group.
 *
 * (`Group.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GroupStatus = openEnum("NEW", "ACTIVE", "DELETED")

/**
 * @since 0.2.0
 * @category Models
 */
export type GroupStatus = typeof GroupStatus.Type

/**
 * Component `Group`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Group = Schema.Struct({
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Group Type identifies whether group is managed by stax (LOCAL) or externally (SCIM). */
  GroupType: GroupGroupType,
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Group. */
  Name: Schema.String,
  OrganisationId: optional(RoUuidv4),
  /** Status of the Group. */
  Status: GroupStatus,
  UserTaskId: optional(NullableUuidv4),
  /** Array of IDs of Users belonging to the Group. */
  Users: optional(Schema.Array(RoUuidv4))
}).annotations({ identifier: "Group" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Group extends Schema.Schema.Type<typeof Group> {}

/**
 * Component `ScanTags`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ScanTags = Schema.Record({ key: Schema.String, value: Schema.String }).annotations({ identifier: "ScanTags" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ScanTags extends Schema.Schema.Type<typeof ScanTags> {}

/**
 * `ScanTags` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ScanTagsInput = Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String.pipe(Schema.minLength(0), Schema.maxLength(256), pattern("^[a-zA-Z0-9+\\-=._:/@ ]*$")) }))

/**
 * @since 0.2.0
 * @category Models
 */
export type ScanTagsInput = typeof ScanTagsInput.Type

/**
 * A list of GuardDuty features that will be configured for the organization.
 *
 * (`GuardDutyConfiguration.Features`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GuardDutyConfigurationFeatures = Schema.Struct({
  EBS_MALWARE_PROTECTION: Schema.Struct({
    /** Snapshot preservation settings. */
    EbsSnapshotPreservation: optional(openEnum("NO_RETENTION", "RETENTION_WITH_FINDING")),
    /** Whether to enable malware scanning */
    Enable: Schema.Boolean,
    ScanResourceCriteria: optional(Schema.Union(
      Schema.Struct({
        /** Scan EC2 instances and EBS volumes using inclusion tags */
        Include: Schema.Struct({
          /** Scan EC2 instances and EBS volumes using inclusion tags */
          EC2_INSTANCE_TAG: Schema.Array(ScanTags)
        })
      }),
      Schema.Struct({
        /** Scan EC2 instances and EBS volumes using exclusion tags */
        Exclude: Schema.Struct({
          /** Scan EC2 instances and EBS volumes using exclusion tags */
          EC2_INSTANCE_TAG: Schema.Array(ScanTags)
        })
      })
    ))
  }),
  /** Describes whether to monitor and generate findings from Kubernetes Audit Logs. */
  EKS_AUDIT_LOGS: Schema.Struct({
    /** Whether to enable findings from Kubernetes Audit Logs. */
    Enable: Schema.Boolean
  }),
  /** EKS Runtime Monitoring provides runtime threat detection coverage for Amazon Elastic Kubernetes Service (Amazon EKS) nodes and containers within your AWS environment. */
  EKS_RUNTIME_MONITORING: Schema.Struct({
    /** Bool to indicate whether 'EKS Runtime Monitoring manage agent automatically' is enabled. GuardDuty will fully automate the deployment of and update to the GuardDuty security agent for the EKS clusters. */
    EKS_ADDON_MANAGEMENT: optional(Schema.Boolean),
    /** Bool to indicate whether 'EKS Runtime Monitoring' is enabled. */
    Enable: Schema.Boolean
  }),
  /** Describes whether to monitor lambda function network logs */
  LAMBDA_NETWORK_LOGS: Schema.Struct({
    /** Whether to enable monitor lambda function network logs */
    Enable: Schema.Boolean
  }),
  /** Describes whether to monitor and generate findings from RDS Protection. */
  RDS_LOGIN_EVENTS: Schema.Struct({
    /** Whether to enable findings from RDS Protection. */
    Enable: Schema.Boolean
  }),
  /** Describes whether to monitor and generate findings on S3 data events. */
  S3_DATA_EVENTS: Schema.Struct({
    /** Whether to enable S3 Protection. */
    Enable: Schema.Boolean
  })
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface GuardDutyConfigurationFeatures extends Schema.Schema.Type<typeof GuardDutyConfigurationFeatures> {}

/**
 * A value that specifies how frequently updated findings are exported.
 *
 * (`GuardDutyConfiguration.FindingPublishingFrequency`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GuardDutyConfigurationFindingPublishingFrequency = openEnum("FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS")

/**
 * @since 0.2.0
 * @category Models
 */
export type GuardDutyConfigurationFindingPublishingFrequency = typeof GuardDutyConfigurationFindingPublishingFrequency.Type

/**
 * Component `GuardDutyConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GuardDutyConfiguration = Schema.Struct({
  /** A list of GuardDuty features that will be configured for the organization. */
  Features: GuardDutyConfigurationFeatures,
  /** A value that specifies how frequently updated findings are exported. */
  FindingPublishingFrequency: GuardDutyConfigurationFindingPublishingFrequency
}).annotations({ identifier: "GuardDutyConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface GuardDutyConfiguration extends Schema.Schema.Type<typeof GuardDutyConfiguration> {}

/**
 * `GuardDutyConfiguration` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GuardDutyConfigurationInput = Schema.Struct({
  /** A list of GuardDuty features that will be configured for the organization. */
  Features: Schema.Struct({
    EBS_MALWARE_PROTECTION: Schema.Struct({
      /** Snapshot preservation settings. */
      EbsSnapshotPreservation: Schema.NullOr(strictEnum("NO_RETENTION", "RETENTION_WITH_FINDING")),
      /** Whether to enable malware scanning */
      Enable: Schema.Boolean,
      ScanResourceCriteria: Schema.Union(
        Schema.NullOr(Schema.Struct({
          /** Scan EC2 instances and EBS volumes using inclusion tags */
          Include: Schema.Struct({
            /** Scan EC2 instances and EBS volumes using inclusion tags */
            EC2_INSTANCE_TAG: Schema.Array(ScanTagsInput)
          })
        })),
        Schema.NullOr(Schema.Struct({
          /** Scan EC2 instances and EBS volumes using exclusion tags */
          Exclude: Schema.Struct({
            /** Scan EC2 instances and EBS volumes using exclusion tags */
            EC2_INSTANCE_TAG: Schema.Array(ScanTagsInput)
          })
        }))
      )
    }),
    /** Describes whether to monitor and generate findings from Kubernetes Audit Logs. */
    EKS_AUDIT_LOGS: Schema.Struct({
      /** Whether to enable findings from Kubernetes Audit Logs. */
      Enable: Schema.Boolean
    }),
    /** EKS Runtime Monitoring provides runtime threat detection coverage for Amazon Elastic Kubernetes Service (Amazon EKS) nodes and containers within your AWS environment. */
    EKS_RUNTIME_MONITORING: Schema.Struct({
      /** Bool to indicate whether 'EKS Runtime Monitoring manage agent automatically' is enabled. GuardDuty will fully automate the deployment of and update to the GuardDuty security agent for the EKS clusters. */
      EKS_ADDON_MANAGEMENT: Schema.NullOr(Schema.Boolean),
      /** Bool to indicate whether 'EKS Runtime Monitoring' is enabled. */
      Enable: Schema.Boolean
    }),
    /** Describes whether to monitor lambda function network logs */
    LAMBDA_NETWORK_LOGS: Schema.Struct({
      /** Whether to enable monitor lambda function network logs */
      Enable: Schema.Boolean
    }),
    /** Describes whether to monitor and generate findings from RDS Protection. */
    RDS_LOGIN_EVENTS: Schema.Struct({
      /** Whether to enable findings from RDS Protection. */
      Enable: Schema.Boolean
    }),
    /** Describes whether to monitor and generate findings on S3 data events. */
    S3_DATA_EVENTS: Schema.Struct({
      /** Whether to enable S3 Protection. */
      Enable: Schema.Boolean
    })
  }),
  /** A value that specifies how frequently updated findings are exported. */
  FindingPublishingFrequency: strictEnum("FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS")
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface GuardDutyConfigurationInput extends Schema.Schema.Type<typeof GuardDutyConfigurationInput> {}

/**
 * A mapping of guardrails to be enabled as resource control policies.
 *
 * (Component `RcpGuardrail`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const RcpGuardrail = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({ identifier: "RcpGuardrail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface RcpGuardrail extends Schema.Schema.Type<typeof RcpGuardrail> {}

/**
 * `RcpGuardrail` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const RcpGuardrailInput = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * @since 0.2.0
 * @category Models
 */
export interface RcpGuardrailInput extends Schema.Schema.Type<typeof RcpGuardrailInput> {}

/**
 * A mapping of guardrails to be enabled as service control policies.
 *
 * (Component `ScpGuardrail`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ScpGuardrail = Schema.Struct({
  ACCOUNT_BLOCK_CLOSING_ACCOUNT: optional(Schema.Boolean),
  ACCOUNT_BLOCK_ENABLING_OR_DISABLING_REGIONS: optional(Schema.Boolean),
  AWSCONFIG_BLOCK_CHANGES_TO_SERVICE: optional(Schema.Boolean),
  EBS_BLOCK_DIRECT_API_CALLS: optional(Schema.Boolean),
  EBS_BLOCK_DISABLING_DEFAULT_ENCRYPTION: optional(Schema.Boolean),
  EBS_BLOCK_PUBLICLY_RESTORABLE_SNAPSHOTS: optional(Schema.Boolean),
  EC2_BLOCK_MODIFYING_IMDS_DEFAULTS: optional(Schema.Boolean),
  EC2_BLOCK_PUBLIC_ACCESS_ON_AMIS: optional(Schema.Boolean),
  EC2_BLOCK_PUBLIC_ACCESS_ON_SNAPSHOTS: optional(Schema.Boolean),
  EC2_REQUIRE_IMDSV2: optional(Schema.Boolean),
  GUARDDUTY_BLOCK_CHANGES_TO_SERVICE: optional(Schema.Boolean),
  IAM_BLOCK_CREATING_IAM_USER: optional(Schema.Boolean),
  IAM_BLOCK_IAM_ACCESS_KEYS_AND_LOGIN_PROFILES: optional(Schema.Boolean),
  IAM_BLOCK_MODIFYING_IAM_USER_PASSWORD_POLICIES: optional(Schema.Boolean),
  IAM_BLOCK_ROOT_USER_ACCESS: optional(Schema.Boolean),
  LAMBDA_REQUIRE_IAM_AUTH_FOR_LAMBDA_FUNCTION_URLS: optional(Schema.Boolean),
  MACIE_BLOCK_SERVICE: optional(Schema.Boolean),
  ORGANIZATIONS_BLOCK_LEAVING_AWS_ORGANISATION: optional(Schema.Boolean),
  RAM_BLOCK_EXTERNAL_ACCESS_TO_RESOURCES: optional(Schema.Boolean),
  ROUTE53_BLOCK_CHANGES_TO_DOMAIN: optional(Schema.Boolean),
  S3_BLOCK_DELETING_GLACIER_VAULTS_AND_ARCHIVES: optional(Schema.Boolean),
  S3_BLOCK_MODIFYING_ACCOUNT_WIDE_PUBLIC_ACCESS: optional(Schema.Boolean),
  S3_REQUIRE_BUCKET_OWNERSHIP_FOR_OBJECTS_IN_NEW_BUCKETS: optional(Schema.Boolean),
  SECURITYHUB_BLOCK_CHANGES_TO_SERVICE: optional(Schema.Boolean),
  SSM_BLOCK_CHANGES_TO_PUBLIC_SHARING_SETTING: optional(Schema.Boolean),
  SSM_BLOCK_MODIFYING_SESSION_MANAGER_DEFAULT_PREFERENCES: optional(Schema.Boolean),
  VPC_BLOCK_CREATING_DEFAULT_VPC_AND_SUBNET: optional(Schema.Boolean),
  VPC_BLOCK_DELETING_VPC_FLOW_LOGS: optional(Schema.Boolean)
}).annotations({ identifier: "ScpGuardrail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ScpGuardrail extends Schema.Schema.Type<typeof ScpGuardrail> {}

/**
 * `ScpGuardrail` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ScpGuardrailInput = Schema.Struct({
  ACCOUNT_BLOCK_CLOSING_ACCOUNT: optional(Schema.Boolean),
  ACCOUNT_BLOCK_ENABLING_OR_DISABLING_REGIONS: optional(Schema.Boolean),
  AWSCONFIG_BLOCK_CHANGES_TO_SERVICE: optional(Schema.Boolean),
  EBS_BLOCK_DIRECT_API_CALLS: optional(Schema.Boolean),
  EBS_BLOCK_DISABLING_DEFAULT_ENCRYPTION: optional(Schema.Boolean),
  EBS_BLOCK_PUBLICLY_RESTORABLE_SNAPSHOTS: optional(Schema.Boolean),
  EC2_BLOCK_MODIFYING_IMDS_DEFAULTS: optional(Schema.Boolean),
  EC2_BLOCK_PUBLIC_ACCESS_ON_AMIS: optional(Schema.Boolean),
  EC2_BLOCK_PUBLIC_ACCESS_ON_SNAPSHOTS: optional(Schema.Boolean),
  EC2_REQUIRE_IMDSV2: optional(Schema.Boolean),
  GUARDDUTY_BLOCK_CHANGES_TO_SERVICE: optional(Schema.Boolean),
  IAM_BLOCK_CREATING_IAM_USER: optional(Schema.Boolean),
  IAM_BLOCK_IAM_ACCESS_KEYS_AND_LOGIN_PROFILES: optional(Schema.Boolean),
  IAM_BLOCK_MODIFYING_IAM_USER_PASSWORD_POLICIES: optional(Schema.Boolean),
  IAM_BLOCK_ROOT_USER_ACCESS: optional(Schema.Boolean),
  LAMBDA_REQUIRE_IAM_AUTH_FOR_LAMBDA_FUNCTION_URLS: optional(Schema.Boolean),
  MACIE_BLOCK_SERVICE: optional(Schema.Boolean),
  ORGANIZATIONS_BLOCK_LEAVING_AWS_ORGANISATION: optional(Schema.Boolean),
  RAM_BLOCK_EXTERNAL_ACCESS_TO_RESOURCES: optional(Schema.Boolean),
  ROUTE53_BLOCK_CHANGES_TO_DOMAIN: optional(Schema.Boolean),
  S3_BLOCK_DELETING_GLACIER_VAULTS_AND_ARCHIVES: optional(Schema.Boolean),
  S3_BLOCK_MODIFYING_ACCOUNT_WIDE_PUBLIC_ACCESS: optional(Schema.Boolean),
  S3_REQUIRE_BUCKET_OWNERSHIP_FOR_OBJECTS_IN_NEW_BUCKETS: optional(Schema.Boolean),
  SECURITYHUB_BLOCK_CHANGES_TO_SERVICE: optional(Schema.Boolean),
  SSM_BLOCK_CHANGES_TO_PUBLIC_SHARING_SETTING: optional(Schema.Boolean),
  SSM_BLOCK_MODIFYING_SESSION_MANAGER_DEFAULT_PREFERENCES: optional(Schema.Boolean),
  VPC_BLOCK_CREATING_DEFAULT_VPC_AND_SUBNET: optional(Schema.Boolean),
  VPC_BLOCK_DELETING_VPC_FLOW_LOGS: optional(Schema.Boolean)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ScpGuardrailInput extends Schema.Schema.Type<typeof ScpGuardrailInput> {}

/**
 * A configuration that defines toggleable pre-built rules to construct security guardrails.
 *
 * (Component `GuardrailsConfiguration`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GuardrailsConfiguration = Schema.Struct({
  RCP: RcpGuardrail,
  SCP: ScpGuardrail
}).annotations({ identifier: "GuardrailsConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface GuardrailsConfiguration extends Schema.Schema.Type<typeof GuardrailsConfiguration> {}

/**
 * `GuardrailsConfiguration` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GuardrailsConfigurationInput = Schema.Struct({
  RCP: RcpGuardrailInput,
  SCP: ScpGuardrailInput
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface GuardrailsConfigurationInput extends Schema.Schema.Type<typeof GuardrailsConfigurationInput> {}

/**
 * The type of routing for the VPN Connection, DYNAMIC or STATIC
 *
 * (`HubConnection.RoutingType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const HubConnectionRoutingType = openEnum("DYNAMIC", "STATIC")

/**
 * @since 0.2.0
 * @category Models
 */
export type HubConnectionRoutingType = typeof HubConnectionRoutingType.Type

/**
 * Component `HubConnection`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const HubConnection = Schema.Struct({
  /** Boolean value to turn on AWS Global Accelerator and the AWS global network for improved performance */
  ImprovedAcceleration: Schema.Boolean,
  /** Name of Stax VPN Connection. */
  Name: Schema.String,
  NetworkingHubId: Uuidv4,
  /** The type of routing for the VPN Connection, DYNAMIC or STATIC */
  RoutingType: optional(HubConnectionRoutingType),
  Tags: optional(NetworkingTags)
}).annotations({ identifier: "HubConnection" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface HubConnection extends Schema.Schema.Type<typeof HubConnection> {}

/**
 * The available default and opt-in AWS Regions
 *
 * (Component `nullable-AwsRegion`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const NullableAwsRegion = openEnum(
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ca-central-1",
  "eu-central-1",
  "eu-north-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "af-south-1",
  "ap-east-1",
  "ap-south-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "eu-central-2",
  "eu-south-1",
  "eu-south-2",
  "il-central-1",
  "me-central-1",
  "me-south-1"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type NullableAwsRegion = typeof NullableAwsRegion.Type

/**
 * `nullable-AwsRegion` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const NullableAwsRegionInput = Schema.NullOr(strictEnum(
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ca-central-1",
  "eu-central-1",
  "eu-north-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "af-south-1",
  "ap-east-1",
  "ap-south-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "eu-central-2",
  "eu-south-1",
  "eu-south-2",
  "il-central-1",
  "me-central-1",
  "me-south-1"
))

/**
 * @since 0.2.0
 * @category Models
 */
export type NullableAwsRegionInput = typeof NullableAwsRegionInput.Type

/**
 * The target type to determine the actions against the destination.
 *
 * (`HubPeering.HubPeeringTarget`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const HubPeeringHubPeeringTarget = openEnum("STAX_RESOURCE", "STAX_ACCOUNT", "EXTERNAL")

/**
 * @since 0.2.0
 * @category Models
 */
export type HubPeeringHubPeeringTarget = typeof HubPeeringHubPeeringTarget.Type

/**
 * The status of the Hub Peering.
 *
 * (`HubPeering.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const HubPeeringStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "PENDING_ACCEPT",
  "UPDATE_IN_PROGRESS"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type HubPeeringStatus = typeof HubPeeringStatus.Type

/**
 * Component `HubPeering`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const HubPeering = Schema.Struct({
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** The AWS Account Id that contains the Destination TGW. */
  DestinationAwsAccountId: optional(Schema.String),
  DestinationAwsRegion: optional(NullableAwsRegion),
  /** The AWS Id of the Destination TGW. */
  DestinationAwsTgwId: optional(Schema.String),
  DestinationNetworkingHubId: optional(NullableUuidv4),
  /** The AWS Id of the Destination TGW Peering attachment. */
  DestinationTgwPeeringAttachmentId: optional(Schema.String),
  /** Boolean value to determine if the resource did not originate from Stax. */
  ExternalResource: optional(Schema.Boolean),
  /** The target type to determine the actions against the destination. */
  HubPeeringTarget: HubPeeringHubPeeringTarget,
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** The Name of the Hub Peering. */
  Name: Schema.String,
  OrganisationId: RoUuidv4,
  /** The AWS Account Id that contains the Source TGW. */
  SourceAwsAccountId: optional(Schema.String),
  SourceAwsRegion: optional(NullableAwsRegion),
  /** The AWS Id of the Source TGW. */
  SourceAwsTgwId: optional(Schema.String),
  SourceNetworkingHubId: Uuidv4,
  /** The AWS Id of the Source TGW Peering attachment. */
  SourceTgwPeeringAttachmentId: optional(Schema.String),
  /** The status of the Hub Peering. */
  Status: HubPeeringStatus,
  Tags: optional(NetworkingTags),
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "HubPeering" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface HubPeering extends Schema.Schema.Type<typeof HubPeering> {}

/**
 * Stax role assigned to user.
 *
 * (Component `Role`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Role = openEnum(
  "customer_root",
  "customer_admin",
  "customer_operations",
  "customer_user",
  "customer_readonly",
  "customer_costadmin",
  "api_admin",
  "api_operations",
  "api_user",
  "api_readonly"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type Role = typeof Role.Type

/**
 * `IdamUser.access`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const IdamUserAccess = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * @since 0.2.0
 * @category Models
 */
export interface IdamUserAccess extends Schema.Schema.Type<typeof IdamUserAccess> {}

/**
 * `IdamUser.attributes`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const IdamUserAttributes = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * @since 0.2.0
 * @category Models
 */
export interface IdamUserAttributes extends Schema.Schema.Type<typeof IdamUserAttributes> {}

/**
 * Component `IdamUser`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const IdamUser = Schema.Struct({
  access: optional(IdamUserAccess),
  attributes: optional(IdamUserAttributes),
  createdTimestamp: optional(Schema.Number),
  customerId: optional(RoUuidv4),
  /** Email address of User. */
  email: Schema.String,
  emailVerified: optional(Schema.Boolean),
  enabled: optional(Schema.Boolean),
  /** Given Name of the User. */
  firstName: optional(Schema.String),
  id: RoUuidv4,
  /** Family Name of the User. */
  lastName: optional(Schema.String),
  orgAlias: optional(Schema.String),
  organisationId: optional(RoUuidv4),
  requiredActions: optional(Schema.Array(Schema.String)),
  role: optional(Role),
  totp: optional(Schema.Boolean)
}).annotations({ identifier: "IdamUser" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface IdamUser extends Schema.Schema.Type<typeof IdamUser> {}

/**
 * Stax role assigned to an IDAM user.
 *
 * (Component `IdamUserRole`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const IdamUserRole = openEnum("customer_admin", "customer_operations", "customer_user", "customer_readonly", "customer_costadmin")

/**
 * @since 0.2.0
 * @category Models
 */
export type IdamUserRole = typeof IdamUserRole.Type

/**
 * `IdamUserRole` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const IdamUserRoleInput = strictEnum(
  "customer_admin",
  "customer_operations",
  "customer_user",
  "customer_readonly",
  "customer_costadmin"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type IdamUserRoleInput = typeof IdamUserRoleInput.Type

/**
 * `Insight.Status`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const InsightStatus = openEnum("PENDING", "SUCCESS", "FAILED")

/**
 * @since 0.2.0
 * @category Models
 */
export type InsightStatus = typeof InsightStatus.Type

/**
 * `Insight.TargetKind`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const InsightTargetKind = openEnum(
  "ACCOUNT",
  "CUSTOMER",
  "ORGANISATION",
  "ORGANISATIONAL_UNIT",
  "OTHER",
  "POLICY",
  "SERVICE_CONFIGURATION"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type InsightTargetKind = typeof InsightTargetKind.Type

/**
 * Component `Insight`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Insight = Schema.Struct({
  /** The action / operation made */
  Action: Schema.String,
  /** Created timestamp. */
  CreatedTS: DateTime,
  /** Id of the entry in the source system */
  EventSourceId: Schema.String,
  /** The system that originated this entry */
  EventSourceKind: Schema.String,
  Id: RoUuidv4,
  OrganisationId: RoUuidv4,
  Status: InsightStatus,
  TargetId: optional(NullableUuidv4),
  TargetKind: InsightTargetKind,
  UserId: Uuidv4
}).annotations({ identifier: "Insight" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Insight extends Schema.Schema.Type<typeof Insight> {}

/**
 * Component `KeyValueRequestParameter`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const KeyValueRequestParameter = Schema.Struct({
  Key: Schema.String,
  Value: Schema.String
}).annotations({ identifier: "KeyValueRequestParameter" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface KeyValueRequestParameter extends Schema.Schema.Type<typeof KeyValueRequestParameter> {}

/**
 * `KeyValueRequestParameter` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const KeyValueRequestParameterInput = Schema.NullOr(Schema.Struct({
  Key: Schema.String,
  Value: Schema.String
}))

/**
 * @since 0.2.0
 * @category Models
 */
export type KeyValueRequestParameterInput = typeof KeyValueRequestParameterInput.Type

/**
 * A list of interface vpc endpoints
 *
 * (Component `interface-endpoint`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const InterfaceEndpoint = openEnum(
  "access-analyzer",
  "application-autoscaling",
  "appmesh-envoy-management",
  "appstream.api",
  "appstream.streaming",
  "athena",
  "autoscaling",
  "autoscaling-plans",
  "awsconnector",
  "backup",
  "clouddirectory",
  "cloudformation",
  "cloudtrail",
  "codeartifact.api",
  "codeartifact.repositories",
  "codebuild",
  "codecommit",
  "codedeploy",
  "codedeploy-commands-secure",
  "codepipeline",
  "config",
  "datasync",
  "dms",
  "ebs",
  "ec2",
  "ec2messages",
  "ecr.api",
  "ecr.dkr",
  "ecs",
  "ecs-agent",
  "ecs-telemetry",
  "elasticfilesystem",
  "elasticfilesystem-fips",
  "elasticloadbalancing",
  "email-smtp",
  "events",
  "execute-api",
  "fsx",
  "git-codecommit",
  "glue",
  "imagebuilder",
  "kinesis-firehose",
  "kinesis-streams",
  "kms",
  "lambda",
  "logs",
  "mgn",
  "monitoring",
  "notebook",
  "qldb.session",
  "rds",
  "rds-data",
  "rekognition",
  "s3interface",
  "sagemaker.api",
  "sagemaker.runtime",
  "secretsmanager",
  "securityhub",
  "servicecatalog",
  "sms",
  "sns",
  "sqs",
  "ssm",
  "ssmmessages",
  "storagegateway",
  "sts",
  "transfer",
  "transfer.server",
  "workspaces",
  "xray"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type InterfaceEndpoint = typeof InterfaceEndpoint.Type

/**
 * `interface-endpoint` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const InterfaceEndpointInput = strictEnum(
  "access-analyzer",
  "application-autoscaling",
  "appmesh-envoy-management",
  "appstream.api",
  "appstream.streaming",
  "athena",
  "autoscaling",
  "autoscaling-plans",
  "awsconnector",
  "backup",
  "clouddirectory",
  "cloudformation",
  "cloudtrail",
  "codeartifact.api",
  "codeartifact.repositories",
  "codebuild",
  "codecommit",
  "codedeploy",
  "codedeploy-commands-secure",
  "codepipeline",
  "config",
  "datasync",
  "dms",
  "ebs",
  "ec2",
  "ec2messages",
  "ecr.api",
  "ecr.dkr",
  "ecs",
  "ecs-agent",
  "ecs-telemetry",
  "elasticfilesystem",
  "elasticfilesystem-fips",
  "elasticloadbalancing",
  "email-smtp",
  "events",
  "execute-api",
  "fsx",
  "git-codecommit",
  "glue",
  "imagebuilder",
  "kinesis-firehose",
  "kinesis-streams",
  "kms",
  "lambda",
  "logs",
  "mgn",
  "monitoring",
  "notebook",
  "qldb.session",
  "rds",
  "rds-data",
  "rekognition",
  "s3interface",
  "sagemaker.api",
  "sagemaker.runtime",
  "secretsmanager",
  "securityhub",
  "servicecatalog",
  "sms",
  "sns",
  "sqs",
  "ssm",
  "ssmmessages",
  "storagegateway",
  "sts",
  "transfer",
  "transfer.server",
  "workspaces",
  "xray"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type InterfaceEndpointInput = typeof InterfaceEndpointInput.Type

/**
 * The status of the Stax Networking Hub.
 *
 * (`NetworkingHub.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const NetworkingHubStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type NetworkingHubStatus = typeof NetworkingHubStatus.Type

/**
 * Component `NetworkingHub`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const NetworkingHub = Schema.Struct({
  AccountId: Uuidv4,
  /** A private Autonomous System Number (ASN) for the Amazon side of a BGP session */
  Asn: optional(Schema.Number),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Longer description of what the Stax Networking Hub is used for. */
  Description: optional(Schema.String),
  Id: RoUuidv4,
  InterfaceEndpoints: optional(Schema.Array(InterfaceEndpoint)),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of Stax Networking Hub. */
  Name: Schema.String,
  OrganisationId: optional(RoUuidv4),
  /** The suffix used to create Route53 Private Hosted Zones names within the Networking Hub, cannot be modified once set */
  PhzSuffix: optional(Schema.String),
  /** Boolean value declaring if redundant Interface VPC Endpoints will be created */
  RedundantEndpoints: optional(Schema.Boolean),
  Region: AwsRegion,
  /** The status of the Stax Networking Hub. */
  Status: optional(NetworkingHubStatus),
  Tags: optional(NetworkingTags),
  UserTaskId: optional(NullableUuidv4),
  /** Boolean value declaring to enable or disable Equal Cost Multipath Protocol support */
  VpnEcmpSupport: optional(Schema.Boolean)
}).annotations({ identifier: "NetworkingHub" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface NetworkingHub extends Schema.Schema.Type<typeof NetworkingHub> {}

/**
 * Component `Null`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Null = Schema.Null

/**
 * @since 0.2.0
 * @category Models
 */
export type Null = typeof Null.Type

/**
 * The Auth Provider for the Organisation.
 *
 * (`Organisation.AuthProvider`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationAuthProvider = openEnum("V1", "V2")

/**
 * @since 0.2.0
 * @category Models
 */
export type OrganisationAuthProvider = typeof OrganisationAuthProvider.Type

/**
 * Default AWS Support level set on Accounts in your Organisation.
 *
 * (`Organisation.AwsSupportType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationAwsSupportType = openEnum("BASIC", "DEVELOPER", "BUSINESS", "ENTERPRISE")

/**
 * @since 0.2.0
 * @category Models
 */
export type OrganisationAwsSupportType = typeof OrganisationAwsSupportType.Type

/**
 * Compliance type for the Organisation.
 *
 * (`Organisation.ComplianceType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationComplianceType = openEnum("APRA", "PCI", "SOC2")

/**
 * @since 0.2.0
 * @category Models
 */
export type OrganisationComplianceType = typeof OrganisationComplianceType.Type

/**
 * `Organisation.Features`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationFeatures = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganisationFeatures extends Schema.Schema.Type<typeof OrganisationFeatures> {}

/**
 * The type of Landing Zone for the Organisation.
 *
 * (`Organisation.LandingZoneType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationLandingZoneType = openEnum("STAX", "VLZAWS")

/**
 * @since 0.2.0
 * @category Models
 */
export type OrganisationLandingZoneType = typeof OrganisationLandingZoneType.Type

/**
 * Status of the Organisation.
 *
 * (`Organisation.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationStatus = openEnum("NEW", "INITIALIZING", "ACTIVE", "SUSPENDED")

/**
 * @since 0.2.0
 * @category Models
 */
export type OrganisationStatus = typeof OrganisationStatus.Type

/**
 * Component `Organisation`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Organisation = Schema.Struct({
  /** Alias for your Organisation. This alias will be used in the URL of your Stax Identity Broker. Allowed characters include a-z, 0-9 and hyphens (except start and end). */
  Alias: optional(Schema.String),
  /** Allowed email domains for the Organisation, this limits who can be invited to your Team. */
  AllowedDomains: optional(Schema.Array(Schema.String)),
  AttachedPolicies: optional(Schema.Array(RoUuidv4)),
  /** The Auth Provider for the Organisation. */
  AuthProvider: optional(OrganisationAuthProvider),
  /** AWS Accounts will be registered with email addresses fitting this pattern. Please ensure these email addresses are secured, as they can be used for Root Credential recovery. */
  AwsAccountEmailTemplate: optional(Schema.String),
  /** AWS Partner Led Support - if you have partner led support then Stax Support will open AWS Support cases on your behalf. */
  AwsPartnerSupport: optional(Schema.Boolean),
  /** Default AWS Support level set on Accounts in your Organisation. */
  AwsSupportType: optional(OrganisationAwsSupportType),
  /** Compliance type for the Organisation. */
  ComplianceType: optional(OrganisationComplianceType),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  CustomerId: optional(RoUuidv4),
  ExternalStaxId: optional(RoUuidv4),
  Features: optional(OrganisationFeatures),
  Id: RoUuidv4,
  /** The type of Landing Zone for the Organisation. */
  LandingZoneType: optional(OrganisationLandingZoneType),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Organisation */
  Name: optional(Schema.String),
  Region: optional(DefaultAwsRegion),
  /** A list of Available AWS Regions for the Organisation */
  Regions: optional(Schema.Array(AwsRegion)),
  SpotlightSsoURL: optional(Schema.String),
  /** Status of the Organisation. */
  Status: optional(OrganisationStatus),
  SystemUserId: optional(NullableUuidv4),
  UserTaskId: optional(RoUuidv4)
}).annotations({ identifier: "Organisation" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Organisation extends Schema.Schema.Type<typeof Organisation> {}

/**
 * Type of the organisational unit.
 *
 * (`OrganisationalUnit.OrganisationalUnitType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationalUnitOrganisationalUnitType = openEnum("ROOT", "STAX_DEFAULT", "STAX_SECURITY", "STAX_ACCOUNT_POOL", "ORGANISATION_ROOT", "CHILD")

/**
 * @since 0.2.0
 * @category Models
 */
export type OrganisationalUnitOrganisationalUnitType = typeof OrganisationalUnitOrganisationalUnitType.Type

/**
 * Status of the organisational unit.
 *
 * (`OrganisationalUnit.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationalUnitStatus = openEnum(
  "ACTIVE",
  "CREATE_FAILED",
  "CREATE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "DELETE_IN_PROGRESS",
  "UPDATE_IN_PROGRESS"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type OrganisationalUnitStatus = typeof OrganisationalUnitStatus.Type

/**
 * Component `OrganisationalUnit`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationalUnit = Schema.Struct({
  AwsId: optional(Schema.String),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: DateTime,
  /** Boolean value to determine if the resource did not originate from Stax. */
  ExternalResource: optional(Schema.Boolean),
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: DateTime,
  /** Name of the Organisational Unit. */
  Name: Schema.String,
  OrganisationId: RoUuidv4,
  /** Type of the organisational unit. */
  OrganisationalUnitType: OrganisationalUnitOrganisationalUnitType,
  ParentOrganisationalUnitId: optional(NullableUuidv4),
  /** Status of the organisational unit. */
  Status: OrganisationalUnitStatus,
  Tags: optional(StaxTags),
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "OrganisationalUnit" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganisationalUnit extends Schema.Schema.Type<typeof OrganisationalUnit> {}

/**
 * A configuration that contains generic settings to be applied to the entire Stax Organization.
 *
 * (Component `OrganizationConfiguration`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganizationConfiguration = Schema.Struct({
  BEDROCK_ALLOW_CROSS_REGIONAL_ACCESS: optional(Schema.Boolean)
}).annotations({ identifier: "OrganizationConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganizationConfiguration extends Schema.Schema.Type<typeof OrganizationConfiguration> {}

/**
 * `OrganizationConfiguration` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganizationConfigurationInput = Schema.Struct({
  BEDROCK_ALLOW_CROSS_REGIONAL_ACCESS: optional(Schema.Boolean)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganizationConfigurationInput extends Schema.Schema.Type<typeof OrganizationConfigurationInput> {}

/**
 * Feature flags for the Stax Organization.
 *
 * (Component `OrganizationFeatures`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganizationFeatures = Schema.Struct({
  NetworksEnabled: Schema.Boolean,
  WorkloadsEnabled: Schema.Boolean
}).annotations({ identifier: "OrganizationFeatures" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganizationFeatures extends Schema.Schema.Type<typeof OrganizationFeatures> {}

/**
 * Pagination metadata. Present when limit and offset parameters are supplied.
 *
 * (Component `Pagination`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Pagination = Schema.Struct({
  /** Offset value to provide to retrieve the next set of items. Null when there are no more pages to fetch. */
  NextOffset: optional(Schema.Number),
  /** Offset value to provide to retrieve the previous set of items. Null when the first page is returned. */
  PrevOffset: optional(Schema.Number),
  /** Total number of items in the full pagination set after filters are applied. */
  Total: Schema.Number
}).annotations({ identifier: "Pagination" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Pagination extends Schema.Schema.Type<typeof Pagination> {}

/**
 * `Policy.Content`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PolicyContent = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * @since 0.2.0
 * @category Models
 */
export interface PolicyContent extends Schema.Schema.Type<typeof PolicyContent> {}

/**
 * `Policy.OrganisationAttachment`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PolicyOrganisationAttachment = Schema.Struct({
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: DateTime,
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: DateTime,
  OrganisationId: RoUuidv4,
  PolicyId: RoUuidv4,
  /** Status of the Organisation Policy. */
  Status: openEnum(
    "ACTIVE",
    "CREATE_FAILED",
    "CREATE_IN_PROGRESS",
    "DELETED",
    "DELETE_FAILED",
    "DELETE_IN_PROGRESS",
    "UPDATE_IN_PROGRESS",
    "UPDATE_FAILED"
  ),
  UserTaskId: optional(NullableUuidv4)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface PolicyOrganisationAttachment extends Schema.Schema.Type<typeof PolicyOrganisationAttachment> {}

/**
 * The Owner of the Policy.
 *
 * (`Policy.PolicyOwner`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PolicyPolicyOwner = openEnum("AWS", "STAX", "ORGANISATION")

/**
 * @since 0.2.0
 * @category Models
 */
export type PolicyPolicyOwner = typeof PolicyPolicyOwner.Type

/**
 * The Type of Policy.
 *
 * (`Policy.PolicyType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PolicyPolicyType = openEnum("SCP")

/**
 * @since 0.2.0
 * @category Models
 */
export type PolicyPolicyType = typeof PolicyPolicyType.Type

/**
 * Status of the Policy.
 *
 * (`Policy.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PolicyStatus = openEnum(
  "ACTIVE",
  "CREATE_FAILED",
  "CREATE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "DELETE_IN_PROGRESS",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type PolicyStatus = typeof PolicyStatus.Type

/**
 * Component `Policy`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Policy = Schema.Struct({
  /** The Aws Id of the Policy. */
  AwsId: optional(Schema.String),
  Content: PolicyContent,
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: DateTime,
  /** Description of the Policy. */
  Description: optional(Schema.String),
  /** Boolean value to determine if the resource did not originate from Stax. */
  ExternalResource: Schema.Boolean,
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: DateTime,
  /** Name of the Policy. */
  Name: Schema.String,
  OrganisationAttachment: optional(PolicyOrganisationAttachment),
  OrganisationId: RoUuidv4,
  /** The Owner of the Policy. */
  PolicyOwner: PolicyPolicyOwner,
  /** The Type of Policy. */
  PolicyType: PolicyPolicyType,
  /** Status of the Policy. */
  Status: PolicyStatus,
  Tags: optional(StaxTags),
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "Policy" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Policy extends Schema.Schema.Type<typeof Policy> {}

/**
 * Type of the Policy Attachment.
 *
 * (`PolicyAttachment.PolicyAttachmentType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PolicyAttachmentPolicyAttachmentType = openEnum("STAX_MANDATORY", "STAX_ORGANISATION", "ORGANISATIONAL_UNIT", "ACCOUNT")

/**
 * @since 0.2.0
 * @category Models
 */
export type PolicyAttachmentPolicyAttachmentType = typeof PolicyAttachmentPolicyAttachmentType.Type

/**
 * Status of the Policy Attachment.
 *
 * (`PolicyAttachment.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PolicyAttachmentStatus = openEnum(
  "ACTIVE",
  "CREATE_FAILED",
  "CREATE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "DELETE_IN_PROGRESS",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type PolicyAttachmentStatus = typeof PolicyAttachmentStatus.Type

/**
 * Component `PolicyAttachment`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PolicyAttachment = Schema.Struct({
  AccountId: optional(NullableUuidv4),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: DateTime,
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: DateTime,
  OrganisationId: RoUuidv4,
  OrganisationalUnitId: optional(NullableUuidv4),
  /** Type of the Policy Attachment. */
  PolicyAttachmentType: PolicyAttachmentPolicyAttachmentType,
  PolicyId: Uuidv4,
  /** Status of the Policy Attachment. */
  Status: PolicyAttachmentStatus,
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "PolicyAttachment" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface PolicyAttachment extends Schema.Schema.Type<typeof PolicyAttachment> {}

/**
 * The type of Prefix List.
 *
 * (`PrefixList.PrefixListType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PrefixListPrefixListType = openEnum("VPC", "HUB")

/**
 * @since 0.2.0
 * @category Models
 */
export type PrefixListPrefixListType = typeof PrefixListPrefixListType.Type

/**
 * The status of the Stax Prefix List.
 *
 * (`PrefixList.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PrefixListStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type PrefixListStatus = typeof PrefixListStatus.Type

/**
 * The type of the target for the HUB Prefix List associations.
 *
 * (`PrefixList.TargetType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PrefixListTargetType = openEnum("BLACKHOLE", "VPC", "VPN", "DIRECT_CONNECT_GATEWAY", "HUB_PEERING")

/**
 * @since 0.2.0
 * @category Models
 */
export type PrefixListTargetType = typeof PrefixListTargetType.Type

/**
 * Component `PrefixList`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PrefixList = Schema.Struct({
  /** The AWS Id of the Prefix List. */
  AwsPrefixListId: optional(Schema.String),
  /** The AWS Id of either a VPN, VPC or Direct Connect Gateway to the target of the HUB Prefix List associations. */
  AwsTargetId: optional(Schema.String),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** The CIDR Ranges to include in the Prefix List. */
  Entries: Schema.Array(Schema.String),
  Id: RoUuidv4,
  /** The maximum number of CIDR entries that can exist in the Prefix List. */
  MaxEntries: Schema.Number,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Stax Prefix List. */
  Name: Schema.String,
  NetworkingHubId: RoUuidv4,
  /** The type of Prefix List. */
  PrefixListType: PrefixListPrefixListType,
  /** The TGW Route Table types to associate a HUB Prefix List with. */
  RouteTableTypes: optional(Schema.Array(openEnum("INFRASTRUCTURE", "ISOLATED", "ONPREMISES", "FLAT"))),
  /** The status of the Stax Prefix List. */
  Status: PrefixListStatus,
  /** The subnet types to associate a VPC Prefix List with. */
  SubnetTypes: optional(Schema.Array(openEnum("PRIVATE", "PUBLIC", "RESTRICTED", "CONNECTIVITY", "ENDPOINT"))),
  Tags: optional(NetworkingTags),
  /** The Stax Id of either a VPN, VPC or Direct Connect Gateway which will be the target of the HUB Prefix List. */
  TargetId: optional(Schema.String),
  /** The type of the target for the HUB Prefix List associations. */
  TargetType: optional(PrefixListTargetType),
  UserTaskId: optional(NullableUuidv4),
  /** The list of Stax VPC Ids to associate a VPC Prefix List with. */
  VpcIds: optional(Schema.Array(Uuidv4)),
  /** The VPC types to associate a VPC Prefix List with. */
  VpcTypes: optional(Schema.Array(openEnum("TRANSIT", "ISOLATED", "FLAT", "SHAREDSERVICES"))),
  /** The VPC Zones to associate a VPC or HUB Prefix List with. */
  Zones: optional(Schema.Array(Schema.String))
}).annotations({ identifier: "PrefixList" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface PrefixList extends Schema.Schema.Type<typeof PrefixList> {}

/**
 * Component `PrivateAssociation`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PrivateAssociation = Schema.Struct({
  /** The CIDR Ranges to advertise to on-premises. */
  Prefixes: Schema.Array(Schema.String),
  VpcId: Uuidv4
}).annotations({ identifier: "PrivateAssociation" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface PrivateAssociation extends Schema.Schema.Type<typeof PrivateAssociation> {}

/**
 * Lists all AWS Regions and groups them by their enabled or disabled status, all AWS Regions must be supplied.
 *
 * (Component `RegionsConfiguration`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const RegionsConfiguration = Schema.Struct({
  /** The regions to disable for the Stax Organisation */
  Disabled: Schema.Array(AwsRegion),
  /** The regions to enable for the Stax Organisation */
  Enabled: Schema.Array(AwsRegion)
}).annotations({ identifier: "RegionsConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface RegionsConfiguration extends Schema.Schema.Type<typeof RegionsConfiguration> {}

/**
 * `RegionsConfiguration` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const RegionsConfigurationInput = Schema.Struct({
  /** The regions to disable for the Stax Organisation */
  Disabled: Schema.Array(AwsRegionInput),
  /** The regions to enable for the Stax Organisation */
  Enabled: Schema.Array(AwsRegionInput)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface RegionsConfigurationInput extends Schema.Schema.Type<typeof RegionsConfigurationInput> {}

/**
 * `SecurityHubConfiguration.Standards`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const SecurityHubConfigurationStandards = Schema.Struct({
  AWS_FOUNDATIONAL_SECURITY_BEST_PRACTICES_1_0_0: Schema.Boolean,
  /** List of AWS Regions to enable security hub standards in. */
  AWS_REGIONS: Schema.Array(AwsRegion),
  AWS_RESOURCE_TAGGING_STANDARD_1_0_0: optional(Schema.Boolean),
  CIS_AWS_FOUNDATIONS_BENCHMARK_1_2_0: Schema.Boolean,
  CIS_AWS_FOUNDATIONS_BENCHMARK_1_4_0: Schema.Boolean,
  CIS_AWS_FOUNDATIONS_BENCHMARK_3_0_0: optional(Schema.Boolean),
  CIS_AWS_FOUNDATIONS_BENCHMARK_5_0_0: optional(Schema.Boolean),
  NIST_SP_800_171_REVISION_2: optional(Schema.Boolean),
  NIST_SP_800_53_REVISION_5: optional(Schema.Boolean),
  PCI_DSS_3_2_1: Schema.Boolean,
  PCI_DSS_4_0_1: optional(Schema.Boolean)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface SecurityHubConfigurationStandards extends Schema.Schema.Type<typeof SecurityHubConfigurationStandards> {}

/**
 * Component `SecurityHubConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const SecurityHubConfiguration = Schema.Struct({
  Standards: SecurityHubConfigurationStandards
}).annotations({ identifier: "SecurityHubConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface SecurityHubConfiguration extends Schema.Schema.Type<typeof SecurityHubConfiguration> {}

/**
 * `SecurityHubConfiguration` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const SecurityHubConfigurationInput = Schema.Struct({
  Standards: Schema.Struct({
    AWS_FOUNDATIONAL_SECURITY_BEST_PRACTICES_1_0_0: Schema.Boolean,
    /** List of AWS Regions to enable security hub standards in. */
    AWS_REGIONS: Schema.Array(AwsRegionInput),
    AWS_RESOURCE_TAGGING_STANDARD_1_0_0: optional(Schema.Boolean),
    CIS_AWS_FOUNDATIONS_BENCHMARK_1_2_0: Schema.Boolean,
    CIS_AWS_FOUNDATIONS_BENCHMARK_1_4_0: Schema.Boolean,
    CIS_AWS_FOUNDATIONS_BENCHMARK_3_0_0: optional(Schema.Boolean),
    CIS_AWS_FOUNDATIONS_BENCHMARK_5_0_0: optional(Schema.Boolean),
    NIST_SP_800_171_REVISION_2: optional(Schema.Boolean),
    NIST_SP_800_53_REVISION_5: optional(Schema.Boolean),
    PCI_DSS_3_2_1: Schema.Boolean,
    PCI_DSS_4_0_1: optional(Schema.Boolean)
  })
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface SecurityHubConfigurationInput extends Schema.Schema.Type<typeof SecurityHubConfigurationInput> {}

/**
 * The service to configure
 *
 * (`ServiceConfiguration.Service`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ServiceConfigurationService = openEnum("SECURITYHUB", "GUARDDUTY", "REGIONS", "ACCOUNT", "GUARDRAILS", "ORGANIZATION", "SSO")

/**
 * @since 0.2.0
 * @category Models
 */
export type ServiceConfigurationService = typeof ServiceConfigurationService.Type

/**
 * The status of the service configuration
 *
 * (`ServiceConfiguration.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ServiceConfigurationStatus = openEnum("ACTIVE", "INACTIVE", "CONFIGURING", "ERROR")

/**
 * @since 0.2.0
 * @category Models
 */
export type ServiceConfigurationStatus = typeof ServiceConfigurationStatus.Type

/**
 * Component `ServiceConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ServiceConfiguration = Schema.Struct({
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Set to True if enabling an organisation service like guardduty. */
  Enabled: Schema.Boolean,
  /** The exclusions for the service configuration */
  Exclusions: optional(Schema.Array(Schema.String)),
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  OrganisationId: RoUuidv4,
  /** The service to configure */
  Service: ServiceConfigurationService,
  /** The status of the service configuration */
  Status: ServiceConfigurationStatus,
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "ServiceConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ServiceConfiguration extends Schema.Schema.Type<typeof ServiceConfiguration> {}

/**
 * `SsoConfiguration.IAM_IDENTITY_CENTRE`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const SsoConfigurationIAMIDENTITYCENTRE = Schema.Struct({
  AWS_ACCOUNT_ID: optional(Schema.String),
  AWS_IDENTITY_STORE_ID: optional(Schema.String),
  AWS_INSTANCE_ID: optional(Schema.String),
  AWS_REGION: optional(NullableAwsRegion),
  ENABLED: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface SsoConfigurationIAMIDENTITYCENTRE extends Schema.Schema.Type<typeof SsoConfigurationIAMIDENTITYCENTRE> {}

/**
 * `SsoConfiguration.LOCAL`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const SsoConfigurationLOCAL = Schema.Struct({
  ENABLED: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface SsoConfigurationLOCAL extends Schema.Schema.Type<typeof SsoConfigurationLOCAL> {}

/**
 * `SsoConfiguration.MFA`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const SsoConfigurationMFA = Schema.Struct({
  REQUIRED: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface SsoConfigurationMFA extends Schema.Schema.Type<typeof SsoConfigurationMFA> {}

/**
 * `SsoConfiguration.SAML`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const SsoConfigurationSAML = Schema.Struct({
  ENABLED: Schema.Boolean,
  METADATA_URL: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface SsoConfigurationSAML extends Schema.Schema.Type<typeof SsoConfigurationSAML> {}

/**
 * Component `SsoConfiguration`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const SsoConfiguration = Schema.Struct({
  IAM_IDENTITY_CENTRE: SsoConfigurationIAMIDENTITYCENTRE,
  LOCAL: SsoConfigurationLOCAL,
  MFA: SsoConfigurationMFA,
  SAML: SsoConfigurationSAML
}).annotations({ identifier: "SsoConfiguration" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface SsoConfiguration extends Schema.Schema.Type<typeof SsoConfiguration> {}

/**
 * Component `TaskEventDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const TaskEventDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String,
  TaskId: optional(RoUuidv4)
}).annotations({ identifier: "TaskEventDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface TaskEventDetail extends Schema.Schema.Type<typeof TaskEventDetail> {}

/**
 * Component `StaxEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const StaxEvent = Schema.Struct({
  DetailType: Schema.String,
  Detail: optional(TaskEventDetail)
}).annotations({ identifier: "StaxEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface StaxEvent extends Schema.Schema.Type<typeof StaxEvent> {}

/**
 * Component `TraceEventDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const TraceEventDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String,
  TraceId: optional(Schema.String)
}).annotations({ identifier: "TraceEventDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface TraceEventDetail extends Schema.Schema.Type<typeof TraceEventDetail> {}

/**
 * Component `TransitAssociation`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const TransitAssociation = Schema.Struct({
  NetworkingHubId: Uuidv4,
  /** The CIDR Ranges to advertise to on-premises. */
  Prefixes: Schema.Array(Schema.String)
}).annotations({ identifier: "TransitAssociation" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface TransitAssociation extends Schema.Schema.Type<typeof TransitAssociation> {}

/**
 * The status of the VPN tunnel.
 *
 * (`TunnelMapping.TunnelStatus`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const TunnelMappingTunnelStatus = openEnum("up", "down")

/**
 * @since 0.2.0
 * @category Models
 */
export type TunnelMappingTunnelStatus = typeof TunnelMappingTunnelStatus.Type

/**
 * Component `TunnelMapping`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const TunnelMapping = Schema.Struct({
  /** The name of VPN tunnel */
  TunnelName: optional(Schema.String),
  /** The status of the VPN tunnel. */
  TunnelStatus: optional(TunnelMappingTunnelStatus)
}).annotations({ identifier: "TunnelMapping" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface TunnelMapping extends Schema.Schema.Type<typeof TunnelMapping> {}

/**
 * Component `UpdateCatalogueDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateCatalogueDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String,
  TraceId: optional(Schema.String),
  WorkloadCatalogueItem: optional(CatalogueData)
}).annotations({ identifier: "UpdateCatalogueDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateCatalogueDetail extends Schema.Schema.Type<typeof UpdateCatalogueDetail> {}

/**
 * Component `UpdateCatalogueEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateCatalogueEvent = Schema.Struct({
  DetailType: Schema.String,
  CatalogueId: optional(RoUuidv4),
  CustomerId: optional(RoUuidv4),
  Detail: UpdateCatalogueDetail,
  TaskId: optional(RoUuidv4),
  TraceId: optional(Schema.String)
}).annotations({ identifier: "UpdateCatalogueEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateCatalogueEvent extends Schema.Schema.Type<typeof UpdateCatalogueEvent> {}

/**
 * Component `UpdateWorkloadDetail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateWorkloadDetail = Schema.Struct({
  Message: optional(MessageEventDetail),
  Operation: Operation,
  OperationStatus: OperationStatus,
  Severity: Schema.String,
  Workload: optional(WorkloadData)
}).annotations({ identifier: "UpdateWorkloadDetail" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateWorkloadDetail extends Schema.Schema.Type<typeof UpdateWorkloadDetail> {}

/**
 * Component `UpdateWorkloadEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateWorkloadEvent = Schema.Struct({
  DetailType: Schema.String,
  Detail: optional(UpdateWorkloadDetail),
  WorkloadId: optional(RoUuidv4)
}).annotations({ identifier: "UpdateWorkloadEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateWorkloadEvent extends Schema.Schema.Type<typeof UpdateWorkloadEvent> {}

/**
 * Status of the User.
 *
 * (`User.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UserStatus = openEnum("ACTIVE", "DISABLED", "DELETED", "INVITED", "NEW")

/**
 * @since 0.2.0
 * @category Models
 */
export type UserStatus = typeof UserStatus.Type

/**
 * Component `User`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const User = Schema.Struct({
  AuthOrigin: optional(Schema.String),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  CustomerId: optional(Uuidv4),
  /** Email address of User. */
  Email: Schema.String,
  /** Given Name of the User. */
  FirstName: optional(Schema.String),
  Id: RoUuidv4,
  /** Family Name of the User. */
  LastName: optional(Schema.String),
  /** Identifies if multi-factor authentication is enabled. Null for federated users and true or false for local users. */
  MFAEnabled: optional(Schema.Boolean),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Concatenation of first and last name. Defaults to email address if neither are present. */
  Name: Schema.String,
  OrganisationId: optional(NullableUuidv4),
  Role: optional(Role),
  /** Status of the User. */
  Status: optional(UserStatus),
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "User" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface User extends Schema.Schema.Type<typeof User> {}

/**
 * Component `UserGroupMemberMap`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UserGroupMemberMap = Schema.Struct({
  GroupId: Uuidv4,
  UserId: Uuidv4
}).annotations({ identifier: "UserGroupMemberMap" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UserGroupMemberMap extends Schema.Schema.Type<typeof UserGroupMemberMap> {}

/**
 * `UserGroupMemberMap` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UserGroupMemberMapInput = Schema.Struct({
  GroupId: Uuidv4Input,
  UserId: Uuidv4Input
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UserGroupMemberMapInput extends Schema.Schema.Type<typeof UserGroupMemberMapInput> {}

/**
 * A list of gateway vpc endpoints
 *
 * (Component `gateway-endpoint`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GatewayEndpoint = openEnum("dynamodb", "s3")

/**
 * @since 0.2.0
 * @category Models
 */
export type GatewayEndpoint = typeof GatewayEndpoint.Type

/**
 * `gateway-endpoint` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GatewayEndpointInput = strictEnum("dynamodb", "s3")

/**
 * @since 0.2.0
 * @category Models
 */
export type GatewayEndpointInput = typeof GatewayEndpointInput.Type

/**
 * Size of the VPC.
 *
 * (`VPC.Size`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VPCSize = openEnum("SMALL", "MEDIUM", "LARGE")

/**
 * @since 0.2.0
 * @category Models
 */
export type VPCSize = typeof VPCSize.Type

/**
 * The status of the Stax VPC.
 *
 * (`VPC.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VPCStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type VPCStatus = typeof VPCStatus.Type

/**
 * Type of VPC. The Type determines what Route Tables are attached to the VPC
 *
 * (`VPC.Type`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VPCType = openEnum("FLAT", "ISOLATED", "SHAREDSERVICES", "TRANSIT")

/**
 * @since 0.2.0
 * @category Models
 */
export type VPCType = typeof VPCType.Type

/**
 * Component `VPC`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VPC = Schema.Struct({
  AccountId: Uuidv4,
  /** The AWS VPC ID. */
  AwsVpcId: optional(Schema.String),
  /** CIDR Range in quad dot notation. This range is a private network range with a size between /8 to /23 */
  Cidr: optional(Schema.String),
  CidrRangeId: optional(Uuidv4),
  /** Boolean value declaring to utilise a Cloudwatch log group for VPC Flow logs */
  CreateFlowlogCwl: optional(Schema.Boolean),
  /** Boolean value declaring if Internet Gateway is enabled */
  CreateIgw: optional(Schema.Boolean),
  /** Boolean value declaring if NAT Gateways is enabled */
  CreateNat: optional(Schema.Boolean),
  /** Boolean value declaring if a Virtual Private Gateway is enabled */
  CreateVgw: optional(Schema.Boolean),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Longer description of what the Stax VPC is used for. */
  Description: optional(Schema.String),
  GatewayEndpoints: optional(Schema.Array(GatewayEndpoint)),
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of Stax VPC */
  Name: Schema.String,
  NetworkingHubId: optional(Uuidv4),
  /** The Route53 Private Hosted Zone Id for the VPC */
  PhzId: optional(Schema.String),
  /** The unique prefix to combine with the PhzSuffix to create a Route53 Private Hosted Zone for the VPC, cannot be modified once set */
  PhzPrefix: optional(Schema.String),
  /** Boolean value declaring if redundant NAT Gateways will be created */
  RedundantNat: optional(Schema.Boolean),
  Region: AwsRegion,
  /** Size of the VPC. */
  Size: optional(VPCSize),
  /** The status of the Stax VPC. */
  Status: optional(VPCStatus),
  Tags: optional(NetworkingTags),
  /** Type of VPC. The Type determines what Route Tables are attached to the VPC */
  Type: optional(VPCType),
  UserTaskId: optional(NullableUuidv4),
  /** The ASN of the Virtual Private Gateway. */
  VgwAsn: optional(Schema.Number),
  /** All 'Flat' VPCs in the same Zone can communicate to each other. */
  Zone: optional(Schema.String)
}).annotations({ identifier: "VPC" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface VPC extends Schema.Schema.Type<typeof VPC> {}

/**
 * Component `VifMap`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VifMap = Schema.Struct({
  /** ASN to assign to the Direct Connect VIF. */
  Asn: Schema.Number,
  /** AWS Id of the Direct Connect Connection. */
  AwsConnectionId: Schema.String,
  /** The BGP peer IP configured on the AWS endpoint. */
  AwsRouterIp: Schema.String,
  /** The password that will be used to authenticate the BGP session. */
  BgpAuthKey: Schema.String,
  DxGatewayId: optional(Uuidv4),
  /** Boolean value to enable Jumbo Frames. */
  JumboMtu: Schema.Boolean,
  /** Name of the Direct Connect VIF. */
  Name: Schema.String,
  /** The BGP peer IP configured on your endpoint. */
  RouterIp: Schema.String,
  Tags: optional(NetworkingTags),
  /** VLAN for the Direct Connect VIF. */
  Vlan: Schema.Number
}).annotations({ identifier: "VifMap" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface VifMap extends Schema.Schema.Type<typeof VifMap> {}

/**
 * `VifMap` in a request (strict).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VifMapInput = Schema.Struct({
  /** ASN to assign to the Direct Connect VIF. */
  Asn: Schema.Int,
  /** AWS Id of the Direct Connect Connection. */
  AwsConnectionId: Schema.String.pipe(Schema.minLength(2), Schema.maxLength(128)),
  /** The BGP peer IP configured on the AWS endpoint. */
  AwsRouterIp: Schema.String,
  /** The password that will be used to authenticate the BGP session. */
  BgpAuthKey: Schema.String,
  DxGatewayId: optional(Uuidv4Input),
  /** Boolean value to enable Jumbo Frames. */
  JumboMtu: Schema.Boolean,
  /** Name of the Direct Connect VIF. */
  Name: Schema.String.pipe(Schema.minLength(2), Schema.maxLength(95), pattern("^[a-zA-Z0-9-_ ]*$")),
  /** The BGP peer IP configured on your endpoint. */
  RouterIp: Schema.String,
  Tags: optional(NetworkingTagsInput),
  /** VLAN for the Direct Connect VIF. */
  Vlan: Schema.Int
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface VifMapInput extends Schema.Schema.Type<typeof VifMapInput> {}

/**
 * Component `VpcConnection`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VpcConnection = Schema.Struct({
  /** Name of Stax VPN Connection. */
  Name: Schema.String,
  Tags: optional(NetworkingTags),
  VpcId: Uuidv4
}).annotations({ identifier: "VpcConnection" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface VpcConnection extends Schema.Schema.Type<typeof VpcConnection> {}

/**
 * The type of routing for the VPN Connection, DYNAMIC or STATIC
 *
 * (`VpnConnection.RoutingType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VpnConnectionRoutingType = openEnum("DYNAMIC", "STATIC")

/**
 * @since 0.2.0
 * @category Models
 */
export type VpnConnectionRoutingType = typeof VpnConnectionRoutingType.Type

/**
 * The status of the Stax VPN Customer Gateway
 *
 * (`VpnConnection.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VpnConnectionStatusEnum = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type VpnConnectionStatusEnum = typeof VpnConnectionStatusEnum.Type

/**
 * The type of VPN Connection.
 *
 * (`VpnConnection.VpnConnectionType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VpnConnectionVpnConnectionType = openEnum("HUB", "VPC")

/**
 * @since 0.2.0
 * @category Models
 */
export type VpnConnectionVpnConnectionType = typeof VpnConnectionVpnConnectionType.Type

/**
 * Component `VpnConnection`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VpnConnection = Schema.Struct({
  /** The AWS Id of the VPN Connection. */
  AwsVpnConnectionId: optional(Schema.String),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  Id: optional(RoUuidv4),
  /** Boolean value to turn on AWS Global Accelerator and the AWS global network for improved performance */
  ImprovedAcceleration: optional(Schema.Boolean),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Customer Gateway. */
  Name: Schema.String,
  NetworkingHubId: optional(Uuidv4),
  /** The type of routing for the VPN Connection, DYNAMIC or STATIC */
  RoutingType: optional(VpnConnectionRoutingType),
  /** The status of the Stax VPN Customer Gateway */
  Status: optional(VpnConnectionStatusEnum),
  Tags: optional(NetworkingTags),
  UserTaskId: optional(NullableUuidv4),
  VpcId: optional(NullableUuidv4),
  /** The type of VPN Connection. */
  VpnConnectionType: optional(VpnConnectionVpnConnectionType),
  VpnCustomerGatewayId: Uuidv4
}).annotations({ identifier: "VpnConnection" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface VpnConnection extends Schema.Schema.Type<typeof VpnConnection> {}

/**
 * Component `VpnConnectionStatus`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VpnConnectionStatus = Schema.Array(TunnelMapping)

/**
 * @since 0.2.0
 * @category Models
 */
export type VpnConnectionStatus = typeof VpnConnectionStatus.Type

/**
 * The status of the Stax VPN Customer Gateway
 *
 * (`VpnCustomerGateway.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VpnCustomerGatewayStatus = openEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type VpnCustomerGatewayStatus = typeof VpnCustomerGatewayStatus.Type

/**
 * Component `VpnCustomerGateway`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const VpnCustomerGateway = Schema.Struct({
  AccountId: Uuidv4,
  /** ASN to assign to the Customer Gateway. */
  Asn: Schema.Number,
  /** The AWS ID of the VPN Customer Gateway. */
  AwsVpnCustomerGatewayId: optional(Schema.String),
  CreatedBy: optional(NullableUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  Id: optional(RoUuidv4),
  /** The IP address for the customer gateway's outside interface. */
  IpAddress: optional(Schema.String),
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Customer Gateway. */
  Name: Schema.String,
  OrganisationId: optional(RoUuidv4),
  Region: optional(AwsRegion),
  /** The status of the Stax VPN Customer Gateway */
  Status: optional(VpnCustomerGatewayStatus),
  Tags: optional(NetworkingTags),
  UserTaskId: optional(NullableUuidv4)
}).annotations({ identifier: "VpnCustomerGateway" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface VpnCustomerGateway extends Schema.Schema.Type<typeof VpnCustomerGateway> {}

/**
 * Current version
 *
 * (`Workload.CatalogueVersion`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const WorkloadCatalogueVersionEnum = Schema.Struct({
  Id: optional(Uuidv4),
  WorkloadVersion: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface WorkloadCatalogueVersionEnum extends Schema.Schema.Type<typeof WorkloadCatalogueVersionEnum> {}

/**
 * Status of the Workload.
 *
 * (`Workload.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const WorkloadStatus = openEnum(
  "NEW",
  "INITIALIZING",
  "ACTIVE",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED",
  "UPDATE_COMPLETE"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type WorkloadStatus = typeof WorkloadStatus.Type

/**
 * Component `Workload`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Workload = Schema.Struct({
  AccountId: Uuidv4,
  CatalogueId: Uuidv4,
  /** Current version */
  CatalogueVersion: optional(WorkloadCatalogueVersionEnum),
  CatalogueVersionId: optional(NullableUuidv4),
  CreatedBy: optional(RoUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** The Workload name. */
  Name: Schema.String,
  OrganisationId: optional(Uuidv4),
  Parameters: optional(Parameter),
  /** Boolean value declaring if the Workload is protected from deletion */
  Protection: optional(Schema.Boolean),
  /** AWS Region the workload will be launched in */
  Region: Schema.String,
  /** Status of the Workload. */
  Status: optional(WorkloadStatus),
  Tags: optional(Tags),
  UserTaskId: optional(RoUuidv4)
}).annotations({ identifier: "Workload" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Workload extends Schema.Schema.Type<typeof Workload> {}

/**
 * Status of the Workload.
 *
 * (`WorkloadCatalogueVersion.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const WorkloadCatalogueVersionStatus = openEnum("NEW", "UPLOADING", "VALIDATING", "ACTIVE", "DELETED", "FAILED")

/**
 * @since 0.2.0
 * @category Models
 */
export type WorkloadCatalogueVersionStatus = typeof WorkloadCatalogueVersionStatus.Type

/**
 * Component `WorkloadCatalogueVersion`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const WorkloadCatalogueVersion = Schema.Struct({
  CatalogueId: optional(RoUuidv4),
  CreatedBy: optional(RoUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Description of the Workload. */
  Description: optional(Schema.String),
  Id: RoUuidv4,
  /** HTTPS/S3 URL of the manifest. Either this or ManifestBody must be provided. */
  ManifestURL: Schema.String,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  Outputs: optional(Schema.Array(Schema.String)),
  Parameters: optional(Schema.Array(Parameter)),
  /** Boolean value declaring if the Workload Catalogue Item is public or private. */
  Public: optional(Schema.Boolean),
  /** Status of the Workload. */
  Status: WorkloadCatalogueVersionStatus,
  UserTaskId: optional(NullableUuidv4),
  WorkloadVersion: Schema.String
}).annotations({ identifier: "WorkloadCatalogueVersion" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface WorkloadCatalogueVersion extends Schema.Schema.Type<typeof WorkloadCatalogueVersion> {}

/**
 * Component `WorkloadCatalogue`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const WorkloadCatalogue = Schema.Struct({
  CatalogueVersionId: optional(NullableUuidv4),
  CreatedBy: optional(RoUuidv4),
  /** Created timestamp. */
  CreatedTS: optional(DateTime),
  /** Description of the Workload. */
  Description: optional(Schema.String),
  Id: RoUuidv4,
  /** Modified timestamp. */
  ModifiedTS: optional(DateTime),
  /** Name of the Workload Catalogue Item to create. */
  Name: Schema.String,
  OrganisationId: Uuidv4,
  /** Boolean value declaring if the Workload Catalogue Item is public or private. */
  Protection: optional(Schema.Boolean),
  /** Boolean value declaring if the Workload Catalogue Item is public or private. */
  Public: optional(Schema.Boolean),
  Status: CatalogueStatus,
  UserTaskId: optional(NullableUuidv4),
  Versions: optional(Schema.Array(WorkloadCatalogueVersion))
}).annotations({ identifier: "WorkloadCatalogue" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface WorkloadCatalogue extends Schema.Schema.Type<typeof WorkloadCatalogue> {}

/**
 * The available default AWS Regions
 *
 * (Component `nullable-DefaultAwsRegion`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const NullableDefaultAwsRegion = openEnum(
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ca-central-1",
  "eu-central-1",
  "eu-north-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type NullableDefaultAwsRegion = typeof NullableDefaultAwsRegion.Type
