/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The `Accounts` service: the operations `accounts.*` of the Stax cloud API, their inputs (camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { paged } from "../paging/paged.js"
import { CommaList, NonEmptyString, optional, otherPath, pattern, strictEnum } from "../schema/fields.js"
import { StaxCloudClient } from "../StaxCloudClient.js"
import { withTaskId } from "../tasks/taskId.js"
import * as AccountsModels from "./models/accounts.js"
import * as CommonModels from "./models/common.js"
import * as PoliciesModels from "./models/policies.js"

/**
 * The input of `accounts.CloseAccount` (POST /accounts/close).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CloseAccountInput = Schema.Struct({
  id: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("Id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CloseAccountInput extends Schema.Schema.Type<typeof CloseAccountInput> {}

/**
 * The input of `accounts.CreateAccount` (POST /accounts).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateAccountInput = Schema.Struct({
  accountType: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("AccountType")),
  /** The IAM alias for the account */
  awsAccountAlias: optional(Schema.NullOr(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(48), pattern("^[a-z0-9](([a-z0-9]|-(?!-))*[a-z0-9])?$")))).pipe(Schema.fromKey("AwsAccountAlias")),
  /** Name of the Account. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(50), pattern("^[ -;=?-~]+$"))).pipe(Schema.fromKey("Name")),
  organisationalUnitId: optional(CommonModels.NullableUuidv4Input).pipe(Schema.fromKey("OrganisationalUnitId")),
  tags: optional(CommonModels.StaxTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateAccountInput extends Schema.Schema.Type<typeof CreateAccountInput> {}

/**
 * The input of `accounts.CreateAccountType` (POST /accounts/types).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateAccountTypeInput = Schema.Struct({
  /** Name of the Account Type. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(64), pattern("^[a-zA-Z0-9+\\-=._:/@ ]*$"))).pipe(Schema.fromKey("Name"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateAccountTypeInput extends Schema.Schema.Type<typeof CreateAccountTypeInput> {}

/**
 * The input of `accounts.DeleteAccountType` (DELETE /accounts/types/{account_type_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteAccountTypeInput = Schema.Struct({
  /** The UUID of the Catalogue item. (path parameter `account_type_id`) */
  accountTypeId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("account_type_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteAccountTypeInput extends Schema.Schema.Type<typeof DeleteAccountTypeInput> {}

/**
 * The input of `accounts.DiscoverAccounts` (POST /accounts/discover/{aws_account_id} | /accounts/discover).
 *
 * One member per path (`/accounts/discover/{aws_account_id}`, `/accounts/discover`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DiscoverAccountsInput = Schema.Union(
  // POST /accounts/discover
  Schema.Struct({
    awsAccountId: otherPath.pipe(Schema.fromKey("aws_account_id"))
  }),
  // POST /accounts/discover/{aws_account_id}
  Schema.Struct({
    /** The AWS Account Id of the Account to discover. (path parameter `aws_account_id`) */
    awsAccountId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("aws_account_id"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type DiscoverAccountsInput = typeof DiscoverAccountsInput.Type

/**
 * The input of `accounts.OnboardAccount` (POST /accounts/onboard).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const OnboardAccountInput = Schema.Struct({
  accountType: Schema.propertySignature(Schema.Union(Schema.String, CommonModels.Uuidv4Input)).pipe(Schema.fromKey("AccountType")),
  /** AWS Account Id. */
  awsAccountId: Schema.propertySignature(Schema.String.pipe(Schema.minLength(12), Schema.maxLength(12))).pipe(Schema.fromKey("AwsAccountId")),
  /** Name of the AWS Account. */
  awsAccountName: optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(50), pattern("^[ -;=?-~]+$"))).pipe(Schema.fromKey("AwsAccountName")),
  /** Name of the Account. */
  name: optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(50), pattern("^[ -;=?-~]+$"))).pipe(Schema.fromKey("Name")),
  organisationalUnitId: optional(CommonModels.NullableUuidv4Input).pipe(Schema.fromKey("OrganisationalUnitId")),
  tags: optional(CommonModels.StaxTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface OnboardAccountInput extends Schema.Schema.Type<typeof OnboardAccountInput> {}

/**
 * The input of `accounts.ReadAccountPolicyAttachments` (GET /accounts/{account_id}/policies).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadAccountPolicyAttachmentsInput = Schema.Struct({
  /** The Stax UUID of the Account. (path parameter `account_id`) */
  accountId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("account_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadAccountPolicyAttachmentsInput extends Schema.Schema.Type<typeof ReadAccountPolicyAttachmentsInput> {}

/**
 * The input of `accounts.ReadAccountTypes` (GET /accounts/types/{account_type_id} | /accounts/types).
 *
 * One member per path (`/accounts/types/{account_type_id}`, `/accounts/types`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadAccountTypesInput = Schema.Union(
  // GET /accounts/types
  Schema.Struct({
    accountTypeId: otherPath.pipe(Schema.fromKey("account_type_id")),
    /** List of AccountType IDs you want returned, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter"))
  }),
  // GET /accounts/types/{account_type_id}
  Schema.Struct({
    /** The UUID of the Account Type. (path parameter `account_type_id`) */
    accountTypeId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("account_type_id")),
    /** List of AccountType IDs you want returned, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadAccountTypesInput = typeof ReadAccountTypesInput.Type

/**
 * The values of `filter` of `accounts.ReadAccounts` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadAccountsFilter = strictEnum(
  "INITIALIZING",
  "ACTIVE",
  "SUSPENDED",
  "MAINTENANCE",
  "AWSERROR",
  "CLOSED",
  "OFFBOARDED",
  "DISCOVERED",
  "ERROR"
).annotations({
  description: "one of INITIALIZING, ACTIVE, SUSPENDED, MAINTENANCE, AWSERROR, CLOSED, OFFBOARDED, DISCOVERED, ERROR"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadAccountsFilter = typeof ReadAccountsFilter.Type

/**
 * The values of `sort_order` of `accounts.ReadAccounts`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadAccountsSortOrder = strictEnum("ASC", "DESC").annotations({
  description: "one of ASC, DESC"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadAccountsSortOrder = typeof ReadAccountsSortOrder.Type

/**
 * The input of `accounts.ReadAccounts` (GET /accounts/{account_id} | /accounts).
 *
 * One member per path (`/accounts/{account_id}`, `/accounts`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadAccountsInput = Schema.Union(
  // GET /accounts
  Schema.Struct({
    accountId: otherPath.pipe(Schema.fromKey("account_id")),
    /** The list of Account Names you want returned, comma delimited. (query parameter `account_names`) */
    accountNames: optional(CommaList(Schema.String)).pipe(Schema.fromKey("account_names")),
    /**
     * The Account statuses to return, comma delimited.
     * Filter options available: INITIALIZING, ACTIVE, SUSPENDED, MAINTENANCE, AWSERROR, CLOSED, OFFBOARDED, DISCOVERED, ERROR. (query parameter `filter`)
     */
    filter: optional(CommaList(ReadAccountsFilter)),
    /** List of Account IDs you want returned, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter")),
    /** Fuzzy search by account name. (query parameter `name_filter`) */
    nameFilter: optional(Schema.String).pipe(Schema.fromKey("name_filter")),
    /** List of AWS Account IDs you want returned, comma delimited. (query parameter `aws_account_id_filter`) */
    awsAccountIdFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("aws_account_id_filter")),
    /** The Account Type IDs to return, comma delimited. (query parameter `account_type_filter`) */
    accountTypeFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("account_type_filter")),
    /** Pagination - The page number to return. (query parameter `offset`) */
    offset: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(0))),
    /** Pagination - The number of items per page to return. (query parameter `limit`) */
    limit: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(1))),
    /** The field to sort on. (query parameter `sort`) */
    sort: optional(Schema.String),
    /** The sort order - up or down? (query parameter `sort_order`; the API's default: "DESC") */
    sortOrder: optional(ReadAccountsSortOrder).pipe(Schema.fromKey("sort_order")),
    /** Do you want all the Tags? (query parameter `include_tags`; the API's default: true) */
    includeTags: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_tags"))
  }),
  // GET /accounts/{account_id}
  Schema.Struct({
    /** The Stax UUID of the Account. (path parameter `account_id`) */
    accountId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("account_id")),
    /** The list of Account Names you want returned, comma delimited. (query parameter `account_names`) */
    accountNames: optional(CommaList(Schema.String)).pipe(Schema.fromKey("account_names")),
    /**
     * The Account statuses to return, comma delimited.
     * Filter options available: INITIALIZING, ACTIVE, SUSPENDED, MAINTENANCE, AWSERROR, CLOSED, OFFBOARDED, DISCOVERED, ERROR. (query parameter `filter`)
     */
    filter: optional(CommaList(ReadAccountsFilter)),
    /** List of Account IDs you want returned, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter")),
    /** List of AWS Account IDs you want returned, comma delimited. (query parameter `aws_account_id_filter`) */
    awsAccountIdFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("aws_account_id_filter")),
    /** The Account Type IDs to return, comma delimited. (query parameter `account_type_filter`) */
    accountTypeFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("account_type_filter")),
    /** Pagination - The page number to return. (query parameter `offset`) */
    offset: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(0))),
    /** Pagination - The number of items per page to return. (query parameter `limit`) */
    limit: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(1))),
    /** The field to sort on. (query parameter `sort`) */
    sort: optional(Schema.String),
    /** The sort order - up or down? (query parameter `sort_order`; the API's default: "DESC") */
    sortOrder: optional(ReadAccountsSortOrder).pipe(Schema.fromKey("sort_order")),
    /** Do you want all the Tags? (query parameter `include_tags`; the API's default: true) */
    includeTags: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_tags"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadAccountsInput = typeof ReadAccountsInput.Type

