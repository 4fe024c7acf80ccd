/**
 * A small registry in the generated registry's shape, built by hand for the stand-in's tests until the
 * generated one lands: ReadAccounts (part 1's), account types, hubs, VPCs (a union input of three path
 * variants), tasks, CheckAlias, CreateAccount, and one operation with no state (answered by a sample).
 */
import { Schema } from "effect"
import { accountOperations } from "../../../src/cloud/api/Accounts.js"
import { CommaList, DateTime, NonEmptyString, optional, strictEnum } from "../../../src/cloud/schema/fields.js"
import * as Operation from "../../../src/core/Operation.js"
import type { CloudOperationSpec } from "../../../src/testing/cloud/engine/spec.js"

const required = <S extends Schema.Schema.Any>(schema: S, key: string) => Schema.propertySignature(schema).pipe(Schema.fromKey(key))
const Tags = Schema.Record({ key: Schema.String, value: Schema.String })
const Region = strictEnum("ap-southeast-2", "us-east-1")
const Status = strictEnum("ACTIVE", "CREATE_IN_PROGRESS", "DELETED")

/** `Detail.Message` is an object with a `TaskId`, or a string. */
const Message = Schema.Union(
  Schema.Struct({ TaskId: optional(Schema.String), CustomerId: optional(Schema.String), TraceId: optional(Schema.String) }),
  Schema.String
)
const WriteAnswer = <F extends Schema.Struct.Fields>(detail: F) =>
  Schema.Struct({
    Detail: Schema.Struct({ Message: optional(Message), Operation: Schema.String, OperationStatus: Schema.String, ...detail }),
    DetailType: Schema.String
  })

const Hub = Schema.Struct({
  Id: Schema.String,
  Name: Schema.String,
  AccountId: Schema.String,
  Region: Schema.String,
  Status: optional(Schema.String),
  Description: optional(Schema.String),
  CreatedTS: optional(DateTime),
  ModifiedTS: optional(DateTime),
  Tags: optional(Tags)
})

const Vpc = Schema.Struct({
  Id: Schema.String,
  Name: Schema.String,
  AccountId: Schema.String,
  Region: Schema.String,
  NetworkingHubId: optional(Schema.String),
  Type: optional(Schema.String),
  Status: optional(Schema.String),
  CreatedTS: optional(DateTime)
})

const AccountType = Schema.Struct({
  Id: Schema.String,
  Name: Schema.String,
  OrganisationId: Schema.String,
  Accounts: Schema.Array(Schema.String),
  Policies: Schema.Array(Schema.String),
  Roles: Schema.Array(Schema.Struct({ GroupId: Schema.String, RoleName: Schema.String })),
  Status: Schema.String,
  CreatedTS: optional(DateTime)
})

const spec = (
  id: string,
  operation: Operation.Operation<any, any>,
  routes: ReadonlyArray<string>,
  extra: Partial<CloudOperationSpec> = {}
): CloudOperationSpec => ({
  id,
  service: id.split(".")[0]!.replace(/^./, (c) => c.toUpperCase()),
  method: id.split(".")[1]!.replace(/^./, (c) => c.toLowerCase()),
  operation,
  routes,
  http: operation.method,
  body: operation.method === "POST" || operation.method === "PUT" ? "json" : "none",
  taskId: [],
  description: id,
  ...extra
})

export const createHub = Operation.make({
  name: "Networking.createHub",
  method: "POST",
  path: "/networking/hubs",
  input: Schema.Struct({
    name: required(Schema.String, "Name"),
    accountId: required(Schema.String, "AccountId"),
    region: required(Region, "Region"),
    cidr: required(Schema.String, "Cidr"),
    createInternetGateway: required(Schema.Boolean, "CreateInternetGateway"),
    createNatGateway: required(Schema.Boolean, "CreateNatGateway"),
    description: optional(Schema.String).pipe(Schema.fromKey("Description")),
    tags: optional(Tags).pipe(Schema.fromKey("Tags"))
  }),
  output: WriteAnswer({ NetworkingHub: Schema.Struct({ Id: Schema.String }) })
})

export const readHubs = Operation.make({
  name: "Networking.readHubs",
  method: "GET",
  path: ["/networking/hubs/{hub_id}", "/networking/hubs"],
  input: Schema.Struct({
    hubId: optional(NonEmptyString).pipe(Schema.fromKey("hub_id")),
    status: optional(CommaList(Status))
  }),
  output: Schema.Struct({ Hubs: Schema.Array(Hub) })
})

export const updateHub = Operation.make({
  name: "Networking.updateHub",
  method: "PUT",
  path: "/networking/hubs/{hub_id}",
  input: Schema.Struct({
    hubId: required(NonEmptyString, "hub_id"),
    name: optional(Schema.String).pipe(Schema.fromKey("Name")),
    description: optional(Schema.String).pipe(Schema.fromKey("Description"))
  }),
  output: WriteAnswer({})
})

export const deleteHub = Operation.make({
  name: "Networking.deleteHub",
  method: "DELETE",
  path: "/networking/hubs/{hub_id}",
  input: Schema.Struct({ hubId: required(NonEmptyString, "hub_id") }),
  output: WriteAnswer({})
})

export const createVpc = Operation.make({
  name: "Networking.createVpc",
  method: "POST",
  path: "/networking/hubs/{hub_id}/vpcs",
  input: Schema.Struct({
    hubId: required(NonEmptyString, "hub_id"),
    name: required(Schema.String, "Name"),
    accountId: required(Schema.String, "AccountId"),
    region: required(Region, "Region"),
    type: required(strictEnum("ISOLATED", "FLAT", "SHAREDSERVICES"), "Type")
  }),
  output: WriteAnswer({ VPC: Schema.Struct({ Id: Schema.String }) })
})

