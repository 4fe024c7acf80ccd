/**
 * A paged Accounts service as the generator emits one (`readAccountsAll` beside `readAccounts`), until the
 * generated `Accounts` has it: tests of `paged` and of the Promise facade use it over the stand-in.
 */
import { Effect, Layer } from "effect"
import { StaxCloudClient } from "stax-effect/cloud"
import { accountOperations } from "../../../src/cloud/api/Accounts.js"
import { paged } from "../../../src/cloud/paging/paged.js"
import * as Service from "../../../src/core/Service.js"

const pagedAccountsTable = {
  readAccounts: Service.call(accountOperations.readAccounts, { input: "optional" }),
  readAccountsAll: paged(accountOperations.readAccounts, { items: (out) => out.Accounts, paging: (out) => out.Paging })
}

export interface PagedAccountsService extends Service.ShapeOf<typeof pagedAccountsTable> {}

/** `Accounts` with its `readAccountsAll` stream. */
export class PagedAccounts extends Service.Tag("test/cloud/PagedAccounts")<PagedAccounts, PagedAccountsService>()(
  pagedAccountsTable
) {
  static readonly layer: Layer.Layer<PagedAccounts, never, StaxCloudClient> = Layer.effect(
    PagedAccounts,
    Effect.map(StaxCloudClient, Service.methods(pagedAccountsTable))
  )
}