/**
 * The input of `accounts.UpdateAccount` (PUT /accounts/{account_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateAccountInput = Schema.Struct({
  /** The UUID of the Account to update. (path parameter `account_id`) */
  accountId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("account_id")),
  accountType: optional(CommonModels.Uuidv4Input).pipe(Schema.fromKey("AccountType")),
  /** The IAM alias for the account */
  awsAccountAlias: optional(Schema.NullOr(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(48), pattern("^[a-z0-9](([a-z0-9]|-(?!-))*[a-z0-9])?$")))).pipe(Schema.fromKey("AwsAccountAlias")),
  /** Name of the AWS Account. */
  awsAccountName: optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(50), pattern("^[ -;=?-~]+$"))).pipe(Schema.fromKey("AwsAccountName")),
  /** Name of the Account. */
  name: optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(50), pattern("^[ -;=?-~]+$"))).pipe(Schema.fromKey("Name")),
  organisationalUnitId: optional(CommonModels.NullableUuidv4Input).pipe(Schema.fromKey("OrganisationalUnitId")),
  tags: optional(CommonModels.StaxTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountInput extends Schema.Schema.Type<typeof UpdateAccountInput> {}

/**
 * The input of `accounts.UpdateAccountType` (PUT /accounts/types/{account_type_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateAccountTypeInput = Schema.Struct({
  /** The UUID of the Account Type to update. (path parameter `account_type_id`) */
  accountTypeId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("account_type_id")),
  /** Name of the Account Type. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(64), pattern("^[a-zA-Z0-9+\\-=._:/@ ]*$"))).pipe(Schema.fromKey("Name"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountTypeInput extends Schema.Schema.Type<typeof UpdateAccountTypeInput> {}

/**
 * The input of `accounts.UpdateAccountTypeAccess` (PUT /accounts/types/access).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateAccountTypeAccessInput = Schema.Struct({
  addRoles: optional(Schema.Array(CommonModels.AccountTypeAccessMapInput)).pipe(Schema.fromKey("AddRoles")),
  removeRoles: optional(Schema.Array(CommonModels.AccountTypeAccessMapInput)).pipe(Schema.fromKey("RemoveRoles"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountTypeAccessInput extends Schema.Schema.Type<typeof UpdateAccountTypeAccessInput> {}

/**
 * The input of `accounts.UpdateAccountTypeMembers` (PUT /account-types/members).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateAccountTypeMembersInput = Schema.Struct({
  members: Schema.propertySignature(Schema.Array(CommonModels.AccountTypeMemberMapInput)).pipe(Schema.fromKey("Members"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateAccountTypeMembersInput extends Schema.Schema.Type<typeof UpdateAccountTypeMembersInput> {}

/**
 * The operations of `Accounts`, one per operation id.
 *
 * @since 0.2.0
 * @category Operations
 */
