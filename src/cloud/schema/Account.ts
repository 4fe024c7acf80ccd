/**
 * The schemas of the Stax cloud API (`CloudSchemas`): every model generated from the OpenAPI document
 * (`src/cloud/generated/models`), the input of `accounts.ReadAccounts`, and the names part 1 gave some of
 * them, kept as aliases.
 *
 * @since 0.2.0
 */
import { accountsOperations, ReadAccountsFilter } from "../generated/Accounts.js"
import * as Models from "../generated/models/index.js"

export * from "../generated/models/index.js"
export { ReadAccountsFilter, ReadAccountsInput } from "../generated/Accounts.js"

/**
 * Paging metadata (component `Pagination`), present when `offset` or `limit` was given.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Paging = Models.Pagination

/**
 * @since 0.2.0
 * @category Models
 */
export interface Paging extends Models.Pagination {}

/**
 * The answer of `accounts.ReadAccounts` (component `accounts.ReadAccounts`).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadAccountsOutput = Models.ReadAccounts

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadAccountsOutput extends Models.ReadAccounts {}

/**
 * The operation `accounts.ReadAccounts`.
 *
 * @deprecated Use `accountsOperations.readAccounts`.
 * @since 0.2.0
 * @category Operations
 */
export const ReadAccounts = accountsOperations.readAccounts

/**
 * The statuses `filter` of `accounts.ReadAccounts` accepts.
 *
 * @deprecated Use `ReadAccountsFilter`.
 * @since 0.2.0
 * @category Schemas
 */
export const AccountStatusFilter = ReadAccountsFilter

/**
 * `Account.AccountRole`.
 *
 * @deprecated Use `AccountAccountRole`.
 * @since 0.2.0
 * @category Schemas
 */
export const AccountRole = Models.AccountAccountRole

/**
 * `Account.AssuranceState`.
 *
 * @deprecated Use `AccountAssuranceState`.
 * @since 0.2.0
 * @category Schemas
 */
export const AssuranceState = Models.AccountAssuranceState

/**
 * `Account.AWSLoginURLs`.
 *
 * @deprecated Use `AccountAWSLoginURLs`.
 * @since 0.2.0
 * @category Schemas
 */
export const AwsLoginUrls = Models.AccountAWSLoginURLs
