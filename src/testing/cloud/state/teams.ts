/**
 * Teams, stateful: users (`CreateUser` 409 for an e-mail taken, `ReadUsers`, `FetchCurrentUser`,
 * `UpdateUser`, `DeleteUser`), groups (`CreateGroup` 409 for a name taken, `ReadGroups`, `UpdateGroup`,
 * `UpdateGroupMembers`, `DeleteGroup`) and API tokens (`CreateApiToken`, whose answer alone carries the
 * `SecretKey`, `ReadApiTokens`, `UpdateApiToken`, `DeleteApiToken`).
 *
 * @since 0.2.0
 */
import { randomBytes, randomUUID } from "node:crypto"
import { SEED_ORGANISATION_ID } from "../accounts.js"
import { conflict, type Handlers, notFound, ok, text } from "../engine/handler.js"
import type { Collection } from "./Collection.js"
import type { CloudState } from "./CloudState.js"
import { crud } from "./crud.js"

const taken = (store: Collection, field: string, value: string) => store.list().some((r) => r[field] === value)

/** The members changes of `UpdateGroupMembers` applied; the first unknown group or user, if any. */
const applyMembers = (state: CloudState, add: unknown, remove: unknown): string | undefined => {
  const pairs = (value: unknown) =>
    (Array.isArray(value) ? value : []).map((m) => ({ group: String((m as Record<string, unknown>)["GroupId"]), user: String((m as Record<string, unknown>)["UserId"]) }))
  for (const { group, user } of [...pairs(add), ...pairs(remove)]) {
    if (state.groups.get(group) === undefined) return `Group ${group}`
    if (state.users.get(user) === undefined) return `User ${user}`
  }
  for (const [list, adding] of [[pairs(add), true], [pairs(remove), false]] as const) {
    for (const { group, user } of list) {
      const users = (state.groups.get(group)!["Users"] as Array<string> | undefined) ?? []
      const next = adding ? [...new Set([...users, user])] : users.filter((u) => u !== user)
      state.groups.update(group, { Users: next })
    }
  }
  return undefined
}

/**
 * The handlers of users, groups and API tokens.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const teamHandlers = (state: CloudState): Handlers => ({
  ...crud({
    what: "User",
    store: state.users,
    list: "Users",
    idParam: "user_id",
    itemOf: "teams.ReadUsers",
    reads: [{ id: "teams.ReadUsers", filters: { id_filter: "Id", status_filter: "Status" } }],
    create: {
      id: "teams.CreateUser",
      defaults: { Role: "customer_user" },
      guard: (call) => {
        const email = text(call.body, "Email")
        return taken(state.users, "Email", email) ? conflict("User", "Email", email) : undefined
      },
      fields: (call) => ({
        Name: `${text(call.body, "FirstName")} ${text(call.body, "LastName")}`.trim(),
        Status: "INVITED",
        OrganisationId: SEED_ORGANISATION_ID
      }),
      task: (record) => ({ Users: [String(record["Id"])] })
    },
    update: {
      id: "teams.UpdateUser",
      patch: (call, user) => ({
        ...call.body,
        Name: `${text(call.body, "FirstName") || text(user, "FirstName")} ${text(call.body, "LastName") || text(user, "LastName")}`.trim()
      }),
      task: (record) => ({ Users: [String(record["Id"])] })
    },
    remove: { id: "teams.DeleteUser", recordAt: ["Users"], wrap: true }
  }),
  "teams.FetchCurrentUser": () => ok({ Users: state.users.list().slice(0, 1) }),
  ...crud({
    what: "Group",
    store: state.groups,
    list: "Groups",
    idParam: "group_id",
    itemOf: "teams.ReadGroups",
    reads: [{ id: "teams.ReadGroups", filters: { id_filter: "Id" } }],
    create: {
      id: "teams.CreateGroup",
      idAt: ["GroupId"],
      defaults: { Users: [] },
      guard: (call) => {
        const name = text(call.body, "Name")
        return taken(state.groups, "Name", name) ? conflict("Group", "Name", name) : undefined
      },
      fields: () => ({ GroupType: "LOCAL", OrganisationId: SEED_ORGANISATION_ID })
    },
    update: { id: "teams.UpdateGroup" },
    remove: { id: "teams.DeleteGroup" }
  }),
  "teams.UpdateGroupMembers": (call) => {
    const unknown = applyMembers(state, call.body["AddMembers"], call.body["RemoveMembers"])
    return unknown === undefined ? ok(call.sample()) : notFound(unknown.split(" ")[0]!, unknown.split(" ")[1]!)
  },
  ...crud({
    what: "API token",
    store: state.apiTokens,
    list: "ApiTokens",
    idParam: "access_key",
    itemOf: "teams.ReadApiTokens",
    reads: [{ id: "teams.ReadApiTokens", filters: { id_filter: "AccessKey", status: "Status" } }],
    update: { id: "teams.UpdateApiToken", recordAt: ["ApiTokens"], wrap: true },
    remove: { id: "teams.DeleteApiToken", recordAt: ["ApiTokens"], wrap: true }
  }),
  // The create answer is the only one that carries the secret.
  "teams.CreateApiToken": (call) => {
    const now = call.now()
    const token = state.apiTokens.add({
      ...call.sampleOf("teams.ReadApiTokens", ["ApiTokens", 0]),
      Description: "",
      ...call.body,
      StoreToken: undefined,
      TokenKeyId: undefined,
      AccessKey: randomUUID(),
      Status: "ACTIVE",
      CreatedTS: now,
      ModifiedTS: now
    })
    return ok({ ApiTokens: [{ ...token, SecretKey: randomBytes(30).toString("base64url") }] })
  }
})
