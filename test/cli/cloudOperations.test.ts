// `stax cloud <service> <operation>`, run in this process (no child process per case) against the Stax
// cloud stand-in on 127.0.0.1: the commands made from the operations registry, their flags read from each
// input's Schema, `--input` files, and the SDK's validation before anything is sent.
import { describe, expect, it, layer } from "@effect/vitest"
import { Effect, Redacted, Schema } from "effect"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { StaxCloudLocal } from "stax-effect/testing"
import { fieldsOf, flagOf, valueOf } from "../../src/cli/inputFields.js"
import { cloudOperations } from "../../src/cloud/generated/registry.js"
import { ReadAccountsInput } from "../../src/cloud/schema/Account.js"
import { runStax } from "./support/inProcess.js"

/** Runs `stax args...` in this process with the stand-in's variables as the environment. */
const run = (args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const local = yield* StaxCloudLocal
    const result = yield* runStax(args, {
      STAX_CLOUD_API_URL: local.baseUrl,
      STAX_CLOUD_AUTH_URL: local.authEndpoints.userPool,
      STAX_ACCESS_KEY: local.accessKey,
      STAX_SECRET_KEY: Redacted.value(local.secretKey),
      NO_COLOR: "1"
    })
    expect(result.stdout + result.stderr).not.toContain(Redacted.value(local.secretKey))
    return { ...result, failed: result.code !== 0 }
  })

describe("input fields read from an operation's Schema", () => {
  it("gives ReadAccounts' fields their flags and kinds", () => {
    const fields = new Map(fieldsOf(ReadAccountsInput).map((f) => [f.name, f]))
    expect(fields.get("accountId")).toMatchObject({ flag: "account-id", kind: "text", required: false })
    expect(fields.get("includeTags")).toMatchObject({ flag: "include-tags", kind: "boolean" })
    expect(fields.get("filter")?.kind).toBe("list")
    expect(fields.get("limit")?.kind).toBe("number")
  })

  it("merges the members of a path-variant union, leaving out the other variants' ids typed never", () => {
    const Input = Schema.Union(
      Schema.Struct({ hubId: Schema.String, vpcId: Schema.optionalWith(Schema.Never, { exact: true }), status: Schema.optional(Schema.String) }),
      Schema.Struct({ vpcId: Schema.String, hubId: Schema.optionalWith(Schema.Never, { exact: true }), status: Schema.optional(Schema.String) })
    )
    const fields = fieldsOf(Input)
    expect(fields.map((f) => f.name).sort()).toEqual(["hubId", "status", "vpcId"])
    expect(fields.find((f) => f.name === "hubId")).toMatchObject({ kind: "text", required: false })
  })

  it("names flags in kebab case and reads values by kind", () => {
    expect(flagOf("AWSLoginURLs")).toBe("aws-login-urls")
    expect(flagOf("readVpcs")).toBe("read-vpcs")
    expect(valueOf({ kind: "list" }, "ACTIVE, SUSPENDED")).toEqual(["ACTIVE", "SUSPENDED"])
    expect(valueOf({ kind: "list" }, "ACTIVE")).toBe("ACTIVE")
    expect(valueOf({ kind: "number" }, "20")).toBe(20)
    expect(valueOf({ kind: "number" }, "twenty")).toBe("twenty")
    expect(valueOf({ kind: "json" }, "{\"a\":1}")).toEqual({ a: 1 })
    expect(valueOf({ kind: "boolean" }, "false")).toBe(false)
  })
})

