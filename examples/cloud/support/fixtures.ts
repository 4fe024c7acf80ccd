/**
 * What the examples need before they can show anything: an active account, a networking hub, a CIDR
 * range, a VPC, an organisational unit, a catalogue item, a workload, a policy, a user. staxapp's examples
 * leave these as `<Placeholder>` values to fill in; ours find them in the organisation. Against the
 * stand-in an example creates what it cannot find; against the Stax cloud API it fails with
 * `MissingResource`, naming the example that creates it.
 */
import { Effect } from "effect"
import { Accounts, Networking, Organisations, Tasks, Teams, Workloads } from "stax-effect/cloud"
import { MissingResource, Target } from "../run.js"

/** An id found by `find`, or made by `create` when running against the stand-in. */
export const findOrCreate = <E1, R1, E2, R2>(
  what: string,
  hint: string,
  find: Effect.Effect<string | undefined, E1, R1>,
  create: Effect.Effect<string, E2, R2>
): Effect.Effect<string, E1 | E2 | MissingResource, R1 | R2> =>
  Effect.flatMap(find, (found) =>
    found !== undefined
      ? Effect.succeed(found)
      : Effect.flatMap(Target, (target): Effect.Effect<string, E2 | MissingResource, R2> =>
        target === "stand-in"
          ? create
          : Effect.fail(new MissingResource({ message: `no ${what} in this organisation: ${hint}` }))))

/** The id of the organisation's first active account (the stand-in always has some). */
export const activeAccountId = Effect.flatMap(
  Accounts.readAccounts({ filter: "ACTIVE" }),
  ({ Accounts: accounts }) =>
    accounts[0] === undefined
      ? Effect.fail(new MissingResource({ message: "no active account in this organisation" }))
      : Effect.succeed(accounts[0].Id)
)

/** The id of an active networking hub (created in ap-southeast-2 against the stand-in). */
export const hubId = findOrCreate(
  "networking hub",
  "create one with examples/cloud/create-hub.ts",
  Effect.map(Networking.readHubs({ status: "ACTIVE" }), ({ Hubs }) => Hubs[0]?.Id),
  Effect.gen(function*() {
    const created = yield* Networking.createHub({
      name: "examples-hub",
      accountId: yield* activeAccountId,
      region: "ap-southeast-2",
      cidr: "10.200.0.0/22",
      createNatGateway: false,
      createInternetGateway: false
    })
    yield* Tasks.waitUntilDone(created)
    return created.Detail.NetworkingHub.Id
  })
)

/** The id of a CIDR range of the hub (ranges are written synchronously: no task). */
export const cidrRangeId = (hub: string) =>
  findOrCreate(
    "CIDR range",
    "create one with examples/cloud/cidr-ranges.ts",
    Effect.map(Networking.readCidrRanges({ hubId: hub }), ({ Ranges }) => Ranges[0]?.Id),
    Effect.flatMap(
      Networking.createCidrRange({ hubId: hub, name: "examples-range", cidr: "10.201.0.0/16" }),
      ({ Ranges }) =>
        Ranges[0] === undefined
          ? Effect.fail(new MissingResource({ message: "CreateCidrRange answered without the range" }))
          : Effect.succeed(Ranges[0].Id)
    )
  )

/** The id of a VPC of the hub (created, ISOLATED and SMALL, from the range against the stand-in). */
export const vpcId = (hub: string, range: string) =>
  findOrCreate(
    "VPC",
    "create one with examples/cloud/create-vpc.ts",
    Effect.map(Networking.readVpcs({ hubId: hub }), ({ Vpcs }) => Vpcs[0]?.Id),
    Effect.gen(function*() {
      const created = yield* Networking.createVpc({
        hubId: hub,
        accountId: yield* activeAccountId,
        cidrRangeId: range,
        name: "examples-vpc",
        region: "ap-southeast-2",
        size: "SMALL",
        type: "ISOLATED",
        createInternetGateway: false
      })
      yield* Tasks.waitUntilDone(created)
      return created.Detail.VPC.Id
    })
  )

/** The id of the organisation's first organisational unit (the root, usually). */
export const organisationalUnitId = Effect.flatMap(
  Organisations.readOrganisationalUnits(),
  ({ OrganisationalUnits }) =>
    OrganisationalUnits[0] === undefined
      ? Effect.fail(new MissingResource({ message: "no organisational unit in this organisation" }))
      : Effect.succeed(OrganisationalUnits[0].Id)
)

