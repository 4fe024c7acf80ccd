/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The registry of the Stax cloud operations: one entry per operation id, for the stand-in and the CLI.
 *
 * @since 0.2.0
 */
import * as Operation from "../../core/Operation.js"
import { accountsOperations } from "./Accounts.js"
import { insightsOperations } from "./Insights.js"
import { networkingOperations } from "./Networking.js"
import { organisationsOperations } from "./Organisations.js"
import { policiesOperations } from "./Policies.js"
import { publicOperations } from "./Public.js"
import { servicesOperations } from "./Services.js"
import { tasksOperations } from "./Tasks.js"
import { teamsOperations } from "./Teams.js"
import { workloadsOperations } from "./Workloads.js"

/**
 * An operation id of the Stax cloud API and how it is called.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CloudOperationSpec {
  /** The document's `x-stax-sdk-operation-id` (`networking.ReadVpcs`). */
  readonly id: string
  /** The service (`Networking`). */
  readonly service: string
  /** The service's method (`readVpcs`). */
  readonly method: string
  readonly operation: Operation.Operation<any, any>
  /** The path templates below `/20190206`, most parameters first. */
  readonly routes: ReadonlyArray<string>
  readonly http: Operation.Method
  /** Whether the operation sends a JSON body: always, optionally, or never. */
  readonly body: "json" | "optional" | "none"
  /** Where the 200 answer carries a task id, shallowest first. */
  readonly taskId: ReadonlyArray<ReadonlyArray<string>>
  /** Paged operations: the answer's items field; `nestedIn`: `Paging` sits in each item of that field. */
  readonly paging?: { readonly items: string; readonly nestedIn?: string }
  /** The document's summary of the operation. */
  readonly description: string
}

/**
 * Every operation id of the Stax cloud API (138), by id.
 *
 * @since 0.2.0
 * @category Registry
 */