export const accountsOperations = {
  /**
   * `accounts.CloseAccount`: Close Account.
   *
   * - `POST /20190206/accounts/close`: Closes an AWS Account in your Stax Organisation.
   */
  closeAccount: Operation.make({
    name: "Accounts.closeAccount",
    method: "POST",
    path: "/accounts/close",
    input: CloseAccountInput,
    output: AccountsModels.CloseAccountResponse
  }),
  /**
   * `accounts.CreateAccount`: Create Account.
   *
   * - `POST /20190206/accounts`: Create a new Stax-hardened AWS Account in your Stax Organisation.
   */
  createAccount: Operation.make({
    name: "Accounts.createAccount",
    method: "POST",
    path: "/accounts",
    input: CreateAccountInput,
    output: AccountsModels.CreateAccountResponse
  }),
  /**
   * `accounts.CreateAccountType`: Create Account Type.
   *
   * - `POST /20190206/accounts/types`: Create a new Account Type within your Stax Organisation. Account Types can be used to control Group access.
   */
  createAccountType: Operation.make({
    name: "Accounts.createAccountType",
    method: "POST",
    path: "/accounts/types",
    input: CreateAccountTypeInput,
    output: AccountsModels.CreateAccountTypeResponse
  }),
  /**
   * `accounts.DeleteAccountType`: Delete Account Type.
   *
   * - `DELETE /20190206/accounts/types/{account_type_id}`: Delete an Account Type from your Stax Organisation. An Account Type can only be deleted if there are no attached Accounts.
   */
  deleteAccountType: Operation.make({
    name: "Accounts.deleteAccountType",
    method: "DELETE",
    path: "/accounts/types/{account_type_id}",
    input: DeleteAccountTypeInput,
    output: AccountsModels.DeleteAccountTypeResponse
  }),
  /**
   * `accounts.DiscoverAccounts`: Discover Accounts.
   *
   * - `POST /20190206/accounts/discover/{aws_account_id}`: Attempt to (re)discover an AWS Account
   * - `POST /20190206/accounts/discover`: Discover all AWS Accounts associated with the org into stax
   */
  discoverAccounts: Operation.make({
    name: "Accounts.discoverAccounts",
    method: "POST",
    path: ["/accounts/discover/{aws_account_id}", "/accounts/discover"],
    input: DiscoverAccountsInput,
    output: AccountsModels.DiscoverAccountsResponse
  }),
  /**
   * `accounts.OnboardAccount`: Onboard AWS Account.
   *
   * - `POST /20190206/accounts/onboard`: Onboard an existing, discovered AWS Account to your Stax Organisation.
   */
  onboardAccount: Operation.make({
    name: "Accounts.onboardAccount",
    method: "POST",
    path: "/accounts/onboard",
    input: OnboardAccountInput,
    output: AccountsModels.UpdateAccountResponse
  }),
  /**
   * `accounts.ReadAccountPolicyAttachments`: Fetch Account Policy Attachments.
   *
   * - `GET /20190206/accounts/{account_id}/policies`: Return the policies that are attached to the AWS Account.
   */
  readAccountPolicyAttachments: Operation.make({
    name: "Accounts.readAccountPolicyAttachments",
    method: "GET",
    path: "/accounts/{account_id}/policies",
    input: ReadAccountPolicyAttachmentsInput,
    output: PoliciesModels.ReadPolicyAttachments
  }),
  /**
   * `accounts.ReadAccountTypes`: Fetch Account Types.
   *
   * - `GET /20190206/accounts/types/{account_type_id}`: Return all the Account Types in your Stax Organisation. Optionally, return the requested Account Type.
   * - `GET /20190206/accounts/types`: Return all the Account Types in your Stax Organisation. Optionally, return the requested Account Type.
   */
  readAccountTypes: Operation.make({
    name: "Accounts.readAccountTypes",
    method: "GET",
    path: ["/accounts/types/{account_type_id}", "/accounts/types"],
    input: ReadAccountTypesInput,
    output: AccountsModels.ReadAccountTypes
  }),
  /**
   * `accounts.ReadAccounts`: Fetch Accounts.
   *
   * - `GET /20190206/accounts/{account_id}`: Return the requested AWS Account.
   * - `GET /20190206/accounts`: Return all AWS Accounts within your Stax Organisation. Optionally, return the requested AWS Account.
   */
  readAccounts: Operation.make({
    name: "Accounts.readAccounts",
    method: "GET",
    path: ["/accounts/{account_id}", "/accounts"],
    input: ReadAccountsInput,
    output: AccountsModels.ReadAccounts
  }),
  /**
   * `accounts.UpdateAccount`: Update Account.
   *
   * - `PUT /20190206/accounts/{account_id}`: Change the details of an Account, such as the name, tags or Account Type
   */
  updateAccount: Operation.make({
    name: "Accounts.updateAccount",
    method: "PUT",
    path: "/accounts/{account_id}",
    input: UpdateAccountInput,
    output: AccountsModels.UpdateAccountResponse
  }),
  /**
   * `accounts.UpdateAccountType`: Update Account Type.
   *
   * - `PUT /20190206/accounts/types/{account_type_id}`: Change the details of an Account Type, such as the name.
   */
  updateAccountType: Operation.make({
    name: "Accounts.updateAccountType",
    method: "PUT",
    path: "/accounts/types/{account_type_id}",
    input: UpdateAccountTypeInput,
    output: AccountsModels.UpdateAccountTypeResponse
  }),
  /**
   * `accounts.UpdateAccountTypeAccess`: Update AWS access.
   *
   * - `PUT /20190206/accounts/types/access`: Adjust the AWS role permissions between Account Types and Groups.
   */
  updateAccountTypeAccess: Operation.make({
    name: "Accounts.updateAccountTypeAccess",
    method: "PUT",
    path: "/accounts/types/access",
    input: UpdateAccountTypeAccessInput,
    output: AccountsModels.UpdateAccountTypeAccessEvent
  }),
  /**
   * `accounts.UpdateAccountTypeMembers`: Update Account Type members.
   *
   * - `PUT /20190206/account-types/members`: Move Accounts between Account Types.
   */
  updateAccountTypeMembers: Operation.make({
    name: "Accounts.updateAccountTypeMembers",
    method: "PUT",
    path: "/account-types/members",
    input: UpdateAccountTypeMembersInput,
    output: AccountsModels.UpdateAccountTypeMembersEvent
  })
}

