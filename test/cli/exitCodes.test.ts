// The documented exit codes and the output helpers of the CLI, without starting a process.
import * as ValidationError from "@effect/cli/ValidationError"
import * as HelpDoc from "@effect/cli/HelpDoc"
import { describe, expect, it } from "@effect/vitest"
import { ConfigError } from "effect"
import { ProcessingError, ProcessingTimeoutError } from "../../src/ai/api/documents/errors.js"
import { ExitCode, exitCodeOf } from "../../src/cli/exitCodes.js"
import { describeError, fields, table } from "../../src/cli/output.js"
import { formatBytes, renderBytes } from "../../src/cli/progress.js"
import { ApiError, AuthError, DecodeError, InputError, TransportError } from "../../src/core/StaxError.js"

describe("exitCodeOf", () => {
  it("gives each kind of failure its documented code", () => {
    const cases: ReadonlyArray<readonly [unknown, number]> = [
      [new InputError({ endpoint: "Stacks.get", field: "stackId", message: "bad" }), 2],
      [ValidationError.invalidValue(HelpDoc.p("bad flag")), 2],
      [ConfigError.MissingData(["STAX_API_KEY"], "missing"), 3],
      [new AuthError({ endpoint: "Stacks.get", message: "refused" }), 4],
      [new ApiError({ endpoint: "Stacks.get", status: 404, message: "not found" }), 5],
      [new TransportError({ endpoint: "Stacks.get", reason: "Timeout", maybeSent: false, message: "timeout" }), 6],
      [new DecodeError({ endpoint: "Stacks.get", message: "html", excerpt: "<html>" }), 7],
      [new ProcessingError({ docId: "d", message: "failed" }), 8],
      [new ProcessingTimeoutError({ docId: "d", waitedMillis: 1000 }), 8],
      [new Error("disk full"), 1]
    ]
    expect(cases.map(([error]) => exitCodeOf(error))).toEqual(cases.map(([, code]) => code))
  })

  it("keeps every code distinct", () => {
    const codes = Object.values(ExitCode)
    expect(new Set(codes).size).toBe(codes.length)
  })
})

describe("describeError", () => {
  it("names every missing and invalid variable of a ConfigError", () => {
    const error = ConfigError.And(
      ConfigError.MissingData(["STAX_EMAIL"], "Expected STAX_EMAIL to exist"),
      ConfigError.InvalidData(["STAX_API_URL"], "must use https")
    )
    expect(describeError(error)).toEqual({
      _tag: "ConfigError",
      message: "STAX_EMAIL is not set; STAX_API_URL: must use https"
    })
  })

  it("keeps an SDK error's tag, message and plain fields", () => {
    const error = new ApiError({ endpoint: "Documents.get", status: 404, message: "Document not found" })
    expect(describeError(error)).toEqual({
      _tag: "ApiError",
      message: "Document not found",
      endpoint: "Documents.get",
      status: 404
    })
  })
})

describe("output for people", () => {
  it("aligns a table's columns", () => {
    expect(table(["ID", "PATH"], [["a1", "Invoices"], ["b22222", undefined]]).split("\n")).toEqual([
      "ID      PATH",
      "a1      Invoices",
      "b22222"
    ])
  })

  it("says (none) under the header of an empty table", () => {
    expect(table(["ID"], [])).toBe("ID\n(none)")
  })

  it("leaves out fields without a value and writes dates in ISO", () => {
    expect(fields([["id", "x"], ["pinned", undefined], ["last modified", new Date(0)]])).toBe(
      "id:            x\nlast modified: 1970-01-01T00:00:00.000Z"
    )
  })

  it("draws a byte bar with the percentage and the sizes", () => {
    expect(renderBytes("up", 512 * 1024, 1024 * 1024, 1000)).toBe(
      `up ${"█".repeat(12)}${"░".repeat(12)}  50% 512 KiB / 1.00 MiB 512 KiB/s`
    )
    expect(formatBytes(1023)).toBe("1023 B")
  })
})
