/**
 * Everything the stand-in keeps besides the accounts: one `Collection` per kind of resource, seeded with a
 * small organisation (two account types, a root OU, an administrator, her group and API token, a few
 * insights).
 *
 * @since 0.2.0
 */
import type { Json } from "../../ai/Model.js"
import { SEED_ACCOUNT_TYPES, SEED_ORGANISATION_ID } from "../accounts.js"
import { Collection } from "./Collection.js"
import { seedInsights } from "./insights.js"

/**
 * The kinds of resource the stand-in keeps (besides accounts).
 *
 * @since 0.2.0
 * @category Models
 */
export type CollectionName =
  | "accountTypes"
  | "organisationalUnits"
  | "policies"
  | "policyAttachments"
  | "workloads"
  | "catalogueItems"
  | "users"
  | "groups"
  | "apiTokens"
  | "hubs"
  | "vpcs"
  | "catalogueVersions"
  | "cidrRanges"
  | "cidrExclusions"
  | "dnsResolvers"
  | "dnsRules"
  | "dxGateways"
  | "dxVifs"
  | "dxAssociations"
  | "prefixLists"
  | "vpnCustomerGateways"
  | "vpnConnections"
  | "insights"

/**
 * Seed records per kind, replacing the default seed of that kind (records as the API's read answers
 * give them; ids are made up when absent).
 *
 * @since 0.2.0
 * @category Models
 */
export type Seed = Partial<Record<CollectionName, ReadonlyArray<Json>>>

const CREATED = "2024-03-11T01:05:45.000Z"

/**
 * The id of the seed administrator.
 *
 * @since 0.2.0
 * @category Seed
 */
export const SEED_USER_ID = "7d3f0b2a-1c4e-4a5b-9e8f-0a1b2c3d4e5f"

/**
 * The id of the seed root organisational unit.
 *
 * @since 0.2.0
 * @category Seed
 */
export const SEED_ROOT_OU_ID = "2b4d6f80-3a5c-4e7f-9b1d-8c6e4a2f0b13"

const accountType = (id: string, name: string): Json => ({
  Id: id,
  Name: name,
  OrganisationId: SEED_ORGANISATION_ID,
  Accounts: [],
  Policies: [],
  Roles: [],
  Status: "ACTIVE",
  CreatedTS: CREATED,
  ModifiedTS: CREATED
})

/**
 * The default seed: the account types of the seed accounts, the root OU, one administrator and a group,
 * and the insights of `insights.ts`.
 *
 * @since 0.2.0
 * @category Seed
 */
export const defaultSeed = (apiTokenAccessKey: string): Required<Seed> => ({
  accountTypes: [accountType(SEED_ACCOUNT_TYPES.production, "production"), accountType(SEED_ACCOUNT_TYPES.development, "development")],
  organisationalUnits: [{
    Id: SEED_ROOT_OU_ID,
    Name: "Root",
    OrganisationId: SEED_ORGANISATION_ID,
    OrganisationalUnitType: "ROOT",
    ParentOrganisationalUnitId: null,
    AwsId: "r-ab12",
    CreatedBy: null,
    Status: "ACTIVE",
    CreatedTS: CREATED,
    ModifiedTS: CREATED
  }],
  policies: [],
  policyAttachments: [],
  workloads: [],
  catalogueItems: [],
  users: [{
    Id: SEED_USER_ID,
    Email: "admin@example.com",
    FirstName: "Ada",
    LastName: "Admin",
    Name: "Ada Admin",
    Role: "customer_admin",
    Status: "ACTIVE",
    OrganisationId: SEED_ORGANISATION_ID,
    CreatedTS: CREATED,
    ModifiedTS: CREATED
  }],
  groups: [{
    Id: "5e7a9c1b-3d5f-4b7a-8c9e-1f3a5b7d9e02",
    Name: "platform",
    GroupType: "LOCAL",
    Status: "ACTIVE",
    OrganisationId: SEED_ORGANISATION_ID,
    Users: [SEED_USER_ID],
    CreatedTS: CREATED,
    ModifiedTS: CREATED
  }],
  apiTokens: [{
    AccessKey: apiTokenAccessKey,
    Name: "local",
    Description: "The stand-in's default API token",
    Role: "api_admin",
    Status: "ACTIVE",
    CreatedTS: CREATED,
    ModifiedTS: CREATED
  }],
  hubs: [],
  vpcs: [],
  catalogueVersions: [],
  cidrRanges: [],
  cidrExclusions: [],
  dnsResolvers: [],
  dnsRules: [],
  dxGateways: [],
  dxVifs: [],
  dxAssociations: [],
  prefixLists: [],
  vpnCustomerGateways: [],
  vpnConnections: [],
  insights: seedInsights()
})

/**
 * The stand-in's resources besides accounts, one collection per kind.
 *
 * @since 0.2.0
 * @category Models
 */
export class CloudState {
  readonly accountTypes: Collection
  readonly organisationalUnits: Collection
  readonly policies: Collection
  readonly policyAttachments: Collection
  readonly workloads: Collection
  readonly catalogueItems: Collection
  readonly users: Collection
  readonly groups: Collection
  readonly apiTokens: Collection
  readonly hubs: Collection
  readonly vpcs: Collection
  readonly catalogueVersions: Collection
  readonly cidrRanges: Collection
  readonly cidrExclusions: Collection
  readonly dnsResolvers: Collection
  readonly dnsRules: Collection
  readonly dxGateways: Collection
  readonly dxVifs: Collection
  readonly dxAssociations: Collection
  readonly prefixLists: Collection
  readonly vpnCustomerGateways: Collection
  readonly vpnConnections: Collection
  readonly insights: Collection

  constructor(seed: Seed = {}, apiTokenAccessKey = "local-access-key") {
    const all = { ...defaultSeed(apiTokenAccessKey), ...seed }
    this.accountTypes = new Collection("Id", all.accountTypes)
    this.organisationalUnits = new Collection("Id", all.organisationalUnits)
    this.policies = new Collection("Id", all.policies)
    this.policyAttachments = new Collection("Id", all.policyAttachments)
    this.workloads = new Collection("Id", all.workloads)
    this.catalogueItems = new Collection("Id", all.catalogueItems)
    this.users = new Collection("Id", all.users)
    this.groups = new Collection("Id", all.groups)
    this.apiTokens = new Collection("AccessKey", all.apiTokens)
    this.hubs = new Collection("Id", all.hubs)
    this.vpcs = new Collection("Id", all.vpcs)
    this.catalogueVersions = new Collection("Id", all.catalogueVersions)
    this.cidrRanges = new Collection("Id", all.cidrRanges)
    this.cidrExclusions = new Collection("Id", all.cidrExclusions)
    this.dnsResolvers = new Collection("Id", all.dnsResolvers)
    this.dnsRules = new Collection("Id", all.dnsRules)
    this.dxGateways = new Collection("Id", all.dxGateways)
    this.dxVifs = new Collection("Id", all.dxVifs)
    this.dxAssociations = new Collection("Id", all.dxAssociations)
    this.prefixLists = new Collection("Id", all.prefixLists)
    this.vpnCustomerGateways = new Collection("Id", all.vpnCustomerGateways)
    this.vpnConnections = new Collection("Id", all.vpnConnections)
    this.insights = new Collection("Id", all.insights)
  }
}
