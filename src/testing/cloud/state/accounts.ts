/**
 * Accounts and account types, stateful: `accounts.ReadAccounts` (the part-1 route), `CreateAccount` (409
 * for a name taken), `UpdateAccount`, `CloseAccount`, `ReadAccountPolicyAttachments`, the account-type
 * operations (`UpdateAccountTypeMembers` moving accounts, by type id or name, and keeping each type's
 * `Accounts`), `organisations.ReadOrganisation` (the seed organisation, with its alias), and
 * `public.CheckAlias` (409 with its normal body when the organisation or an account has the alias).
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import type { Json } from "../../ai/Model.js"
import { type AccountsModel, readAccounts, SEED_ORGANISATION_ID } from "../accounts.js"
import { conflict, type Handlers, notFound, ok, setAt, text } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { crud } from "./crud.js"

const ALIAS_AVAILABLE = "The company alias provided is available"
const ALIAS_TAKEN = "The company alias provided is already in use by another customer and cannot be used"

/**
 * The seed organisation's alias (its identity broker's name), which `CheckAlias` reports in use.
 *
 * @since 0.2.0
 * @category Seed
 */
export const SEED_ORGANISATION_ALIAS = "bakery-co"

/** A 12-digit AWS account id that no account has yet. */
const newAwsAccountId = (accounts: AccountsModel): string => {
  const taken = new Set(accounts.list().map((a) => text(a, "AwsAccountId")))
  let n = 100000000000 + accounts.list().length
  while (taken.has(String(n))) n++
  return String(n)
}

/**
 * The handlers of accounts, account types and `public.CheckAlias`.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const accountHandlers = (accounts: AccountsModel, state: CloudState): Handlers => ({
  "accounts.ReadAccounts": (call) =>
    Effect.gen(function*() {
      const response = yield* readAccounts(accounts)(call.request)
      return { status: response.status, body: yield* Effect.promise(() => response.json()) }
    }),
  "accounts.CreateAccount": (call) => {
    const name = text(call.body, "Name")
    if (accounts.list().some((a) => a["Name"] === name)) return conflict("Account", "Name", name)
    const now = call.now()
    const account = accounts.add({
      ...call.body,
      AwsAccountId: newAwsAccountId(accounts),
      AwsAccountName: name,
      Status: "ACTIVE",
      AccountRole: "MEMBER",
      Origin: "STAX",
      StaxCreated: true,
      CreatedTS: now,
      ModifiedTS: now
    })
    const body = setAt(call.sample(), ["Detail", "Account"], { ...call.body, OrganisationId: SEED_ORGANISATION_ID })
    return ok(body, { Accounts: [String(account["Id"])] })
  },
  "accounts.UpdateAccount": (call) => {
    const id = call.params["account_id"] ?? ""
    const account = accounts.update(id, { ...call.body, ModifiedTS: call.now() })
    if (account === undefined) return notFound("Account", id)
    const body = setAt(call.sample(), ["Detail", "Account"], { ...call.body, AccountId: id, OrganisationId: account["OrganisationId"] })
    return ok(body, { Accounts: [id] })
  },
  "accounts.CloseAccount": (call) => {
    const id = text(call.body, "Id")
    if (!accounts.setStatus(id, "CLOSED")) return notFound("Account", id)
    return ok(call.sample(), { Accounts: [id] })
  },
  "accounts.ReadAccountPolicyAttachments": (call) => {
    const id = call.params["account_id"] ?? ""
    if (accounts.get(id) === undefined) return notFound("Account", id)
    return ok({ PolicyAttachments: state.policyAttachments.list().filter((a) => a["AccountId"] === id) })
  },
  "accounts.UpdateAccountTypeMembers": (call) => {
    const members = (Array.isArray(call.body["Members"]) ? call.body["Members"] : []) as ReadonlyArray<Json>
    const moves: Array<readonly [account: string, type: string]> = []
    for (const member of members) {
      const accountId = text(member, "AccountId")
      if (accounts.get(accountId) === undefined) return notFound("Account", accountId)
      const byName = text(member, "AccountTypeName")
      const type = text(member, "AccountTypeId") !== ""
        ? state.accountTypes.get(text(member, "AccountTypeId"))
        : state.accountTypes.list().find((t) => t["Name"] === byName)
      if (type === undefined) return notFound("Account type", text(member, "AccountTypeId") || byName)
      moves.push([accountId, String(type["Id"])])
    }
    for (const [accountId, typeId] of moves) {
      const previous = text(accounts.get(accountId)!, "AccountType")
      accounts.update(accountId, { AccountType: typeId, ModifiedTS: call.now() })
      // Each type's `Accounts` lists its members.
      const members = (id: string) => (state.accountTypes.get(id)?.["Accounts"] as Array<string> | undefined) ?? []
      if (previous !== "") state.accountTypes.update(previous, { Accounts: members(previous).filter((a) => a !== accountId) })
      state.accountTypes.update(typeId, { Accounts: [...new Set([...members(typeId), accountId])] })
    }
    return ok(call.sample(), { Accounts: moves.map(([accountId]) => accountId) })
  },
  "organisations.ReadOrganisation": (call) => {
    const sample = call.sample() as { Organisations?: ReadonlyArray<Json> }
    const organisation = { ...sample.Organisations?.[0], Id: SEED_ORGANISATION_ID, Alias: SEED_ORGANISATION_ALIAS }
    return ok({ ...sample, Organisations: [organisation] })
  },
  "public.CheckAlias": (call) => {
    const alias = call.params["alias"] ?? ""
    const taken = alias === SEED_ORGANISATION_ALIAS || accounts.list().some((a) => a["AwsAccountAlias"] === alias)
    const body = setAt(call.sample(), ["Alias", "Status"], taken ? ALIAS_TAKEN : ALIAS_AVAILABLE)
    return taken ? { status: 409, body, normal: true } : ok(body)
  },
  ...crud({
    what: "Account type",
    store: state.accountTypes,
    list: "AccountTypes",
    idParam: "account_type_id",
    itemOf: "accounts.ReadAccountTypes",
    reads: [{ id: "accounts.ReadAccountTypes", filters: { id_filter: "Id" } }],
    create: {
      id: "accounts.CreateAccountType",
      recordAt: ["Detail", "AccountType"],
      defaults: { Accounts: [], Policies: [], Roles: [] } satisfies Json,
      fields: () => ({ OrganisationId: SEED_ORGANISATION_ID })
    },
    update: { id: "accounts.UpdateAccountType", recordAt: ["AccountTypes"] },
    remove: { id: "accounts.DeleteAccountType", recordAt: ["AccountTypes"] }
  })
})