/**
 * Whether a policy's `Content` as read back is the policy document sent (the answer may give it as the
 * JSON text or as the parsed object).
 */
export const sameDocument = (content: unknown, sent: string): boolean =>
  typeof content === "string" ? content === sent : JSON.stringify(content) === JSON.stringify(JSON.parse(sent))

/** A workload manifest naming a CloudFormation template by version (staxapp's examples upload it to S3 first). */
export const manifest = (version: string): string =>
  [
    "Resources:",
    "  - Bucket:",
    "      Type: AWS::CloudFormation",
    `      TemplateURL: s3://examples-templates/${version}-bucket.yaml`,
    ""
  ].join("\n")

/** The id of a workload catalogue item (one with an inline manifest against the stand-in). */
export const catalogueItemId = findOrCreate(
  "workload catalogue item",
  "create one with examples/cloud/create-catalogue-item.ts",
  Effect.map(
    Workloads.readCatalogueItems(),
    ({ WorkloadCatalogues }) => WorkloadCatalogues.flatMap((c) => c.WorkloadCatalogueItems)[0]?.Id
  ),
  Effect.gen(function*() {
    const created = yield* Workloads.createCatalogueItem({
      name: "examples-bucket",
      description: "An S3 bucket, for the examples",
      version: "1.0.0",
      manifestBody: manifest("1.0.0")
    })
    yield* Tasks.waitUntilDone(created)
    return created.CatalogueId ?? (yield* new MissingResource({ message: "CreateCatalogueItem answered without CatalogueId" }))
  })
)

/** The id of a workload (deployed from the catalogue into an active account against the stand-in). */
export const workloadId = findOrCreate(
  "workload",
  "create one with examples/cloud/create-workload.ts",
  Effect.map(Workloads.readWorkloads({ limit: 1 }), ({ Workloads: found }) => found[0]?.Id),
  Effect.gen(function*() {
    const created = yield* Workloads.createWorkload({
      name: "examples-workload",
      catalogueId: yield* catalogueItemId,
      accountId: yield* activeAccountId,
      region: "ap-southeast-2"
    })
    const task = yield* Tasks.waitUntilDone(created)
    return created.WorkloadId ?? task.Workloads?.[0] ??
      (yield* new MissingResource({ message: "CreateWorkload answered without WorkloadId" }))
  })
)

/** The id of a policy of the organisation's own (created, denying `LeaveOrganization`, against the stand-in). */
export const policyId = findOrCreate(
  "policy",
  "create one with examples/cloud/create-policy.ts",
  Effect.map(
    Organisations.readPolicies(),
    ({ Policies }) => Policies.find((p) => p.PolicyOwner === "CUSTOMER")?.Id ?? Policies[0]?.Id
  ),
  Effect.gen(function*() {
    const created = yield* Organisations.createPolicy({
      name: "examples-policy",
      description: "Denies leaving the organisation",
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Deny", Action: "organizations:LeaveOrganization", Resource: "*" }]
      })
    })
    yield* Tasks.waitUntilDone(created)
    return created.Detail.Policy.PolicyId
  })
)

/** The id of a user of the organisation (invited, read-only, against the stand-in when there is none). */
export const userId = findOrCreate(
  "user",
  "invite one with examples/cloud/create-user.ts",
  Effect.map(Teams.readUsers(), ({ Users }) => Users[0]?.Id),
  Effect.gen(function*() {
    const created = yield* Teams.createUser({ firstName: "Example", lastName: "User", email: "examples@example.com" })
    const task = yield* Tasks.waitUntilDone(created)
    return task.Users?.[0] ?? (yield* new MissingResource({ message: "CreateUser's task reports no user" }))
  })
)

/**
 * An alias in use: the organisation's, or an account's (against the stand-in, the first active account is
 * given one when none has).
 */
export const aliasInUse = findOrCreate(
  "alias in use",
  "the organisation has no alias",
  Effect.gen(function*() {
    const organisation = (yield* Organisations.readOrganisation()).Organisations?.[0]
    const { Accounts: accounts } = yield* Accounts.readAccounts()
    return [organisation?.Alias, ...accounts.map((a) => a.AwsAccountAlias)].find((a) => typeof a === "string" && a.length > 0) ?? undefined
  }),
  Effect.gen(function*() {
    const accountId = yield* activeAccountId
    yield* Tasks.waitUntilDone(yield* Accounts.updateAccount({ accountId, awsAccountAlias: "examples-bakery" }))
    return "examples-bakery"
  })
)