/** The service's methods: one entry per operation, plus a Stream per paged one. */
const accountsTable = {
  /** Close Account (`accounts.CloseAccount`); the result's `taskId` names its task. */
  closeAccount: Service.call(accountsOperations.closeAccount, { result: withTaskId([["TaskId"]]) }),
  /** Create Account (`accounts.CreateAccount`); the result's `taskId` names its task. */
  createAccount: Service.call(accountsOperations.createAccount, { result: withTaskId([["TaskId"]]) }),
  /** Create Account Type (`accounts.CreateAccountType`). */
  createAccountType: Service.call(accountsOperations.createAccountType),
  /** Delete Account Type (`accounts.DeleteAccountType`). */
  deleteAccountType: Service.call(accountsOperations.deleteAccountType),
  /** Discover Accounts (`accounts.DiscoverAccounts`); the result's `taskId` names its task. */
  discoverAccounts: Service.call(accountsOperations.discoverAccounts, { input: "optional", result: withTaskId([["TaskId"], ["Detail", "Message", "TaskId"]]) }),
  /** Onboard AWS Account (`accounts.OnboardAccount`); the result's `taskId` names its task. */
  onboardAccount: Service.call(accountsOperations.onboardAccount, { result: withTaskId([["TaskId"]]) }),
  /** Fetch Account Policy Attachments (`accounts.ReadAccountPolicyAttachments`). */
  readAccountPolicyAttachments: Service.call(accountsOperations.readAccountPolicyAttachments),
  /** Fetch Account Types (`accounts.ReadAccountTypes`). */
  readAccountTypes: Service.call(accountsOperations.readAccountTypes, { input: "optional" }),
  /** Fetch Accounts (`accounts.ReadAccounts`). */
  readAccounts: Service.call(accountsOperations.readAccounts, { input: "optional" }),
  /** Every item of `accounts.ReadAccounts` as a `Stream`, page after page (`offset`/`limit`, following `NextOffset`). */
  readAccountsAll: paged(accountsOperations.readAccounts, {
    items: (out) => out.Accounts,
    paging: (out) => out.Paging
  }),
  /** Update Account (`accounts.UpdateAccount`); the result's `taskId` names its task. */
  updateAccount: Service.call(accountsOperations.updateAccount, { result: withTaskId([["TaskId"]]) }),
  /** Update Account Type (`accounts.UpdateAccountType`). */
  updateAccountType: Service.call(accountsOperations.updateAccountType),
  /** Update AWS access (`accounts.UpdateAccountTypeAccess`); the result's `taskId` names its task. */
  updateAccountTypeAccess: Service.call(accountsOperations.updateAccountTypeAccess, { input: "optional", result: withTaskId([["Detail", "TaskId"]]) }),
  /** Update Account Type members (`accounts.UpdateAccountTypeMembers`); the result's `taskId` names its task. */
  updateAccountTypeMembers: Service.call(accountsOperations.updateAccountTypeMembers, { result: withTaskId([["Detail", "TaskId"]]) })
}

/**
 * The Accounts methods: one per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface AccountsService extends Service.ShapeOf<typeof accountsTable> {}

/**
 * The `Accounts` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Accounts extends Service.Tag("stax-effect/cloud/Accounts")<Accounts, AccountsService>()(accountsTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<AccountsService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(accountsTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Accounts, never, StaxCloudClient> = Layer.effect(Accounts, Accounts.make)
}
