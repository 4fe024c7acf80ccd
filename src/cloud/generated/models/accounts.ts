/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `accounts.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { optional } from "../../schema/fields.js"
import * as CommonModels from "./common.js"

/**
 * Component `accounts.CloseAccount`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CloseAccount = Schema.Struct({
  Id: CommonModels.Uuidv4
}).annotations({ identifier: "accounts.CloseAccount" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CloseAccount extends Schema.Schema.Type<typeof CloseAccount> {}

/**
 * `accounts.CloseAccountResponse.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CloseAccountResponseDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CloseAccountResponseDetail extends Schema.Schema.Type<typeof CloseAccountResponseDetail> {}

/**
 * Component `accounts.CloseAccountResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CloseAccountResponse = Schema.Struct({
  CustomerId: optional(CommonModels.RoUuidv4),
  Detail: CloseAccountResponseDetail,
  DetailType: Schema.String,
  TaskId: optional(CommonModels.RoUuidv4),
  TraceId: optional(Schema.String)
}).annotations({ identifier: "accounts.CloseAccountResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CloseAccountResponse extends Schema.Schema.Type<typeof CloseAccountResponse> {}

/**
 * Component `accounts.CreateAccount`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateAccount = Schema.Struct({
  AccountType: Schema.Union(Schema.String, CommonModels.RoUuidv4),
  /** The IAM alias for the account */
  AwsAccountAlias: optional(Schema.String),
  /** Name of the Account. */
  Name: Schema.String,
  OrganisationalUnitId: optional(CommonModels.NullableUuidv4),
  Tags: optional(CommonModels.StaxTags)
}).annotations({ identifier: "accounts.CreateAccount" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateAccount extends Schema.Schema.Type<typeof CreateAccount> {}

/**
 * `accounts.CreateAccountResponse.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateAccountResponseDetail = Schema.Struct({
  Account: optional(Schema.Struct({
    AccountType: optional(Schema.Union(Schema.String, CommonModels.RoUuidv4)),
    /** The IAM alias for the account */
    AwsAccountAlias: optional(Schema.String),
    Name: optional(Schema.String),
    Operation: optional(CommonModels.Operation),
    OrganisationId: optional(CommonModels.RoUuidv4),
    Tags: optional(CommonModels.StaxTags)
  })),
  Message: optional(Schema.String),
  Operation: optional(CommonModels.Operation),
  OperationStatus: optional(CommonModels.OperationStatus),
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateAccountResponseDetail extends Schema.Schema.Type<typeof CreateAccountResponseDetail> {}

