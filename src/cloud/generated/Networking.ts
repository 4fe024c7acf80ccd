/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The `Networking` service: the operations `networking.*` of the Stax cloud API, their inputs (camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.
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
import * as NetworkingModels from "./models/networking.js"

/**
 * The input of `networking.CreateCidrExclusion` (POST /networking/hubs/{hub_id}/exclusions).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateCidrExclusionInput = Schema.Struct({
  /** The UUID of the Hub where the CIDR Exclusion is created in. (path parameter `hub_id`) */
  hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
  /** CIDR Range in quad dot notation. */
  cidr: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("Cidr")),
  /** Longer description of what the CIDR Exclusion is used for. */
  description: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(2048))).pipe(Schema.fromKey("Description")),
  /** Name of the CIDR Exclusion. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(128))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateCidrExclusionInput extends Schema.Schema.Type<typeof CreateCidrExclusionInput> {}

/**
 * The input of `networking.CreateCidrRange` (POST /networking/hubs/{hub_id}/ranges).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateCidrRangeInput = Schema.Struct({
  /** The UUID of the Hub where the CIDR Range is created in. (path parameter `hub_id`) */
  hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
  /** CIDR Range in quad dot notation. This range is a private network range with a size between /8 to /23 */
  cidr: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("Cidr")),
  /** Longer description of what the CIDR Range is used for. */
  description: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(2048))).pipe(Schema.fromKey("Description")),
  /** Name of the CIDR Range. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(128))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateCidrRangeInput extends Schema.Schema.Type<typeof CreateCidrRangeInput> {}

/**
 * The input of `networking.CreateDnsResolver` (POST /networking/hubs/{hub_id}/dnsresolvers).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateDnsResolverInput = Schema.Struct({
  /** The UUID of the Stax Networking Hub to deploy the Stax DNS Resolver. (path parameter `hub_id`) */
  hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
  /** Name of Stax DNS Resolver. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(50), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  /** The number of ENIs to attach to the Stax DNS Resolvers. */
  numberOfInterfaces: Schema.propertySignature(Schema.Int).pipe(Schema.fromKey("NumberOfInterfaces")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDnsResolverInput extends Schema.Schema.Type<typeof CreateDnsResolverInput> {}

/**
 * The input of `networking.CreateDnsRule` (POST /networking/dnsresolvers/{dns_resolver_id}/dnsrules).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateDnsRuleInput = Schema.Struct({
  /** The UUID of the Stax DNS Resolver to create the Stax DNS Rule within. (path parameter `dns_resolver_id`) */
  dnsResolverId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dns_resolver_id")),
  /** Domain name to forward DNS queries for. */
  domainName: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(256), pattern("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$"))).pipe(Schema.fromKey("DomainName")),
  /** The IP Addresses to forward DNS queries to. */
  forwarderIpAddresses: Schema.propertySignature(Schema.Array(Schema.String)).pipe(Schema.fromKey("ForwarderIpAddresses")),
  /** Name of Stax DNS Rule. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(64), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDnsRuleInput extends Schema.Schema.Type<typeof CreateDnsRuleInput> {}

/**
 * The input of `networking.CreateDxAssociation` (POST /networking/dxgateways/{dx_gateway_id}/dxassociations).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateDxAssociationInput = Schema.Union(
  // POST /networking/dxgateways/{dx_gateway_id}/dxassociations with TransitAssociation
  Schema.Struct({
    /** The UUID of the Stax DX Gateway to association with a Stax Networking Hub. (path parameter `dx_gateway_id`) */
    dxGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_gateway_id")),
    networkingHubId: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("NetworkingHubId")),
    /** The CIDR Ranges to advertise to on-premises. */
    prefixes: Schema.propertySignature(Schema.Array(Schema.String)).pipe(Schema.fromKey("Prefixes"))
  }),
  // POST /networking/dxgateways/{dx_gateway_id}/dxassociations with PrivateAssociation
  Schema.Struct({
    /** The UUID of the Stax DX Gateway to association with a Stax Networking Hub. (path parameter `dx_gateway_id`) */
    dxGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_gateway_id")),
    /** The CIDR Ranges to advertise to on-premises. */
    prefixes: Schema.propertySignature(Schema.Array(Schema.String)).pipe(Schema.fromKey("Prefixes")),
    vpcId: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("VpcId"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type CreateDxAssociationInput = typeof CreateDxAssociationInput.Type

/**
 * The input of `networking.CreateDxResource` (POST /networking/dxresources).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateDxResourceInput = Schema.Struct({
  gateway: optional(CommonModels.GatewayMapInput).pipe(Schema.fromKey("Gateway")),
  vif: optional(CommonModels.VifMapInput).pipe(Schema.fromKey("Vif"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDxResourceInput extends Schema.Schema.Type<typeof CreateDxResourceInput> {}

/**
 * The input of `networking.CreateHub` (POST /networking/hubs).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateHubInput = Schema.Struct({
  accountId: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("AccountId")),
  /** A private Autonomous System Number (ASN) for the Amazon side of a BGP session */
  amazonSideAsn: optional(Schema.Int.pipe(Schema.greaterThanOrEqualTo(64512), Schema.lessThanOrEqualTo(65534))).pipe(Schema.fromKey("AmazonSideAsn")),
  /** CIDR Range in quad dot notation. This range is a private network range with a size between /8 to /22 for the Transit VPC */
  cidr: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("Cidr")),
  cidrExclusions: optional(Schema.Array(CommonModels.CidrExclusionInput)).pipe(Schema.fromKey("CidrExclusions")),
  /** Name of the CIDR Range where the Transit VPC lives. */
  cidrRangeName: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(128), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("CidrRangeName")),
  /** Boolean value declaring to utilise a Cloudwatch log group for VPC Flow logs */
  createCloudwatchVpcFlowlogs: optional(Schema.Boolean).pipe(Schema.fromKey("CreateCloudwatchVpcFlowlogs")),
  /** Boolean value declaring to create an Internet Gateway */
  createInternetGateway: Schema.propertySignature(Schema.Boolean).pipe(Schema.fromKey("CreateInternetGateway")),
  /** Boolean value declaring to create a NAT Gateway */
  createNatGateway: Schema.propertySignature(Schema.Boolean).pipe(Schema.fromKey("CreateNatGateway")),
  /** Boolean value declaring to create a Virtual Private Gateway */
  createVirtualPrivateGateway: optional(Schema.Boolean).pipe(Schema.fromKey("CreateVirtualPrivateGateway")),
  /** Longer description of what the Stax Networking Hub is used for. */
  description: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(2048))).pipe(Schema.fromKey("Description")),
  gatewayEndpoints: optional(Schema.Array(CommonModels.GatewayEndpointInput)).pipe(Schema.fromKey("GatewayEndpoints")),
  interfaceEndpoints: optional(Schema.Array(CommonModels.InterfaceEndpointInput)).pipe(Schema.fromKey("InterfaceEndpoints")),
  /** Name of Stax Networking Hub. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(238), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  /** The suffix used to create Route53 Private Hosted Zones names within the Networking Hub, cannot be modified once set */
  phzSuffix: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(255), pattern("^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9])$"))).pipe(Schema.fromKey("PhzSuffix")),
  /** Boolean value declaring if redundant Interface VPC Endpoints will be created */
  redundantEndpoints: optional(Schema.Boolean).pipe(Schema.fromKey("RedundantEndpoints")),
  /** Boolean value declaring to create redundant NAT Gateways */
  redundantNat: optional(Schema.Boolean).pipe(Schema.fromKey("RedundantNat")),
  region: Schema.propertySignature(CommonModels.AwsRegionInput).pipe(Schema.fromKey("Region")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags")),
  /** ASN to assign to the Virtual Private Gateway */
  virtualPrivateGatewayAsn: optional(Schema.Int).pipe(Schema.fromKey("VirtualPrivateGatewayAsn")),
  /** Boolean value declaring to enable or disable Equal Cost Multipath Protocol support */
  vpnEcmpSupport: optional(Schema.Boolean).pipe(Schema.fromKey("VpnEcmpSupport"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateHubInput extends Schema.Schema.Type<typeof CreateHubInput> {}

/**
 * The input of `networking.CreateHubPeering` (POST /networking/hubs/{networking_hub_id}/hubpeerings).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateHubPeeringInput = Schema.Struct({
  /** The UUID of the Stax Networking Hub to create the Hub Peering for. (path parameter `networking_hub_id`) */
  networkingHubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("networking_hub_id")),
  /** The AWS Account Id that contains the Destination TGW. */
  destinationAwsAccountId: optional(Schema.NullOr(Schema.String.pipe(Schema.minLength(12), Schema.maxLength(12), pattern("^\\d{12,12}$")))).pipe(Schema.fromKey("DestinationAwsAccountId")),
  destinationAwsRegion: optional(CommonModels.NullableAwsRegionInput).pipe(Schema.fromKey("DestinationAwsRegion")),
  /** The AWS Id of the Destination TGW. */
  destinationAwsTgwId: optional(Schema.NullOr(Schema.String.pipe(Schema.minLength(21), Schema.maxLength(21), pattern("^tgw-[a-zA-Z0-9]*$")))).pipe(Schema.fromKey("DestinationAwsTgwId")),
  destinationNetworkingHubId: optional(CommonModels.NullableUuidv4Input).pipe(Schema.fromKey("DestinationNetworkingHubId")),
  /** The Name of the Hub Peering. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(128), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateHubPeeringInput extends Schema.Schema.Type<typeof CreateHubPeeringInput> {}

/**
 * The input of `networking.CreateHubPrefixList` (POST /networking/hubs/{hub_id}/prefixlists/hubs).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateHubPrefixListInput = Schema.Struct({
  /** The UUID of the Stax Networking Hub to create the Hub Prefix List for. (path parameter `hub_id`) */
  hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
  /** The CIDR Ranges to include in the Prefix List. */
  entries: Schema.propertySignature(Schema.Array(Schema.String)).pipe(Schema.fromKey("Entries")),
  /** The maximum number of CIDR entries that can exist in the Prefix List. */
  maxEntries: Schema.propertySignature(Schema.Int).pipe(Schema.fromKey("MaxEntries")),
  /** Name of the Stax Prefix List. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(245), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  /** The TGW Route Table types to associate a HUB Prefix List with. */
  routeTableTypes: optional(Schema.Array(strictEnum("INFRASTRUCTURE", "ISOLATED", "ONPREMISES", "FLAT"))).pipe(Schema.fromKey("RouteTableTypes")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags")),
  /** The Stax Id of either a VPN, VPC or Direct Connect Gateway which will be the target of the HUB Prefix List. */
  targetId: optional(Schema.String.pipe(pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))).pipe(Schema.fromKey("TargetId")),
  /** The type of the target for the HUB Prefix List associations. */
  targetType: Schema.propertySignature(strictEnum("BLACKHOLE", "VPC", "VPN", "DIRECT_CONNECT_GATEWAY", "HUB_PEERING")).pipe(Schema.fromKey("TargetType")),
  /** The VPC Zones to associate a HUB Prefix List with. */
  zones: optional(Schema.Array(Schema.String)).pipe(Schema.fromKey("Zones"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateHubPrefixListInput extends Schema.Schema.Type<typeof CreateHubPrefixListInput> {}

/**
 * The input of `networking.CreateVpc` (POST /networking/hubs/{hub_id}/vpcs).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateVpcInput = Schema.Struct({
  /** The UUID of the Hub where the VPC is. (path parameter `hub_id`) */
  hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
  accountId: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("AccountId")),
  cidrRangeId: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("CidrRangeId")),
  /** Boolean value declaring to utilise a Cloudwatch log group for VPC Flow logs */
  createCloudwatchVpcFlowlogs: optional(Schema.Boolean).pipe(Schema.fromKey("CreateCloudwatchVpcFlowlogs")),
  /** Boolean value declaring to create an Internet Gateway */
  createInternetGateway: Schema.propertySignature(Schema.Boolean).pipe(Schema.fromKey("CreateInternetGateway")),
  /** Boolean value declaring to create a Virtual Private Gateway */
  createVirtualPrivateGateway: optional(Schema.Boolean).pipe(Schema.fromKey("CreateVirtualPrivateGateway")),
  /** Longer description of what the Stax VPC is used for. */
  description: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(2048))).pipe(Schema.fromKey("Description")),
  gatewayEndpoints: optional(Schema.Array(CommonModels.GatewayEndpointInput)).pipe(Schema.fromKey("GatewayEndpoints")),
  /** Name of Stax VPC */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(255), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  /** The unique prefix to combine with the PhzSuffix to create a Route53 Private Hosted Zone for the VPC, cannot be modified once set */
  phzPrefix: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(255), pattern("^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9])$"))).pipe(Schema.fromKey("PhzPrefix")),
  region: Schema.propertySignature(CommonModels.AwsRegionInput).pipe(Schema.fromKey("Region")),
  /** Size of the VPC. */
  size: Schema.propertySignature(strictEnum("SMALL", "MEDIUM", "LARGE")).pipe(Schema.fromKey("Size")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags")),
  /** Type of VPC. The Type determines what Route Tables are attached to the VPC */
  type: Schema.propertySignature(strictEnum("ISOLATED", "FLAT", "SHAREDSERVICES")).pipe(Schema.fromKey("Type")),
  /** ASN to assign to the Virtual Private Gateway */
  virtualPrivateGatewayAsn: optional(Schema.Int).pipe(Schema.fromKey("VirtualPrivateGatewayAsn")),
  /** All 'Flat' VPCs in the same Zone can communicate to each other. */
  zone: optional(Schema.NullOr(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(213), pattern("^[a-zA-Z0-9-_ ]*$")))).pipe(Schema.fromKey("Zone"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpcInput extends Schema.Schema.Type<typeof CreateVpcInput> {}

/**
 * The input of `networking.CreateVpcPrefixList` (POST /networking/hubs/{hub_id}/prefixlists/vpcs).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateVpcPrefixListInput = Schema.Struct({
  /** The UUID of the Stax Networking Hub to create the Vpc Prefix List for. (path parameter `hub_id`) */
  hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
  /** The CIDR Ranges to include in the Prefix List. */
  entries: Schema.propertySignature(Schema.Array(Schema.String)).pipe(Schema.fromKey("Entries")),
  /** The maximum number of CIDR entries that can exist in the Prefix List. */
  maxEntries: Schema.propertySignature(Schema.Int).pipe(Schema.fromKey("MaxEntries")),
  /** Name of the Stax Prefix List. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(245), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  /** The subnet types to associate a VPC Prefix List with. */
  subnetTypes: optional(Schema.Array(strictEnum("PRIVATE", "PUBLIC", "RESTRICTED", "CONNECTIVITY", "ENDPOINT"))).pipe(Schema.fromKey("SubnetTypes")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags")),
  /** The list of Stax VPC Ids to associate a VPC Prefix List with. */
  vpcIds: optional(Schema.Array(CommonModels.Uuidv4Input)).pipe(Schema.fromKey("VpcIds")),
  /** The VPC types to associate a VPC Prefix List with. */
  vpcTypes: optional(Schema.Array(strictEnum("TRANSIT", "ISOLATED", "FLAT", "SHAREDSERVICES"))).pipe(Schema.fromKey("VpcTypes")),
  /** The VPC Zones to associate a VPC Prefix List with. */
  zones: optional(Schema.Array(Schema.String)).pipe(Schema.fromKey("Zones"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpcPrefixListInput extends Schema.Schema.Type<typeof CreateVpcPrefixListInput> {}

/**
 * The input of `networking.CreateVpnConnection` (POST /networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnection).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateVpnConnectionInput = Schema.Union(
  // POST /networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnection with HubConnection
  Schema.Struct({
    /** The UUID of the Stax VPN Connection to association with a Stax Networking Hub. (path parameter `vpn_customer_gateway_id`) */
    vpnCustomerGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpn_customer_gateway_id")),
    /** Boolean value to turn on AWS Global Accelerator and the AWS global network for improved performance */
    improvedAcceleration: Schema.propertySignature(Schema.Boolean).pipe(Schema.fromKey("ImprovedAcceleration")),
    /** Name of Stax VPN Connection. */
    name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(251), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
    networkingHubId: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("NetworkingHubId")),
    /** The type of routing for the VPN Connection, DYNAMIC or STATIC */
    routingType: optional(strictEnum("DYNAMIC", "STATIC")).pipe(Schema.fromKey("RoutingType")),
    tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
  }),
  // POST /networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnection with VpcConnection
  Schema.Struct({
    /** The UUID of the Stax VPN Connection to association with a Stax Networking Hub. (path parameter `vpn_customer_gateway_id`) */
    vpnCustomerGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpn_customer_gateway_id")),
    /** Name of Stax VPN Connection. */
    name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(251), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
    tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags")),
    vpcId: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("VpcId"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type CreateVpnConnectionInput = typeof CreateVpnConnectionInput.Type

/**
 * The input of `networking.CreateVpnCustomerGateway` (POST /networking/vpncustomergateways).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateVpnCustomerGatewayInput = Schema.Struct({
  accountId: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("AccountId")),
  /** ASN to assign to the VPN Customer Gateway. */
  asn: Schema.propertySignature(Schema.Int.pipe(Schema.greaterThanOrEqualTo(64512), Schema.lessThanOrEqualTo(65534))).pipe(Schema.fromKey("Asn")),
  /** The Internet-routable IP address for the customer gateway's outside interface. The address must be static. */
  ipAddress: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("IpAddress")),
  /** Name of Stax VPN Customer Gateway. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(251), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  region: Schema.propertySignature(CommonModels.AwsRegionInput).pipe(Schema.fromKey("Region")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpnCustomerGatewayInput extends Schema.Schema.Type<typeof CreateVpnCustomerGatewayInput> {}

/**
 * The input of `networking.DeleteCidrExclusion` (DELETE /networking/exclusions/{exclusion_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteCidrExclusionInput = Schema.Struct({
  /** The UUID of the Exclusion to Delete. (path parameter `exclusion_id`) */
  exclusionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("exclusion_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteCidrExclusionInput extends Schema.Schema.Type<typeof DeleteCidrExclusionInput> {}

/**
 * The input of `networking.DeleteCidrRange` (DELETE /networking/ranges/{range_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteCidrRangeInput = Schema.Struct({
  /** The UUID of the Range to delete. (path parameter `range_id`) */
  rangeId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("range_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteCidrRangeInput extends Schema.Schema.Type<typeof DeleteCidrRangeInput> {}

/**
 * The input of `networking.DeleteDnsResolver` (DELETE /networking/dnsresolvers/{dns_resolver_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteDnsResolverInput = Schema.Struct({
  /** The UUID of the Stax DNS Resolver to delete. (path parameter `dns_resolver_id`) */
  dnsResolverId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dns_resolver_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDnsResolverInput extends Schema.Schema.Type<typeof DeleteDnsResolverInput> {}

/**
 * The input of `networking.DeleteDnsRule` (DELETE /networking/dnsrules/{dns_rule_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteDnsRuleInput = Schema.Struct({
  /** The UUID of the Stax DNS Rule. (path parameter `dns_rule_id`) */
  dnsRuleId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dns_rule_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDnsRuleInput extends Schema.Schema.Type<typeof DeleteDnsRuleInput> {}

/**
 * The input of `networking.DeleteDxAssociation` (DELETE /networking/dxassociations/{dx_association_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteDxAssociationInput = Schema.Struct({
  /** The UUID of the Stax DX Association to delete. (path parameter `dx_association_id`) */
  dxAssociationId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_association_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDxAssociationInput extends Schema.Schema.Type<typeof DeleteDxAssociationInput> {}

/**
 * The input of `networking.DeleteDxGateway` (DELETE /networking/dxgateways/{dx_gateway_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteDxGatewayInput = Schema.Struct({
  /** The UUID of the Stax DX Gateway to delete. (path parameter `dx_gateway_id`) */
  dxGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_gateway_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDxGatewayInput extends Schema.Schema.Type<typeof DeleteDxGatewayInput> {}

/**
 * The input of `networking.DeleteDxVif` (DELETE /networking/dxvifs/{dx_vif_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteDxVifInput = Schema.Struct({
  /** The UUID of the Stax DX Vif to delete. (path parameter `dx_vif_id`) */
  dxVifId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_vif_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDxVifInput extends Schema.Schema.Type<typeof DeleteDxVifInput> {}

/**
 * The input of `networking.DeleteHub` (DELETE /networking/hubs/{hub_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteHubInput = Schema.Struct({
  /** The UUID of the Hub to delete. (path parameter `hub_id`) */
  hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteHubInput extends Schema.Schema.Type<typeof DeleteHubInput> {}

/**
 * The input of `networking.DeleteHubPeering` (DELETE /networking/hubpeerings/{hub_peering_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteHubPeeringInput = Schema.Struct({
  /** The UUID of the Stax Hub Peering to delete. (path parameter `hub_peering_id`) */
  hubPeeringId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_peering_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteHubPeeringInput extends Schema.Schema.Type<typeof DeleteHubPeeringInput> {}

/**
 * The input of `networking.DeletePrefixList` (DELETE /networking/prefixlists/{prefix_list_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeletePrefixListInput = Schema.Struct({
  /** The UUID of the Stax Prefix List to delete. (path parameter `prefix_list_id`) */
  prefixListId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("prefix_list_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeletePrefixListInput extends Schema.Schema.Type<typeof DeletePrefixListInput> {}

/**
 * The input of `networking.DeleteVpc` (DELETE /networking/vpcs/{vpc_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteVpcInput = Schema.Struct({
  /** The UUID of the VPC to delete. (path parameter `vpc_id`) */
  vpcId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpc_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVpcInput extends Schema.Schema.Type<typeof DeleteVpcInput> {}

/**
 * The input of `networking.DeleteVpnConnection` (DELETE /networking/vpnconnections/{vpn_connection_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteVpnConnectionInput = Schema.Struct({
  /** The UUID of the Stax VPN Conection. (path parameter `vpn_connection_id`) */
  vpnConnectionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpn_connection_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVpnConnectionInput extends Schema.Schema.Type<typeof DeleteVpnConnectionInput> {}

/**
 * The input of `networking.DeleteVpnCustomerGateway` (DELETE /networking/vpncustomergateways/{vpn_customer_gateway_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteVpnCustomerGatewayInput = Schema.Struct({
  /** The UUID of the VPN Customer Gateway to delete. (path parameter `vpn_customer_gateway_id`) */
  vpnCustomerGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpn_customer_gateway_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVpnCustomerGatewayInput extends Schema.Schema.Type<typeof DeleteVpnCustomerGatewayInput> {}

/**
 * The values of `status` of `networking.ReadCidrExclusions` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCidrExclusionsStatus = strictEnum("ACTIVE", "DELETED").annotations({
  description: "one of ACTIVE, DELETED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadCidrExclusionsStatus = typeof ReadCidrExclusionsStatus.Type

/**
 * The input of `networking.ReadCidrExclusions` (GET /networking/exclusions/{exclusion_id} | /networking/hubs/{hub_id}/exclusions | /networking/exclusions).
 *
 * One member per path (`/networking/exclusions/{exclusion_id}`, `/networking/hubs/{hub_id}/exclusions`, `/networking/exclusions`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadCidrExclusionsInput = Schema.Union(
  // GET /networking/exclusions
  Schema.Struct({
    exclusionId: otherPath.pipe(Schema.fromKey("exclusion_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Hub statuses to return, comma delimited.
     * Filter options available: ACTIVE, DELETED (query parameter `status`; the API's default: "ACTIVE")
     */
    status: optional(CommaList(ReadCidrExclusionsStatus))
  }),
  // GET /networking/hubs/{hub_id}/exclusions
  Schema.Struct({
    /** The UUID of the Hub to list Exclusions in. (path parameter `hub_id`) */
    hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
    exclusionId: otherPath.pipe(Schema.fromKey("exclusion_id")),
    /**
     * The Hub statuses to return, comma delimited.
     * Filter options available: ACTIVE, DELETED (query parameter `status`; the API's default: "ACTIVE")
     */
    status: optional(CommaList(ReadCidrExclusionsStatus))
  }),
  // GET /networking/exclusions/{exclusion_id}
  Schema.Struct({
    /** The UUID of the Exclusion to read. (path parameter `exclusion_id`) */
    exclusionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("exclusion_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Hub statuses to return, comma delimited.
     * Filter options available: ACTIVE, DELETED (query parameter `status`; the API's default: "ACTIVE")
     */
    status: optional(CommaList(ReadCidrExclusionsStatus))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadCidrExclusionsInput = typeof ReadCidrExclusionsInput.Type

/**
 * The values of `status` of `networking.ReadCidrRanges` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCidrRangesStatus = strictEnum("ACTIVE", "DELETED").annotations({
  description: "one of ACTIVE, DELETED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadCidrRangesStatus = typeof ReadCidrRangesStatus.Type

/**
 * The input of `networking.ReadCidrRanges` (GET /networking/hubs/{hub_id}/ranges | /networking/ranges/{range_id} | /networking/ranges).
 *
 * One member per path (`/networking/hubs/{hub_id}/ranges`, `/networking/ranges/{range_id}`, `/networking/ranges`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadCidrRangesInput = Schema.Union(
  // GET /networking/ranges
  Schema.Struct({
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    rangeId: otherPath.pipe(Schema.fromKey("range_id")),
    /**
     * The Hub statuses to return, comma delimited.
     * Filter options available: ACTIVE, DELETED (query parameter `status`; the API's default: "ACTIVE")
     */
    status: optional(CommaList(ReadCidrRangesStatus)),
    /** List of range ids to fetch, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter"))
  }),
  // GET /networking/ranges/{range_id}
  Schema.Struct({
    /** The UUID of the Range to read. (path parameter `range_id`) */
    rangeId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("range_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Hub statuses to return, comma delimited.
     * Filter options available: ACTIVE, DELETED (query parameter `status`; the API's default: "ACTIVE")
     */
    status: optional(CommaList(ReadCidrRangesStatus)),
    /** List of range ids to fetch, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter"))
  }),
  // GET /networking/hubs/{hub_id}/ranges
  Schema.Struct({
    /** The UUID of the Hub you want the Ranges for. (path parameter `hub_id`) */
    hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
    rangeId: otherPath.pipe(Schema.fromKey("range_id")),
    /**
     * The Hub statuses to return, comma delimited.
     * Filter options available: ACTIVE, DELETED (query parameter `status`; the API's default: "ACTIVE")
     */
    status: optional(CommaList(ReadCidrRangesStatus)),
    /** List of range ids to fetch, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadCidrRangesInput = typeof ReadCidrRangesInput.Type

/**
 * The values of `status` of `networking.ReadDnsResolvers` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDnsResolversStatus = strictEnum("ACTIVE", "CREATE_IN_PROGRESS", "CREATE_FAILED", "DELETE_IN_PROGRESS", "DELETED", "DELETE_FAILED").annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDnsResolversStatus = typeof ReadDnsResolversStatus.Type

/**
 * The input of `networking.ReadDnsResolvers` (GET /networking/dnsresolvers/{dns_resolver_id} | /networking/hubs/{hub_id}/dnsresolvers | /networking/dnsresolvers).
 *
 * One member per path (`/networking/dnsresolvers/{dns_resolver_id}`, `/networking/hubs/{hub_id}/dnsresolvers`, `/networking/dnsresolvers`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadDnsResolversInput = Schema.Union(
  // GET /networking/dnsresolvers
  Schema.Struct({
    dnsResolverId: otherPath.pipe(Schema.fromKey("dns_resolver_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Stax DNS Resolver statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDnsResolversStatus))
  }),
  // GET /networking/hubs/{hub_id}/dnsresolvers
  Schema.Struct({
    /** The UUID of the Stax Networking Hub where the Stax DNS Resolver is deployed. (path parameter `hub_id`) */
    hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
    dnsResolverId: otherPath.pipe(Schema.fromKey("dns_resolver_id")),
    /**
     * The Stax DNS Resolver statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDnsResolversStatus))
  }),
  // GET /networking/dnsresolvers/{dns_resolver_id}
  Schema.Struct({
    /** The UUID of the Stax DNS Resolver to fetch. (path parameter `dns_resolver_id`) */
    dnsResolverId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dns_resolver_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Stax DNS Resolver statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDnsResolversStatus))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDnsResolversInput = typeof ReadDnsResolversInput.Type

/**
 * The values of `status` of `networking.ReadDnsRules` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDnsRulesStatus = strictEnum("ACTIVE", "CREATE_IN_PROGRESS", "CREATE_FAILED", "DELETE_IN_PROGRESS", "DELETED", "DELETE_FAILED").annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDnsRulesStatus = typeof ReadDnsRulesStatus.Type

/**
 * The input of `networking.ReadDnsRules` (GET /networking/dnsresolvers/{dns_resolver_id}/dnsrules | /networking/dnsrules/{dns_rule_id} | /networking/dnsrules).
 *
 * One member per path (`/networking/dnsresolvers/{dns_resolver_id}/dnsrules`, `/networking/dnsrules/{dns_rule_id}`, `/networking/dnsrules`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadDnsRulesInput = Schema.Union(
  // GET /networking/dnsrules
  Schema.Struct({
    dnsResolverId: otherPath.pipe(Schema.fromKey("dns_resolver_id")),
    dnsRuleId: otherPath.pipe(Schema.fromKey("dns_rule_id")),
    /**
     * The Stax DNS Rule statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDnsRulesStatus))
  }),
  // GET /networking/dnsrules/{dns_rule_id}
  Schema.Struct({
    /** The UUID of the Stax DNS Rule to fetch. (path parameter `dns_rule_id`) */
    dnsRuleId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dns_rule_id")),
    dnsResolverId: otherPath.pipe(Schema.fromKey("dns_resolver_id")),
    /**
     * The Stax DNS Rule statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDnsRulesStatus))
  }),
  // GET /networking/dnsresolvers/{dns_resolver_id}/dnsrules
  Schema.Struct({
    /** The UUID of the Stax DNS Resolver. (path parameter `dns_resolver_id`) */
    dnsResolverId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dns_resolver_id")),
    dnsRuleId: otherPath.pipe(Schema.fromKey("dns_rule_id")),
    /**
     * The Stax DNS Rule statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDnsRulesStatus))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDnsRulesInput = typeof ReadDnsRulesInput.Type

/**
 * The values of `status` of `networking.ReadDxAssociations` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDxAssociationsStatus = strictEnum("ACTIVE", "CREATE_IN_PROGRESS", "CREATE_FAILED", "DELETE_IN_PROGRESS", "DELETED", "DELETE_FAILED").annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDxAssociationsStatus = typeof ReadDxAssociationsStatus.Type

/**
 * The input of `networking.ReadDxAssociations` (GET /networking/dxassociations/{dx_association_id} | /networking/dxgateways/{dx_gateway_id}/dxassociations | /networking/hubs/{hub_id}/dxassociations | /networking/dxassociations).
 *
 * One member per path (`/networking/dxassociations/{dx_association_id}`, `/networking/dxgateways/{dx_gateway_id}/dxassociations`, `/networking/hubs/{hub_id}/dxassociations`, `/networking/dxassociations`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadDxAssociationsInput = Schema.Union(
  // GET /networking/dxassociations
  Schema.Struct({
    dxAssociationId: otherPath.pipe(Schema.fromKey("dx_association_id")),
    dxGatewayId: otherPath.pipe(Schema.fromKey("dx_gateway_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Stax DX Association statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDxAssociationsStatus))
  }),
  // GET /networking/hubs/{hub_id}/dxassociations
  Schema.Struct({
    /** The UUID of the Stax Networking Hub to fetch associations for. (path parameter `hub_id`) */
    hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
    dxAssociationId: otherPath.pipe(Schema.fromKey("dx_association_id")),
    dxGatewayId: otherPath.pipe(Schema.fromKey("dx_gateway_id")),
    /**
     * The Stax DX Association statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDxAssociationsStatus))
  }),
  // GET /networking/dxgateways/{dx_gateway_id}/dxassociations
  Schema.Struct({
    /** The UUID of the Stax DX Gateway to fetch associations for. (path parameter `dx_gateway_id`) */
    dxGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_gateway_id")),
    dxAssociationId: otherPath.pipe(Schema.fromKey("dx_association_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Stax DX Association statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDxAssociationsStatus))
  }),
  // GET /networking/dxassociations/{dx_association_id}
  Schema.Struct({
    /** The UUID of the Stax DX Association to fetch. (path parameter `dx_association_id`) */
    dxAssociationId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_association_id")),
    dxGatewayId: otherPath.pipe(Schema.fromKey("dx_gateway_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Stax DX Association statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: Schema.propertySignature(CommaList(ReadDxAssociationsStatus))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDxAssociationsInput = typeof ReadDxAssociationsInput.Type

/**
 * The values of `state` of `networking.ReadDxConnections` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDxConnectionsState = strictEnum(
  "ordering",
  "requested",
  "pending",
  "available",
  "down",
  "deleting",
  "deleted",
  "rejected",
  "unknown"
).annotations({
  description: "one of ordering, requested, pending, available, down, deleting, deleted, rejected, unknown"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDxConnectionsState = typeof ReadDxConnectionsState.Type

/**
 * The input of `networking.ReadDxConnections` (GET /networking/{account_id}/dxconnections).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadDxConnectionsInput = Schema.Struct({
  /** The UUID of the Stax Account that contains a Direct Connect connection. (path parameter `account_id`) */
  accountId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("account_id")),
  /**
   * The Direct Connect Connection states to return, comma delimited.
   * Filter options available: ordering,requested,pending,available,down,deleting,deleted,rejected,unknown (query parameter `state`; the API's default: "pending,available")
   */
  state: optional(CommaList(ReadDxConnectionsState))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadDxConnectionsInput extends Schema.Schema.Type<typeof ReadDxConnectionsInput> {}

/**
 * The values of `status` of `networking.ReadDxGateways` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDxGatewaysStatus = strictEnum("ACTIVE", "CREATE_IN_PROGRESS", "CREATE_FAILED", "DELETE_IN_PROGRESS", "DELETED", "DELETE_FAILED").annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDxGatewaysStatus = typeof ReadDxGatewaysStatus.Type

/**
 * The input of `networking.ReadDxGateways` (GET /networking/dxgateways/{dx_gateway_id} | /networking/hubs/{hub_id}/dxgateways | /networking/dxgateways).
 *
 * One member per path (`/networking/dxgateways/{dx_gateway_id}`, `/networking/hubs/{hub_id}/dxgateways`, `/networking/dxgateways`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadDxGatewaysInput = Schema.Union(
  // GET /networking/dxgateways
  Schema.Struct({
    dxGatewayId: otherPath.pipe(Schema.fromKey("dx_gateway_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Stax DX Gateway statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDxGatewaysStatus))
  }),
  // GET /networking/hubs/{hub_id}/dxgateways
  Schema.Struct({
    /** The UUID of the Stax Networking Hub where the Stax DX Gateway is deployed. (path parameter `hub_id`) */
    hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
    dxGatewayId: otherPath.pipe(Schema.fromKey("dx_gateway_id")),
    /**
     * The Stax DX Gateway statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDxGatewaysStatus))
  }),
  // GET /networking/dxgateways/{dx_gateway_id}
  Schema.Struct({
    /** The UUID of the Stax DX Gateway to fetch. (path parameter `dx_gateway_id`) */
    dxGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_gateway_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Stax DX Gateway statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDxGatewaysStatus))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDxGatewaysInput = typeof ReadDxGatewaysInput.Type

/**
 * The input of `networking.ReadDxVifStatus` (GET /networking/dxvifs/{dx_vif_id}/status).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadDxVifStatusInput = Schema.Struct({
  /** The UUID of the Stax DX Gateway where the Stax DX Vif is attached. (path parameter `dx_vif_id`) */
  dxVifId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_vif_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadDxVifStatusInput extends Schema.Schema.Type<typeof ReadDxVifStatusInput> {}

/**
 * The values of `status` of `networking.ReadDxVifs` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDxVifsStatus = strictEnum("ACTIVE", "CREATE_IN_PROGRESS", "CREATE_FAILED", "DELETE_IN_PROGRESS", "DELETED", "DELETE_FAILED").annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDxVifsStatus = typeof ReadDxVifsStatus.Type

/**
 * The input of `networking.ReadDxVifs` (GET /networking/dxgateways/{dx_gateway_id}/dxvifs | /networking/dxvifs/{dx_vif_id} | /networking/dxvifs).
 *
 * One member per path (`/networking/dxgateways/{dx_gateway_id}/dxvifs`, `/networking/dxvifs/{dx_vif_id}`, `/networking/dxvifs`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadDxVifsInput = Schema.Union(
  // GET /networking/dxvifs
  Schema.Struct({
    dxGatewayId: otherPath.pipe(Schema.fromKey("dx_gateway_id")),
    dxVifId: otherPath.pipe(Schema.fromKey("dx_vif_id")),
    /**
     * The Stax DX Gateway statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDxVifsStatus))
  }),
  // GET /networking/dxvifs/{dx_vif_id}
  Schema.Struct({
    /** The UUID of the Stax DX Vif to fetch. (path parameter `dx_vif_id`) */
    dxVifId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_vif_id")),
    dxGatewayId: otherPath.pipe(Schema.fromKey("dx_gateway_id")),
    /**
     * The Stax DX Gateway statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDxVifsStatus))
  }),
  // GET /networking/dxgateways/{dx_gateway_id}/dxvifs
  Schema.Struct({
    /** The UUID of the Stax DX Vif. (path parameter `dx_gateway_id`) */
    dxGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_gateway_id")),
    dxVifId: otherPath.pipe(Schema.fromKey("dx_vif_id")),
    /**
     * The Stax DX Gateway statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadDxVifsStatus))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadDxVifsInput = typeof ReadDxVifsInput.Type

/**
 * The values of `status` of `networking.ReadHubHubPeerings` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadHubHubPeeringsStatus = strictEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "PENDING_ACCEPT",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS"
).annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, PENDING_ACCEPT, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadHubHubPeeringsStatus = typeof ReadHubHubPeeringsStatus.Type

/**
 * The input of `networking.ReadHubHubPeerings` (GET /networking/hubs/{networking_hub_id}/hubpeerings).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadHubHubPeeringsInput = Schema.Struct({
  /** The UUID of the Stax Networking Hub to retrieve Hub Peerings for. (path parameter `networking_hub_id`) */
  networkingHubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("networking_hub_id")),
  /**
   * The Stax Hub Peering statuses to return, comma delimited.
   * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, PENDING_ACCEPT, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,PENDING_ACCEPT,DELETE_IN_PROGRESS,DELETED,DELETE_FAILED,UPDATE_IN_PROGRESS")
   */
  status: optional(CommaList(ReadHubHubPeeringsStatus))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadHubHubPeeringsInput extends Schema.Schema.Type<typeof ReadHubHubPeeringsInput> {}

/**
 * The values of `status` of `networking.ReadHubPeering` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadHubPeeringStatus = strictEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "PENDING_ACCEPT",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS"
).annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, PENDING_ACCEPT, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadHubPeeringStatus = typeof ReadHubPeeringStatus.Type

/**
 * The input of `networking.ReadHubPeering` (GET /networking/hubpeerings/{hub_peering_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadHubPeeringInput = Schema.Struct({
  /** The UUID of the Stax Hub Peering to Read. (path parameter `hub_peering_id`) */
  hubPeeringId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_peering_id")),
  /**
   * The Stax Hub Peering statuses to return, comma delimited.
   * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, PENDING_ACCEPT, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,PENDING_ACCEPT,DELETE_IN_PROGRESS,DELETED,DELETE_FAILED,UPDATE_IN_PROGRESS")
   */
  status: optional(CommaList(ReadHubPeeringStatus))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadHubPeeringInput extends Schema.Schema.Type<typeof ReadHubPeeringInput> {}

/**
 * The values of `status` of `networking.ReadHubPeerings` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadHubPeeringsStatus = strictEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "PENDING_ACCEPT",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS"
).annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, PENDING_ACCEPT, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadHubPeeringsStatus = typeof ReadHubPeeringsStatus.Type

/**
 * The input of `networking.ReadHubPeerings` (GET /networking/hubpeerings).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadHubPeeringsInput = Schema.Struct({
  /**
   * The Stax Hub Peering statuses to return, comma delimited.
   * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, PENDING_ACCEPT, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,PENDING_ACCEPT,DELETE_IN_PROGRESS,DELETED,DELETE_FAILED,UPDATE_IN_PROGRESS")
   */
  status: optional(CommaList(ReadHubPeeringsStatus))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadHubPeeringsInput extends Schema.Schema.Type<typeof ReadHubPeeringsInput> {}

/**
 * The values of `status` of `networking.ReadHubPrefixLists` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadHubPrefixListsStatus = strictEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS"
).annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadHubPrefixListsStatus = typeof ReadHubPrefixListsStatus.Type

/**
 * The input of `networking.ReadHubPrefixLists` (GET /networking/hubs/{hub_id}/prefixlists).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadHubPrefixListsInput = Schema.Struct({
  /** The UUID of the Stax Networking Hub to retrieve Prefix Lists for. (path parameter `hub_id`) */
  hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
  /**
   * The Stax Prefix List statuses to return, comma delimited.
   * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,DELETE_IN_PROGRESS,DELETED,DELETE_FAILED,UPDATE_IN_PROGRESS")
   */
  status: optional(CommaList(ReadHubPrefixListsStatus))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadHubPrefixListsInput extends Schema.Schema.Type<typeof ReadHubPrefixListsInput> {}

/**
 * The values of `status` of `networking.ReadHubs` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadHubsStatus = strictEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "UPDATE_IN_PROGRESS",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED"
).annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, UPDATE_IN_PROGRESS, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadHubsStatus = typeof ReadHubsStatus.Type

/**
 * The input of `networking.ReadHubs` (GET /networking/hubs/{hub_id} | /networking/hubs).
 *
 * One member per path (`/networking/hubs/{hub_id}`, `/networking/hubs`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadHubsInput = Schema.Union(
  // GET /networking/hubs
  Schema.Struct({
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Hub statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, UPDATE_IN_PROGRESS, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadHubsStatus))
  }),
  // GET /networking/hubs/{hub_id}
  Schema.Struct({
    /** The UUID of the Hub. (path parameter `hub_id`) */
    hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
    /**
     * The Hub statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, UPDATE_IN_PROGRESS, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadHubsStatus))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadHubsInput = typeof ReadHubsInput.Type

/**
 * The values of `status` of `networking.ReadPrefixList` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadPrefixListStatus = strictEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS"
).annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadPrefixListStatus = typeof ReadPrefixListStatus.Type

/**
 * The input of `networking.ReadPrefixList` (GET /networking/prefixlists/{prefix_list_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadPrefixListInput = Schema.Struct({
  /** The UUID of the Stax Prefix List to Read. (path parameter `prefix_list_id`) */
  prefixListId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("prefix_list_id")),
  /**
   * The Stax Prefix List statuses to return, comma delimited.
   * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,DELETE_IN_PROGRESS,DELETED,DELETE_FAILED,UPDATE_IN_PROGRESS")
   */
  status: optional(CommaList(ReadPrefixListStatus))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadPrefixListInput extends Schema.Schema.Type<typeof ReadPrefixListInput> {}

/**
 * The values of `status` of `networking.ReadPrefixLists` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadPrefixListsStatus = strictEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS"
).annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadPrefixListsStatus = typeof ReadPrefixListsStatus.Type

/**
 * The input of `networking.ReadPrefixLists` (GET /networking/prefixlists).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadPrefixListsInput = Schema.Struct({
  /**
   * The Stax Prefix List statuses to return, comma delimited.
   * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,DELETE_IN_PROGRESS,DELETED,DELETE_FAILED,UPDATE_IN_PROGRESS")
   */
  status: optional(CommaList(ReadPrefixListsStatus))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadPrefixListsInput extends Schema.Schema.Type<typeof ReadPrefixListsInput> {}

/**
 * The values of `status` of `networking.ReadVpcs` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadVpcsStatus = strictEnum("ACTIVE", "CREATE_IN_PROGRESS", "CREATE_FAILED", "DELETE_IN_PROGRESS", "DELETED", "DELETE_FAILED").annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadVpcsStatus = typeof ReadVpcsStatus.Type

/**
 * The values of `type` of `networking.ReadVpcs` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadVpcsType = strictEnum("FLAT", "ISOLATED", "TRANSIT", "SHAREDSERVICES").annotations({
  description: "one of FLAT, ISOLATED, TRANSIT, SHAREDSERVICES"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadVpcsType = typeof ReadVpcsType.Type

/**
 * The input of `networking.ReadVpcs` (GET /networking/hubs/{hub_id}/vpcs | /networking/vpcs/{vpc_id} | /networking/vpcs).
 *
 * One member per path (`/networking/hubs/{hub_id}/vpcs`, `/networking/vpcs/{vpc_id}`, `/networking/vpcs`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadVpcsInput = Schema.Union(
  // GET /networking/vpcs
  Schema.Struct({
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    vpcId: otherPath.pipe(Schema.fromKey("vpc_id")),
    /**
     * The VPC statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadVpcsStatus)),
    /**
     * The VPC type to return, comma delimited.
     * Filter options available: FLAT, ISOLATED, TRANSIT, SHAREDSERVICES (query parameter `type`; the API's default: "FLAT,ISOLATED,TRANSIT,SHAREDSERVICES")
     */
    type: optional(CommaList(ReadVpcsType))
  }),
  // GET /networking/vpcs/{vpc_id}
  Schema.Struct({
    /** The UUID of the VPC to read. (path parameter `vpc_id`) */
    vpcId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpc_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The VPC statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadVpcsStatus)),
    /**
     * The VPC type to return, comma delimited.
     * Filter options available: FLAT, ISOLATED, TRANSIT, SHAREDSERVICES (query parameter `type`; the API's default: "FLAT,ISOLATED,TRANSIT,SHAREDSERVICES")
     */
    type: optional(CommaList(ReadVpcsType))
  }),
  // GET /networking/hubs/{hub_id}/vpcs
  Schema.Struct({
    /** The UUID of the Hub where the VPC is. (path parameter `hub_id`) */
    hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
    vpcId: otherPath.pipe(Schema.fromKey("vpc_id")),
    /**
     * The VPC statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadVpcsStatus)),
    /**
     * The VPC type to return, comma delimited.
     * Filter options available: FLAT, ISOLATED, TRANSIT, SHAREDSERVICES (query parameter `type`; the API's default: "FLAT,ISOLATED,TRANSIT,SHAREDSERVICES")
     */
    type: optional(CommaList(ReadVpcsType))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadVpcsInput = typeof ReadVpcsInput.Type

/**
 * The input of `networking.ReadVpnConnectionStatus` (GET /networking/vpnconnections/{vpn_connection_id}/status).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadVpnConnectionStatusInput = Schema.Struct({
  /** The UUID of the Stax VPN Connection. (path parameter `vpn_connection_id`) */
  vpnConnectionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpn_connection_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadVpnConnectionStatusInput extends Schema.Schema.Type<typeof ReadVpnConnectionStatusInput> {}

/**
 * The values of `status` of `networking.ReadVpnConnections` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadVpnConnectionsStatus = strictEnum("ACTIVE", "CREATE_IN_PROGRESS", "CREATE_FAILED", "DELETE_IN_PROGRESS", "DELETED", "DELETE_FAILED").annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadVpnConnectionsStatus = typeof ReadVpnConnectionsStatus.Type

/**
 * The input of `networking.ReadVpnConnections` (GET /networking/hubs/{hub_id}/vpnconnections | /networking/vpnconnections/{vpn_connection_id} | /networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnections | /networking/vpnconnections).
 *
 * One member per path (`/networking/hubs/{hub_id}/vpnconnections`, `/networking/vpnconnections/{vpn_connection_id}`, `/networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnections`, `/networking/vpnconnections`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadVpnConnectionsInput = Schema.Union(
  // GET /networking/vpnconnections
  Schema.Struct({
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    vpnConnectionId: otherPath.pipe(Schema.fromKey("vpn_connection_id")),
    vpnCustomerGatewayId: otherPath.pipe(Schema.fromKey("vpn_customer_gateway_id")),
    /**
     * The Stax VPN Connections statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadVpnConnectionsStatus))
  }),
  // GET /networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnections
  Schema.Struct({
    /** The UUID of the Stax VPN Customer Gateways to fetch. (path parameter `vpn_customer_gateway_id`) */
    vpnCustomerGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpn_customer_gateway_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    vpnConnectionId: otherPath.pipe(Schema.fromKey("vpn_connection_id")),
    /**
     * The Stax VPN Connections statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadVpnConnectionsStatus))
  }),
  // GET /networking/vpnconnections/{vpn_connection_id}
  Schema.Struct({
    /** The UUID of the Stax VPN Connection to fetch. (path parameter `vpn_connection_id`) */
    vpnConnectionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpn_connection_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    vpnCustomerGatewayId: otherPath.pipe(Schema.fromKey("vpn_customer_gateway_id")),
    /**
     * The Stax VPN Connections statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadVpnConnectionsStatus))
  }),
  // GET /networking/hubs/{hub_id}/vpnconnections
  Schema.Struct({
    /** The UUID of the Stax Networking Hub where the Stax VPN Connection is deployed. (path parameter `hub_id`) */
    hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
    vpnConnectionId: otherPath.pipe(Schema.fromKey("vpn_connection_id")),
    vpnCustomerGatewayId: otherPath.pipe(Schema.fromKey("vpn_customer_gateway_id")),
    /**
     * The Stax VPN Connections statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadVpnConnectionsStatus))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadVpnConnectionsInput = typeof ReadVpnConnectionsInput.Type

/**
 * The values of `status` of `networking.ReadVpnCustomerGateways` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadVpnCustomerGatewaysStatus = strictEnum("ACTIVE", "CREATE_IN_PROGRESS", "CREATE_FAILED", "DELETE_IN_PROGRESS", "DELETED", "DELETE_FAILED").annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadVpnCustomerGatewaysStatus = typeof ReadVpnCustomerGatewaysStatus.Type

/**
 * The input of `networking.ReadVpnCustomerGateways` (GET /networking/hubs/{hub_id}/vpncustomergateways | /networking/vpncustomergateways/{vpn_customer_gateway_id} | /networking/vpncustomergateways).
 *
 * One member per path (`/networking/hubs/{hub_id}/vpncustomergateways`, `/networking/vpncustomergateways/{vpn_customer_gateway_id}`, `/networking/vpncustomergateways`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadVpnCustomerGatewaysInput = Schema.Union(
  // GET /networking/vpncustomergateways
  Schema.Struct({
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    vpnCustomerGatewayId: otherPath.pipe(Schema.fromKey("vpn_customer_gateway_id")),
    /**
     * The Stax VPN Customer Gateways statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadVpnCustomerGatewaysStatus))
  }),
  // GET /networking/vpncustomergateways/{vpn_customer_gateway_id}
  Schema.Struct({
    /** The UUID of the Stax VPN Customer Gateways to fetch. (path parameter `vpn_customer_gateway_id`) */
    vpnCustomerGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpn_customer_gateway_id")),
    hubId: otherPath.pipe(Schema.fromKey("hub_id")),
    /**
     * The Stax VPN Customer Gateways statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadVpnCustomerGatewaysStatus))
  }),
  // GET /networking/hubs/{hub_id}/vpncustomergateways
  Schema.Struct({
    /** The UUID of the Stax Networking Hub where the Stax VPN Customer Gateways is deployed. (path parameter `hub_id`) */
    hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
    vpnCustomerGatewayId: otherPath.pipe(Schema.fromKey("vpn_customer_gateway_id")),
    /**
     * The Stax VPN Customer Gateways statuses to return, comma delimited.
     * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS")
     */
    status: optional(CommaList(ReadVpnCustomerGatewaysStatus))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadVpnCustomerGatewaysInput = typeof ReadVpnCustomerGatewaysInput.Type

/**
 * The input of `networking.UpdateCidrExclusion` (PUT /networking/exclusions/{exclusion_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateCidrExclusionInput = Schema.Struct({
  /** The UUID of the Exclusion to update. (path parameter `exclusion_id`) */
  exclusionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("exclusion_id")),
  /** Longer description of what the CIDR Exclusion is used for. */
  description: optional(Schema.String.pipe(Schema.maxLength(2048))).pipe(Schema.fromKey("Description")),
  /** Name of the CIDR Exclusion. */
  name: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(128))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateCidrExclusionInput extends Schema.Schema.Type<typeof UpdateCidrExclusionInput> {}

/**
 * The input of `networking.UpdateCidrRange` (PUT /networking/ranges/{range_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateCidrRangeInput = Schema.Struct({
  /** The UUID of the CIDR Range to update. (path parameter `range_id`) */
  rangeId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("range_id")),
  /** Longer description of what the CIDR Range is used for. */
  description: optional(Schema.String.pipe(Schema.maxLength(2048))).pipe(Schema.fromKey("Description")),
  /** Name of the CIDR Range. */
  name: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(128))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateCidrRangeInput extends Schema.Schema.Type<typeof UpdateCidrRangeInput> {}

/**
 * The input of `networking.UpdateDnsResolver` (PUT /networking/dnsresolvers/{dns_resolver_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateDnsResolverInput = Schema.Struct({
  /** The UUID of the Stax DNS Resolver to update. (path parameter `dns_resolver_id`) */
  dnsResolverId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dns_resolver_id")),
  /** Name of Stax DNS Resolver. */
  name: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(50))).pipe(Schema.fromKey("Name")),
  /** The number of ENIs to attach to the DNS Resolvers. */
  numberOfInterfaces: optional(Schema.Int).pipe(Schema.fromKey("NumberOfInterfaces")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDnsResolverInput extends Schema.Schema.Type<typeof UpdateDnsResolverInput> {}

/**
 * The input of `networking.UpdateDnsRule` (PUT /networking/dnsrules/{dns_rule_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateDnsRuleInput = Schema.Struct({
  /** The UUID of the Stax DNS Rule to update. (path parameter `dns_rule_id`) */
  dnsRuleId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dns_rule_id")),
  /** The IP Addresses to forward DNS queries to. */
  forwarderIpAddresses: optional(Schema.Array(Schema.String)).pipe(Schema.fromKey("ForwarderIpAddresses")),
  /** Name of Stax DNS Rule. */
  name: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(64))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDnsRuleInput extends Schema.Schema.Type<typeof UpdateDnsRuleInput> {}