const never = Schema.optionalWith(Schema.Never, { exact: true })
const VpcQuery = { status: optional(CommaList(Status)), type: optional(Schema.String) }

/** Three variants, each with exactly its own path parameter. */
export const readVpcs = Operation.make({
  name: "Networking.readVpcs",
  method: "GET",
  path: ["/networking/hubs/{hub_id}/vpcs", "/networking/vpcs/{vpc_id}", "/networking/vpcs"],
  input: Schema.Union(
    Schema.Struct({ hubId: required(NonEmptyString, "hub_id"), vpcId: never.pipe(Schema.fromKey("vpc_id")), ...VpcQuery }),
    Schema.Struct({ vpcId: required(NonEmptyString, "vpc_id"), hubId: never.pipe(Schema.fromKey("hub_id")), ...VpcQuery }),
    Schema.Struct({ hubId: never.pipe(Schema.fromKey("hub_id")), vpcId: never.pipe(Schema.fromKey("vpc_id")), ...VpcQuery })
  ),
  output: Schema.Struct({ Vpcs: Schema.Array(Vpc) })
})

export const readTask = Operation.make({
  name: "Tasks.readTask",
  method: "GET",
  path: "/task/{task_id}",
  input: Schema.Struct({ taskId: required(NonEmptyString, "task_id") }),
  output: Schema.Struct({
    Status: Schema.String,
    Logs: Schema.Array(Schema.String),
    Accounts: optional(Schema.Array(Schema.String)),
    Users: optional(Schema.Array(Schema.String)),
    Workloads: optional(Schema.Array(Schema.String))
  })
})

export const checkAlias = Operation.make({
  name: "Public.checkAlias",
  method: "GET",
  path: "/public/check-alias/{alias}",
  input: Schema.Struct({ alias: NonEmptyString }),
  output: Schema.Struct({
    Alias: Schema.Struct({ Status: Schema.String }),
    AuthProvider: Schema.Struct({ ClientId: Schema.String, UserPoolId: Schema.String })
  })
})

export const readAccountTypes = Operation.make({
  name: "Accounts.readAccountTypes",
  method: "GET",
  path: ["/accounts/types/{account_type_id}", "/accounts/types"],
  input: Schema.Struct({
    accountTypeId: optional(NonEmptyString).pipe(Schema.fromKey("account_type_id")),
    idFilter: optional(Schema.String).pipe(Schema.fromKey("id_filter"))
  }),
  output: Schema.Struct({ AccountTypes: Schema.Array(AccountType) })
})

export const createAccountType = Operation.make({
  name: "Accounts.createAccountType",
  method: "POST",
  path: "/accounts/types",
  input: Schema.Struct({ name: required(Schema.String, "Name") }),
  output: Schema.Struct({
    Detail: Schema.Struct({ AccountType, Message: Schema.String, Operation: Schema.String, OperationStatus: Schema.String, Severity: Schema.String }),
    DetailType: Schema.String
  })
})

export const createAccount = Operation.make({
  name: "Accounts.createAccount",
  method: "POST",
  path: "/accounts",
  input: Schema.Struct({
    name: required(Schema.String, "Name"),
    accountType: required(Schema.String, "AccountType"),
    awsAccountAlias: optional(Schema.NullOr(Schema.String)).pipe(Schema.fromKey("AwsAccountAlias"))
  }),
  output: Schema.Struct({ Detail: Schema.Struct({ Operation: optional(Schema.String) }), DetailType: Schema.String, TaskId: optional(Schema.String) })
})

/** No state behind it: the stand-in answers a sample of its output schema. */
export const readFeatures = Operation.make({
  name: "Organisations.readOrganizationFeatures",
  method: "GET",
  path: "/organisations/current/features",
  input: Schema.Struct({}),
  output: Schema.Struct({ NetworksEnabled: Schema.Boolean, WorkloadsEnabled: Schema.Boolean, Since: DateTime, Limit: Schema.Number.pipe(Schema.int(), Schema.positive()) })
})

/** The test registry. */
export const testOperations: ReadonlyArray<CloudOperationSpec> = [
  spec("accounts.ReadAccounts", accountOperations.readAccounts, ["/accounts/{account_id}", "/accounts"]),
  spec("accounts.CreateAccount", createAccount, ["/accounts"], { taskId: [["TaskId"]] }),
  spec("accounts.ReadAccountTypes", readAccountTypes, ["/accounts/types/{account_type_id}", "/accounts/types"]),
  spec("accounts.CreateAccountType", createAccountType, ["/accounts/types"]),
  spec("networking.CreateHub", createHub, ["/networking/hubs"], { taskId: [["Detail", "Message", "TaskId"]] }),
  spec("networking.ReadHubs", readHubs, ["/networking/hubs/{hub_id}", "/networking/hubs"]),
  spec("networking.UpdateHub", updateHub, ["/networking/hubs/{hub_id}"], { taskId: [["Detail", "Message", "TaskId"]] }),
  spec("networking.DeleteHub", deleteHub, ["/networking/hubs/{hub_id}"], { taskId: [["Detail", "Message", "TaskId"]] }),
  spec("networking.CreateVpc", createVpc, ["/networking/hubs/{hub_id}/vpcs"], { taskId: [["Detail", "Message", "TaskId"]] }),
  spec("networking.ReadVpcs", readVpcs, ["/networking/hubs/{hub_id}/vpcs", "/networking/vpcs/{vpc_id}", "/networking/vpcs"]),
  spec("tasks.ReadTask", readTask, ["/task/{task_id}"]),
  spec("public.CheckAlias", checkAlias, ["/public/check-alias/{alias}"]),
  spec("organisations.ReadOrganizationFeatures", readFeatures, ["/organisations/current/features"])
]
