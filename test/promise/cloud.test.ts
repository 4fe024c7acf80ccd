import { describe, expect, it } from "@effect/vitest"
import { Accounts, AuthError } from "stax-effect/cloud"
import { createStaxCloudClient } from "stax-effect/promise"
import { StaxCloudLocal } from "stax-effect/testing"

describe("createStaxCloudClient", () => {
  it("answers readAccounts like the Effect API does, against the same stand-in", async () => {
    const layer = StaxCloudLocal.layer()
    await using cloud = createStaxCloudClient({ layer })
    const viaPromise = await cloud.accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
    const viaEffect = await cloud.runtime.runPromise(
      Accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
    )
    expect(viaPromise).toEqual(viaEffect)
    expect(viaPromise.Accounts.length).toBeGreaterThan(0)
    expect(viaPromise.Accounts.every((a) => a.Status === "ACTIVE")).toBe(true)
  })

  it("rejects with the SDK's own AuthError (instanceof, tag and reason) for a wrong secret key", async () => {
    await using cloud = createStaxCloudClient({ layer: StaxCloudLocal.layer({ clientCredentials: { secretKey: "wrong-secret-0000" } }) })
    const error = await cloud.accounts.readAccounts().then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    expect((error as AuthError)._tag).toBe("AuthError")
    expect((error as AuthError).reason).toBe("WrongSecretKey")
    expect(String(error)).not.toContain("wrong-secret-0000")
  })

  it("is closed by close(): later calls reject", async () => {
    const cloud = createStaxCloudClient({ layer: StaxCloudLocal.layer() })
    await cloud.accounts.readAccounts()
    await cloud.close()
    await expect(cloud.accounts.readAccounts()).rejects.toThrow()
  })
})