/**
 * The input of `networking.UpdateDxAssociation` (PUT /networking/dxassociations/{dx_association_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateDxAssociationInput = Schema.Struct({
  /** The UUID of the Stax DX Association to update. (path parameter `dx_association_id`) */
  dxAssociationId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_association_id")),
  /** The CIDR Ranges to advertise to on-premises. */
  prefixes: optional(Schema.Array(Schema.String)).pipe(Schema.fromKey("Prefixes"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDxAssociationInput extends Schema.Schema.Type<typeof UpdateDxAssociationInput> {}

/**
 * The input of `networking.UpdateDxVif` (PUT /networking/dxvifs/{dx_vif_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateDxVifInput = Schema.Struct({
  /** The UUID of the Stax DX Vif to update. (path parameter `dx_vif_id`) */
  dxVifId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("dx_vif_id")),
  /** Boolean value to enable Jumbo Frames. */
  jumboMtu: optional(Schema.Boolean).pipe(Schema.fromKey("JumboMtu")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDxVifInput extends Schema.Schema.Type<typeof UpdateDxVifInput> {}

/**
 * The input of `networking.UpdateHub` (PUT /networking/hubs/{hub_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateHubInput = Schema.Struct({
  /** The UUID of the Hub to update. (path parameter `hub_id`) */
  hubId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_id")),
  /** Boolean value declaring to utilise a Cloudwatch log group for VPC Flow logs */
  createCloudwatchVpcFlowlogs: optional(Schema.Boolean).pipe(Schema.fromKey("CreateCloudwatchVpcFlowlogs")),
  /** Boolean value declaring to create an Internet Gateway */
  createInternetGateway: optional(Schema.Boolean).pipe(Schema.fromKey("CreateInternetGateway")),
  /** Boolean value declaring to create a NAT Gateway */
  createNatGateway: optional(Schema.Boolean).pipe(Schema.fromKey("CreateNatGateway")),
  /** Boolean value declaring to create a Virtual Private Gateway */
  createVirtualPrivateGateway: optional(Schema.Boolean).pipe(Schema.fromKey("CreateVirtualPrivateGateway")),
  /** Longer description of what the Stax Networking Hub is used for. */
  description: optional(Schema.String.pipe(Schema.maxLength(2048))).pipe(Schema.fromKey("Description")),
  gatewayEndpoints: optional(Schema.Array(CommonModels.GatewayEndpointInput)).pipe(Schema.fromKey("GatewayEndpoints")),
  interfaceEndpoints: optional(Schema.Array(CommonModels.InterfaceEndpointInput)).pipe(Schema.fromKey("InterfaceEndpoints")),
  /** Name of Stax Networking Hub */
  name: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(238), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  /** The suffix used to create Route53 Private Hosted Zones names within the Networking Hub, cannot be modified once set */
  phzSuffix: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(255), pattern("^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9])$"))).pipe(Schema.fromKey("PhzSuffix")),
  /** Boolean value declaring if redundant Interface VPC Endpoints will be created */
  redundantEndpoints: optional(Schema.Boolean).pipe(Schema.fromKey("RedundantEndpoints")),
  /** Boolean value declaring to create redundant NAT Gateways */
  redundantNat: optional(Schema.Boolean).pipe(Schema.fromKey("RedundantNat")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags")),
  /** ASN to assign to the Virtual Private Gateway */
  virtualPrivateGatewayAsn: optional(Schema.Int).pipe(Schema.fromKey("VirtualPrivateGatewayAsn"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateHubInput extends Schema.Schema.Type<typeof UpdateHubInput> {}

/**
 * The input of `networking.UpdateHubPeering` (PUT /networking/hubpeerings/{hub_peering_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateHubPeeringInput = Schema.Struct({
  /** The UUID of the Stax Hub Peering to update. (path parameter `hub_peering_id`) */
  hubPeeringId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("hub_peering_id")),
  /** The Name of the Hub Peering. */
  name: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(128), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateHubPeeringInput extends Schema.Schema.Type<typeof UpdateHubPeeringInput> {}

/**
 * The input of `networking.UpdateHubPrefixListAssociation` (PUT /networking/prefixlists/hubs/{prefix_list_id}/associations).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateHubPrefixListAssociationInput = Schema.Struct({
  /** The UUID of the Stax Prefix List to update associations for. (path parameter `prefix_list_id`) */
  prefixListId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("prefix_list_id")),
  /** The TGW Route Table types to associate a HUB Prefix List with. */
  routeTableTypes: optional(Schema.Array(strictEnum("INFRASTRUCTURE", "ISOLATED", "ONPREMISES", "FLAT"))).pipe(Schema.fromKey("RouteTableTypes")),
  /** The VPC Zones to associate a HUB Prefix List with. */
  zones: optional(Schema.Array(Schema.String)).pipe(Schema.fromKey("Zones"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateHubPrefixListAssociationInput extends Schema.Schema.Type<typeof UpdateHubPrefixListAssociationInput> {}

/**
 * The input of `networking.UpdatePrefixList` (PUT /networking/prefixlists/{prefix_list_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdatePrefixListInput = Schema.Struct({
  /** The UUID of the Stax Prefix List to update. (path parameter `prefix_list_id`) */
  prefixListId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("prefix_list_id")),
  /** The CIDR Ranges to include in the Prefix List. */
  entries: optional(Schema.Array(Schema.String)).pipe(Schema.fromKey("Entries")),
  /** The maximum number of CIDR entries that can exist in the Prefix List. */
  maxEntries: optional(Schema.Int).pipe(Schema.fromKey("MaxEntries")),
  /** Name of the Stax Prefix List. */
  name: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(245), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags")),
  /** The Stax Id of either a VPN, VPC or Direct Connect Gateway which will be the target of the HUB Prefix List. */
  targetId: optional(Schema.String.pipe(pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))).pipe(Schema.fromKey("TargetId")),
  /** The type of the target for the HUB Prefix List associations. */
  targetType: optional(strictEnum("BLACKHOLE", "VPC", "VPN", "DIRECT_CONNECT_GATEWAY", "HUB_PEERING")).pipe(Schema.fromKey("TargetType"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdatePrefixListInput extends Schema.Schema.Type<typeof UpdatePrefixListInput> {}

/**
 * The input of `networking.UpdateVpc` (PUT /networking/vpcs/{vpc_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateVpcInput = Schema.Struct({
  /** The UUID of the VPC to update. (path parameter `vpc_id`) */
  vpcId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpc_id")),
  /** Boolean value declaring to utilise a Cloudwatch log group for VPC Flow logs */
  createCloudwatchVpcFlowlogs: optional(Schema.Boolean).pipe(Schema.fromKey("CreateCloudwatchVpcFlowlogs")),
  /** Boolean value declaring to create an Internet Gateway */
  createInternetGateway: optional(Schema.Boolean).pipe(Schema.fromKey("CreateInternetGateway")),
  /** Boolean value declaring to create a Virtual Private Gateway */
  createVirtualPrivateGateway: optional(Schema.Boolean).pipe(Schema.fromKey("CreateVirtualPrivateGateway")),
  /** Longer description of what this VPC is used for. */
  description: optional(Schema.String.pipe(Schema.maxLength(2048))).pipe(Schema.fromKey("Description")),
  gatewayEndpoints: optional(Schema.Array(CommonModels.GatewayEndpointInput)).pipe(Schema.fromKey("GatewayEndpoints")),
  /** Name of the Stax VPC */
  name: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(255), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  /** The unique prefix to combine with the PhzSuffix to create a Route53 Private Hosted Zone for the VPC, cannot be modified once set */
  phzPrefix: optional(Schema.String.pipe(Schema.minLength(0), Schema.maxLength(255), pattern("^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9])$"))).pipe(Schema.fromKey("PhzPrefix")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags")),
  /** ASN to assign to the Virtual Private Gateway */
  virtualPrivateGatewayAsn: optional(Schema.Int).pipe(Schema.fromKey("VirtualPrivateGatewayAsn"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpcInput extends Schema.Schema.Type<typeof UpdateVpcInput> {}

/**
 * The input of `networking.UpdateVpcPrefixListAssociation` (PUT /networking/prefixlists/vpcs/{prefix_list_id}/associations).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateVpcPrefixListAssociationInput = Schema.Struct({
  /** The UUID of the Stax Prefix List to update associations for. (path parameter `prefix_list_id`) */
  prefixListId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("prefix_list_id")),
  /** The subnet types to associate a VPC Prefix List with. */
  subnetTypes: optional(Schema.Array(strictEnum("PRIVATE", "PUBLIC", "RESTRICTED", "CONNECTIVITY", "ENDPOINT"))).pipe(Schema.fromKey("SubnetTypes")),
  /** The list of Stax VPC Ids to associate a VPC Prefix List with. */
  vpcIds: optional(Schema.Array(CommonModels.Uuidv4Input)).pipe(Schema.fromKey("VpcIds")),
  /** The VPC types to associate a VPC Prefix List with. */
  vpcTypes: optional(Schema.Array(strictEnum("TRANSIT", "ISOLATED", "FLAT", "SHAREDSERVICES"))).pipe(Schema.fromKey("VpcTypes")),
  /** The VPC Zones to associate a VPC Prefix List with. */
  zones: optional(Schema.Array(Schema.String)).pipe(Schema.fromKey("Zones"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpcPrefixListAssociationInput extends Schema.Schema.Type<typeof UpdateVpcPrefixListAssociationInput> {}

/**
 * The input of `networking.UpdateVpnConnection` (PUT /networking/vpnconnections/{vpn_connection_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateVpnConnectionInput = Schema.Struct({
  /** The UUID of the Stax VPN Connection to update. (path parameter `vpn_connection_id`) */
  vpnConnectionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpn_connection_id")),
  /** Name of Stax VPN Connection. */
  name: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(251), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpnConnectionInput extends Schema.Schema.Type<typeof UpdateVpnConnectionInput> {}

/**
 * The input of `networking.UpdateVpnCustomerGateway` (PUT /networking/vpncustomergateways/{vpn_customer_gateway_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateVpnCustomerGatewayInput = Schema.Struct({
  /** The UUID of the Stax VPN Customer Gateway to update. (path parameter `vpn_customer_gateway_id`) */
  vpnCustomerGatewayId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("vpn_customer_gateway_id")),
  /** Name of Stax VPN Customer Gateway. */
  name: optional(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(251), pattern("^[a-zA-Z0-9-_ ]*$"))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.NetworkingTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpnCustomerGatewayInput extends Schema.Schema.Type<typeof UpdateVpnCustomerGatewayInput> {}

/**
 * The operations of `Networking`, one per operation id.
 *
 * @since 0.2.0
 * @category Operations
 */
export const networkingOperations = {
  /**
   * `networking.CreateCidrExclusion`: Create CIDR Exclusion.
   *
   * - `POST /20190206/networking/hubs/{hub_id}/exclusions`: Creates a CIDR Exclusion within a Stax Networking Hub
   */
  createCidrExclusion: Operation.make({
    name: "Networking.createCidrExclusion",
    method: "POST",
    path: "/networking/hubs/{hub_id}/exclusions",
    input: CreateCidrExclusionInput,
    output: NetworkingModels.ReadCidrExclusions
  }),
  /**
   * `networking.CreateCidrRange`: Create CIDR Range.
   *
   * - `POST /20190206/networking/hubs/{hub_id}/ranges`: Creates a CIDR Range within a Stax Networking Hub
   */
  createCidrRange: Operation.make({
    name: "Networking.createCidrRange",
    method: "POST",
    path: "/networking/hubs/{hub_id}/ranges",
    input: CreateCidrRangeInput,
    output: NetworkingModels.ReadCidrRanges
  }),
  /**
   * `networking.CreateDnsResolver`: Create DNS Resolver.
   *
   * - `POST /20190206/networking/hubs/{hub_id}/dnsresolvers`: Creates a Stax DNS Resolver within a Stax Networking Hub.
   */
  createDnsResolver: Operation.make({
    name: "Networking.createDnsResolver",
    method: "POST",
    path: "/networking/hubs/{hub_id}/dnsresolvers",
    input: CreateDnsResolverInput,
    output: NetworkingModels.CreateDnsResolverEvent
  }),
  /**
   * `networking.CreateDnsRule`: Create DNS Rule.
   *
   * - `POST /20190206/networking/dnsresolvers/{dns_resolver_id}/dnsrules`: Creates a Stax DNS Rule within a Stax DNS Resolver.
   */
  createDnsRule: Operation.make({
    name: "Networking.createDnsRule",
    method: "POST",
    path: "/networking/dnsresolvers/{dns_resolver_id}/dnsrules",
    input: CreateDnsRuleInput,
    output: NetworkingModels.CreateDnsRuleEvent
  }),
  /**
   * `networking.CreateDxAssociation`: Create DX Association.
   *
   * - `POST /20190206/networking/dxgateways/{dx_gateway_id}/dxassociations`: Creates a Stax DX Association between a Stax Networking Hub or Stax VPC and a Stax DX Gateway. Providing a NetworkingHubId will attempt to associate the Direct Connect Gateway that contains Transit VIFs to the Networking Hubs Transit Gateway. Providing a VPCId will attempt attempt to associate the Direct Connect Gateway that contains Private VIFs to the VPCs Virtual Private Gateway.
   */
  createDxAssociation: Operation.make({
    name: "Networking.createDxAssociation",
    method: "POST",
    path: "/networking/dxgateways/{dx_gateway_id}/dxassociations",
    input: CreateDxAssociationInput,
    output: NetworkingModels.CreateDxAssociationEvent
  }),
  /**
   * `networking.CreateDxResource`: Create DX Resources.
   *
   * - `POST /20190206/networking/dxresources`: Creates a Stax DX Resource, a DX Gateway and/or DX Vif.
   */
  createDxResource: Operation.make({
    name: "Networking.createDxResource",
    method: "POST",
    path: "/networking/dxresources",
    input: CreateDxResourceInput,
    output: NetworkingModels.CreateDxResourceEvent
  }),
  /**
   * `networking.CreateHub`: Create Networking Hub.
   *
   * - `POST /20190206/networking/hubs`: Creates Stax Networking Hub within your Stax Organisation.
   */
  createHub: Operation.make({
    name: "Networking.createHub",
    method: "POST",
    path: "/networking/hubs",
    input: CreateHubInput,
    output: NetworkingModels.CreateHubEvent
  }),
  /**
   * `networking.CreateHubPeering`: Create a Hub Peering.
   *
   * - `POST /20190206/networking/hubs/{networking_hub_id}/hubpeerings`: Creates a Stax Hub Peering.
   */
  createHubPeering: Operation.make({
    name: "Networking.createHubPeering",
    method: "POST",
    path: "/networking/hubs/{networking_hub_id}/hubpeerings",
    input: CreateHubPeeringInput,
    output: NetworkingModels.CreateHubPeeringEvent
  }),
  /**
   * `networking.CreateHubPrefixList`: Create a Hub Prefix List.
   *
   * - `POST /20190206/networking/hubs/{hub_id}/prefixlists/hubs`: Creates a Stax Hub Prefix List.
   */
  createHubPrefixList: Operation.make({
    name: "Networking.createHubPrefixList",
    method: "POST",
    path: "/networking/hubs/{hub_id}/prefixlists/hubs",
    input: CreateHubPrefixListInput,
    output: NetworkingModels.CreatePrefixListEvent
  }),
  /**
   * `networking.CreateVpc`: Create VPC.
   *
   * - `POST /20190206/networking/hubs/{hub_id}/vpcs`: Creates a VPC within a Stax Networking Hub
   */
  createVpc: Operation.make({
    name: "Networking.createVpc",
    method: "POST",
    path: "/networking/hubs/{hub_id}/vpcs",
    input: CreateVpcInput,
    output: NetworkingModels.CreateVpcEvent
  }),
  /**
   * `networking.CreateVpcPrefixList`: Create a VPC Prefix List.
   *
   * - `POST /20190206/networking/hubs/{hub_id}/prefixlists/vpcs`: Creates a Stax VPC Prefix List.
   */
  createVpcPrefixList: Operation.make({
    name: "Networking.createVpcPrefixList",
    method: "POST",
    path: "/networking/hubs/{hub_id}/prefixlists/vpcs",
    input: CreateVpcPrefixListInput,
    output: NetworkingModels.CreatePrefixListEvent
  }),
  /**
   * `networking.CreateVpnConnection`: Create VPN Connection.
   *
   * - `POST /20190206/networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnection`: Creates a Stax VPN Connection between a Stax Networking Hub or Stax VPC and a Stax VPN Customer Gateway. Providing a Networking Hub Id will attempt to create a VPN Connection for the VPN Customer Gateway and a Transit Gateway Providing a VPC ID ill attempt to create a VPN Connection for the VPN Customer Gateway and a VPC's Virtual Private Gateway.
   */
  createVpnConnection: Operation.make({
    name: "Networking.createVpnConnection",
    method: "POST",
    path: "/networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnection",
    input: CreateVpnConnectionInput,
    output: NetworkingModels.CreateVpnConnectionEvent
  }),
  /**
   * `networking.CreateVpnCustomerGateway`: Creates a Stax VPN Customer Gateway.
   *
   * - `POST /20190206/networking/vpncustomergateways`: Creates a Stax VPN Customer Gateway
   */
  createVpnCustomerGateway: Operation.make({
    name: "Networking.createVpnCustomerGateway",
    method: "POST",
    path: "/networking/vpncustomergateways",
    input: CreateVpnCustomerGatewayInput,
    output: NetworkingModels.CreateVpnCustomerGatewayEvent
  }),
  /**
   * `networking.DeleteCidrExclusion`: Delete CIDR Exclusion.
   *
   * - `DELETE /20190206/networking/exclusions/{exclusion_id}`: Deletes a CIDR Exclusion within a Stax Networking Hub.
   */
  deleteCidrExclusion: Operation.make({
    name: "Networking.deleteCidrExclusion",
    method: "DELETE",
    path: "/networking/exclusions/{exclusion_id}",
    input: DeleteCidrExclusionInput,
    output: NetworkingModels.ReadCidrExclusions
  }),
  /**
   * `networking.DeleteCidrRange`: Delete CIDR Range.
   *
   * - `DELETE /20190206/networking/ranges/{range_id}`: Deletes a CIDR Range within a Stax Networking Hub. No existing VPCs can be in the CIDR Range.
   */
  deleteCidrRange: Operation.make({
    name: "Networking.deleteCidrRange",
    method: "DELETE",
    path: "/networking/ranges/{range_id}",
    input: DeleteCidrRangeInput,
    output: NetworkingModels.ReadCidrRanges
  }),
  /**
   * `networking.DeleteDnsResolver`: Delete DNS Resolver.
   *
   * - `DELETE /20190206/networking/dnsresolvers/{dns_resolver_id}`: Deletes a Stax DNS Resolver within a Stax Networking Hub.
   */
  deleteDnsResolver: Operation.make({
    name: "Networking.deleteDnsResolver",
    method: "DELETE",
    path: "/networking/dnsresolvers/{dns_resolver_id}",
    input: DeleteDnsResolverInput,
    output: NetworkingModels.DeleteDnsResolverEvent
  }),
  /**
   * `networking.DeleteDnsRule`: Delete DNS Rule.
   *
   * - `DELETE /20190206/networking/dnsrules/{dns_rule_id}`: Deletes a Stax DNS Rule within a Stax DNS Resolver
   */
  deleteDnsRule: Operation.make({
    name: "Networking.deleteDnsRule",
    method: "DELETE",
    path: "/networking/dnsrules/{dns_rule_id}",
    input: DeleteDnsRuleInput,
    output: NetworkingModels.DeleteDnsRuleEvent
  }),
  /**
   * `networking.DeleteDxAssociation`: Delete DX Association.
   *
   * - `DELETE /20190206/networking/dxassociations/{dx_association_id}`: Deletes a Stax DX Association.
   */
  deleteDxAssociation: Operation.make({
    name: "Networking.deleteDxAssociation",
    method: "DELETE",
    path: "/networking/dxassociations/{dx_association_id}",
    input: DeleteDxAssociationInput,
    output: NetworkingModels.DeleteDxAssociationEvent
  }),
  /**
   * `networking.DeleteDxGateway`: Delete DX Gateway.
   *
   * - `DELETE /20190206/networking/dxgateways/{dx_gateway_id}`: Deletes a Stax DX Gateway.
   */
  deleteDxGateway: Operation.make({
    name: "Networking.deleteDxGateway",
    method: "DELETE",
    path: "/networking/dxgateways/{dx_gateway_id}",
    input: DeleteDxGatewayInput,
    output: NetworkingModels.DeleteDxGatewayEvent
  }),
  /**
   * `networking.DeleteDxVif`: Delete DX Vif.
   *
   * - `DELETE /20190206/networking/dxvifs/{dx_vif_id}`: Deletes a Stax DX Vif.
   */
  deleteDxVif: Operation.make({
    name: "Networking.deleteDxVif",
    method: "DELETE",
    path: "/networking/dxvifs/{dx_vif_id}",
    input: DeleteDxVifInput,
    output: NetworkingModels.DeleteDxVifEvent
  }),
  /**
   * `networking.DeleteHub`: Delete Networking Hub.
   *
   * - `DELETE /20190206/networking/hubs/{hub_id}`: Deletes a hub from the Stax Organisation
   */
  deleteHub: Operation.make({
    name: "Networking.deleteHub",
    method: "DELETE",
    path: "/networking/hubs/{hub_id}",
    input: DeleteHubInput,
    output: NetworkingModels.DeleteHubEvent
  }),
  /**
   * `networking.DeleteHubPeering`: Delete Hub Peering.
   *
   * - `DELETE /20190206/networking/hubpeerings/{hub_peering_id}`: Deletes a Stax Hub Peering.
   */
  deleteHubPeering: Operation.make({
    name: "Networking.deleteHubPeering",
    method: "DELETE",
    path: "/networking/hubpeerings/{hub_peering_id}",
    input: DeleteHubPeeringInput,
    output: NetworkingModels.DeleteHubPeeringEvent
  }),
  /**
   * `networking.DeletePrefixList`: Delete Prefix List.
   *
   * - `DELETE /20190206/networking/prefixlists/{prefix_list_id}`: Deletes a Stax Prefix List.
   */
  deletePrefixList: Operation.make({
    name: "Networking.deletePrefixList",
    method: "DELETE",
    path: "/networking/prefixlists/{prefix_list_id}",
    input: DeletePrefixListInput,
    output: NetworkingModels.DeletePrefixListEvent
  }),
  /**
   * `networking.DeleteVpc`: Delete VPC.
   *
   * - `DELETE /20190206/networking/vpcs/{vpc_id}`: Deletes a VPC within a Stax Networking Hub
   */
  deleteVpc: Operation.make({
    name: "Networking.deleteVpc",
    method: "DELETE",
    path: "/networking/vpcs/{vpc_id}",
    input: DeleteVpcInput,
    output: NetworkingModels.DeleteVpcEvent
  }),
  /**
   * `networking.DeleteVpnConnection`: Delete VPN Conection.
   *
   * - `DELETE /20190206/networking/vpnconnections/{vpn_connection_id}`: Deletes a Stax VPN Conection within a Stax VPN Customer Gateway
   */
  deleteVpnConnection: Operation.make({
    name: "Networking.deleteVpnConnection",
    method: "DELETE",
    path: "/networking/vpnconnections/{vpn_connection_id}",
    input: DeleteVpnConnectionInput,
    output: NetworkingModels.DeleteVpnConnectionEvent
  }),
  /**
   * `networking.DeleteVpnCustomerGateway`: Delete a Stax VPN Customer Gateway.
   *
   * - `DELETE /20190206/networking/vpncustomergateways/{vpn_customer_gateway_id}`: Delete a Stax VPN Customer Gateway
   */
  deleteVpnCustomerGateway: Operation.make({
    name: "Networking.deleteVpnCustomerGateway",
    method: "DELETE",
    path: "/networking/vpncustomergateways/{vpn_customer_gateway_id}",
    input: DeleteVpnCustomerGatewayInput,
    output: NetworkingModels.DeleteVpnCustomerGatewayEvent
  }),
  /**
   * `networking.ReadCidrExclusions`: Fetch CIDR Exclusions.
   *
   * - `GET /20190206/networking/exclusions/{exclusion_id}`: Returns a list of CIDR Exclusions. Can use the UUID of a CIDR Exclusions to return a specific CIDR Exclusions details.
   * - `GET /20190206/networking/hubs/{hub_id}/exclusions`: Returns a list of CIDR Exclusions. Can use the UUID of a CIDR Exclusions to return a specific CIDR Exclusions details.
   * - `GET /20190206/networking/exclusions`: Returns a list of CIDR Exclusions. Can use the UUID of a CIDR Exclusions to return a specific CIDR Exclusions details.
   */
  readCidrExclusions: Operation.make({
    name: "Networking.readCidrExclusions",
    method: "GET",
    path: ["/networking/exclusions/{exclusion_id}", "/networking/hubs/{hub_id}/exclusions", "/networking/exclusions"],
    input: ReadCidrExclusionsInput,
    output: NetworkingModels.ReadCidrExclusions
  }),
  /**
   * `networking.ReadCidrRanges`: Fetch Hub CIDR Ranges.
   *
   * - `GET /20190206/networking/hubs/{hub_id}/ranges`: Returns a list of CIDR Ranges. Can use the UUID of a CIDR Range to return a specific CIDR Range details.
   * - `GET /20190206/networking/ranges/{range_id}`: Returns a list of CIDR Ranges. Can use the UUID of a CIDR Range to return a specific CIDR Range details.
   * - `GET /20190206/networking/ranges`: Returns a list of CIDR Ranges. Can use the UUID of a CIDR Range to return a specific CIDR Range details.
   */
  readCidrRanges: Operation.make({
    name: "Networking.readCidrRanges",
    method: "GET",
    path: ["/networking/hubs/{hub_id}/ranges", "/networking/ranges/{range_id}", "/networking/ranges"],
    input: ReadCidrRangesInput,
    output: NetworkingModels.ReadCidrRanges
  }),
  /**
   * `networking.ReadDnsResolvers`: Fetch DNS Resolvers.
   *
   * - `GET /20190206/networking/dnsresolvers/{dns_resolver_id}`: Returns the DNS Resolver of the Stax Networking Hub. Providing the UUID of a Stax DNS Resolver will return a specific Stax DNS Resolver's details.
   * - `GET /20190206/networking/hubs/{hub_id}/dnsresolvers`: Returns the DNS Resolver of the Stax Networking Hub. Providing the UUID of a Stax DNS Resolver will return a specific Stax DNS Resolver's details.
   * - `GET /20190206/networking/dnsresolvers`: Returns the DNS Resolver of the Stax Networking Hub. Providing the UUID of a Stax DNS Resolver will return a specific Stax DNS Resolver's details.
   */
  readDnsResolvers: Operation.make({
    name: "Networking.readDnsResolvers",
    method: "GET",
    path: ["/networking/dnsresolvers/{dns_resolver_id}", "/networking/hubs/{hub_id}/dnsresolvers", "/networking/dnsresolvers"],
    input: ReadDnsResolversInput,
    output: NetworkingModels.ReadDnsResolvers
  }),
  /**
   * `networking.ReadDnsRules`: Fetch Resolver DNS Rules.
   *
   * - `GET /20190206/networking/dnsresolvers/{dns_resolver_id}/dnsrules`: Returns the Stax DNS Rules of the Stax DNS Resolver. Providing the UUID of a Stax DNS Rule will return a specific Stax DNS Rule's details.
   * - `GET /20190206/networking/dnsrules/{dns_rule_id}`: Returns the Stax DNS Rules of the Stax DNS Resolver. Providing the UUID of a Stax DNS Rule will return a specific Stax DNS Rule's details.
   * - `GET /20190206/networking/dnsrules`: Returns the Stax DNS Rules of the Stax DNS Resolver. Providing the UUID of a Stax DNS Rule will return a specific Stax DNS Rule's details.
   */
  readDnsRules: Operation.make({
    name: "Networking.readDnsRules",
    method: "GET",
    path: ["/networking/dnsresolvers/{dns_resolver_id}/dnsrules", "/networking/dnsrules/{dns_rule_id}", "/networking/dnsrules"],
    input: ReadDnsRulesInput,
    output: NetworkingModels.ReadDnsRules
  }),
  /**
   * `networking.ReadDxAssociations`: Fetch DX Associations.
   *
   * - `GET /20190206/networking/dxassociations/{dx_association_id}`: Returns all the Stax DX Asssociations. Providing the UUID of a Stax Networking Hub will return the Stax DX Associations for the Stax Networking Hub. Providing the UUID of a Stax DX Association will return a specific Stax DX Association's details.
   * - `GET /20190206/networking/dxgateways/{dx_gateway_id}/dxassociations`: Returns all the Stax DX Asssociations. Providing the UUID of a Stax Networking Hub will return the Stax DX Associations for the Stax Networking Hub. Providing the UUID of a Stax DX Association will return a specific Stax DX Association's details.
   * - `GET /20190206/networking/hubs/{hub_id}/dxassociations`: Returns all the Stax DX Asssociations. Providing the UUID of a Stax Networking Hub will return the Stax DX Associations for the Stax Networking Hub. Providing the UUID of a Stax DX Association will return a specific Stax DX Association's details.
   * - `GET /20190206/networking/dxassociations`: Returns all the Stax DX Asssociations. Providing the UUID of a Stax Networking Hub will return the Stax DX Associations for the Stax Networking Hub. Providing the UUID of a Stax DX Association will return a specific Stax DX Association's details.
   */
  readDxAssociations: Operation.make({
    name: "Networking.readDxAssociations",
    method: "GET",
    path: ["/networking/dxassociations/{dx_association_id}", "/networking/dxgateways/{dx_gateway_id}/dxassociations", "/networking/hubs/{hub_id}/dxassociations", "/networking/dxassociations"],
    input: ReadDxAssociationsInput,
    output: NetworkingModels.ReadDxAssociations
  }),
  /**
   * `networking.ReadDxConnections`: Fetch DX Connections.
   *
   * - `GET /20190206/networking/{account_id}/dxconnections`: Returns all DX Connections for the specified Stax Account Id.
   */
  readDxConnections: Operation.make({
    name: "Networking.readDxConnections",
    method: "GET",
    path: "/networking/{account_id}/dxconnections",
    input: ReadDxConnectionsInput,
    output: NetworkingModels.ReadDxConnections
  }),
  /**
   * `networking.ReadDxGateways`: Fetch DX Gateways.
   *
   * - `GET /20190206/networking/dxgateways/{dx_gateway_id}`: Returns all the Stax DX Gateways. Providing the UUID of a Stax Networking Hub will return the Stax DX Gateways associated to the Stax Networking Hub. Providing the UUID of a Stax DX Gateway will return a specific Stax DX Gateway's details.
   * - `GET /20190206/networking/hubs/{hub_id}/dxgateways`: Returns all the Stax DX Gateways. Providing the UUID of a Stax Networking Hub will return the Stax DX Gateways associated to the Stax Networking Hub. Providing the UUID of a Stax DX Gateway will return a specific Stax DX Gateway's details.
   * - `GET /20190206/networking/dxgateways`: Returns all the Stax DX Gateways. Providing the UUID of a Stax Networking Hub will return the Stax DX Gateways associated to the Stax Networking Hub. Providing the UUID of a Stax DX Gateway will return a specific Stax DX Gateway's details.
   */
  readDxGateways: Operation.make({
    name: "Networking.readDxGateways",
    method: "GET",
    path: ["/networking/dxgateways/{dx_gateway_id}", "/networking/hubs/{hub_id}/dxgateways", "/networking/dxgateways"],
    input: ReadDxGatewaysInput,
    output: NetworkingModels.ReadDxGateways
  }),
  /**
   * `networking.ReadDxVifStatus`: Fetch DX VIF Status.
   *
   * - `GET /20190206/networking/dxvifs/{dx_vif_id}/status`: Returns the connectivity status of the BPG Peers for a specific DX VIF
   */
  readDxVifStatus: Operation.make({
    name: "Networking.readDxVifStatus",
    method: "GET",
    path: "/networking/dxvifs/{dx_vif_id}/status",
    input: ReadDxVifStatusInput,
    output: NetworkingModels.ReadDxVifStatus
  }),
  /**
   * `networking.ReadDxVifs`: Fetch Gateway DX Vifs.
   *
   * - `GET /20190206/networking/dxgateways/{dx_gateway_id}/dxvifs`: Returns all the Stax DX Vifs. Providing the UUID of a Stax DX Gateway will return the Stax DX Vifs attached to the Stax DX Gateway. Providing the UUID of a Stax DX Vif will return a specific Stax DX Vif's details.
   * - `GET /20190206/networking/dxvifs/{dx_vif_id}`: Returns all the Stax DX Vifs. Providing the UUID of a Stax DX Gateway will return the Stax DX Vifs attached to the Stax DX Gateway. Providing the UUID of a Stax DX Vif will return a specific Stax DX Vif's details.
   * - `GET /20190206/networking/dxvifs`: Returns all the Stax DX Vifs. Providing the UUID of a Stax DX Gateway will return the Stax DX Vifs attached to the Stax DX Gateway. Providing the UUID of a Stax DX Vif will return a specific Stax DX Vif's details.
   */
  readDxVifs: Operation.make({
    name: "Networking.readDxVifs",
    method: "GET",
    path: ["/networking/dxgateways/{dx_gateway_id}/dxvifs", "/networking/dxvifs/{dx_vif_id}", "/networking/dxvifs"],
    input: ReadDxVifsInput,
    output: NetworkingModels.ReadDxVifs
  }),
  /**
   * `networking.ReadHubHubPeerings`: Fetch Networking Hub Hub Peerings.
   *
   * - `GET /20190206/networking/hubs/{networking_hub_id}/hubpeerings`: Providing the UUID of a Stax Networking Hub will return the Stax Hub Peerings for the Stax Networking Hub.
   */
  readHubHubPeerings: Operation.make({
    name: "Networking.readHubHubPeerings",
    method: "GET",
    path: "/networking/hubs/{networking_hub_id}/hubpeerings",
    input: ReadHubHubPeeringsInput,
    output: NetworkingModels.ReadHubPeerings
  }),
  /**
   * `networking.ReadHubPeering`: Fetch Hub Peering.
   *
   * - `GET /20190206/networking/hubpeerings/{hub_peering_id}`: Providing the UUID of a Stax Hub Peering will return a specific Stax Hub Peering.
   */
  readHubPeering: Operation.make({
    name: "Networking.readHubPeering",
    method: "GET",
    path: "/networking/hubpeerings/{hub_peering_id}",
    input: ReadHubPeeringInput,
    output: NetworkingModels.ReadHubPeerings
  }),
  /**
   * `networking.ReadHubPeerings`: Fetch Hub Peerings.
   *
   * - `GET /20190206/networking/hubpeerings`: Returns all the Stax Hub Peerings.
   */
  readHubPeerings: Operation.make({
    name: "Networking.readHubPeerings",
    method: "GET",
    path: "/networking/hubpeerings",
    input: ReadHubPeeringsInput,
    output: NetworkingModels.ReadHubPeerings
  }),
  /**
   * `networking.ReadHubPrefixLists`: Fetch Networking Hub Prefix Lists.
   *
   * - `GET /20190206/networking/hubs/{hub_id}/prefixlists`: Providing the UUID of a Stax Networking Hub will return the Stax Prefix Lists for the Stax Networking Hub.
   */
  readHubPrefixLists: Operation.make({
    name: "Networking.readHubPrefixLists",
    method: "GET",
    path: "/networking/hubs/{hub_id}/prefixlists",
    input: ReadHubPrefixListsInput,
    output: NetworkingModels.ReadPrefixLists
  }),
  /**
   * `networking.ReadHubs`: Fetch Networking Hubs.
   *
   * - `GET /20190206/networking/hubs/{hub_id}`: Returns a list of networking hubs in your Stax Organisation. Can use the UUID of a Hub to return a specific hub details.
   * - `GET /20190206/networking/hubs`: Returns a list of networking hubs in your Stax Organisation. Can use the UUID of a Hub to return a specific hub details.
   */
  readHubs: Operation.make({
    name: "Networking.readHubs",
    method: "GET",
    path: ["/networking/hubs/{hub_id}", "/networking/hubs"],
    input: ReadHubsInput,
    output: NetworkingModels.ReadHubs
  }),
  /**
   * `networking.ReadPrefixList`: Fetch Prefix List.
   *
   * - `GET /20190206/networking/prefixlists/{prefix_list_id}`: Providing the UUID of a Stax Prefix List will return a specific Stax Prefix List.
   */
  readPrefixList: Operation.make({
    name: "Networking.readPrefixList",
    method: "GET",
    path: "/networking/prefixlists/{prefix_list_id}",
    input: ReadPrefixListInput,
    output: NetworkingModels.ReadPrefixLists
  }),
  /**
   * `networking.ReadPrefixLists`: Fetch Prefix Lists.
   *
   * - `GET /20190206/networking/prefixlists`: Returns all the Stax Prefix Lists.
   */
  readPrefixLists: Operation.make({
    name: "Networking.readPrefixLists",
    method: "GET",
    path: "/networking/prefixlists",
    input: ReadPrefixListsInput,
    output: NetworkingModels.ReadPrefixLists
  }),
  /**
   * `networking.ReadVpcs`: Fetch Hub VPCs.
   *
   * - `GET /20190206/networking/hubs/{hub_id}/vpcs`: Returns a list of VPCs. Can use the UUID of a VPC to return a specific VPC details.
   * - `GET /20190206/networking/vpcs/{vpc_id}`: Returns a list of VPCs. Can use the UUID of a VPC to return a specific VPC details.
   * - `GET /20190206/networking/vpcs`: Returns a list of VPCs. Can use the UUID of a VPC to return a specific VPC details.
   */
  readVpcs: Operation.make({
    name: "Networking.readVpcs",
    method: "GET",
    path: ["/networking/hubs/{hub_id}/vpcs", "/networking/vpcs/{vpc_id}", "/networking/vpcs"],
    input: ReadVpcsInput,
    output: NetworkingModels.ReadVpcs
  }),
  /**
   * `networking.ReadVpnConnectionStatus`: Fetch VPN Connection Status.
   *
   * - `GET /20190206/networking/vpnconnections/{vpn_connection_id}/status`: Returns the connectivity status of the VPN Tunnels for a specific VPN Connection
   */
  readVpnConnectionStatus: Operation.make({
    name: "Networking.readVpnConnectionStatus",
    method: "GET",
    path: "/networking/vpnconnections/{vpn_connection_id}/status",
    input: ReadVpnConnectionStatusInput,
    output: NetworkingModels.ReadVpnConnectionStatus
  }),
  /**
   * `networking.ReadVpnConnections`: Fetch Hub VPN Connections.
   *
   * - `GET /20190206/networking/hubs/{hub_id}/vpnconnections`: Returns all the Stax VPN Connections. Providing the UUID of a Stax Networking Hub will return the Stax VPN Connections associated to the Stax Networking Hub. Providing the UUID of a Stax VPN Customer Gateway will return the Stax VPN Connections associated to the Stax VPN Customer Gateway. Providing the UUID of a Stax VPN Connections will return a specific Stax VPN Connections details.
   * - `GET /20190206/networking/vpnconnections/{vpn_connection_id}`: Returns all the Stax VPN Connections. Providing the UUID of a Stax Networking Hub will return the Stax VPN Connections associated to the Stax Networking Hub. Providing the UUID of a Stax VPN Customer Gateway will return the Stax VPN Connections associated to the Stax VPN Customer Gateway. Providing the UUID of a Stax VPN Connections will return a specific Stax VPN Connections details.
   * - `GET /20190206/networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnections`: Returns all the Stax VPN Connections. Providing the UUID of a Stax Networking Hub will return the Stax VPN Connections associated to the Stax Networking Hub. Providing the UUID of a Stax VPN Customer Gateway will return the Stax VPN Connections associated to the Stax VPN Customer Gateway. Providing the UUID of a Stax VPN Connections will return a specific Stax VPN Connections details.
   * - `GET /20190206/networking/vpnconnections`: Returns all the Stax VPN Connections. Providing the UUID of a Stax Networking Hub will return the Stax VPN Connections associated to the Stax Networking Hub. Providing the UUID of a Stax VPN Customer Gateway will return the Stax VPN Connections associated to the Stax VPN Customer Gateway. Providing the UUID of a Stax VPN Connections will return a specific Stax VPN Connections details.
   */
  readVpnConnections: Operation.make({
    name: "Networking.readVpnConnections",
    method: "GET",
    path: ["/networking/hubs/{hub_id}/vpnconnections", "/networking/vpnconnections/{vpn_connection_id}", "/networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnections", "/networking/vpnconnections"],
    input: ReadVpnConnectionsInput,
    output: NetworkingModels.ReadVpnConnections
  }),
  /**
   * `networking.ReadVpnCustomerGateways`: Fetch Hub VPN Customer Gateways.
   *
   * - `GET /20190206/networking/hubs/{hub_id}/vpncustomergateways`: Returns all the Stax VPN Customer Gateways. Providing the UUID of a Stax Networking Hub will return the Stax VPN Customer Gateways associated to the Stax Networking Hub. Providing the UUID of a Stax VPN Customer Gateway will return a specific Stax VPN Customer Gateways' details.
   * - `GET /20190206/networking/vpncustomergateways/{vpn_customer_gateway_id}`: Returns all the Stax VPN Customer Gateways. Providing the UUID of a Stax Networking Hub will return the Stax VPN Customer Gateways associated to the Stax Networking Hub. Providing the UUID of a Stax VPN Customer Gateway will return a specific Stax VPN Customer Gateways' details.
   * - `GET /20190206/networking/vpncustomergateways`: Returns all the Stax VPN Customer Gateways. Providing the UUID of a Stax Networking Hub will return the Stax VPN Customer Gateways associated to the Stax Networking Hub. Providing the UUID of a Stax VPN Customer Gateway will return a specific Stax VPN Customer Gateways' details.
   */
  readVpnCustomerGateways: Operation.make({
    name: "Networking.readVpnCustomerGateways",
    method: "GET",
    path: ["/networking/hubs/{hub_id}/vpncustomergateways", "/networking/vpncustomergateways/{vpn_customer_gateway_id}", "/networking/vpncustomergateways"],
    input: ReadVpnCustomerGatewaysInput,
    output: NetworkingModels.ReadVpnCustomerGateways
  }),
  /**
   * `networking.UpdateCidrExclusion`: Update CIDR Exclusion.
   *
   * - `PUT /20190206/networking/exclusions/{exclusion_id}`: Updates a CIDR Exclusion within a Stax Networking Hub
   */
  updateCidrExclusion: Operation.make({
    name: "Networking.updateCidrExclusion",
    method: "PUT",
    path: "/networking/exclusions/{exclusion_id}",
    input: UpdateCidrExclusionInput,
    output: NetworkingModels.UpdateCidrExclusion
  }),
  /**
   * `networking.UpdateCidrRange`: Update CIDR Range.
   *
   * - `PUT /20190206/networking/ranges/{range_id}`: Updates a CIDR Range within a Stax Networking Hub
   */
  updateCidrRange: Operation.make({
    name: "Networking.updateCidrRange",
    method: "PUT",
    path: "/networking/ranges/{range_id}",
    input: UpdateCidrRangeInput,
    output: NetworkingModels.UpdateCidrRange
  }),
  /**
   * `networking.UpdateDnsResolver`: Update DNS Resolver.
   *
   * - `PUT /20190206/networking/dnsresolvers/{dns_resolver_id}`: Updates the attributes for a given Stax DNS Resolver. Only supplied values are updated.
   */
  updateDnsResolver: Operation.make({
    name: "Networking.updateDnsResolver",
    method: "PUT",
    path: "/networking/dnsresolvers/{dns_resolver_id}",
    input: UpdateDnsResolverInput,
    output: NetworkingModels.UpdateDnsResolverEvent
  }),
  /**
   * `networking.UpdateDnsRule`: Update DNS Rule.
   *
   * - `PUT /20190206/networking/dnsrules/{dns_rule_id}`: Updates the attributes for a given Stax DNS Rule. Only supplied values are updated.
   */
  updateDnsRule: Operation.make({
    name: "Networking.updateDnsRule",
    method: "PUT",
    path: "/networking/dnsrules/{dns_rule_id}",
    input: UpdateDnsRuleInput,
    output: NetworkingModels.UpdateDnsRuleEvent
  }),
  /**
   * `networking.UpdateDxAssociation`: Update DX Association.
   *
   * - `PUT /20190206/networking/dxassociations/{dx_association_id}`: Updates the attributes for a given Stax DX Association. Only supplied values are updated.
   */
  updateDxAssociation: Operation.make({
    name: "Networking.updateDxAssociation",
    method: "PUT",
    path: "/networking/dxassociations/{dx_association_id}",
    input: UpdateDxAssociationInput,
    output: NetworkingModels.UpdateDxAssociationEvent
  }),
  /**
   * `networking.UpdateDxVif`: Update DX VIf.
   *
   * - `PUT /20190206/networking/dxvifs/{dx_vif_id}`: Updates the attributes for a given Stax DX Vif. Only supplied values are updated.
   */
  updateDxVif: Operation.make({
    name: "Networking.updateDxVif",
    method: "PUT",
    path: "/networking/dxvifs/{dx_vif_id}",
    input: UpdateDxVifInput,
    output: NetworkingModels.UpdateDxVifEvent
  }),
  /**
   * `networking.UpdateHub`: Update Networking Hub.
   *
   * - `PUT /20190206/networking/hubs/{hub_id}`: Updates various attributes for a given hub. Only supplied values are updated.
   */
  updateHub: Operation.make({
    name: "Networking.updateHub",
    method: "PUT",
    path: "/networking/hubs/{hub_id}",
    input: UpdateHubInput,
    output: NetworkingModels.UpdateHubEvent
  }),
  /**
   * `networking.UpdateHubPeering`: Update Hub Peering.
   *
   * - `PUT /20190206/networking/hubpeerings/{hub_peering_id}`: Updates the attributes for a given Stax Hub Peering. Only supplied values are updated.
   */
  updateHubPeering: Operation.make({
    name: "Networking.updateHubPeering",
    method: "PUT",
    path: "/networking/hubpeerings/{hub_peering_id}",
    input: UpdateHubPeeringInput,
    output: NetworkingModels.UpdateHubPeeringEvent
  }),
  /**
   * `networking.UpdateHubPrefixListAssociation`: Update Hub Prefix List associations.
   *
   * - `PUT /20190206/networking/prefixlists/hubs/{prefix_list_id}/associations`: Updates a Stax Hub Prefix List associations. Only supplied values are updated.
   */
  updateHubPrefixListAssociation: Operation.make({
    name: "Networking.updateHubPrefixListAssociation",
    method: "PUT",
    path: "/networking/prefixlists/hubs/{prefix_list_id}/associations",
    input: UpdateHubPrefixListAssociationInput,
    output: NetworkingModels.UpdatePrefixListAssociationEvent
  }),
  /**
   * `networking.UpdatePrefixList`: Update Prefix List.
   *
   * - `PUT /20190206/networking/prefixlists/{prefix_list_id}`: Updates a Stax Prefix List. Only supplied values are updated.
   */
  updatePrefixList: Operation.make({
    name: "Networking.updatePrefixList",
    method: "PUT",
    path: "/networking/prefixlists/{prefix_list_id}",
    input: UpdatePrefixListInput,
    output: NetworkingModels.UpdatePrefixListEvent
  }),
  /**
   * `networking.UpdateVpc`: Update VPC.
   *
   * - `PUT /20190206/networking/vpcs/{vpc_id}`: Updates a VPC within a Stax Networking Hub
   */
  updateVpc: Operation.make({
    name: "Networking.updateVpc",
    method: "PUT",
    path: "/networking/vpcs/{vpc_id}",
    input: UpdateVpcInput,
    output: NetworkingModels.UpdateVpcEvent
  }),
  /**
   * `networking.UpdateVpcPrefixListAssociation`: Update VPC Prefix List associations.
   *
   * - `PUT /20190206/networking/prefixlists/vpcs/{prefix_list_id}/associations`: Updates a Stax VPC Prefix List associations. Only supplied values are updated.
   */
  updateVpcPrefixListAssociation: Operation.make({
    name: "Networking.updateVpcPrefixListAssociation",
    method: "PUT",
    path: "/networking/prefixlists/vpcs/{prefix_list_id}/associations",
    input: UpdateVpcPrefixListAssociationInput,
    output: NetworkingModels.UpdatePrefixListAssociationEvent
  }),
  /**
   * `networking.UpdateVpnConnection`: Update VPN Conection.
   *
   * - `PUT /20190206/networking/vpnconnections/{vpn_connection_id}`: Updates the attributes for a given Stax VPN Connection. Only supplied values are updated.
   */
  updateVpnConnection: Operation.make({
    name: "Networking.updateVpnConnection",
    method: "PUT",
    path: "/networking/vpnconnections/{vpn_connection_id}",
    input: UpdateVpnConnectionInput,
    output: NetworkingModels.UpdateVpnConnectionEvent
  }),
  /**
   * `networking.UpdateVpnCustomerGateway`: Updates a Stax VPN Customer Gateway.
   *
   * - `PUT /20190206/networking/vpncustomergateways/{vpn_customer_gateway_id}`
   */
  updateVpnCustomerGateway: Operation.make({
    name: "Networking.updateVpnCustomerGateway",
    method: "PUT",
    path: "/networking/vpncustomergateways/{vpn_customer_gateway_id}",
    input: UpdateVpnCustomerGatewayInput,
    output: NetworkingModels.UpdateVpnCustomerGatewayEvent
  })
}

/** The service's methods: one entry per operation. */
const networkingTable = {
  /** Create CIDR Exclusion (`networking.CreateCidrExclusion`). */
  createCidrExclusion: Service.call(networkingOperations.createCidrExclusion),
  /** Create CIDR Range (`networking.CreateCidrRange`). */
  createCidrRange: Service.call(networkingOperations.createCidrRange),
  /** Create DNS Resolver (`networking.CreateDnsResolver`); the result's `taskId` names its task. */
  createDnsResolver: Service.call(networkingOperations.createDnsResolver, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Create DNS Rule (`networking.CreateDnsRule`); the result's `taskId` names its task. */
  createDnsRule: Service.call(networkingOperations.createDnsRule, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Create DX Association (`networking.CreateDxAssociation`); the result's `taskId` names its task. */
  createDxAssociation: Service.call(networkingOperations.createDxAssociation, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Create DX Resources (`networking.CreateDxResource`); the result's `taskId` names its task. */
  createDxResource: Service.call(networkingOperations.createDxResource, { input: "optional", result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Create Networking Hub (`networking.CreateHub`); the result's `taskId` names its task. */
  createHub: Service.call(networkingOperations.createHub, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Create a Hub Peering (`networking.CreateHubPeering`); the result's `taskId` names its task. */
  createHubPeering: Service.call(networkingOperations.createHubPeering, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Create a Hub Prefix List (`networking.CreateHubPrefixList`); the result's `taskId` names its task. */
  createHubPrefixList: Service.call(networkingOperations.createHubPrefixList, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Create VPC (`networking.CreateVpc`); the result's `taskId` names its task. */
  createVpc: Service.call(networkingOperations.createVpc, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Create a VPC Prefix List (`networking.CreateVpcPrefixList`); the result's `taskId` names its task. */
  createVpcPrefixList: Service.call(networkingOperations.createVpcPrefixList, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Create VPN Connection (`networking.CreateVpnConnection`); the result's `taskId` names its task. */
  createVpnConnection: Service.call(networkingOperations.createVpnConnection, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Creates a Stax VPN Customer Gateway (`networking.CreateVpnCustomerGateway`); the result's `taskId` names its task. */
  createVpnCustomerGateway: Service.call(networkingOperations.createVpnCustomerGateway, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete CIDR Exclusion (`networking.DeleteCidrExclusion`). */
  deleteCidrExclusion: Service.call(networkingOperations.deleteCidrExclusion),
  /** Delete CIDR Range (`networking.DeleteCidrRange`). */
  deleteCidrRange: Service.call(networkingOperations.deleteCidrRange),
  /** Delete DNS Resolver (`networking.DeleteDnsResolver`); the result's `taskId` names its task. */
  deleteDnsResolver: Service.call(networkingOperations.deleteDnsResolver, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete DNS Rule (`networking.DeleteDnsRule`); the result's `taskId` names its task. */
  deleteDnsRule: Service.call(networkingOperations.deleteDnsRule, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete DX Association (`networking.DeleteDxAssociation`); the result's `taskId` names its task. */
  deleteDxAssociation: Service.call(networkingOperations.deleteDxAssociation, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete DX Gateway (`networking.DeleteDxGateway`); the result's `taskId` names its task. */
  deleteDxGateway: Service.call(networkingOperations.deleteDxGateway, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete DX Vif (`networking.DeleteDxVif`); the result's `taskId` names its task. */
  deleteDxVif: Service.call(networkingOperations.deleteDxVif, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete Networking Hub (`networking.DeleteHub`); the result's `taskId` names its task. */
  deleteHub: Service.call(networkingOperations.deleteHub, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete Hub Peering (`networking.DeleteHubPeering`); the result's `taskId` names its task. */
  deleteHubPeering: Service.call(networkingOperations.deleteHubPeering, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete Prefix List (`networking.DeletePrefixList`); the result's `taskId` names its task. */
  deletePrefixList: Service.call(networkingOperations.deletePrefixList, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete VPC (`networking.DeleteVpc`); the result's `taskId` names its task. */
  deleteVpc: Service.call(networkingOperations.deleteVpc, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete VPN Conection (`networking.DeleteVpnConnection`); the result's `taskId` names its task. */
  deleteVpnConnection: Service.call(networkingOperations.deleteVpnConnection, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete a Stax VPN Customer Gateway (`networking.DeleteVpnCustomerGateway`); the result's `taskId` names its task. */
  deleteVpnCustomerGateway: Service.call(networkingOperations.deleteVpnCustomerGateway, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Fetch CIDR Exclusions (`networking.ReadCidrExclusions`). */
  readCidrExclusions: Service.call(networkingOperations.readCidrExclusions, { input: "optional" }),
  /** Fetch Hub CIDR Ranges (`networking.ReadCidrRanges`). */
  readCidrRanges: Service.call(networkingOperations.readCidrRanges, { input: "optional" }),
  /** Fetch DNS Resolvers (`networking.ReadDnsResolvers`). */
  readDnsResolvers: Service.call(networkingOperations.readDnsResolvers, { input: "optional" }),
  /** Fetch Resolver DNS Rules (`networking.ReadDnsRules`). */
  readDnsRules: Service.call(networkingOperations.readDnsRules, { input: "optional" }),
  /** Fetch DX Associations (`networking.ReadDxAssociations`). */
  readDxAssociations: Service.call(networkingOperations.readDxAssociations, { input: "optional" }),
  /** Fetch DX Connections (`networking.ReadDxConnections`). */
  readDxConnections: Service.call(networkingOperations.readDxConnections),
  /** Fetch DX Gateways (`networking.ReadDxGateways`). */
  readDxGateways: Service.call(networkingOperations.readDxGateways, { input: "optional" }),
  /** Fetch DX VIF Status (`networking.ReadDxVifStatus`). */
  readDxVifStatus: Service.call(networkingOperations.readDxVifStatus),
  /** Fetch Gateway DX Vifs (`networking.ReadDxVifs`). */
  readDxVifs: Service.call(networkingOperations.readDxVifs, { input: "optional" }),
  /** Fetch Networking Hub Hub Peerings (`networking.ReadHubHubPeerings`). */
  readHubHubPeerings: Service.call(networkingOperations.readHubHubPeerings),
  /** Fetch Hub Peering (`networking.ReadHubPeering`). */
  readHubPeering: Service.call(networkingOperations.readHubPeering),
  /** Fetch Hub Peerings (`networking.ReadHubPeerings`). */
  readHubPeerings: Service.call(networkingOperations.readHubPeerings, { input: "optional" }),
  /** Fetch Networking Hub Prefix Lists (`networking.ReadHubPrefixLists`). */
  readHubPrefixLists: Service.call(networkingOperations.readHubPrefixLists),
  /** Fetch Networking Hubs (`networking.ReadHubs`). */
  readHubs: Service.call(networkingOperations.readHubs, { input: "optional" }),
  /** Fetch Prefix List (`networking.ReadPrefixList`). */
  readPrefixList: Service.call(networkingOperations.readPrefixList),
  /** Fetch Prefix Lists (`networking.ReadPrefixLists`). */
  readPrefixLists: Service.call(networkingOperations.readPrefixLists, { input: "optional" }),
  /** Fetch Hub VPCs (`networking.ReadVpcs`). */
  readVpcs: Service.call(networkingOperations.readVpcs, { input: "optional" }),
  /** Fetch VPN Connection Status (`networking.ReadVpnConnectionStatus`). */
  readVpnConnectionStatus: Service.call(networkingOperations.readVpnConnectionStatus),
  /** Fetch Hub VPN Connections (`networking.ReadVpnConnections`). */
  readVpnConnections: Service.call(networkingOperations.readVpnConnections, { input: "optional" }),
  /** Fetch Hub VPN Customer Gateways (`networking.ReadVpnCustomerGateways`). */
  readVpnCustomerGateways: Service.call(networkingOperations.readVpnCustomerGateways, { input: "optional" }),
  /** Update CIDR Exclusion (`networking.UpdateCidrExclusion`). */
  updateCidrExclusion: Service.call(networkingOperations.updateCidrExclusion),
  /** Update CIDR Range (`networking.UpdateCidrRange`). */
  updateCidrRange: Service.call(networkingOperations.updateCidrRange),
  /** Update DNS Resolver (`networking.UpdateDnsResolver`); the result's `taskId` names its task. */
  updateDnsResolver: Service.call(networkingOperations.updateDnsResolver, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Update DNS Rule (`networking.UpdateDnsRule`); the result's `taskId` names its task. */
  updateDnsRule: Service.call(networkingOperations.updateDnsRule, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Update DX Association (`networking.UpdateDxAssociation`); the result's `taskId` names its task. */
  updateDxAssociation: Service.call(networkingOperations.updateDxAssociation, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Update DX VIf (`networking.UpdateDxVif`); the result's `taskId` names its task. */
  updateDxVif: Service.call(networkingOperations.updateDxVif, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Update Networking Hub (`networking.UpdateHub`); the result's `taskId` names its task. */
  updateHub: Service.call(networkingOperations.updateHub, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Update Hub Peering (`networking.UpdateHubPeering`); the result's `taskId` names its task. */
  updateHubPeering: Service.call(networkingOperations.updateHubPeering, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Update Hub Prefix List associations (`networking.UpdateHubPrefixListAssociation`); the result's `taskId` names its task. */
  updateHubPrefixListAssociation: Service.call(networkingOperations.updateHubPrefixListAssociation, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Update Prefix List (`networking.UpdatePrefixList`); the result's `taskId` names its task. */
  updatePrefixList: Service.call(networkingOperations.updatePrefixList, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Update VPC (`networking.UpdateVpc`); the result's `taskId` names its task. */
  updateVpc: Service.call(networkingOperations.updateVpc, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Update VPC Prefix List associations (`networking.UpdateVpcPrefixListAssociation`); the result's `taskId` names its task. */
  updateVpcPrefixListAssociation: Service.call(networkingOperations.updateVpcPrefixListAssociation, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Update VPN Conection (`networking.UpdateVpnConnection`); the result's `taskId` names its task. */
  updateVpnConnection: Service.call(networkingOperations.updateVpnConnection, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Updates a Stax VPN Customer Gateway (`networking.UpdateVpnCustomerGateway`); the result's `taskId` names its task. */
  updateVpnCustomerGateway: Service.call(networkingOperations.updateVpnCustomerGateway, { result: withTaskId([["Detail", "Message", "TaskId"]]) })
}

/**
 * The Networking methods: one per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface NetworkingService extends Service.ShapeOf<typeof networkingTable> {}

/**
 * The `Networking` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Networking extends Service.Tag("stax-effect/cloud/Networking")<Networking, NetworkingService>()(networkingTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<NetworkingService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(networkingTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Networking, never, StaxCloudClient> = Layer.effect(Networking, Networking.make)
}