/**
 * Component `accounts.CreateAccountResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateAccountResponse = Schema.Struct({
  CustomerId: optional(CommonModels.RoUuidv4),
  Detail: CreateAccountResponseDetail,
  DetailType: Schema.String,
  TaskId: optional(CommonModels.RoUuidv4),
  TraceId: optional(Schema.String)
}).annotations({ identifier: "accounts.CreateAccountResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateAccountResponse extends Schema.Schema.Type<typeof CreateAccountResponse> {}

/**
 * Component `accounts.CreateAccountType`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateAccountType = Schema.Struct({
  /** Name of the Account Type. */
  Name: Schema.String
}).annotations({ identifier: "accounts.CreateAccountType" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateAccountType extends Schema.Schema.Type<typeof CreateAccountType> {}

/**
 * `accounts.CreateAccountTypeResponse.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateAccountTypeResponseDetail = Schema.Struct({
  AccountType: CommonModels.AccountType,
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: Schema.String
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateAccountTypeResponseDetail extends Schema.Schema.Type<typeof CreateAccountTypeResponseDetail> {}

/**
 * Component `accounts.CreateAccountTypeResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateAccountTypeResponse = Schema.Struct({
  Detail: CreateAccountTypeResponseDetail,
  DetailType: Schema.String
}).annotations({ identifier: "accounts.CreateAccountTypeResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateAccountTypeResponse extends Schema.Schema.Type<typeof CreateAccountTypeResponse> {}

/**
 * Component `accounts.DeleteAccountTypeResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteAccountTypeResponse = Schema.Struct({
  AccountTypes: CommonModels.AccountType
}).annotations({ identifier: "accounts.DeleteAccountTypeResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteAccountTypeResponse extends Schema.Schema.Type<typeof DeleteAccountTypeResponse> {}

/**
 * Component `accounts.DiscoverAccount`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DiscoverAccount = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({ identifier: "accounts.DiscoverAccount" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DiscoverAccount extends Schema.Schema.Type<typeof DiscoverAccount> {}

/**
 * Component `accounts.DiscoverAccounts`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DiscoverAccounts = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({ identifier: "accounts.DiscoverAccounts" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DiscoverAccounts extends Schema.Schema.Type<typeof DiscoverAccounts> {}

/**
 * Component `accounts.DiscoverAccountsResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DiscoverAccountsResponse = Schema.Struct({
  CustomerId: CommonModels.RoUuidv4,
  TaskId: CommonModels.RoUuidv4,
  TraceId: Schema.String,
  DetailType: Schema.String,
  Detail: optional(CommonModels.TraceEventDetail)
}).annotations({ identifier: "accounts.DiscoverAccountsResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DiscoverAccountsResponse extends Schema.Schema.Type<typeof DiscoverAccountsResponse> {}

/**
 * Component `accounts.OnboardAccount`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OnboardAccount = Schema.Struct({
  AccountType: Schema.Union(Schema.String, CommonModels.Uuidv4),
  /** AWS Account Id. */
  AwsAccountId: Schema.String,
  /** Name of the AWS Account. */
  AwsAccountName: optional(Schema.String),
  /** Name of the Account. */
  Name: optional(Schema.String),
  OrganisationalUnitId: optional(CommonModels.NullableUuidv4),
  Tags: optional(CommonModels.StaxTags)
}).annotations({ identifier: "accounts.OnboardAccount" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface OnboardAccount extends Schema.Schema.Type<typeof OnboardAccount> {}

/**
 * Component `accounts.ReadAccountTypes`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadAccountTypes = Schema.Struct({
  AccountTypes: Schema.Array(CommonModels.AccountType)
}).annotations({ identifier: "accounts.ReadAccountTypes" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadAccountTypes extends Schema.Schema.Type<typeof ReadAccountTypes> {}

/**
 * Component `accounts.ReadAccounts`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadAccounts = Schema.Struct({
  Accounts: Schema.Array(CommonModels.Account),
  Paging: optional(CommonModels.Pagination)
}).annotations({ identifier: "accounts.ReadAccounts" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadAccounts extends Schema.Schema.Type<typeof ReadAccounts> {}

/**
 * Component `accounts.UpdateAccount`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccount = Schema.Struct({
  AccountType: optional(CommonModels.Uuidv4),
  /** The IAM alias for the account */
  AwsAccountAlias: optional(Schema.String),
  /** Name of the AWS Account. */
  AwsAccountName: optional(Schema.String),
  /** Name of the Account. */
  Name: optional(Schema.String),
  OrganisationalUnitId: optional(CommonModels.NullableUuidv4),
  Tags: optional(CommonModels.StaxTags)
}).annotations({ identifier: "accounts.UpdateAccount" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccount extends Schema.Schema.Type<typeof UpdateAccount> {}

/**
 * `accounts.UpdateAccountResponse.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccountResponseDetail = Schema.Struct({
  Account: optional(Schema.Struct({
    AccountId: optional(CommonModels.RoUuidv4),
    AccountName: optional(Schema.String),
    AccountType: optional(CommonModels.RoUuidv4),
    Name: optional(Schema.String),
    Operation: optional(CommonModels.Operation),
    OrganisationId: optional(CommonModels.RoUuidv4),
    Tags: optional(CommonModels.StaxTags)
  })),
  Message: optional(Schema.String),
  Operation: optional(CommonModels.Operation),
  OperationStatus: optional(CommonModels.OperationStatus),
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountResponseDetail extends Schema.Schema.Type<typeof UpdateAccountResponseDetail> {}

/**
 * Component `accounts.UpdateAccountResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccountResponse = Schema.Struct({
  CustomerId: optional(CommonModels.RoUuidv4),
  Detail: UpdateAccountResponseDetail,
  DetailType: Schema.String,
  TaskId: optional(CommonModels.RoUuidv4),
  TraceId: optional(Schema.String)
}).annotations({ identifier: "accounts.UpdateAccountResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountResponse extends Schema.Schema.Type<typeof UpdateAccountResponse> {}

/**
 * Component `accounts.UpdateAccountType`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccountType = Schema.Struct({
  /** Name of the Account Type. */
  Name: Schema.String
}).annotations({ identifier: "accounts.UpdateAccountType" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountType extends Schema.Schema.Type<typeof UpdateAccountType> {}

/**
 * Component `accounts.UpdateAccountTypeAccess`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccountTypeAccess = Schema.Struct({
  AddRoles: optional(Schema.Array(CommonModels.AccountTypeAccessMap)),
  RemoveRoles: optional(Schema.Array(CommonModels.AccountTypeAccessMap))
}).annotations({ identifier: "accounts.UpdateAccountTypeAccess" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountTypeAccess extends Schema.Schema.Type<typeof UpdateAccountTypeAccess> {}

/**
 * `accounts.UpdateAccountTypeAccessEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccountTypeAccessEventDetail = Schema.Struct({
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: Schema.String,
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountTypeAccessEventDetail extends Schema.Schema.Type<typeof UpdateAccountTypeAccessEventDetail> {}

/**
 * Component `accounts.UpdateAccountTypeAccessEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccountTypeAccessEvent = Schema.Struct({
  Detail: UpdateAccountTypeAccessEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "accounts.UpdateAccountTypeAccessEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountTypeAccessEvent extends Schema.Schema.Type<typeof UpdateAccountTypeAccessEvent> {}

/**
 * Component `accounts.UpdateAccountTypeMembers`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccountTypeMembers = Schema.Struct({
  Members: Schema.Array(CommonModels.AccountTypeMemberMap)
}).annotations({ identifier: "accounts.UpdateAccountTypeMembers" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountTypeMembers extends Schema.Schema.Type<typeof UpdateAccountTypeMembers> {}

/**
 * `accounts.UpdateAccountTypeMembersEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccountTypeMembersEventDetail = Schema.Struct({
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: Schema.String,
  TaskId: optional(CommonModels.NullableUuidv4)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountTypeMembersEventDetail extends Schema.Schema.Type<typeof UpdateAccountTypeMembersEventDetail> {}

/**
 * Component `accounts.UpdateAccountTypeMembersEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccountTypeMembersEvent = Schema.Struct({
  Detail: UpdateAccountTypeMembersEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "accounts.UpdateAccountTypeMembersEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountTypeMembersEvent extends Schema.Schema.Type<typeof UpdateAccountTypeMembersEvent> {}

/**
 * Component `accounts.UpdateAccountTypeResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateAccountTypeResponse = Schema.Struct({
  AccountTypes: CommonModels.AccountType
}).annotations({ identifier: "accounts.UpdateAccountTypeResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountTypeResponse extends Schema.Schema.Type<typeof UpdateAccountTypeResponse> {}