layer(StaxCloudLocal.layerServer(), { excludeTestServices: true })("stax cloud <service> <operation>", (it) => {
  it.effect("reads accounts with flags: a comma list and a boolean, printed as JSON", () =>
    Effect.gen(function*() {
      const result = yield* run(["cloud", "accounts", "read-accounts", "--filter", "ACTIVE,SUSPENDED", "--include-tags", "--json"])
      expect(result.failed).toBe(false)
      const answer = JSON.parse(result.stdout) as { Accounts: ReadonlyArray<{ Status: string; Tags?: unknown }> }
      expect(answer.Accounts.length).toBeGreaterThan(1)
      expect(answer.Accounts.every((a) => ["ACTIVE", "SUSPENDED"].includes(a.Status))).toBe(true)
      expect(answer.Accounts.some((a) => a.Status === "SUSPENDED")).toBe(true)
      expect(answer.Accounts.every((a) => typeof a.Tags === "object")).toBe(true)
    }))

  it.effect("takes the input from a JSON file, with flags winning over it", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "stax-cli-"))
      const file = join(dir, "input.json")
      writeFileSync(file, JSON.stringify({ filter: "SUSPENDED", limit: 1 }))
      const fromFile = JSON.parse((yield* run(["cloud", "accounts", "read-accounts", "--input", file, "--json"])).stdout)
      expect(fromFile.Accounts.map((a: { Status: string }) => a.Status)).toEqual(["SUSPENDED"])
      expect(fromFile.Paging.Total).toBe(1)
      const overridden = JSON.parse((yield* run(["cloud", "accounts", "read-accounts", "--input", file, "--filter", "ACTIVE", "--json"])).stdout)
      expect(overridden.Accounts.length).toBe(1)
      expect(overridden.Accounts[0].Status).toBe("ACTIVE")
    }))

  it.effect("refuses a bad value before sending, naming the field, and a file that is not JSON naming --input", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const before = local.requests.filter((r) => r.route === "GET /20190206/accounts").length
      const bad = yield* run(["cloud", "accounts", "read-accounts", "--filter", "SLEEPING"])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toMatch(/InputError: filter: /)
      expect(local.requests.filter((r) => r.route === "GET /20190206/accounts").length).toBe(before)
      const dir = mkdtempSync(join(tmpdir(), "stax-cli-"))
      writeFileSync(join(dir, "bad.json"), "{ not json")
      const notJson = yield* run(["cloud", "accounts", "read-accounts", "--input", join(dir, "bad.json")])
      expect(notJson.failed).toBe(true)
      expect(notJson.stderr).toMatch(/InputError: input: .*not JSON/)
    }))

  it.effect("has a command for every operation of the registry, under its service", () =>
    Effect.gen(function*() {
      const help = yield* run(["cloud", "--help"])
      expect(help.code).toBe(0)
      for (const service of new Set(cloudOperations.map((op) => op.service))) expect(help.stdout).toContain(flagOf(service))
      const networking = yield* run(["cloud", "networking", "--help"])
      const listed = cloudOperations.filter((op) => op.service === "Networking").map((op) => flagOf(op.method))
      expect(listed.length).toBeGreaterThan(50)
      for (const command of listed) expect(networking.stdout).toContain(command)
    }))

  it.effect("creates a group with a generated command, and reads it back with another", () =>
    Effect.gen(function*() {
      const created = yield* run(["cloud", "teams", "create-group", "--name", "cli-operators", "--json"])
      expect(created.code, created.stderr).toBe(0)
      const groups = yield* run(["cloud", "teams", "read-groups", "--json"])
      expect(groups.code, groups.stderr).toBe(0)
      expect(JSON.parse(groups.stdout).Groups.map((g: { Name: string }) => g.Name)).toContain("cli-operators")
    }))

  it.effect("refuses two path variants at once (a hub's VPCs and one VPC) before sending", () =>
    Effect.gen(function*() {
      const both = yield* run(["cloud", "networking", "read-vpcs", "--hub-id", "h-1", "--vpc-id", "v-1"])
      expect(both.code).toBe(2)
      expect(both.stderr).toMatch(/InputError: (hubId|vpcId)/)
    }))

  it.effect("keeps the hand-written accounts list beside the generated commands", () =>
    Effect.gen(function*() {
      const result = yield* run(["cloud", "accounts", "list", "--filter", "ACTIVE", "--json"])
      expect(result.failed).toBe(false)
      expect(JSON.parse(result.stdout).Accounts.every((a: { Status: string }) => a.Status === "ACTIVE")).toBe(true)
    }))
})
