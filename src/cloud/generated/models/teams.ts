/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `teams.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { DateTime, openEnum, optional } from "../../schema/fields.js"
import * as CommonModels from "./common.js"

/**
 * Component `teams.CreateApiToken`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateApiToken = Schema.Struct({
  /** Longer description of what this Token is used for. */
  Description: optional(Schema.String),
  /** Name of API Token */
  Name: Schema.String,
  Role: CommonModels.ApiRole,
  /** Store the Access and Secret key in SSM, in your security account. */
  StoreToken: optional(Schema.Boolean),
  Tags: optional(CommonModels.Tags),
  /** If you choose to store your keys in SSM, encrypt them with this KMS Key */
  TokenKeyId: optional(Schema.String)
}).annotations({ identifier: "teams.CreateApiToken" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateApiToken extends Schema.Schema.Type<typeof CreateApiToken> {}

/**
 * Component `teams.CreateApiTokenResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateApiTokenResponse = Schema.Struct({
  ApiTokens: Schema.Array(Schema.Struct({
    AccessKey: CommonModels.RoUuidv4,
    CreatedBy: optional(CommonModels.NullableUuidv4),
    /** Created timestamp. */
    CreatedTS: optional(DateTime),
    /** Longer description of what this Token is used for. */
    Description: optional(Schema.String),
    /** Created timestamp. */
    ModifiedTS: optional(DateTime),
    /** Name of API Token */
    Name: optional(Schema.String),
    Role: optional(CommonModels.ApiRole),
    SecretKey: optional(Schema.String),
    /** Status of the User. */
    Status: optional(openEnum("ACTIVE", "DELETED")),
    Tags: optional(CommonModels.Tags)
  }))
}).annotations({ identifier: "teams.CreateApiTokenResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateApiTokenResponse extends Schema.Schema.Type<typeof CreateApiTokenResponse> {}

/**
 * Component `teams.CreateGroup`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateGroup = Schema.Struct({
  /** Name of User Group */
  Name: Schema.String
}).annotations({ identifier: "teams.CreateGroup" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateGroup extends Schema.Schema.Type<typeof CreateGroup> {}

/**
 * `teams.CreateGroupEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateGroupEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateGroupEventDetail extends Schema.Schema.Type<typeof CreateGroupEventDetail> {}

/**
 * Component `teams.CreateGroupEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateGroupEvent = Schema.Struct({
  Detail: CreateGroupEventDetail,
  DetailType: Schema.String,
  GroupId: CommonModels.RoUuidv4
}).annotations({ identifier: "teams.CreateGroupEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateGroupEvent extends Schema.Schema.Type<typeof CreateGroupEvent> {}

/**
 * Component `teams.CreateUser`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateUser = Schema.Struct({
  /** Email address of User. */
  Email: Schema.String,
  /** Given Name of the User. */
  FirstName: Schema.String,
  /** Family Name of the User. */
  LastName: Schema.String,
  Role: optional(CommonModels.IdamUserRole)
}).annotations({ identifier: "teams.CreateUser" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateUser extends Schema.Schema.Type<typeof CreateUser> {}

/**
 * `teams.CreateUserEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateUserEventDetail = Schema.Struct({
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
export interface CreateUserEventDetail extends Schema.Schema.Type<typeof CreateUserEventDetail> {}

/**
 * Component `teams.CreateUserEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateUserEvent = Schema.Struct({
  CustomerId: optional(CommonModels.RoUuidv4),
  Detail: CreateUserEventDetail,
  DetailType: Schema.String,
  TaskId: CommonModels.RoUuidv4,
  TraceId: optional(Schema.String)
}).annotations({ identifier: "teams.CreateUserEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateUserEvent extends Schema.Schema.Type<typeof CreateUserEvent> {}

/**
 * Component `teams.DeleteApiTokenResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteApiTokenResponse = Schema.Struct({
  ApiTokens: Schema.Array(Schema.Struct({
    AccessKey: CommonModels.RoUuidv4,
    CreatedBy: optional(CommonModels.NullableUuidv4),
    /** Created timestamp. */
    CreatedTS: optional(DateTime),
    /** Longer description of what this Token is used for. */
    Description: optional(Schema.String),
    /** Modified timestamp. */
    ModifiedTS: optional(DateTime),
    /** Name of API Token */
    Name: optional(Schema.String),
    Role: optional(CommonModels.ApiRole),
    /** Status of the Token. */
    Status: optional(openEnum("ACTIVE", "DELETED")),
    Tags: optional(CommonModels.Tags)
  }))
}).annotations({ identifier: "teams.DeleteApiTokenResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteApiTokenResponse extends Schema.Schema.Type<typeof DeleteApiTokenResponse> {}

/**
 * `teams.DeleteGroupEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteGroupEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteGroupEventDetail extends Schema.Schema.Type<typeof DeleteGroupEventDetail> {}

/**
 * Component `teams.DeleteGroupEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteGroupEvent = Schema.Struct({
  Detail: DeleteGroupEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "teams.DeleteGroupEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteGroupEvent extends Schema.Schema.Type<typeof DeleteGroupEvent> {}

/**
 * Component `teams.DeleteUserResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteUserResponse = Schema.Struct({
  Users: Schema.Array(CommonModels.User)
}).annotations({ identifier: "teams.DeleteUserResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteUserResponse extends Schema.Schema.Type<typeof DeleteUserResponse> {}

/**
 * Component `teams.ReadApiTokens`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadApiTokens = Schema.Struct({
  ApiTokens: Schema.Array(Schema.Struct({
    AccessKey: CommonModels.RoUuidv4,
    CreatedBy: optional(CommonModels.NullableUuidv4),
    /** Created timestamp. */
    CreatedTS: optional(DateTime),
    /** Longer description of what this Token is used for. */
    Description: Schema.String,
    /** Modified timestamp. */
    ModifiedTS: optional(DateTime),
    /** Name of API Token */
    Name: Schema.String,
    Role: CommonModels.ApiRole,
    /** Status of the Token. */
    Status: openEnum("ACTIVE", "DELETED"),
    Tags: optional(CommonModels.Tags)
  }))
}).annotations({ identifier: "teams.ReadApiTokens" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadApiTokens extends Schema.Schema.Type<typeof ReadApiTokens> {}

/**
 * Component `teams.ReadGroupsResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadGroupsResponse = Schema.Struct({
  Groups: Schema.Array(CommonModels.Group)
}).annotations({ identifier: "teams.ReadGroupsResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadGroupsResponse extends Schema.Schema.Type<typeof ReadGroupsResponse> {}

/**
 * Component `teams.ReadIdamUsers`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadIdamUsers = Schema.Struct({
  Users: Schema.Array(CommonModels.IdamUser)
}).annotations({ identifier: "teams.ReadIdamUsers" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadIdamUsers extends Schema.Schema.Type<typeof ReadIdamUsers> {}

/**
 * Component `teams.ReadUsers`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadUsers = Schema.Struct({
  Users: Schema.Array(CommonModels.User)
}).annotations({ identifier: "teams.ReadUsers" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadUsers extends Schema.Schema.Type<typeof ReadUsers> {}

/**
 * Component `teams.UpdateApiToken`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateApiToken = Schema.Struct({
  /** Longer description of what this Token is used for. */
  Description: optional(Schema.String),
  Role: optional(CommonModels.ApiRole),
  Tags: optional(CommonModels.Tags)
}).annotations({ identifier: "teams.UpdateApiToken" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateApiToken extends Schema.Schema.Type<typeof UpdateApiToken> {}

/**
 * Component `teams.UpdateApiTokenResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateApiTokenResponse = Schema.Struct({
  ApiTokens: Schema.Array(Schema.Struct({
    AccessKey: CommonModels.RoUuidv4,
    CreatedBy: optional(CommonModels.NullableUuidv4),
    /** Created timestamp. */
    CreatedTS: optional(DateTime),
    /** Longer description of what this Token is used for. */
    Description: optional(Schema.String),
    /** Modified timestamp. */
    ModifiedTS: optional(DateTime),
    /** Name of API Token */
    Name: optional(Schema.String),
    Role: optional(CommonModels.ApiRole),
    /** Status of the Token. */
    Status: optional(openEnum("ACTIVE", "DELETED")),
    Tags: optional(CommonModels.Tags)
  }))
}).annotations({ identifier: "teams.UpdateApiTokenResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateApiTokenResponse extends Schema.Schema.Type<typeof UpdateApiTokenResponse> {}

/**
 * Component `teams.UpdateGroup`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateGroup = Schema.Struct({
  /** Name of User Group */
  Name: Schema.String
}).annotations({ identifier: "teams.UpdateGroup" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateGroup extends Schema.Schema.Type<typeof UpdateGroup> {}

/**
 * `teams.UpdateGroupEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateGroupEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateGroupEventDetail extends Schema.Schema.Type<typeof UpdateGroupEventDetail> {}

/**
 * Component `teams.UpdateGroupEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateGroupEvent = Schema.Struct({
  Detail: UpdateGroupEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "teams.UpdateGroupEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateGroupEvent extends Schema.Schema.Type<typeof UpdateGroupEvent> {}

/**
 * Component `teams.UpdateGroupMembers`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateGroupMembers = Schema.Struct({
  AddMembers: optional(Schema.Array(CommonModels.UserGroupMemberMap)),
  RemoveMembers: optional(Schema.Array(CommonModels.UserGroupMemberMap))
}).annotations({ identifier: "teams.UpdateGroupMembers" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateGroupMembers extends Schema.Schema.Type<typeof UpdateGroupMembers> {}

/**
 * `teams.UpdateGroupMembersEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateGroupMembersEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateGroupMembersEventDetail extends Schema.Schema.Type<typeof UpdateGroupMembersEventDetail> {}

/**
 * Component `teams.UpdateGroupMembersEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateGroupMembersEvent = Schema.Struct({
  Detail: UpdateGroupMembersEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "teams.UpdateGroupMembersEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateGroupMembersEvent extends Schema.Schema.Type<typeof UpdateGroupMembersEvent> {}

/**
 * Status of User.
 *
 * (`teams.UpdateUser.Status`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateUserStatus = openEnum("ACTIVE", "DISABLED")

/**
 * @since 0.2.0
 * @category Models
 */
export type UpdateUserStatus = typeof UpdateUserStatus.Type

/**
 * Component `teams.UpdateUser`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateUser = Schema.Struct({
  /** Email address of User. */
  Email: optional(Schema.String),
  /** Given Name of the User. */
  FirstName: optional(Schema.String),
  /** Family Name of the User. */
  LastName: optional(Schema.String),
  Role: optional(CommonModels.IdamUserRole),
  /** Status of User. */
  Status: optional(UpdateUserStatus)
}).annotations({ identifier: "teams.UpdateUser" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUser extends Schema.Schema.Type<typeof UpdateUser> {}

/**
 * `teams.UpdateUserEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateUserEventDetail = Schema.Struct({
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
export interface UpdateUserEventDetail extends Schema.Schema.Type<typeof UpdateUserEventDetail> {}

/**
 * Component `teams.UpdateUserEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateUserEvent = Schema.Struct({
  CustomerId: optional(CommonModels.RoUuidv4),
  Detail: UpdateUserEventDetail,
  DetailType: Schema.String,
  TaskId: CommonModels.RoUuidv4,
  TraceId: optional(Schema.String)
}).annotations({ identifier: "teams.UpdateUserEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUserEvent extends Schema.Schema.Type<typeof UpdateUserEvent> {}

/**
 * Component `teams.UpdateUserInvite`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateUserInvite = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({ identifier: "teams.UpdateUserInvite" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUserInvite extends Schema.Schema.Type<typeof UpdateUserInvite> {}

/**
 * `teams.UpdateUserInviteEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateUserInviteEventDetail = Schema.Struct({
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUserInviteEventDetail extends Schema.Schema.Type<typeof UpdateUserInviteEventDetail> {}

/**
 * Component `teams.UpdateUserInviteEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateUserInviteEvent = Schema.Struct({
  Detail: UpdateUserInviteEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "teams.UpdateUserInviteEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUserInviteEvent extends Schema.Schema.Type<typeof UpdateUserInviteEvent> {}

/**
 * Component `teams.UpdateUserPassword`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateUserPassword = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({ identifier: "teams.UpdateUserPassword" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUserPassword extends Schema.Schema.Type<typeof UpdateUserPassword> {}

/**
 * `teams.UpdateUserPasswordEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateUserPasswordEventDetail = Schema.Struct({
  Message: Schema.String,
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUserPasswordEventDetail extends Schema.Schema.Type<typeof UpdateUserPasswordEventDetail> {}

/**
 * Component `teams.UpdateUserPasswordEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateUserPasswordEvent = Schema.Struct({
  Detail: UpdateUserPasswordEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "teams.UpdateUserPasswordEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateUserPasswordEvent extends Schema.Schema.Type<typeof UpdateUserPasswordEvent> {}
