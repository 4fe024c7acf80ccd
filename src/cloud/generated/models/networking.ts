/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `networking.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { openEnum, optional } from "../../schema/fields.js"
import * as CommonModels from "./common.js"

/**
 * Component `networking.CreateCidrExclusion`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateCidrExclusion = Schema.Struct({
  /** CIDR Range in quad dot notation. */
  Cidr: Schema.String,
  /** Longer description of what the CIDR Exclusion is used for. */
  Description: optional(Schema.String),
  /** Name of the CIDR Exclusion. */
  Name: Schema.String,
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.CreateCidrExclusion" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateCidrExclusion extends Schema.Schema.Type<typeof CreateCidrExclusion> {}

/**
 * Component `networking.CreateCidrRange`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateCidrRange = Schema.Struct({
  /** CIDR Range in quad dot notation. This range is a private network range with a size between /8 to /23 */
  Cidr: Schema.String,
  /** Longer description of what the CIDR Range is used for. */
  Description: optional(Schema.String),
  /** Name of the CIDR Range. */
  Name: Schema.String,
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.CreateCidrRange" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateCidrRange extends Schema.Schema.Type<typeof CreateCidrRange> {}

/**
 * Component `networking.CreateDnsResolver`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDnsResolver = Schema.Struct({
  /** Name of Stax DNS Resolver. */
  Name: Schema.String,
  /** The number of ENIs to attach to the Stax DNS Resolvers. */
  NumberOfInterfaces: Schema.Number,
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.CreateDnsResolver" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDnsResolver extends Schema.Schema.Type<typeof CreateDnsResolver> {}

/**
 * `networking.CreateDnsResolverEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDnsResolverEventDetail = Schema.Struct({
  DnsResolver: Schema.Struct({
    Id: CommonModels.RoUuidv4
  }),
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDnsResolverEventDetail extends Schema.Schema.Type<typeof CreateDnsResolverEventDetail> {}

/**
 * Component `networking.CreateDnsResolverEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDnsResolverEvent = Schema.Struct({
  Detail: CreateDnsResolverEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.CreateDnsResolverEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDnsResolverEvent extends Schema.Schema.Type<typeof CreateDnsResolverEvent> {}

/**
 * Component `networking.CreateDnsRule`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDnsRule = Schema.Struct({
  /** Domain name to forward DNS queries for. */
  DomainName: Schema.String,
  /** The IP Addresses to forward DNS queries to. */
  ForwarderIpAddresses: Schema.Array(Schema.String),
  /** Name of Stax DNS Rule. */
  Name: Schema.String,
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.CreateDnsRule" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDnsRule extends Schema.Schema.Type<typeof CreateDnsRule> {}

/**
 * `networking.CreateDnsRuleEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDnsRuleEventDetail = Schema.Struct({
  DnsRule: Schema.Struct({
    Id: CommonModels.RoUuidv4
  }),
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDnsRuleEventDetail extends Schema.Schema.Type<typeof CreateDnsRuleEventDetail> {}

/**
 * Component `networking.CreateDnsRuleEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDnsRuleEvent = Schema.Struct({
  Detail: CreateDnsRuleEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.CreateDnsRuleEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDnsRuleEvent extends Schema.Schema.Type<typeof CreateDnsRuleEvent> {}

/**
 * Component `networking.CreateDxAssociation`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDxAssociation = Schema.Union(CommonModels.TransitAssociation, CommonModels.PrivateAssociation)

/**
 * @since 0.2.0
 * @category Models
 */
export type CreateDxAssociation = typeof CreateDxAssociation.Type

/**
 * `networking.CreateDxAssociationEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDxAssociationEventDetail = Schema.Struct({
  DxAssociation: Schema.Struct({
    Id: CommonModels.RoUuidv4
  }),
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDxAssociationEventDetail extends Schema.Schema.Type<typeof CreateDxAssociationEventDetail> {}

/**
 * Component `networking.CreateDxAssociationEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDxAssociationEvent = Schema.Struct({
  Detail: CreateDxAssociationEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.CreateDxAssociationEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDxAssociationEvent extends Schema.Schema.Type<typeof CreateDxAssociationEvent> {}

/**
 * Component `networking.CreateDxResource`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDxResource = Schema.Struct({
  Gateway: optional(CommonModels.GatewayMap),
  Vif: optional(CommonModels.VifMap)
}).annotations({ identifier: "networking.CreateDxResource" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDxResource extends Schema.Schema.Type<typeof CreateDxResource> {}

/**
 * `networking.CreateDxResourceEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDxResourceEventDetail = Schema.Struct({
  DxResource: Schema.Struct({
    Gateway: optional(Schema.Struct({
      Id: optional(CommonModels.RoUuidv4)
    })),
    Vif: optional(Schema.Struct({
      Id: optional(CommonModels.RoUuidv4)
    }))
  }),
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDxResourceEventDetail extends Schema.Schema.Type<typeof CreateDxResourceEventDetail> {}

/**
 * Component `networking.CreateDxResourceEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateDxResourceEvent = Schema.Struct({
  Detail: CreateDxResourceEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.CreateDxResourceEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateDxResourceEvent extends Schema.Schema.Type<typeof CreateDxResourceEvent> {}

/**
 * Component `networking.CreateHub`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateHub = Schema.Struct({
  AccountId: CommonModels.Uuidv4,
  /** A private Autonomous System Number (ASN) for the Amazon side of a BGP session */
  AmazonSideAsn: optional(Schema.Number),
  /** CIDR Range in quad dot notation. This range is a private network range with a size between /8 to /22 for the Transit VPC */
  Cidr: Schema.String,
  CidrExclusions: optional(Schema.Array(CommonModels.CidrExclusion)),
  /** Name of the CIDR Range where the Transit VPC lives. */
  CidrRangeName: optional(Schema.String),
  /** Boolean value declaring to utilise a Cloudwatch log group for VPC Flow logs */
  CreateCloudwatchVpcFlowlogs: optional(Schema.Boolean),
  /** Boolean value declaring to create an Internet Gateway */
  CreateInternetGateway: Schema.Boolean,
  /** Boolean value declaring to create a NAT Gateway */
  CreateNatGateway: Schema.Boolean,
  /** Boolean value declaring to create a Virtual Private Gateway */
  CreateVirtualPrivateGateway: optional(Schema.Boolean),
  /** Longer description of what the Stax Networking Hub is used for. */
  Description: optional(Schema.String),
  GatewayEndpoints: optional(Schema.Array(CommonModels.GatewayEndpoint)),
  InterfaceEndpoints: optional(Schema.Array(CommonModels.InterfaceEndpoint)),
  /** Name of Stax Networking Hub. */
  Name: Schema.String,
  /** The suffix used to create Route53 Private Hosted Zones names within the Networking Hub, cannot be modified once set */
  PhzSuffix: optional(Schema.String),
  /** Boolean value declaring if redundant Interface VPC Endpoints will be created */
  RedundantEndpoints: optional(Schema.Boolean),
  /** Boolean value declaring to create redundant NAT Gateways */
  RedundantNat: optional(Schema.Boolean),
  Region: CommonModels.AwsRegion,
  Tags: optional(CommonModels.NetworkingTags),
  /** ASN to assign to the Virtual Private Gateway */
  VirtualPrivateGatewayAsn: optional(Schema.Number),
  /** Boolean value declaring to enable or disable Equal Cost Multipath Protocol support */
  VpnEcmpSupport: optional(Schema.Boolean)
}).annotations({ identifier: "networking.CreateHub" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateHub extends Schema.Schema.Type<typeof CreateHub> {}

/**
 * `networking.CreateHubEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateHubEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  NetworkingHub: Schema.Struct({
    Id: CommonModels.RoUuidv4
  }),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateHubEventDetail extends Schema.Schema.Type<typeof CreateHubEventDetail> {}

/**
 * Component `networking.CreateHubEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateHubEvent = Schema.Struct({
  Detail: CreateHubEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.CreateHubEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateHubEvent extends Schema.Schema.Type<typeof CreateHubEvent> {}

/**
 * The target type to determine the actions against the destination.
 *
 * (`networking.CreateHubPeering.HubPeeringTarget`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateHubPeeringHubPeeringTarget = openEnum("STAX_RESOURCE", "STAX_ACCOUNT", "EXTERNAL")

/**
 * @since 0.2.0
 * @category Models
 */
export type CreateHubPeeringHubPeeringTarget = typeof CreateHubPeeringHubPeeringTarget.Type

/**
 * Component `networking.CreateHubPeering`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateHubPeering = Schema.Struct({
  /** The AWS Account Id that contains the Destination TGW. */
  DestinationAwsAccountId: optional(Schema.String),
  DestinationAwsRegion: optional(CommonModels.NullableAwsRegion),
  /** The AWS Id of the Destination TGW. */
  DestinationAwsTgwId: optional(Schema.String),
  DestinationNetworkingHubId: optional(CommonModels.NullableUuidv4),
  /** The target type to determine the actions against the destination. */
  HubPeeringTarget: CreateHubPeeringHubPeeringTarget,
  /** The Name of the Hub Peering. */
  Name: Schema.String,
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.CreateHubPeering" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateHubPeering extends Schema.Schema.Type<typeof CreateHubPeering> {}

/**
 * `networking.CreateHubPeeringEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateHubPeeringEventDetail = Schema.Struct({
  HubPeering: Schema.Struct({
    Id: CommonModels.RoUuidv4
  }),
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateHubPeeringEventDetail extends Schema.Schema.Type<typeof CreateHubPeeringEventDetail> {}

/**
 * Component `networking.CreateHubPeeringEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateHubPeeringEvent = Schema.Struct({
  Detail: CreateHubPeeringEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.CreateHubPeeringEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateHubPeeringEvent extends Schema.Schema.Type<typeof CreateHubPeeringEvent> {}

/**
 * The type of the target for the HUB Prefix List associations.
 *
 * (`networking.CreateHubPrefixList.TargetType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateHubPrefixListTargetType = openEnum("BLACKHOLE", "VPC", "VPN", "DIRECT_CONNECT_GATEWAY", "HUB_PEERING")

/**
 * @since 0.2.0
 * @category Models
 */
export type CreateHubPrefixListTargetType = typeof CreateHubPrefixListTargetType.Type

/**
 * Component `networking.CreateHubPrefixList`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateHubPrefixList = Schema.Struct({
  /** The CIDR Ranges to include in the Prefix List. */
  Entries: Schema.Array(Schema.String),
  /** The maximum number of CIDR entries that can exist in the Prefix List. */
  MaxEntries: Schema.Number,
  /** Name of the Stax Prefix List. */
  Name: Schema.String,
  /** The TGW Route Table types to associate a HUB Prefix List with. */
  RouteTableTypes: optional(Schema.Array(openEnum("INFRASTRUCTURE", "ISOLATED", "ONPREMISES", "FLAT"))),
  Tags: optional(CommonModels.NetworkingTags),
  /** The Stax Id of either a VPN, VPC or Direct Connect Gateway which will be the target of the HUB Prefix List. */
  TargetId: optional(Schema.String),
  /** The type of the target for the HUB Prefix List associations. */
  TargetType: CreateHubPrefixListTargetType,
  /** The VPC Zones to associate a HUB Prefix List with. */
  Zones: optional(Schema.Array(Schema.String))
}).annotations({ identifier: "networking.CreateHubPrefixList" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateHubPrefixList extends Schema.Schema.Type<typeof CreateHubPrefixList> {}

/**
 * `networking.CreatePrefixListEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreatePrefixListEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  PrefixList: Schema.Struct({
    Id: CommonModels.RoUuidv4
  }),
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreatePrefixListEventDetail extends Schema.Schema.Type<typeof CreatePrefixListEventDetail> {}

/**
 * Component `networking.CreatePrefixListEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreatePrefixListEvent = Schema.Struct({
  Detail: CreatePrefixListEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.CreatePrefixListEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreatePrefixListEvent extends Schema.Schema.Type<typeof CreatePrefixListEvent> {}

/**
 * Size of the VPC.
 *
 * (`networking.CreateVpc.Size`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpcSize = openEnum("SMALL", "MEDIUM", "LARGE")

/**
 * @since 0.2.0
 * @category Models
 */
export type CreateVpcSize = typeof CreateVpcSize.Type

/**
 * Type of VPC. The Type determines what Route Tables are attached to the VPC
 *
 * (`networking.CreateVpc.Type`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpcType = openEnum("ISOLATED", "FLAT", "SHAREDSERVICES")

/**
 * @since 0.2.0
 * @category Models
 */
export type CreateVpcType = typeof CreateVpcType.Type

/**
 * Component `networking.CreateVpc`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpc = Schema.Struct({
  AccountId: CommonModels.Uuidv4,
  CidrRangeId: CommonModels.Uuidv4,
  /** Boolean value declaring to utilise a Cloudwatch log group for VPC Flow logs */
  CreateCloudwatchVpcFlowlogs: optional(Schema.Boolean),
  /** Boolean value declaring to create an Internet Gateway */
  CreateInternetGateway: Schema.Boolean,
  /** Boolean value declaring to create a Virtual Private Gateway */
  CreateVirtualPrivateGateway: optional(Schema.Boolean),
  /** Longer description of what the Stax VPC is used for. */
  Description: optional(Schema.String),
  GatewayEndpoints: optional(Schema.Array(CommonModels.GatewayEndpoint)),
  /** Name of Stax VPC */
  Name: Schema.String,
  /** The unique prefix to combine with the PhzSuffix to create a Route53 Private Hosted Zone for the VPC, cannot be modified once set */
  PhzPrefix: optional(Schema.String),
  Region: CommonModels.AwsRegion,
  /** Size of the VPC. */
  Size: CreateVpcSize,
  Tags: optional(CommonModels.NetworkingTags),
  /** Type of VPC. The Type determines what Route Tables are attached to the VPC */
  Type: CreateVpcType,
  /** ASN to assign to the Virtual Private Gateway */
  VirtualPrivateGatewayAsn: optional(Schema.Number),
  /** All 'Flat' VPCs in the same Zone can communicate to each other. */
  Zone: optional(Schema.String)
}).annotations({ identifier: "networking.CreateVpc" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpc extends Schema.Schema.Type<typeof CreateVpc> {}

/**
 * `networking.CreateVpcEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpcEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String),
  VPC: Schema.Struct({
    Id: CommonModels.RoUuidv4
  })
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpcEventDetail extends Schema.Schema.Type<typeof CreateVpcEventDetail> {}

/**
 * Component `networking.CreateVpcEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpcEvent = Schema.Struct({
  Detail: CreateVpcEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.CreateVpcEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpcEvent extends Schema.Schema.Type<typeof CreateVpcEvent> {}

/**
 * Component `networking.CreateVpcPrefixList`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpcPrefixList = Schema.Struct({
  /** The CIDR Ranges to include in the Prefix List. */
  Entries: Schema.Array(Schema.String),
  /** The maximum number of CIDR entries that can exist in the Prefix List. */
  MaxEntries: Schema.Number,
  /** Name of the Stax Prefix List. */
  Name: Schema.String,
  /** The subnet types to associate a VPC Prefix List with. */
  SubnetTypes: optional(Schema.Array(openEnum("PRIVATE", "PUBLIC", "RESTRICTED", "CONNECTIVITY", "ENDPOINT"))),
  Tags: optional(CommonModels.NetworkingTags),
  /** The list of Stax VPC Ids to associate a VPC Prefix List with. */
  VpcIds: optional(Schema.Array(CommonModels.Uuidv4)),
  /** The VPC types to associate a VPC Prefix List with. */
  VpcTypes: optional(Schema.Array(openEnum("TRANSIT", "ISOLATED", "FLAT", "SHAREDSERVICES"))),
  /** The VPC Zones to associate a VPC Prefix List with. */
  Zones: optional(Schema.Array(Schema.String))
}).annotations({ identifier: "networking.CreateVpcPrefixList" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpcPrefixList extends Schema.Schema.Type<typeof CreateVpcPrefixList> {}

/**
 * Component `networking.CreateVpnConnection`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpnConnection = Schema.Union(CommonModels.HubConnection, CommonModels.VpcConnection)

/**
 * @since 0.2.0
 * @category Models
 */
export type CreateVpnConnection = typeof CreateVpnConnection.Type

/**
 * `networking.CreateVpnConnectionEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpnConnectionEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String),
  VpnConnection: Schema.Struct({
    Id: CommonModels.RoUuidv4
  })
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpnConnectionEventDetail extends Schema.Schema.Type<typeof CreateVpnConnectionEventDetail> {}

/**
 * Component `networking.CreateVpnConnectionEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpnConnectionEvent = Schema.Struct({
  Detail: CreateVpnConnectionEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.CreateVpnConnectionEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpnConnectionEvent extends Schema.Schema.Type<typeof CreateVpnConnectionEvent> {}

/**
 * Component `networking.CreateVpnCustomerGateway`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpnCustomerGateway = Schema.Struct({
  AccountId: CommonModels.Uuidv4,
  /** ASN to assign to the VPN Customer Gateway. */
  Asn: Schema.Number,
  /** The Internet-routable IP address for the customer gateway's outside interface. The address must be static. */
  IpAddress: Schema.String,
  /** Name of Stax VPN Customer Gateway. */
  Name: Schema.String,
  Region: CommonModels.AwsRegion,
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.CreateVpnCustomerGateway" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpnCustomerGateway extends Schema.Schema.Type<typeof CreateVpnCustomerGateway> {}

/**
 * `networking.CreateVpnCustomerGatewayEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpnCustomerGatewayEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String),
  VpnCustomerGateway: Schema.Struct({
    Id: CommonModels.RoUuidv4
  })
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpnCustomerGatewayEventDetail extends Schema.Schema.Type<typeof CreateVpnCustomerGatewayEventDetail> {}

/**
 * Component `networking.CreateVpnCustomerGatewayEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateVpnCustomerGatewayEvent = Schema.Struct({
  Detail: CreateVpnCustomerGatewayEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.CreateVpnCustomerGatewayEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateVpnCustomerGatewayEvent extends Schema.Schema.Type<typeof CreateVpnCustomerGatewayEvent> {}

/**
 * `networking.DeleteDnsResolverEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteDnsResolverEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDnsResolverEventDetail extends Schema.Schema.Type<typeof DeleteDnsResolverEventDetail> {}

/**
 * Component `networking.DeleteDnsResolverEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteDnsResolverEvent = Schema.Struct({
  Detail: DeleteDnsResolverEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeleteDnsResolverEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDnsResolverEvent extends Schema.Schema.Type<typeof DeleteDnsResolverEvent> {}

/**
 * `networking.DeleteDnsRuleEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteDnsRuleEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDnsRuleEventDetail extends Schema.Schema.Type<typeof DeleteDnsRuleEventDetail> {}

/**
 * Component `networking.DeleteDnsRuleEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteDnsRuleEvent = Schema.Struct({
  Detail: DeleteDnsRuleEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeleteDnsRuleEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDnsRuleEvent extends Schema.Schema.Type<typeof DeleteDnsRuleEvent> {}

/**
 * `networking.DeleteDxAssociationEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteDxAssociationEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDxAssociationEventDetail extends Schema.Schema.Type<typeof DeleteDxAssociationEventDetail> {}

/**
 * Component `networking.DeleteDxAssociationEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteDxAssociationEvent = Schema.Struct({
  Detail: DeleteDxAssociationEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeleteDxAssociationEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDxAssociationEvent extends Schema.Schema.Type<typeof DeleteDxAssociationEvent> {}

/**
 * `networking.DeleteDxGatewayEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteDxGatewayEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDxGatewayEventDetail extends Schema.Schema.Type<typeof DeleteDxGatewayEventDetail> {}

/**
 * Component `networking.DeleteDxGatewayEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteDxGatewayEvent = Schema.Struct({
  Detail: DeleteDxGatewayEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeleteDxGatewayEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDxGatewayEvent extends Schema.Schema.Type<typeof DeleteDxGatewayEvent> {}

/**
 * `networking.DeleteDxVifEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteDxVifEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDxVifEventDetail extends Schema.Schema.Type<typeof DeleteDxVifEventDetail> {}

/**
 * Component `networking.DeleteDxVifEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteDxVifEvent = Schema.Struct({
  Detail: DeleteDxVifEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeleteDxVifEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteDxVifEvent extends Schema.Schema.Type<typeof DeleteDxVifEvent> {}

/**
 * `networking.DeleteHubEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteHubEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteHubEventDetail extends Schema.Schema.Type<typeof DeleteHubEventDetail> {}

/**
 * Component `networking.DeleteHubEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteHubEvent = Schema.Struct({
  Detail: DeleteHubEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeleteHubEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteHubEvent extends Schema.Schema.Type<typeof DeleteHubEvent> {}

/**
 * `networking.DeleteHubPeeringEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteHubPeeringEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteHubPeeringEventDetail extends Schema.Schema.Type<typeof DeleteHubPeeringEventDetail> {}

/**
 * Component `networking.DeleteHubPeeringEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteHubPeeringEvent = Schema.Struct({
  Detail: DeleteHubPeeringEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeleteHubPeeringEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteHubPeeringEvent extends Schema.Schema.Type<typeof DeleteHubPeeringEvent> {}

/**
 * `networking.DeletePrefixListEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeletePrefixListEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeletePrefixListEventDetail extends Schema.Schema.Type<typeof DeletePrefixListEventDetail> {}

/**
 * Component `networking.DeletePrefixListEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeletePrefixListEvent = Schema.Struct({
  Detail: DeletePrefixListEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeletePrefixListEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeletePrefixListEvent extends Schema.Schema.Type<typeof DeletePrefixListEvent> {}

/**
 * `networking.DeleteVpcEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteVpcEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVpcEventDetail extends Schema.Schema.Type<typeof DeleteVpcEventDetail> {}

/**
 * Component `networking.DeleteVpcEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteVpcEvent = Schema.Struct({
  Detail: DeleteVpcEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeleteVpcEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVpcEvent extends Schema.Schema.Type<typeof DeleteVpcEvent> {}

/**
 * `networking.DeleteVpnConnectionEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteVpnConnectionEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVpnConnectionEventDetail extends Schema.Schema.Type<typeof DeleteVpnConnectionEventDetail> {}

/**
 * Component `networking.DeleteVpnConnectionEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteVpnConnectionEvent = Schema.Struct({
  Detail: DeleteVpnConnectionEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeleteVpnConnectionEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVpnConnectionEvent extends Schema.Schema.Type<typeof DeleteVpnConnectionEvent> {}

/**
 * `networking.DeleteVpnCustomerGatewayEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteVpnCustomerGatewayEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVpnCustomerGatewayEventDetail extends Schema.Schema.Type<typeof DeleteVpnCustomerGatewayEventDetail> {}

/**
 * Component `networking.DeleteVpnCustomerGatewayEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteVpnCustomerGatewayEvent = Schema.Struct({
  Detail: DeleteVpnCustomerGatewayEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.DeleteVpnCustomerGatewayEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteVpnCustomerGatewayEvent extends Schema.Schema.Type<typeof DeleteVpnCustomerGatewayEvent> {}

/**
 * Component `networking.ReadCidrExclusions`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCidrExclusions = Schema.Struct({
  Exclusions: Schema.Array(CommonModels.CidrExclusion)
}).annotations({ identifier: "networking.ReadCidrExclusions" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadCidrExclusions extends Schema.Schema.Type<typeof ReadCidrExclusions> {}

/**
 * Component `networking.ReadCidrRanges`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCidrRanges = Schema.Struct({
  Ranges: Schema.Array(CommonModels.CidrRange)
}).annotations({ identifier: "networking.ReadCidrRanges" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadCidrRanges extends Schema.Schema.Type<typeof ReadCidrRanges> {}

/**
 * Component `networking.ReadDnsResolvers`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDnsResolvers = Schema.Struct({
  DnsResolvers: Schema.Array(CommonModels.DNSResolver)
}).annotations({ identifier: "networking.ReadDnsResolvers" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadDnsResolvers extends Schema.Schema.Type<typeof ReadDnsResolvers> {}

/**
 * Component `networking.ReadDnsRules`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDnsRules = Schema.Struct({
  DnsRules: Schema.Array(CommonModels.DNSRule)
}).annotations({ identifier: "networking.ReadDnsRules" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadDnsRules extends Schema.Schema.Type<typeof ReadDnsRules> {}

/**
 * Component `networking.ReadDxAssociations`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDxAssociations = Schema.Struct({
  DxAssociations: Schema.Array(CommonModels.DxAssociation)
}).annotations({ identifier: "networking.ReadDxAssociations" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadDxAssociations extends Schema.Schema.Type<typeof ReadDxAssociations> {}

/**
 * Component `networking.ReadDxConnections`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDxConnections = Schema.Struct({
  DxConnections: Schema.Array(CommonModels.DxConnection)
}).annotations({ identifier: "networking.ReadDxConnections" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadDxConnections extends Schema.Schema.Type<typeof ReadDxConnections> {}

/**
 * Component `networking.ReadDxGateways`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDxGateways = Schema.Struct({
  DxGateways: Schema.Array(CommonModels.DxGateway)
}).annotations({ identifier: "networking.ReadDxGateways" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadDxGateways extends Schema.Schema.Type<typeof ReadDxGateways> {}

/**
 * Component `networking.ReadDxVifStatus`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDxVifStatus = Schema.Struct({
  DxVifStatus: optional(CommonModels.DxVifStatus)
}).annotations({ identifier: "networking.ReadDxVifStatus" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadDxVifStatus extends Schema.Schema.Type<typeof ReadDxVifStatus> {}

/**
 * Component `networking.ReadDxVifs`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadDxVifs = Schema.Struct({
  DxVifs: Schema.Array(CommonModels.DxVif)
}).annotations({ identifier: "networking.ReadDxVifs" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadDxVifs extends Schema.Schema.Type<typeof ReadDxVifs> {}

/**
 * Component `networking.ReadHubPeerings`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadHubPeerings = Schema.Struct({
  HubPeerings: Schema.Array(CommonModels.HubPeering)
}).annotations({ identifier: "networking.ReadHubPeerings" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadHubPeerings extends Schema.Schema.Type<typeof ReadHubPeerings> {}

/**
 * Component `networking.ReadHubs`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadHubs = Schema.Struct({
  Hubs: Schema.Array(CommonModels.NetworkingHub)
}).annotations({ identifier: "networking.ReadHubs" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadHubs extends Schema.Schema.Type<typeof ReadHubs> {}

/**
 * Component `networking.ReadPrefixLists`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadPrefixLists = Schema.Struct({
  PrefixLists: Schema.Array(CommonModels.PrefixList)
}).annotations({ identifier: "networking.ReadPrefixLists" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadPrefixLists extends Schema.Schema.Type<typeof ReadPrefixLists> {}

/**
 * Component `networking.ReadVpcs`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadVpcs = Schema.Struct({
  Vpcs: Schema.Array(CommonModels.VPC)
}).annotations({ identifier: "networking.ReadVpcs" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadVpcs extends Schema.Schema.Type<typeof ReadVpcs> {}

/**
 * Component `networking.ReadVpnConnectionStatus`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadVpnConnectionStatus = Schema.Struct({
  VpnConnectionStatus: optional(CommonModels.VpnConnectionStatus)
}).annotations({ identifier: "networking.ReadVpnConnectionStatus" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadVpnConnectionStatus extends Schema.Schema.Type<typeof ReadVpnConnectionStatus> {}

/**
 * Component `networking.ReadVpnConnections`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadVpnConnections = Schema.Struct({
  VpnConnections: Schema.Array(CommonModels.VpnConnection)
}).annotations({ identifier: "networking.ReadVpnConnections" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadVpnConnections extends Schema.Schema.Type<typeof ReadVpnConnections> {}

/**
 * Component `networking.ReadVpnCustomerGateways`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadVpnCustomerGateways = Schema.Struct({
  VpnCustomerGateways: Schema.Array(CommonModels.VpnCustomerGateway)
}).annotations({ identifier: "networking.ReadVpnCustomerGateways" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadVpnCustomerGateways extends Schema.Schema.Type<typeof ReadVpnCustomerGateways> {}

/**
 * Component `networking.UpdateCidrExclusion`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateCidrExclusion = Schema.Struct({
  /** Longer description of what the CIDR Exclusion is used for. */
  Description: optional(Schema.String),
  /** Name of the CIDR Exclusion. */
  Name: optional(Schema.String),
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.UpdateCidrExclusion" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateCidrExclusion extends Schema.Schema.Type<typeof UpdateCidrExclusion> {}

/**
 * Component `networking.UpdateCidrRange`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateCidrRange = Schema.Struct({
  /** Longer description of what the CIDR Range is used for. */
  Description: optional(Schema.String),
  /** Name of the CIDR Range. */
  Name: optional(Schema.String),
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.UpdateCidrRange" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateCidrRange extends Schema.Schema.Type<typeof UpdateCidrRange> {}

/**
 * Component `networking.UpdateDnsResolver`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDnsResolver = Schema.Struct({
  /** Name of Stax DNS Resolver. */
  Name: optional(Schema.String),
  /** The number of ENIs to attach to the DNS Resolvers. */
  NumberOfInterfaces: optional(Schema.Number),
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.UpdateDnsResolver" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDnsResolver extends Schema.Schema.Type<typeof UpdateDnsResolver> {}

/**
 * `networking.UpdateDnsResolverEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDnsResolverEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDnsResolverEventDetail extends Schema.Schema.Type<typeof UpdateDnsResolverEventDetail> {}

/**
 * Component `networking.UpdateDnsResolverEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDnsResolverEvent = Schema.Struct({
  Detail: UpdateDnsResolverEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdateDnsResolverEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDnsResolverEvent extends Schema.Schema.Type<typeof UpdateDnsResolverEvent> {}

/**
 * Component `networking.UpdateDnsRule`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDnsRule = Schema.Struct({
  /** The IP Addresses to forward DNS queries to. */
  ForwarderIpAddresses: optional(Schema.Array(Schema.String)),
  /** Name of Stax DNS Rule. */
  Name: optional(Schema.String),
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.UpdateDnsRule" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDnsRule extends Schema.Schema.Type<typeof UpdateDnsRule> {}

/**
 * `networking.UpdateDnsRuleEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDnsRuleEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDnsRuleEventDetail extends Schema.Schema.Type<typeof UpdateDnsRuleEventDetail> {}

/**
 * Component `networking.UpdateDnsRuleEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDnsRuleEvent = Schema.Struct({
  Detail: UpdateDnsRuleEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdateDnsRuleEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDnsRuleEvent extends Schema.Schema.Type<typeof UpdateDnsRuleEvent> {}

/**
 * Component `networking.UpdateDxAssociation`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDxAssociation = Schema.Struct({
  /** The CIDR Ranges to advertise to on-premises. */
  Prefixes: optional(Schema.Array(Schema.String))
}).annotations({ identifier: "networking.UpdateDxAssociation" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDxAssociation extends Schema.Schema.Type<typeof UpdateDxAssociation> {}

/**
 * `networking.UpdateDxAssociationEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDxAssociationEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDxAssociationEventDetail extends Schema.Schema.Type<typeof UpdateDxAssociationEventDetail> {}

/**
 * Component `networking.UpdateDxAssociationEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDxAssociationEvent = Schema.Struct({
  Detail: UpdateDxAssociationEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdateDxAssociationEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDxAssociationEvent extends Schema.Schema.Type<typeof UpdateDxAssociationEvent> {}

/**
 * Component `networking.UpdateDxVif`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDxVif = Schema.Struct({
  /** Boolean value to enable Jumbo Frames. */
  JumboMtu: optional(Schema.Boolean),
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.UpdateDxVif" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDxVif extends Schema.Schema.Type<typeof UpdateDxVif> {}

/**
 * `networking.UpdateDxVifEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDxVifEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDxVifEventDetail extends Schema.Schema.Type<typeof UpdateDxVifEventDetail> {}

/**
 * Component `networking.UpdateDxVifEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateDxVifEvent = Schema.Struct({
  Detail: UpdateDxVifEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdateDxVifEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateDxVifEvent extends Schema.Schema.Type<typeof UpdateDxVifEvent> {}

/**
 * Component `networking.UpdateHub`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateHub = Schema.Struct({
  /** Boolean value declaring to utilise a Cloudwatch log group for VPC Flow logs */
  CreateCloudwatchVpcFlowlogs: optional(Schema.Boolean),
  /** Boolean value declaring to create an Internet Gateway */
  CreateInternetGateway: optional(Schema.Boolean),
  /** Boolean value declaring to create a NAT Gateway */
  CreateNatGateway: optional(Schema.Boolean),
  /** Boolean value declaring to create a Virtual Private Gateway */
  CreateVirtualPrivateGateway: optional(Schema.Boolean),
  /** Longer description of what the Stax Networking Hub is used for. */
  Description: optional(Schema.String),
  GatewayEndpoints: optional(Schema.Array(CommonModels.GatewayEndpoint)),
  InterfaceEndpoints: optional(Schema.Array(CommonModels.InterfaceEndpoint)),
  /** Name of Stax Networking Hub */
  Name: optional(Schema.String),
  /** The suffix used to create Route53 Private Hosted Zones names within the Networking Hub, cannot be modified once set */
  PhzSuffix: optional(Schema.String),
  /** Boolean value declaring if redundant Interface VPC Endpoints will be created */
  RedundantEndpoints: optional(Schema.Boolean),
  /** Boolean value declaring to create redundant NAT Gateways */
  RedundantNat: optional(Schema.Boolean),
  Tags: optional(CommonModels.NetworkingTags),
  /** ASN to assign to the Virtual Private Gateway */
  VirtualPrivateGatewayAsn: optional(Schema.Number)
}).annotations({ identifier: "networking.UpdateHub" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateHub extends Schema.Schema.Type<typeof UpdateHub> {}

/**
 * `networking.UpdateHubEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateHubEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateHubEventDetail extends Schema.Schema.Type<typeof UpdateHubEventDetail> {}

/**
 * Component `networking.UpdateHubEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateHubEvent = Schema.Struct({
  Detail: UpdateHubEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdateHubEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateHubEvent extends Schema.Schema.Type<typeof UpdateHubEvent> {}

/**
 * Component `networking.UpdateHubPeering`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateHubPeering = Schema.Struct({
  /** The Name of the Hub Peering. */
  Name: optional(Schema.String),
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.UpdateHubPeering" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateHubPeering extends Schema.Schema.Type<typeof UpdateHubPeering> {}

/**
 * `networking.UpdateHubPeeringEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateHubPeeringEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateHubPeeringEventDetail extends Schema.Schema.Type<typeof UpdateHubPeeringEventDetail> {}

/**
 * Component `networking.UpdateHubPeeringEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateHubPeeringEvent = Schema.Struct({
  Detail: UpdateHubPeeringEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdateHubPeeringEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateHubPeeringEvent extends Schema.Schema.Type<typeof UpdateHubPeeringEvent> {}

/**
 * Component `networking.UpdateHubPrefixListAssociation`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateHubPrefixListAssociation = Schema.Struct({
  /** The TGW Route Table types to associate a HUB Prefix List with. */
  RouteTableTypes: optional(Schema.Array(openEnum("INFRASTRUCTURE", "ISOLATED", "ONPREMISES", "FLAT"))),
  /** The VPC Zones to associate a HUB Prefix List with. */
  Zones: optional(Schema.Array(Schema.String))
}).annotations({ identifier: "networking.UpdateHubPrefixListAssociation" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateHubPrefixListAssociation extends Schema.Schema.Type<typeof UpdateHubPrefixListAssociation> {}

/**
 * The type of the target for the HUB Prefix List associations.
 *
 * (`networking.UpdatePrefixList.TargetType`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdatePrefixListTargetType = openEnum("BLACKHOLE", "VPC", "VPN", "DIRECT_CONNECT_GATEWAY", "HUB_PEERING")

/**
 * @since 0.2.0
 * @category Models
 */
export type UpdatePrefixListTargetType = typeof UpdatePrefixListTargetType.Type

/**
 * Component `networking.UpdatePrefixList`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdatePrefixList = Schema.Struct({
  /** The CIDR Ranges to include in the Prefix List. */
  Entries: optional(Schema.Array(Schema.String)),
  /** The maximum number of CIDR entries that can exist in the Prefix List. */
  MaxEntries: optional(Schema.Number),
  /** Name of the Stax Prefix List. */
  Name: optional(Schema.String),
  Tags: optional(CommonModels.NetworkingTags),
  /** The Stax Id of either a VPN, VPC or Direct Connect Gateway which will be the target of the HUB Prefix List. */
  TargetId: optional(Schema.String),
  /** The type of the target for the HUB Prefix List associations. */
  TargetType: optional(UpdatePrefixListTargetType)
}).annotations({ identifier: "networking.UpdatePrefixList" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdatePrefixList extends Schema.Schema.Type<typeof UpdatePrefixList> {}

/**
 * `networking.UpdatePrefixListAssociationEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdatePrefixListAssociationEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdatePrefixListAssociationEventDetail extends Schema.Schema.Type<typeof UpdatePrefixListAssociationEventDetail> {}

/**
 * Component `networking.UpdatePrefixListAssociationEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdatePrefixListAssociationEvent = Schema.Struct({
  Detail: UpdatePrefixListAssociationEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdatePrefixListAssociationEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdatePrefixListAssociationEvent extends Schema.Schema.Type<typeof UpdatePrefixListAssociationEvent> {}

/**
 * `networking.UpdatePrefixListEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdatePrefixListEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdatePrefixListEventDetail extends Schema.Schema.Type<typeof UpdatePrefixListEventDetail> {}

/**
 * Component `networking.UpdatePrefixListEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdatePrefixListEvent = Schema.Struct({
  Detail: UpdatePrefixListEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdatePrefixListEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdatePrefixListEvent extends Schema.Schema.Type<typeof UpdatePrefixListEvent> {}

/**
 * Component `networking.UpdateVpc`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateVpc = Schema.Struct({
  /** Boolean value declaring to utilise a Cloudwatch log group for VPC Flow logs */
  CreateCloudwatchVpcFlowlogs: optional(Schema.Boolean),
  /** Boolean value declaring to create an Internet Gateway */
  CreateInternetGateway: optional(Schema.Boolean),
  /** Boolean value declaring to create a Virtual Private Gateway */
  CreateVirtualPrivateGateway: optional(Schema.Boolean),
  /** Longer description of what this VPC is used for. */
  Description: optional(Schema.String),
  GatewayEndpoints: optional(Schema.Array(CommonModels.GatewayEndpoint)),
  /** Name of the Stax VPC */
  Name: optional(Schema.String),
  /** The unique prefix to combine with the PhzSuffix to create a Route53 Private Hosted Zone for the VPC, cannot be modified once set */
  PhzPrefix: optional(Schema.String),
  Tags: optional(CommonModels.NetworkingTags),
  /** ASN to assign to the Virtual Private Gateway */
  VirtualPrivateGatewayAsn: optional(Schema.Number)
}).annotations({ identifier: "networking.UpdateVpc" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpc extends Schema.Schema.Type<typeof UpdateVpc> {}

/**
 * `networking.UpdateVpcEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateVpcEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpcEventDetail extends Schema.Schema.Type<typeof UpdateVpcEventDetail> {}

/**
 * Component `networking.UpdateVpcEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateVpcEvent = Schema.Struct({
  Detail: UpdateVpcEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdateVpcEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpcEvent extends Schema.Schema.Type<typeof UpdateVpcEvent> {}

/**
 * Component `networking.UpdateVpcPrefixListAssociation`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateVpcPrefixListAssociation = Schema.Struct({
  /** The subnet types to associate a VPC Prefix List with. */
  SubnetTypes: optional(Schema.Array(openEnum("PRIVATE", "PUBLIC", "RESTRICTED", "CONNECTIVITY", "ENDPOINT"))),
  /** The list of Stax VPC Ids to associate a VPC Prefix List with. */
  VpcIds: optional(Schema.Array(CommonModels.Uuidv4)),
  /** The VPC types to associate a VPC Prefix List with. */
  VpcTypes: optional(Schema.Array(openEnum("TRANSIT", "ISOLATED", "FLAT", "SHAREDSERVICES"))),
  /** The VPC Zones to associate a VPC Prefix List with. */
  Zones: optional(Schema.Array(Schema.String))
}).annotations({ identifier: "networking.UpdateVpcPrefixListAssociation" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpcPrefixListAssociation extends Schema.Schema.Type<typeof UpdateVpcPrefixListAssociation> {}

/**
 * Component `networking.UpdateVpnConnection`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateVpnConnection = Schema.Struct({
  /** Name of Stax VPN Connection. */
  Name: optional(Schema.String),
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.UpdateVpnConnection" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpnConnection extends Schema.Schema.Type<typeof UpdateVpnConnection> {}

/**
 * `networking.UpdateVpnConnectionEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateVpnConnectionEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpnConnectionEventDetail extends Schema.Schema.Type<typeof UpdateVpnConnectionEventDetail> {}

/**
 * Component `networking.UpdateVpnConnectionEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateVpnConnectionEvent = Schema.Struct({
  Detail: UpdateVpnConnectionEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdateVpnConnectionEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpnConnectionEvent extends Schema.Schema.Type<typeof UpdateVpnConnectionEvent> {}

/**
 * Component `networking.UpdateVpnCustomerGateway`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateVpnCustomerGateway = Schema.Struct({
  /** Name of Stax VPN Customer Gateway. */
  Name: optional(Schema.String),
  Tags: optional(CommonModels.NetworkingTags)
}).annotations({ identifier: "networking.UpdateVpnCustomerGateway" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpnCustomerGateway extends Schema.Schema.Type<typeof UpdateVpnCustomerGateway> {}

/**
 * `networking.UpdateVpnCustomerGatewayEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateVpnCustomerGatewayEventDetail = Schema.Struct({
  Message: optional(CommonModels.MessageEventDetail),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TraceId: optional(Schema.String)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpnCustomerGatewayEventDetail extends Schema.Schema.Type<typeof UpdateVpnCustomerGatewayEventDetail> {}

/**
 * Component `networking.UpdateVpnCustomerGatewayEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateVpnCustomerGatewayEvent = Schema.Struct({
  Detail: UpdateVpnCustomerGatewayEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "networking.UpdateVpnCustomerGatewayEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateVpnCustomerGatewayEvent extends Schema.Schema.Type<typeof UpdateVpnCustomerGatewayEvent> {}