export const cloudOperations: ReadonlyArray<CloudOperationSpec> = [
  {
    id: "accounts.CloseAccount",
    service: "Accounts",
    method: "closeAccount",
    operation: accountsOperations.closeAccount,
    routes: ["/accounts/close"],
    http: "POST",
    body: "json",
    taskId: [["TaskId"]],
    description: "Close Account"
  },
  {
    id: "accounts.CreateAccount",
    service: "Accounts",
    method: "createAccount",
    operation: accountsOperations.createAccount,
    routes: ["/accounts"],
    http: "POST",
    body: "json",
    taskId: [["TaskId"]],
    description: "Create Account"
  },
  {
    id: "accounts.CreateAccountType",
    service: "Accounts",
    method: "createAccountType",
    operation: accountsOperations.createAccountType,
    routes: ["/accounts/types"],
    http: "POST",
    body: "json",
    taskId: [],
    description: "Create Account Type"
  },
  {
    id: "accounts.DeleteAccountType",
    service: "Accounts",
    method: "deleteAccountType",
    operation: accountsOperations.deleteAccountType,
    routes: ["/accounts/types/{account_type_id}"],
    http: "DELETE",
    body: "none",
    taskId: [],
    description: "Delete Account Type"
  },
  {
    id: "accounts.DiscoverAccounts",
    service: "Accounts",
    method: "discoverAccounts",
    operation: accountsOperations.discoverAccounts,
    routes: ["/accounts/discover/{aws_account_id}", "/accounts/discover"],
    http: "POST",
    body: "none",
    taskId: [["TaskId"], ["Detail", "Message", "TaskId"]],
    description: "Discover Accounts"
  },
  {
    id: "accounts.OnboardAccount",
    service: "Accounts",
    method: "onboardAccount",
    operation: accountsOperations.onboardAccount,
    routes: ["/accounts/onboard"],
    http: "POST",
    body: "json",
    taskId: [["TaskId"]],
    description: "Onboard AWS Account"
  },
  {
    id: "accounts.ReadAccountPolicyAttachments",
    service: "Accounts",
    method: "readAccountPolicyAttachments",
    operation: accountsOperations.readAccountPolicyAttachments,
    routes: ["/accounts/{account_id}/policies"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Account Policy Attachments"
  },
  {
    id: "accounts.ReadAccountTypes",
    service: "Accounts",
    method: "readAccountTypes",
    operation: accountsOperations.readAccountTypes,
    routes: ["/accounts/types/{account_type_id}", "/accounts/types"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Account Types"
  },
  {
    id: "accounts.ReadAccounts",
    service: "Accounts",
    method: "readAccounts",
    operation: accountsOperations.readAccounts,
    routes: ["/accounts/{account_id}", "/accounts"],
    http: "GET",
    body: "none",
    taskId: [],
    paging: { items: "Accounts" },
    description: "Fetch Accounts"
  },
  {
    id: "accounts.UpdateAccount",
    service: "Accounts",
    method: "updateAccount",
    operation: accountsOperations.updateAccount,
    routes: ["/accounts/{account_id}"],
    http: "PUT",
    body: "json",
    taskId: [["TaskId"]],
    description: "Update Account"
  },
  {
    id: "accounts.UpdateAccountType",
    service: "Accounts",
    method: "updateAccountType",
    operation: accountsOperations.updateAccountType,
    routes: ["/accounts/types/{account_type_id}"],
    http: "PUT",
    body: "json",
    taskId: [],
    description: "Update Account Type"
  },
  {
    id: "accounts.UpdateAccountTypeAccess",
    service: "Accounts",
    method: "updateAccountTypeAccess",
    operation: accountsOperations.updateAccountTypeAccess,
    routes: ["/accounts/types/access"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "TaskId"]],
    description: "Update AWS access"
  },
  {
    id: "accounts.UpdateAccountTypeMembers",
    service: "Accounts",
    method: "updateAccountTypeMembers",
    operation: accountsOperations.updateAccountTypeMembers,
    routes: ["/account-types/members"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "TaskId"]],
    description: "Update Account Type members"
  },
  {
    id: "insights.ReadInsights",
    service: "Insights",
    method: "readInsights",
    operation: insightsOperations.readInsights,
    routes: ["/insights"],
    http: "GET",
    body: "none",
    taskId: [],
    paging: { items: "Insights" },
    description: "Fetch Insights"
  },
  {
    id: "networking.CreateCidrExclusion",
    service: "Networking",
    method: "createCidrExclusion",
    operation: networkingOperations.createCidrExclusion,
    routes: ["/networking/hubs/{hub_id}/exclusions"],
    http: "POST",
    body: "json",
    taskId: [],
    description: "Create CIDR Exclusion"
  },
  {
    id: "networking.CreateCidrRange",
    service: "Networking",
    method: "createCidrRange",
    operation: networkingOperations.createCidrRange,
    routes: ["/networking/hubs/{hub_id}/ranges"],
    http: "POST",
    body: "json",
    taskId: [],
    description: "Create CIDR Range"
  },
  {
    id: "networking.CreateDnsResolver",
    service: "Networking",
    method: "createDnsResolver",
    operation: networkingOperations.createDnsResolver,
    routes: ["/networking/hubs/{hub_id}/dnsresolvers"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Create DNS Resolver"
  },
  {
    id: "networking.CreateDnsRule",
    service: "Networking",
    method: "createDnsRule",
    operation: networkingOperations.createDnsRule,
    routes: ["/networking/dnsresolvers/{dns_resolver_id}/dnsrules"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Create DNS Rule"
  },
  {
    id: "networking.CreateDxAssociation",
    service: "Networking",
    method: "createDxAssociation",
    operation: networkingOperations.createDxAssociation,
    routes: ["/networking/dxgateways/{dx_gateway_id}/dxassociations"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Create DX Association"
  },
  {
    id: "networking.CreateDxResource",
    service: "Networking",
    method: "createDxResource",
    operation: networkingOperations.createDxResource,
    routes: ["/networking/dxresources"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Create DX Resources"
  },
  {
    id: "networking.CreateHub",
    service: "Networking",
    method: "createHub",
    operation: networkingOperations.createHub,
    routes: ["/networking/hubs"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Create Networking Hub"
  },
  {
    id: "networking.CreateHubPeering",
    service: "Networking",
    method: "createHubPeering",
    operation: networkingOperations.createHubPeering,
    routes: ["/networking/hubs/{networking_hub_id}/hubpeerings"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Create a Hub Peering"
  },
  {
    id: "networking.CreateHubPrefixList",
    service: "Networking",
    method: "createHubPrefixList",
    operation: networkingOperations.createHubPrefixList,
    routes: ["/networking/hubs/{hub_id}/prefixlists/hubs"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Create a Hub Prefix List"
  },
  {
    id: "networking.CreateVpc",
    service: "Networking",
    method: "createVpc",
    operation: networkingOperations.createVpc,
    routes: ["/networking/hubs/{hub_id}/vpcs"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Create VPC"
  },
  {
    id: "networking.CreateVpcPrefixList",
    service: "Networking",
    method: "createVpcPrefixList",
    operation: networkingOperations.createVpcPrefixList,
    routes: ["/networking/hubs/{hub_id}/prefixlists/vpcs"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Create a VPC Prefix List"
  },
  {
    id: "networking.CreateVpnConnection",
    service: "Networking",
    method: "createVpnConnection",
    operation: networkingOperations.createVpnConnection,
    routes: ["/networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnection"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Create VPN Connection"
  },
  {
    id: "networking.CreateVpnCustomerGateway",
    service: "Networking",
    method: "createVpnCustomerGateway",
    operation: networkingOperations.createVpnCustomerGateway,
    routes: ["/networking/vpncustomergateways"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Creates a Stax VPN Customer Gateway"
  },
  {
    id: "networking.DeleteCidrExclusion",
    service: "Networking",
    method: "deleteCidrExclusion",
    operation: networkingOperations.deleteCidrExclusion,
    routes: ["/networking/exclusions/{exclusion_id}"],
    http: "DELETE",
    body: "none",
    taskId: [],
    description: "Delete CIDR Exclusion"
  },
  {
    id: "networking.DeleteCidrRange",
    service: "Networking",
    method: "deleteCidrRange",
    operation: networkingOperations.deleteCidrRange,
    routes: ["/networking/ranges/{range_id}"],
    http: "DELETE",
    body: "none",
    taskId: [],
    description: "Delete CIDR Range"
  },
  {
    id: "networking.DeleteDnsResolver",
    service: "Networking",
    method: "deleteDnsResolver",
    operation: networkingOperations.deleteDnsResolver,
    routes: ["/networking/dnsresolvers/{dns_resolver_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete DNS Resolver"
  },
  {
    id: "networking.DeleteDnsRule",
    service: "Networking",
    method: "deleteDnsRule",
    operation: networkingOperations.deleteDnsRule,
    routes: ["/networking/dnsrules/{dns_rule_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete DNS Rule"
  },
  {
    id: "networking.DeleteDxAssociation",
    service: "Networking",
    method: "deleteDxAssociation",
    operation: networkingOperations.deleteDxAssociation,
    routes: ["/networking/dxassociations/{dx_association_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete DX Association"
  },
  {
    id: "networking.DeleteDxGateway",
    service: "Networking",
    method: "deleteDxGateway",
    operation: networkingOperations.deleteDxGateway,
    routes: ["/networking/dxgateways/{dx_gateway_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete DX Gateway"
  },
  {
    id: "networking.DeleteDxVif",
    service: "Networking",
    method: "deleteDxVif",
    operation: networkingOperations.deleteDxVif,
    routes: ["/networking/dxvifs/{dx_vif_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete DX Vif"
  },
  {
    id: "networking.DeleteHub",
    service: "Networking",
    method: "deleteHub",
    operation: networkingOperations.deleteHub,
    routes: ["/networking/hubs/{hub_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete Networking Hub"
  },
  {
    id: "networking.DeleteHubPeering",
    service: "Networking",
    method: "deleteHubPeering",
    operation: networkingOperations.deleteHubPeering,
    routes: ["/networking/hubpeerings/{hub_peering_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete Hub Peering"
  },
  {
    id: "networking.DeletePrefixList",
    service: "Networking",
    method: "deletePrefixList",
    operation: networkingOperations.deletePrefixList,
    routes: ["/networking/prefixlists/{prefix_list_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete Prefix List"
  },
  {
    id: "networking.DeleteVpc",
    service: "Networking",
    method: "deleteVpc",
    operation: networkingOperations.deleteVpc,
    routes: ["/networking/vpcs/{vpc_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete VPC"
  },
  {
    id: "networking.DeleteVpnConnection",
    service: "Networking",
    method: "deleteVpnConnection",
    operation: networkingOperations.deleteVpnConnection,
    routes: ["/networking/vpnconnections/{vpn_connection_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete VPN Conection"
  },
  {
    id: "networking.DeleteVpnCustomerGateway",
    service: "Networking",
    method: "deleteVpnCustomerGateway",
    operation: networkingOperations.deleteVpnCustomerGateway,
    routes: ["/networking/vpncustomergateways/{vpn_customer_gateway_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete a Stax VPN Customer Gateway"
  },
  {
    id: "networking.ReadCidrExclusions",
    service: "Networking",
    method: "readCidrExclusions",
    operation: networkingOperations.readCidrExclusions,
    routes: ["/networking/exclusions/{exclusion_id}", "/networking/hubs/{hub_id}/exclusions", "/networking/exclusions"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch CIDR Exclusions"
  },
  {
    id: "networking.ReadCidrRanges",
    service: "Networking",
    method: "readCidrRanges",
    operation: networkingOperations.readCidrRanges,
    routes: ["/networking/hubs/{hub_id}/ranges", "/networking/ranges/{range_id}", "/networking/ranges"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Hub CIDR Ranges"
  },
  {
    id: "networking.ReadDnsResolvers",
    service: "Networking",
    method: "readDnsResolvers",
    operation: networkingOperations.readDnsResolvers,
    routes: ["/networking/dnsresolvers/{dns_resolver_id}", "/networking/hubs/{hub_id}/dnsresolvers", "/networking/dnsresolvers"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch DNS Resolvers"
  },
  {
    id: "networking.ReadDnsRules",
    service: "Networking",
    method: "readDnsRules",
    operation: networkingOperations.readDnsRules,
    routes: ["/networking/dnsresolvers/{dns_resolver_id}/dnsrules", "/networking/dnsrules/{dns_rule_id}", "/networking/dnsrules"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Resolver DNS Rules"
  },
  {
    id: "networking.ReadDxAssociations",
    service: "Networking",
    method: "readDxAssociations",
    operation: networkingOperations.readDxAssociations,
    routes: ["/networking/dxassociations/{dx_association_id}", "/networking/dxgateways/{dx_gateway_id}/dxassociations", "/networking/hubs/{hub_id}/dxassociations", "/networking/dxassociations"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch DX Associations"
  },
  {
    id: "networking.ReadDxConnections",
    service: "Networking",
    method: "readDxConnections",
    operation: networkingOperations.readDxConnections,
    routes: ["/networking/{account_id}/dxconnections"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch DX Connections"
  },
  {
    id: "networking.ReadDxGateways",
    service: "Networking",
    method: "readDxGateways",
    operation: networkingOperations.readDxGateways,
    routes: ["/networking/dxgateways/{dx_gateway_id}", "/networking/hubs/{hub_id}/dxgateways", "/networking/dxgateways"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch DX Gateways"
  },
  {
    id: "networking.ReadDxVifStatus",
    service: "Networking",
    method: "readDxVifStatus",
    operation: networkingOperations.readDxVifStatus,
    routes: ["/networking/dxvifs/{dx_vif_id}/status"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch DX VIF Status"
  },
  {
    id: "networking.ReadDxVifs",
    service: "Networking",
    method: "readDxVifs",
    operation: networkingOperations.readDxVifs,
    routes: ["/networking/dxgateways/{dx_gateway_id}/dxvifs", "/networking/dxvifs/{dx_vif_id}", "/networking/dxvifs"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Gateway DX Vifs"
  },
  {
    id: "networking.ReadHubHubPeerings",
    service: "Networking",
    method: "readHubHubPeerings",
    operation: networkingOperations.readHubHubPeerings,
    routes: ["/networking/hubs/{networking_hub_id}/hubpeerings"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Networking Hub Hub Peerings"
  },
  {
    id: "networking.ReadHubPeering",
    service: "Networking",
    method: "readHubPeering",
    operation: networkingOperations.readHubPeering,
    routes: ["/networking/hubpeerings/{hub_peering_id}"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Hub Peering"
  },
  {
    id: "networking.ReadHubPeerings",
    service: "Networking",
    method: "readHubPeerings",
    operation: networkingOperations.readHubPeerings,
    routes: ["/networking/hubpeerings"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Hub Peerings"
  },
  {
    id: "networking.ReadHubPrefixLists",
    service: "Networking",
    method: "readHubPrefixLists",
    operation: networkingOperations.readHubPrefixLists,
    routes: ["/networking/hubs/{hub_id}/prefixlists"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Networking Hub Prefix Lists"
  },
  {
    id: "networking.ReadHubs",
    service: "Networking",
    method: "readHubs",
    operation: networkingOperations.readHubs,
    routes: ["/networking/hubs/{hub_id}", "/networking/hubs"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Networking Hubs"
  },
  {
    id: "networking.ReadPrefixList",
    service: "Networking",
    method: "readPrefixList",
    operation: networkingOperations.readPrefixList,
    routes: ["/networking/prefixlists/{prefix_list_id}"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Prefix List"
  },
  {
    id: "networking.ReadPrefixLists",
    service: "Networking",
    method: "readPrefixLists",
    operation: networkingOperations.readPrefixLists,
    routes: ["/networking/prefixlists"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Prefix Lists"
  },
  {
    id: "networking.ReadVpcs",
    service: "Networking",
    method: "readVpcs",
    operation: networkingOperations.readVpcs,
    routes: ["/networking/hubs/{hub_id}/vpcs", "/networking/vpcs/{vpc_id}", "/networking/vpcs"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Hub VPCs"
  },
  {
    id: "networking.ReadVpnConnectionStatus",
    service: "Networking",
    method: "readVpnConnectionStatus",
    operation: networkingOperations.readVpnConnectionStatus,
    routes: ["/networking/vpnconnections/{vpn_connection_id}/status"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch VPN Connection Status"
  },
  {
    id: "networking.ReadVpnConnections",
    service: "Networking",
    method: "readVpnConnections",
    operation: networkingOperations.readVpnConnections,
    routes: ["/networking/hubs/{hub_id}/vpnconnections", "/networking/vpnconnections/{vpn_connection_id}", "/networking/vpncustomergateways/{vpn_customer_gateway_id}/vpnconnections", "/networking/vpnconnections"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Hub VPN Connections"
  },
  {
    id: "networking.ReadVpnCustomerGateways",
    service: "Networking",
    method: "readVpnCustomerGateways",
    operation: networkingOperations.readVpnCustomerGateways,
    routes: ["/networking/hubs/{hub_id}/vpncustomergateways", "/networking/vpncustomergateways/{vpn_customer_gateway_id}", "/networking/vpncustomergateways"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Hub VPN Customer Gateways"
  },
  {
    id: "networking.UpdateCidrExclusion",
    service: "Networking",
    method: "updateCidrExclusion",
    operation: networkingOperations.updateCidrExclusion,
    routes: ["/networking/exclusions/{exclusion_id}"],
    http: "PUT",
    body: "json",
    taskId: [],
    description: "Update CIDR Exclusion"
  },
  {
    id: "networking.UpdateCidrRange",
    service: "Networking",
    method: "updateCidrRange",
    operation: networkingOperations.updateCidrRange,
    routes: ["/networking/ranges/{range_id}"],
    http: "PUT",
    body: "json",
    taskId: [],
    description: "Update CIDR Range"
  },
  {
    id: "networking.UpdateDnsResolver",
    service: "Networking",
    method: "updateDnsResolver",
    operation: networkingOperations.updateDnsResolver,
    routes: ["/networking/dnsresolvers/{dns_resolver_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update DNS Resolver"
  },
  {
    id: "networking.UpdateDnsRule",
    service: "Networking",
    method: "updateDnsRule",
    operation: networkingOperations.updateDnsRule,
    routes: ["/networking/dnsrules/{dns_rule_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update DNS Rule"
  },
  {
    id: "networking.UpdateDxAssociation",
    service: "Networking",
    method: "updateDxAssociation",
    operation: networkingOperations.updateDxAssociation,
    routes: ["/networking/dxassociations/{dx_association_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update DX Association"
  },
  {
    id: "networking.UpdateDxVif",
    service: "Networking",
    method: "updateDxVif",
    operation: networkingOperations.updateDxVif,
    routes: ["/networking/dxvifs/{dx_vif_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update DX VIf"
  },
  {
    id: "networking.UpdateHub",
    service: "Networking",
    method: "updateHub",
    operation: networkingOperations.updateHub,
    routes: ["/networking/hubs/{hub_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update Networking Hub"
  },
  {
    id: "networking.UpdateHubPeering",
    service: "Networking",
    method: "updateHubPeering",
    operation: networkingOperations.updateHubPeering,
    routes: ["/networking/hubpeerings/{hub_peering_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update Hub Peering"
  },
  {
    id: "networking.UpdateHubPrefixListAssociation",
    service: "Networking",
    method: "updateHubPrefixListAssociation",
    operation: networkingOperations.updateHubPrefixListAssociation,
    routes: ["/networking/prefixlists/hubs/{prefix_list_id}/associations"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update Hub Prefix List associations"
  },
  {
    id: "networking.UpdatePrefixList",
    service: "Networking",
    method: "updatePrefixList",
    operation: networkingOperations.updatePrefixList,
    routes: ["/networking/prefixlists/{prefix_list_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update Prefix List"
  },
  {
    id: "networking.UpdateVpc",
    service: "Networking",
    method: "updateVpc",
    operation: networkingOperations.updateVpc,
    routes: ["/networking/vpcs/{vpc_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update VPC"
  },
  {
    id: "networking.UpdateVpcPrefixListAssociation",
    service: "Networking",
    method: "updateVpcPrefixListAssociation",
    operation: networkingOperations.updateVpcPrefixListAssociation,
    routes: ["/networking/prefixlists/vpcs/{prefix_list_id}/associations"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update VPC Prefix List associations"
  },
  {
    id: "networking.UpdateVpnConnection",
    service: "Networking",
    method: "updateVpnConnection",
    operation: networkingOperations.updateVpnConnection,
    routes: ["/networking/vpnconnections/{vpn_connection_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Update VPN Conection"
  },
  {
    id: "networking.UpdateVpnCustomerGateway",
    service: "Networking",
    method: "updateVpnCustomerGateway",
    operation: networkingOperations.updateVpnCustomerGateway,
    routes: ["/networking/vpncustomergateways/{vpn_customer_gateway_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Updates a Stax VPN Customer Gateway"
  },
  {
    id: "organisations.AttachPolicy",
    service: "Organisations",
    method: "attachPolicy",
    operation: organisationsOperations.attachPolicy,
    routes: ["/policies/organisation/{policy_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "TaskId"]],
    description: "Attach Policy to Organisation"
  },
  {
    id: "organisations.CreateOrganisationalUnit",
    service: "Organisations",
    method: "createOrganisationalUnit",
    operation: organisationsOperations.createOrganisationalUnit,
    routes: ["/organisations/organisational-units"],
    http: "POST",
    body: "optional",
    taskId: [["Detail", "TaskId"]],
    description: "Create Organisational Unit"
  },
  {
    id: "organisations.CreatePolicy",
    service: "Organisations",
    method: "createPolicy",
    operation: organisationsOperations.createPolicy,
    routes: ["/policies"],
    http: "POST",
    body: "optional",
    taskId: [["Detail", "TaskId"]],
    description: "Create Policy"
  },
  {
    id: "organisations.DeleteOrganisationalUnit",
    service: "Organisations",
    method: "deleteOrganisationalUnit",
    operation: organisationsOperations.deleteOrganisationalUnit,
    routes: ["/organisations/organisational-units/{organisational_unit_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "TaskId"]],
    description: "Delete Organisational Unit"
  },
  {
    id: "organisations.DeletePolicy",
    service: "Organisations",
    method: "deletePolicy",
    operation: organisationsOperations.deletePolicy,
    routes: ["/policies/{policy_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "TaskId"]],
    description: "Delete Policy"
  },
  {
    id: "organisations.DetachPolicy",
    service: "Organisations",
    method: "detachPolicy",
    operation: organisationsOperations.detachPolicy,
    routes: ["/policies/organisation/{policy_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "TaskId"]],
    description: "Detach Policy from Organisation"
  },
  {
    id: "organisations.ReadOrganisation",
    service: "Organisations",
    method: "readOrganisation",
    operation: organisationsOperations.readOrganisation,
    routes: ["/organisations/current"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Stax Organisation"
  },
  {
    id: "organisations.ReadOrganisationalUnit",
    service: "Organisations",
    method: "readOrganisationalUnit",
    operation: organisationsOperations.readOrganisationalUnit,
    routes: ["/organisations/organisational-units/{organisational_unit_id}"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Organisational Unit"
  },
  {
    id: "organisations.ReadOrganisationalUnitAccounts",
    service: "Organisations",
    method: "readOrganisationalUnitAccounts",
    operation: organisationsOperations.readOrganisationalUnitAccounts,
    routes: ["/organisations/organisational-units/{organisational_unit_id}/accounts"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Organisational Unit Accounts"
  },
  {
    id: "organisations.ReadOrganisationalUnitPolicyAttachments",
    service: "Organisations",
    method: "readOrganisationalUnitPolicyAttachments",
    operation: organisationsOperations.readOrganisationalUnitPolicyAttachments,
    routes: ["/organisations/organisational-units/{organisational_unit_id}/policies"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Organisational Unit Policy Attachments"
  },
  {
    id: "organisations.ReadOrganisationalUnits",
    service: "Organisations",
    method: "readOrganisationalUnits",
    operation: organisationsOperations.readOrganisationalUnits,
    routes: ["/organisations/organisational-units"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Organisational Units"
  },
  {
    id: "organisations.ReadOrganisations",
    service: "Organisations",
    method: "readOrganisations",
    operation: organisationsOperations.readOrganisations,
    routes: ["/organisations"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Stax Organisations"
  },
  {
    id: "organisations.ReadOrganizationFeatures",
    service: "Organisations",
    method: "readOrganizationFeatures",
    operation: organisationsOperations.readOrganizationFeatures,
    routes: ["/organisations/current/features"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Stax Organisation Features"
  },
  {
    id: "organisations.ReadPolicies",
    service: "Organisations",
    method: "readPolicies",
    operation: organisationsOperations.readPolicies,
    routes: ["/policies/{policy_id}", "/policies"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Policies"
  },
  {
    id: "organisations.UpdateOrganisationalUnit",
    service: "Organisations",
    method: "updateOrganisationalUnit",
    operation: organisationsOperations.updateOrganisationalUnit,
    routes: ["/organisations/organisational-units/{organisational_unit_id}"],
    http: "PUT",
    body: "optional",
    taskId: [["Detail", "TaskId"]],
    description: "Update Organisational Unit"
  },
  {
    id: "organisations.UpdatePolicy",
    service: "Organisations",
    method: "updatePolicy",
    operation: organisationsOperations.updatePolicy,
    routes: ["/policies/{policy_id}"],
    http: "PUT",
    body: "optional",
    taskId: [["Detail", "TaskId"]],
    description: "Update Policy"
  },
  {
    id: "policies.AttachPolicy",
    service: "Policies",
    method: "attachPolicy",
    operation: policiesOperations.attachPolicy,
    routes: ["/policies/{policy_id}/attachments"],
    http: "POST",
    body: "optional",
    taskId: [["Detail", "TaskId"]],
    description: "Attach Policy"
  },
  {
    id: "policies.DetachPolicy",
    service: "Policies",
    method: "detachPolicy",
    operation: policiesOperations.detachPolicy,
    routes: ["/policies/attachments/{policy_attachment_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "TaskId"]],
    description: "Detach Policy"
  },
  {
    id: "policies.ReadPolicyAttachments",
    service: "Policies",
    method: "readPolicyAttachments",
    operation: policiesOperations.readPolicyAttachments,
    routes: ["/policies/{policy_id}/attachments"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Policy Attachments"
  },
  {
    id: "public.CheckAlias",
    service: "Public",
    method: "checkAlias",
    operation: publicOperations.checkAlias,
    routes: ["/public/check-alias/{alias}"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Check Alias availability"
  },
  {
    id: "public.ReadConfig",
    service: "Public",
    method: "readConfig",
    operation: publicOperations.readConfig,
    routes: ["/public/config"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch public config"
  },
  {
    id: "services.ConfigureAccount",
    service: "Services",
    method: "configureAccount",
    operation: servicesOperations.configureAccount,
    routes: ["/services/account/configuration"],
    http: "PUT",
    body: "json",
    taskId: [["TaskId"]],
    description: "Update Account Configuration"
  },
  {
    id: "services.ConfigureGuardDuty",
    service: "Services",
    method: "configureGuardDuty",
    operation: servicesOperations.configureGuardDuty,
    routes: ["/services/guardduty/configuration"],
    http: "PUT",
    body: "json",
    taskId: [["TaskId"]],
    description: "Update GuardDuty Configuration"
  },
  {
    id: "services.ConfigureGuardrails",
    service: "Services",
    method: "configureGuardrails",
    operation: servicesOperations.configureGuardrails,
    routes: ["/services/guardrails/configuration"],
    http: "PUT",
    body: "json",
    taskId: [["TaskId"]],
    description: "Update Guardrails Configuration"
  },
  {
    id: "services.ConfigureOrganization",
    service: "Services",
    method: "configureOrganization",
    operation: servicesOperations.configureOrganization,
    routes: ["/services/organization/configuration"],
    http: "PUT",
    body: "json",
    taskId: [["TaskId"]],
    description: "Update Organisation Service Configuration"
  },
  {
    id: "services.ConfigureRegions",
    service: "Services",
    method: "configureRegions",
    operation: servicesOperations.configureRegions,
    routes: ["/services/regions/configuration"],
    http: "PUT",
    body: "json",
    taskId: [["TaskId"]],
    description: "Update Regions Configuration"
  },
  {
    id: "services.ConfigureSecurityHub",
    service: "Services",
    method: "configureSecurityHub",
    operation: servicesOperations.configureSecurityHub,
    routes: ["/services/securityhub/configuration"],
    http: "PUT",
    body: "json",
    taskId: [["TaskId"]],
    description: "Update Security Hub Configuration"
  },
  {
    id: "services.ReadAccountConfiguration",
    service: "Services",
    method: "readAccountConfiguration",
    operation: servicesOperations.readAccountConfiguration,
    routes: ["/services/account/configuration"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Account Configuration"
  },
  {
    id: "services.ReadConfigurations",
    service: "Services",
    method: "readConfigurations",
    operation: servicesOperations.readConfigurations,
    routes: ["/services/configuration"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Service Configuration"
  },
  {
    id: "services.ReadGuardDutyConfiguration",
    service: "Services",
    method: "readGuardDutyConfiguration",
    operation: servicesOperations.readGuardDutyConfiguration,
    routes: ["/services/guardduty/configuration"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch GuardDuty Configuration"
  },
  {
    id: "services.ReadGuardrailsConfiguration",
    service: "Services",
    method: "readGuardrailsConfiguration",
    operation: servicesOperations.readGuardrailsConfiguration,
    routes: ["/services/guardrails/configuration"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Read Guardrails Configuration"
  },
  {
    id: "services.ReadOrganizationConfiguration",
    service: "Services",
    method: "readOrganizationConfiguration",
    operation: servicesOperations.readOrganizationConfiguration,
    routes: ["/services/organization/configuration"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Read Organisation Service Configuration"
  },
  {
    id: "services.ReadRegionsConfiguration",
    service: "Services",
    method: "readRegionsConfiguration",
    operation: servicesOperations.readRegionsConfiguration,
    routes: ["/services/regions/configuration"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Regions Configuration"
  },
  {
    id: "services.ReadSecurityHubConfiguration",
    service: "Services",
    method: "readSecurityHubConfiguration",
    operation: servicesOperations.readSecurityHubConfiguration,
    routes: ["/services/securityhub/configuration"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Security Hub Configuration"
  },
  {
    id: "services.ReadSsoConfiguration",
    service: "Services",
    method: "readSsoConfiguration",
    operation: servicesOperations.readSsoConfiguration,
    routes: ["/services/sso/configuration"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Read SSO Configuration"
  },
  {
    id: "tasks.ReadTask",
    service: "Tasks",
    method: "readTask",
    operation: tasksOperations.readTask,
    routes: ["/task/{task_id}"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch status of Task"
  },
  {
    id: "teams.CreateApiToken",
    service: "Teams",
    method: "createApiToken",
    operation: teamsOperations.createApiToken,
    routes: ["/api-tokens"],
    http: "POST",
    body: "json",
    taskId: [],
    description: "Create API Token"
  },
  {
    id: "teams.CreateGroup",
    service: "Teams",
    method: "createGroup",
    operation: teamsOperations.createGroup,
    routes: ["/groups"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "TaskId"]],
    description: "Create Group"
  },
  {
    id: "teams.CreateUser",
    service: "Teams",
    method: "createUser",
    operation: teamsOperations.createUser,
    routes: ["/idam/user"],
    http: "POST",
    body: "json",
    taskId: [["TaskId"]],
    description: "Create Stax User"
  },
  {
    id: "teams.DeleteApiToken",
    service: "Teams",
    method: "deleteApiToken",
    operation: teamsOperations.deleteApiToken,
    routes: ["/api-tokens/{access_key}"],
    http: "DELETE",
    body: "none",
    taskId: [],
    description: "Delete API Token"
  },
  {
    id: "teams.DeleteGroup",
    service: "Teams",
    method: "deleteGroup",
    operation: teamsOperations.deleteGroup,
    routes: ["/groups/{group_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "TaskId"]],
    description: "Delete Group"
  },
  {
    id: "teams.DeleteUser",
    service: "Teams",
    method: "deleteUser",
    operation: teamsOperations.deleteUser,
    routes: ["/users/{user_id}"],
    http: "DELETE",
    body: "none",
    taskId: [],
    description: "Delete Stax User"
  },
  {
    id: "teams.FetchCurrentUser",
    service: "Teams",
    method: "fetchCurrentUser",
    operation: teamsOperations.fetchCurrentUser,
    routes: ["/users/me"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Current User"
  },
  {
    id: "teams.ReadApiTokens",
    service: "Teams",
    method: "readApiTokens",
    operation: teamsOperations.readApiTokens,
    routes: ["/api-tokens/{access_key}", "/api-tokens"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch API Tokens"
  },
  {
    id: "teams.ReadGroups",
    service: "Teams",
    method: "readGroups",
    operation: teamsOperations.readGroups,
    routes: ["/groups/{group_id}", "/groups"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Groups"
  },
  {
    id: "teams.ReadUsers",
    service: "Teams",
    method: "readUsers",
    operation: teamsOperations.readUsers,
    routes: ["/users/{user_id}", "/users"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Stax Users and Federated Users"
  },
  {
    id: "teams.UpdateApiToken",
    service: "Teams",
    method: "updateApiToken",
    operation: teamsOperations.updateApiToken,
    routes: ["/api-tokens/{access_key}"],
    http: "PUT",
    body: "json",
    taskId: [],
    description: "Update API Token"
  },
  {
    id: "teams.UpdateGroup",
    service: "Teams",
    method: "updateGroup",
    operation: teamsOperations.updateGroup,
    routes: ["/groups/{group_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "TaskId"]],
    description: "Update Group"
  },
  {
    id: "teams.UpdateGroupMembers",
    service: "Teams",
    method: "updateGroupMembers",
    operation: teamsOperations.updateGroupMembers,
    routes: ["/groups/members"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "TaskId"]],
    description: "Update Group Members"
  },
  {
    id: "teams.UpdateUser",
    service: "Teams",
    method: "updateUser",
    operation: teamsOperations.updateUser,
    routes: ["/idam/user/{user_id}"],
    http: "PUT",
    body: "json",
    taskId: [["TaskId"]],
    description: "Update Stax User"
  },
  {
    id: "teams.UpdateUserInvite",
    service: "Teams",
    method: "updateUserInvite",
    operation: teamsOperations.updateUserInvite,
    routes: ["/idam/user/resend-invite/{user_id}"],
    http: "PUT",
    body: "none",
    taskId: [],
    description: "Re-invite Stax user"
  },
  {
    id: "teams.UpdateUserPassword",
    service: "Teams",
    method: "updateUserPassword",
    operation: teamsOperations.updateUserPassword,
    routes: ["/idam/user/reset-password/{user_id}"],
    http: "PUT",
    body: "none",
    taskId: [],
    description: "Reset Stax User's password"
  },
  {
    id: "workloads.CreateCatalogueItem",
    service: "Workloads",
    method: "createCatalogueItem",
    operation: workloadsOperations.createCatalogueItem,
    routes: ["/workload-catalogue"],
    http: "POST",
    body: "json",
    taskId: [["TaskId"], ["Detail", "Message", "TaskId"]],
    description: "Create Workload Catalogue Item"
  },
  {
    id: "workloads.CreateCatalogueVersion",
    service: "Workloads",
    method: "createCatalogueVersion",
    operation: workloadsOperations.createCatalogueVersion,
    routes: ["/workload-catalogue/{catalogue_id}"],
    http: "PUT",
    body: "json",
    taskId: [["TaskId"], ["Detail", "Message", "TaskId"]],
    description: "Update Workload Catalogue Item"
  },
  {
    id: "workloads.CreateWorkload",
    service: "Workloads",
    method: "createWorkload",
    operation: workloadsOperations.createWorkload,
    routes: ["/workloads"],
    http: "POST",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"], ["Detail", "Workload", "TaskId"]],
    description: "Deploy Workload"
  },
  {
    id: "workloads.DeleteCatalogueItem",
    service: "Workloads",
    method: "deleteCatalogueItem",
    operation: workloadsOperations.deleteCatalogueItem,
    routes: ["/workload-catalogue/{catalogue_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete Workload Catalogue Item"
  },
  {
    id: "workloads.DeleteCatalogueVersion",
    service: "Workloads",
    method: "deleteCatalogueVersion",
    operation: workloadsOperations.deleteCatalogueVersion,
    routes: ["/workload-catalogue/{catalogue_id}/{version_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"]],
    description: "Delete Workload Catalogue Version"
  },
  {
    id: "workloads.DeleteWorkload",
    service: "Workloads",
    method: "deleteWorkload",
    operation: workloadsOperations.deleteWorkload,
    routes: ["/workloads/{workload_id}"],
    http: "DELETE",
    body: "none",
    taskId: [["Detail", "Message", "TaskId"], ["Detail", "Workload", "TaskId"]],
    description: "Terminate Workload"
  },
  {
    id: "workloads.ReadCatalogueItems",
    service: "Workloads",
    method: "readCatalogueItems",
    operation: workloadsOperations.readCatalogueItems,
    routes: ["/workload-catalogue/{catalogue_id}", "/workload-catalogue"],
    http: "GET",
    body: "none",
    taskId: [],
    paging: { items: "WorkloadCatalogues", nestedIn: "WorkloadCatalogues" },
    description: "Fetch Workload Catalogue Items"
  },
  {
    id: "workloads.ReadCatalogueManifest",
    service: "Workloads",
    method: "readCatalogueManifest",
    operation: workloadsOperations.readCatalogueManifest,
    routes: ["/workload-catalogue/manifest/{version_id}"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Workload Catalogue Manifest"
  },
  {
    id: "workloads.ReadCatalogueTemplate",
    service: "Workloads",
    method: "readCatalogueTemplate",
    operation: workloadsOperations.readCatalogueTemplate,
    routes: ["/workload-catalogue/template/{version_id}/{name}"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Workload Catalogue Cloudformation Template"
  },
  {
    id: "workloads.ReadCatalogueVersion",
    service: "Workloads",
    method: "readCatalogueVersion",
    operation: workloadsOperations.readCatalogueVersion,
    routes: ["/workload-catalogue/{catalogue_id}/{version_id}"],
    http: "GET",
    body: "none",
    taskId: [],
    description: "Fetch Workload Catalogue Version"
  },
  {
    id: "workloads.ReadWorkloads",
    service: "Workloads",
    method: "readWorkloads",
    operation: workloadsOperations.readWorkloads,
    routes: ["/workloads/{workload_id}", "/workloads"],
    http: "GET",
    body: "none",
    taskId: [],
    paging: { items: "Workloads" },
    description: "Fetch Workloads"
  },
  {
    id: "workloads.UpdateWorkload",
    service: "Workloads",
    method: "updateWorkload",
    operation: workloadsOperations.updateWorkload,
    routes: ["/workloads/{workload_id}"],
    http: "PUT",
    body: "json",
    taskId: [["Detail", "Message", "TaskId"], ["Detail", "Workload", "TaskId"]],
    description: "Update Workload"
  }
]
