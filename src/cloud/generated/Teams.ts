/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The `Teams` service: the operations `teams.*` of the Stax cloud API, their inputs (camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { CommaList, NonEmptyString, optional, otherPath, pattern, strictEnum } from "../schema/fields.js"
import { StaxCloudClient } from "../StaxCloudClient.js"
import { withTaskId } from "../tasks/taskId.js"
import * as CommonModels from "./models/common.js"
import * as TeamsModels from "./models/teams.js"

/**
 * The input of `teams.CreateApiToken` (POST /api-tokens).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateApiTokenInput = Schema.Struct({
  /** Longer description of what this Token is used for. */
  description: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(1024))).pipe(Schema.fromKey("Description")),
  /** Name of API Token */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(64), pattern("^([0-9a-zA-Z_.-]+)$"))).pipe(Schema.fromKey("Name")),
  role: Schema.propertySignature(CommonModels.ApiRoleInput).pipe(Schema.fromKey("Role")),
  /** Store the Access and Secret key in SSM, in your security account. */
  storeToken: optional(Schema.Boolean).pipe(Schema.fromKey("StoreToken")),
  tags: optional(CommonModels.TagsInput).pipe(Schema.fromKey("Tags")),
  /** If you choose to store your keys in SSM, encrypt them with this KMS Key */
  tokenKeyId: optional(Schema.String.pipe(Schema.minLength(7), Schema.maxLength(128), pattern("^([a-zA-Z0-9:/_-]+)$"))).pipe(Schema.fromKey("TokenKeyId"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateApiTokenInput extends Schema.Schema.Type<typeof CreateApiTokenInput> {}

/**
 * The input of `teams.CreateGroup` (POST /groups).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateGroupInput = Schema.Struct({
  /** Name of User Group */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(64))).pipe(Schema.fromKey("Name"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateGroupInput extends Schema.Schema.Type<typeof CreateGroupInput> {}

/**
 * The input of `teams.CreateUser` (POST /idam/user).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateUserInput = Schema.Struct({
  /** Email address of User. */
  email: Schema.propertySignature(Schema.String.pipe(Schema.minLength(6), Schema.maxLength(128))).pipe(Schema.fromKey("Email")),
  /** Given Name of the User. */
  firstName: Schema.propertySignature(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128), pattern("^[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\u0000-\\u001F\\u007F]+$"))).pipe(Schema.fromKey("FirstName")),
  /** Family Name of the User. */
  lastName: Schema.propertySignature(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128), pattern("^[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\u0000-\\u001F\\u007F]+$"))).pipe(Schema.fromKey("LastName")),
  role: optional(CommonModels.IdamUserRoleInput).pipe(Schema.fromKey("Role"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateUserInput extends Schema.Schema.Type<typeof CreateUserInput> {}

/**
 * The input of `teams.DeleteApiToken` (DELETE /api-tokens/{access_key}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteApiTokenInput = Schema.Struct({
  /** The UUID of the User to delete. (path parameter `access_key`) */
  accessKey: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("access_key"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteApiTokenInput extends Schema.Schema.Type<typeof DeleteApiTokenInput> {}

/**
 * The input of `teams.DeleteGroup` (DELETE /groups/{group_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteGroupInput = Schema.Struct({
  /** The UUID of Group to delete. (path parameter `group_id`) */
  groupId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("group_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteGroupInput extends Schema.Schema.Type<typeof DeleteGroupInput> {}

/**
 * The input of `teams.DeleteUser` (DELETE /users/{user_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteUserInput = Schema.Struct({
  /** The UUID of the User to delete. (path parameter `user_id`) */
  userId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("user_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteUserInput extends Schema.Schema.Type<typeof DeleteUserInput> {}

/**
 * The input of `teams.FetchCurrentUser` (GET /users/me).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const FetchCurrentUserInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface FetchCurrentUserInput extends Schema.Schema.Type<typeof FetchCurrentUserInput> {}

/**
 * The values of `status` of `teams.ReadApiTokens` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadApiTokensStatus = strictEnum("ACTIVE", "DELETED").annotations({
  description: "one of ACTIVE, DELETED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadApiTokensStatus = typeof ReadApiTokensStatus.Type

/**
 * The input of `teams.ReadApiTokens` (GET /api-tokens/{access_key} | /api-tokens).
 *
 * One member per path (`/api-tokens/{access_key}`, `/api-tokens`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadApiTokensInput = Schema.Union(
  // GET /api-tokens
  Schema.Struct({
    accessKey: otherPath.pipe(Schema.fromKey("access_key")),
    /** List of Access Keys you want returned, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter")),
    /**
     * List of API Token statuses you want returned, comma delimited.
     * Filter Options available: ACTIVE, DELETED (query parameter `status`; the API's default: "ACTIVE")
     */
    status: optional(CommaList(ReadApiTokensStatus))
  }),
  // GET /api-tokens/{access_key}
  Schema.Struct({
    /** The UUID of the Token to return. (path parameter `access_key`) */
    accessKey: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("access_key")),
    /** List of Access Keys you want returned, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter")),
    /**
     * List of API Token statuses you want returned, comma delimited.
     * Filter Options available: ACTIVE, DELETED (query parameter `status`; the API's default: "ACTIVE")
     */
    status: optional(CommaList(ReadApiTokensStatus))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadApiTokensInput = typeof ReadApiTokensInput.Type

/**
 * The input of `teams.ReadGroups` (GET /groups/{group_id} | /groups).
 *
 * One member per path (`/groups/{group_id}`, `/groups`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadGroupsInput = Schema.Union(
  // GET /groups
  Schema.Struct({
    groupId: otherPath.pipe(Schema.fromKey("group_id")),
    /** List of Group IDs you want returned, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter"))
  }),
  // GET /groups/{group_id}
  Schema.Struct({
    /** The UUID of the Group to return. (path parameter `group_id`) */
    groupId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("group_id"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadGroupsInput = typeof ReadGroupsInput.Type

/**
 * The values of `filter` of `teams.ReadUsers` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadUsersFilter = strictEnum("Team", "Federated").annotations({
  description: "one of Team, Federated"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadUsersFilter = typeof ReadUsersFilter.Type

/**
 * The values of `status_filter` of `teams.ReadUsers` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadUsersStatusFilter = strictEnum("ACTIVE", "NEW", "INVITED", "DISABLED", "DELETED").annotations({
  description: "one of ACTIVE, NEW, INVITED, DISABLED, DELETED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadUsersStatusFilter = typeof ReadUsersStatusFilter.Type

/**
 * The input of `teams.ReadUsers` (GET /users/{user_id} | /users).
 *
 * One member per path (`/users/{user_id}`, `/users`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadUsersInput = Schema.Union(
  // GET /users
  Schema.Struct({
    userId: otherPath.pipe(Schema.fromKey("user_id")),
    /**
     * List of Users filtered by auth origin, comma delimited.
     * Filter Options available: Team, Federated (query parameter `filter`; the API's default: "Team")
     */
    filter: optional(CommaList(ReadUsersFilter)),
    /** List of User IDs you want returned, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter")),
    /**
     * List of Users filtered by Status, comma delimited.
     * Filter Options available: ACTIVE, NEW, INVITED, DISABLED, DELETED
     * Defaults to: ACTIVE,NEW,INVITED,DISABLED (query parameter `status_filter`)
     */
    statusFilter: optional(CommaList(ReadUsersStatusFilter)).pipe(Schema.fromKey("status_filter"))
  }),
  // GET /users/{user_id}
  Schema.Struct({
    /** The UUID of the User to return. (path parameter `user_id`) */
    userId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("user_id"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadUsersInput = typeof ReadUsersInput.Type

/**
 * The input of `teams.UpdateApiToken` (PUT /api-tokens/{access_key}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateApiTokenInput = Schema.Struct({
  /** The UUID of the API Token to update. (path parameter `access_key`) */
  accessKey: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("access_key")),
  /** Longer description of what this Token is used for. */
  description: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(1024))).pipe(Schema.fromKey("Description")),
  role: optional(CommonModels.ApiRoleInput).pipe(Schema.fromKey("Role")),
  tags: optional(CommonModels.TagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateApiTokenInput extends Schema.Schema.Type<typeof UpdateApiTokenInput> {}

/**
 * The input of `teams.UpdateGroup` (PUT /groups/{group_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateGroupInput = Schema.Struct({
  /** The UUID of the Group to update. (path parameter `group_id`) */
  groupId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("group_id")),
  /** Name of User Group */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(64))).pipe(Schema.fromKey("Name"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateGroupInput extends Schema.Schema.Type<typeof UpdateGroupInput> {}

/**
 * The input of `teams.UpdateGroupMembers` (PUT /groups/members).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateGroupMembersInput = Schema.Struct({
  addMembers: optional(Schema.Array(CommonModels.UserGroupMemberMapInput)).pipe(Schema.fromKey("AddMembers")),
  removeMembers: optional(Schema.Array(CommonModels.UserGroupMemberMapInput)).pipe(Schema.fromKey("RemoveMembers"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateGroupMembersInput extends Schema.Schema.Type<typeof UpdateGroupMembersInput> {}

/**
 * The input of `teams.UpdateUser` (PUT /idam/user/{user_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateUserInput = Schema.Struct({
  /** The UUID of the IDAM User to update. (path parameter `user_id`) */
  userId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("user_id")),
  /** Email address of User. */
  email: optional(Schema.String.pipe(Schema.minLength(6), Schema.maxLength(128))).pipe(Schema.fromKey("Email")),
  /** Given Name of the User. */
  firstName: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(128), pattern("^[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\u0000-\\u001F\\u007F]+$"))).pipe(Schema.fromKey("FirstName")),
  /** Family Name of the User. */
  lastName: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(128), pattern("^[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\u0000-\\u001F\\u007F]+$"))).pipe(Schema.fromKey("LastName")),
  role: optional(CommonModels.IdamUserRoleInput).pipe(Schema.fromKey("Role")),
  /** Status of User. */
  status: optional(strictEnum("ACTIVE", "DISABLED")).pipe(Schema.fromKey("Status"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUserInput extends Schema.Schema.Type<typeof UpdateUserInput> {}

/**
 * The input of `teams.UpdateUserInvite` (PUT /idam/user/resend-invite/{user_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateUserInviteInput = Schema.Struct({
  /** The UUID of the IDAM User to re-invite. (path parameter `user_id`) */
  userId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("user_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUserInviteInput extends Schema.Schema.Type<typeof UpdateUserInviteInput> {}

/**
 * The input of `teams.UpdateUserPassword` (PUT /idam/user/reset-password/{user_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateUserPasswordInput = Schema.Struct({
  /** The UUID of the IDAM User to have password reset. (path parameter `user_id`) */
  userId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("user_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUserPasswordInput extends Schema.Schema.Type<typeof UpdateUserPasswordInput> {}

/**
 * The operations of `Teams`, one per operation id.
 *
 * @since 0.2.0
 * @category Operations
 */
export const teamsOperations = {
  /**
   * `teams.CreateApiToken`: Create API Token.
   *
   * - `POST /20190206/api-tokens`: Create an API Token for API/SDK access within your Stax Organisation.
   */
  createApiToken: Operation.make({
    name: "Teams.createApiToken",
    method: "POST",
    path: "/api-tokens",
    input: CreateApiTokenInput,
    output: TeamsModels.CreateApiTokenResponse
  }),
  /**
   * `teams.CreateGroup`: Create Group.
   *
   * - `POST /20190206/groups`: Create a new Group within your Stax Organisation.
   */
  createGroup: Operation.make({
    name: "Teams.createGroup",
    method: "POST",
    path: "/groups",
    input: CreateGroupInput,
    output: TeamsModels.CreateGroupEvent
  }),
  /**
   * `teams.CreateUser`: Create Stax User.
   *
   * - `POST /20190206/idam/user`: Create a new Stax user within your Stax Organisation. Stax Users have permission to access the AWS Console/CLI for AWS Accounts that exist within a Stax Organisation.
   */
  createUser: Operation.make({
    name: "Teams.createUser",
    method: "POST",
    path: "/idam/user",
    input: CreateUserInput,
    output: TeamsModels.CreateUserEvent
  }),
  /**
   * `teams.DeleteApiToken`: Delete API Token.
   *
   * - `DELETE /20190206/api-tokens/{access_key}`: Delete an API Token from your Stax Organisation.
   */
  deleteApiToken: Operation.make({
    name: "Teams.deleteApiToken",
    method: "DELETE",
    path: "/api-tokens/{access_key}",
    input: DeleteApiTokenInput,
    output: TeamsModels.DeleteApiTokenResponse
  }),
  /**
   * `teams.DeleteGroup`: Delete Group.
   *
   * - `DELETE /20190206/groups/{group_id}`: Delete a Group from your Stax Organisation. A Group can only be deleted if there are no team members in the Group.
   */
  deleteGroup: Operation.make({
    name: "Teams.deleteGroup",
    method: "DELETE",
    path: "/groups/{group_id}",
    input: DeleteGroupInput,
    output: TeamsModels.DeleteGroupEvent
  }),
  /**
   * `teams.DeleteUser`: Delete Stax User.
   *
   * - `DELETE /20190206/users/{user_id}`: Delete a Stax User from your Stax Organisation.
   */
  deleteUser: Operation.make({
    name: "Teams.deleteUser",
    method: "DELETE",
    path: "/users/{user_id}",
    input: DeleteUserInput,
    output: TeamsModels.DeleteUserResponse
  }),
  /**
   * `teams.FetchCurrentUser`: Fetch Current User.
   *
   * - `GET /20190206/users/me`: Returns the current logged in User.
   */
  fetchCurrentUser: Operation.make({
    name: "Teams.fetchCurrentUser",
    method: "GET",
    path: "/users/me",
    input: FetchCurrentUserInput,
    output: TeamsModels.ReadUsers
  }),
  /**
   * `teams.ReadApiTokens`: Fetch API Tokens.
   *
   * - `GET /20190206/api-tokens/{access_key}`: Return a list of all API Tokens within your Stax Organisation.
   * - `GET /20190206/api-tokens`: Return a list of all API Tokens within your Stax Organisation.
   */
  readApiTokens: Operation.make({
    name: "Teams.readApiTokens",
    method: "GET",
    path: ["/api-tokens/{access_key}", "/api-tokens"],
    input: ReadApiTokensInput,
    output: TeamsModels.ReadApiTokens
  }),
  /**
   * `teams.ReadGroups`: Fetch Groups.
   *
   * - `GET /20190206/groups/{group_id}`: Return the requested Group from your Stax Organisation.
   * - `GET /20190206/groups`: Return all Groups within your Stax Organisation. Optionally, return the requested Group.
   */
  readGroups: Operation.make({
    name: "Teams.readGroups",
    method: "GET",
    path: ["/groups/{group_id}", "/groups"],
    input: ReadGroupsInput,
    output: TeamsModels.ReadGroupsResponse
  }),
  /**
   * `teams.ReadUsers`: Fetch Stax Users and Federated Users.
   *
   * - `GET /20190206/users/{user_id}`: Return the requested User. Attempting to fetch a DELETED user will always return User not found.
   * - `GET /20190206/users`: Return a list of all Users within your Stax Organisation. To retrieve DELETED users, include the DELETED status in the status_filter. Optionally, return the requested Users by supplying an id_filter.
   */
  readUsers: Operation.make({
    name: "Teams.readUsers",
    method: "GET",
    path: ["/users/{user_id}", "/users"],
    input: ReadUsersInput,
    output: TeamsModels.ReadUsers
  }),
  /**
   * `teams.UpdateApiToken`: Update API Token.
   *
   * - `PUT /20190206/api-tokens/{access_key}`: Update a Token for API/SDK access within your Stax Organisation.
   */
  updateApiToken: Operation.make({
    name: "Teams.updateApiToken",
    method: "PUT",
    path: "/api-tokens/{access_key}",
    input: UpdateApiTokenInput,
    output: TeamsModels.UpdateApiTokenResponse
  }),
  /**
   * `teams.UpdateGroup`: Update Group.
   *
   * - `PUT /20190206/groups/{group_id}`: Change the details of a Group, such as the name.
   */
  updateGroup: Operation.make({
    name: "Teams.updateGroup",
    method: "PUT",
    path: "/groups/{group_id}",
    input: UpdateGroupInput,
    output: TeamsModels.UpdateGroupEvent
  }),
  /**
   * `teams.UpdateGroupMembers`: Update Group Members.
   *
   * - `PUT /20190206/groups/members`: Add members to a Group or Remove members from a Group
   */
  updateGroupMembers: Operation.make({
    name: "Teams.updateGroupMembers",
    method: "PUT",
    path: "/groups/members",
    input: UpdateGroupMembersInput,
    output: TeamsModels.UpdateGroupMembersEvent
  }),
  /**
   * `teams.UpdateUser`: Update Stax User.
   *
   * - `PUT /20190206/idam/user/{user_id}`: Update a Stax User's details, such as the name, role or email. A DISABLED user can only be updated to ACTIVE, updating other attributes will result in a 400
   */
  updateUser: Operation.make({
    name: "Teams.updateUser",
    method: "PUT",
    path: "/idam/user/{user_id}",
    input: UpdateUserInput,
    output: TeamsModels.UpdateUserEvent
  }),
  /**
   * `teams.UpdateUserInvite`: Re-invite Stax user.
   *
   * - `PUT /20190206/idam/user/resend-invite/{user_id}`: Re-send the verification email for a Stax User.
   */
  updateUserInvite: Operation.make({
    name: "Teams.updateUserInvite",
    method: "PUT",
    path: "/idam/user/resend-invite/{user_id}",
    input: UpdateUserInviteInput,
    output: TeamsModels.UpdateUserInviteEvent
  }),
  /**
   * `teams.UpdateUserPassword`: Reset Stax User's password.
   *
   * - `PUT /20190206/idam/user/reset-password/{user_id}`: Send a Stax User a password reset email.
   */
  updateUserPassword: Operation.make({
    name: "Teams.updateUserPassword",
    method: "PUT",
    path: "/idam/user/reset-password/{user_id}",
    input: UpdateUserPasswordInput,
    output: TeamsModels.UpdateUserPasswordEvent
  })
}

/** The service's methods: one entry per operation. */
const teamsTable = {
  /** Create API Token (`teams.CreateApiToken`). */
  createApiToken: Service.call(teamsOperations.createApiToken),
  /** Create Group (`teams.CreateGroup`); the result's `taskId` names its task. */
  createGroup: Service.call(teamsOperations.createGroup, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Create Stax User (`teams.CreateUser`); the result's `taskId` names its task. */
  createUser: Service.call(teamsOperations.createUser, { result: withTaskId([["TaskId"]]) }),
  /** Delete API Token (`teams.DeleteApiToken`). */
  deleteApiToken: Service.call(teamsOperations.deleteApiToken),
  /** Delete Group (`teams.DeleteGroup`); the result's `taskId` names its task. */
  deleteGroup: Service.call(teamsOperations.deleteGroup, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Delete Stax User (`teams.DeleteUser`). */
  deleteUser: Service.call(teamsOperations.deleteUser),
  /** Fetch Current User (`teams.FetchCurrentUser`). */
  fetchCurrentUser: Service.call(teamsOperations.fetchCurrentUser, { input: "optional" }),
  /** Fetch API Tokens (`teams.ReadApiTokens`). */
  readApiTokens: Service.call(teamsOperations.readApiTokens, { input: "optional" }),
  /** Fetch Groups (`teams.ReadGroups`). */
  readGroups: Service.call(teamsOperations.readGroups, { input: "optional" }),
  /** Fetch Stax Users and Federated Users (`teams.ReadUsers`). */
  readUsers: Service.call(teamsOperations.readUsers, { input: "optional" }),
  /** Update API Token (`teams.UpdateApiToken`). */
  updateApiToken: Service.call(teamsOperations.updateApiToken),
  /** Update Group (`teams.UpdateGroup`); the result's `taskId` names its task. */
  updateGroup: Service.call(teamsOperations.updateGroup, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Update Group Members (`teams.UpdateGroupMembers`); the result's `taskId` names its task. */
  updateGroupMembers: Service.call(teamsOperations.updateGroupMembers, { input: "optional", result: withTaskId([["Detail", "TaskId"]]) }),
  /** Update Stax User (`teams.UpdateUser`); the result's `taskId` names its task. */
  updateUser: Service.call(teamsOperations.updateUser, { result: withTaskId([["TaskId"]]) }),
  /** Re-invite Stax user (`teams.UpdateUserInvite`). */
  updateUserInvite: Service.call(teamsOperations.updateUserInvite),
  /** Reset Stax User's password (`teams.UpdateUserPassword`). */
  updateUserPassword: Service.call(teamsOperations.updateUserPassword)
}

/**
 * The Teams methods: one per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface TeamsService extends Service.ShapeOf<typeof teamsTable> {}

/**
 * The `Teams` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Teams extends Service.Tag("stax-effect/cloud/Teams")<Teams, TeamsService>()(teamsTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<TeamsService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(teamsTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Teams, never, StaxCloudClient> = Layer.effect(Teams, Teams.make)
}
