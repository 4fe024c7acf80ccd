/**
 * Every stateful handler of the stand-in, by operation id, over its accounts, its other resources and
 * its tasks.
 *
 * @since 0.2.0
 */
import type { AccountsModel } from "../accounts.js"
import type { Handlers } from "../engine/handler.js"
import { accountHandlers } from "./accounts.js"
import { catalogueHandlers } from "./catalogue.js"
import { cidrHandlers } from "./cidr.js"
import type { CloudState } from "./CloudState.js"
import { directConnectHandlers } from "./directConnect.js"
import { dnsHandlers } from "./dns.js"
import { insightHandlers } from "./insights.js"
import { networkingHandlers } from "./networking.js"
import { organisationHandlers } from "./organisations.js"
import { prefixListHandlers } from "./prefixLists.js"
import { taskHandlers, type TasksModel } from "./tasks.js"
import { teamHandlers } from "./teams.js"
import { vpnHandlers } from "./vpn.js"
import { workloadHandlers } from "./workloads.js"

/**
 * The handlers of every stateful operation.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const statefulHandlers = (accounts: AccountsModel, state: CloudState, tasks: TasksModel): Handlers => ({
  ...accountHandlers(accounts, state),
  ...organisationHandlers(accounts, state),
  ...workloadHandlers(state),
  ...catalogueHandlers(state),
  ...teamHandlers(state),
  ...networkingHandlers(state),
  ...cidrHandlers(state),
  ...dnsHandlers(state),
  ...directConnectHandlers(state),
  ...prefixListHandlers(state),
  ...vpnHandlers(state),
  ...insightHandlers(state),
  ...taskHandlers(tasks)
})
