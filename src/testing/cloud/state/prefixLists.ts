/**
 * A hub's prefix lists, stateful, each write starting a task: `CreateHubPrefixList` (`PrefixListType`
 * `HUB`) and `CreateVpcPrefixList` (`VPC`) under a hub (404 for an unknown hub), `ReadPrefixLists` (all),
 * `ReadHubPrefixLists` (a hub's), `ReadPrefixList` (one), `UpdatePrefixList`, the two association updates
 * (`UpdateHubPrefixListAssociation`: route tables and zones; `UpdateVpcPrefixListAssociation`: VPCs,
 * subnets and zones) and `DeletePrefixList`.
 *
 * @since 0.2.0
 */
import type { Handlers } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { crud, requireParent } from "./crud.js"

const EMPTY = { RouteTableTypes: [], SubnetTypes: [], VpcIds: [], VpcTypes: [], Zones: [], Tags: {} }

/**
 * The handlers of prefix lists.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const prefixListHandlers = (state: CloudState): Handlers =>
  crud({
    what: "Prefix list",
    store: state.prefixLists,
    list: "PrefixLists",
    idParam: "prefix_list_id",
    itemOf: "networking.ReadPrefixLists",
    reads: [
      { id: "networking.ReadPrefixLists", filters: { status: "Status" } },
      { id: "networking.ReadHubPrefixLists", parents: { hub_id: "NetworkingHubId" }, filters: { status: "Status" } },
      { id: "networking.ReadPrefixList", filters: { status: "Status" } }
    ],
    create: [
      {
        id: "networking.CreateHubPrefixList",
        idAt: ["Detail", "PrefixList", "Id"],
        guard: requireParent(state.hubs, "Hub", "hub_id"),
        defaults: { ...EMPTY, TargetId: null, AwsPrefixListId: null, AwsTargetId: null, CreatedBy: null, UserTaskId: null },
        fields: () => ({ PrefixListType: "HUB" })
      },
      {
        id: "networking.CreateVpcPrefixList",
        idAt: ["Detail", "PrefixList", "Id"],
        guard: requireParent(state.hubs, "Hub", "hub_id"),
        defaults: { ...EMPTY, TargetType: null, TargetId: null, AwsPrefixListId: null, AwsTargetId: null, CreatedBy: null, UserTaskId: null },
        fields: () => ({ PrefixListType: "VPC" })
      }
    ],
    update: [
      { id: "networking.UpdatePrefixList" },
      { id: "networking.UpdateHubPrefixListAssociation" },
      { id: "networking.UpdateVpcPrefixListAssociation" }
    ],
    remove: { id: "networking.DeletePrefixList" }
  })
