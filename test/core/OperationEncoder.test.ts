/**
 * The one request encoder, on operations of a small fake API (no HTTP): URL encoding of path parameters,
 * fields left out, the choice among path variants, booleans, arrays as repeated keys, overrides, and
 * InputError naming the field. Property tests (fast-check) where the input space is large.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Either, FastCheck as fc, Schema } from "effect"
import * as Operation from "../../src/core/Operation.js"
import * as OperationEncoder from "../../src/core/OperationEncoder.js"
import type { InputError } from "../../src/core/StaxError.js"

const optional = <S extends Schema.Schema.Any>(schema: S) => Schema.optionalWith(schema, { exact: true })

/** A GET with one path parameter (sent under its wire name) and query fields of every kind. */
const readThing = Operation.make({
  name: "Things.read",
  method: "GET",
  path: ["/things/{thing_id}", "/things"],
  input: Schema.Struct({
    thingId: optional(Schema.String).pipe(Schema.fromKey("thing_id")),
    name: optional(Schema.String),
    flag: optional(Schema.Boolean),
    tags: optional(Schema.Array(Schema.String)),
    count: optional(Schema.Number)
  }),
  output: Schema.Unknown
})

/** A PUT with two path parameters and a JSON body. */
const updateVpc = Operation.make({
  name: "Networking.updateVpc",
  method: "PUT",
  path: "/hubs/{hub_id}/vpcs/{vpc_id}",
  input: Schema.Struct({ hub_id: Schema.String, vpc_id: Schema.String, Name: Schema.String, Note: optional(Schema.String) }),
  output: Schema.Unknown
})

/** Two variants with the same number of parameters, chosen explicitly by `variant` (never sent). */
const readVpcs = Operation.make({
  name: "Networking.readVpcs",
  method: "GET",
  path: { by: "variant", paths: { hub: "/networking/hubs/{hub_id}/vpcs", vpc: "/networking/vpcs/{vpc_id}" } },
  input: Schema.Union(
    Schema.Struct({ variant: Schema.Literal("hub"), hub_id: Schema.String, limit: optional(Schema.Number) }),
    Schema.Struct({ variant: Schema.Literal("vpc"), vpc_id: Schema.String })
  ),
  output: Schema.Unknown
})

const right = <A>(result: Either.Either<A, InputError>): A => {
  assert(Either.isRight(result), Either.isLeft(result) ? result.left.message : "")
  return result.right
}

const left = (result: Either.Either<unknown, InputError>): InputError => {
  assert(Either.isLeft(result))
  return result.left
}

/** The path's pathname and its query entries, as a server reads them. */
const read = (path: string) => {
  const url = new URL(path, "https://api.test")
  return { pathname: url.pathname, query: [...url.searchParams] }
}

/** Whether a string is valid Unicode (no lone surrogate). */
const wellFormed = (s: string): boolean => {
  try {
    encodeURIComponent(s)
    return true
  } catch {
    return false
  }
}

const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.constantFrom("a/b", "a?b", "a#b", "a b", "a+b", "%2F", "..", "ü", "~!'()*", "a&b=c")
)

describe("OperationEncoder", () => {
  it("URL-encodes a path parameter into one segment, for any value", () => {
    fc.assert(
      fc.property(text.filter((s) => s.length > 0), (id) => {
        const { path } = right(OperationEncoder.encode(readThing, { thingId: id }))
        expect(path.startsWith("/things/")).toBe(true)
        const segment = path.slice("/things/".length)
        // One segment: no `/`, `?` or `#` of the value's reaches the URL as such.
        expect(segment).not.toMatch(/[/?#]/)
        expect(decodeURIComponent(segment)).toBe(id)
      }),
      { seed: 20261124, numRuns: 500 }
    )
  })

  it("refuses a path value that is not valid Unicode, naming the field (no defect)", () => {
    const error = left(OperationEncoder.encode(readThing, { thingId: "a\uD800b" }))
    expect(error.field).toBe("thing_id")
  })

  it("writes the query as UrlParams.toString would, arrays as repeated keys, booleans as true/false", () => {
    const input = fc.record(
      {
        name: text,
        flag: fc.boolean(),
        tags: fc.array(text, { maxLength: 4 }),
        count: fc.integer()
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(input, (fields) => {
        const { path, body, method } = right(OperationEncoder.encode(readThing, fields))
        expect(method).toBe("GET")
        expect(body).toBeUndefined()
        const expected: Array<[string, string]> = []
        if (fields.name !== undefined) expected.push(["name", fields.name])
        if (fields.flag !== undefined) expected.push(["flag", fields.flag ? "true" : "false"])
        for (const tag of fields.tags ?? []) expected.push(["tags", tag])
        if (fields.count !== undefined) expected.push(["count", String(fields.count)])
        const query = new URLSearchParams(expected).toString()
        expect(path).toBe(query === "" ? "/things" : `/things?${query}`)
        // Lone surrogates aside (URLSearchParams writes U+FFFD), the server reads the values back.
        if (expected.every(([, v]) => wellFormed(v))) expect(read(path).query).toEqual(expected)
      }),
      { seed: 20261124, numRuns: 500 }
    )
  })

  it("leaves path parameters out of the query, whichever variant is chosen", () => {
    fc.assert(
      fc.property(fc.option(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { nil: undefined }), fc.boolean(), (id, flag) => {
        const input = id === undefined ? { flag } : { thingId: id, flag }
        const { path } = right(OperationEncoder.encode(readThing, input))
        const { pathname, query } = read(path)
        expect(pathname).toBe(id === undefined ? "/things" : `/things/${id}`)
        expect(query).toEqual([["flag", String(flag)]])
      }),
      { seed: 20261124, numRuns: 200 }
    )
  })

  it("sends a PUT's other fields as the body, path parameters filled in and left out of it", () => {
    fc.assert(
      fc.property(text.filter((s) => s.length > 0 && wellFormed(s)), text, fc.option(text, { nil: undefined }), (hub, name, note) => {
        const input = note === undefined ? { hub_id: hub, vpc_id: "v1", Name: name } : { hub_id: hub, vpc_id: "v1", Name: name, Note: note }
        const request = right(OperationEncoder.encode(updateVpc, input))
        expect(request.method).toBe("PUT")
        expect(request.path).toBe(`/hubs/${encodeURIComponent(hub)}/vpcs/v1`)
        expect(request.body).toEqual(note === undefined ? { Name: name } : { Name: name, Note: note })
      }),
      { seed: 20261124, numRuns: 300 }
    )
  })

  it("chooses an explicit variant by its field, which is never sent", () => {
    const hub = right(OperationEncoder.encode(readVpcs, { variant: "hub", hub_id: "h/1", limit: 5 }))
    expect(hub.path).toBe("/networking/hubs/h%2F1/vpcs?limit=5")
    const vpc = right(OperationEncoder.encode(readVpcs, { variant: "vpc", vpc_id: "v 2" }))
    expect(vpc.path).toBe("/networking/vpcs/v%202")
    // A member without the variant field does not match the input schema.
    expect(left(OperationEncoder.encode(readVpcs, { hub_id: "h" })).field).toBe("variant")
  })

  it("with variants by presence, the one with the most parameters all given wins", () => {
    const op = Operation.make({
      name: "T.variants",
      method: "DELETE",
      path: ["/a", "/a/{x}/b/{y}", "/a/{x}"],
      input: Schema.Struct({ x: optional(Schema.String), y: optional(Schema.String), z: optional(Schema.String) }),
      output: Schema.Unknown
    })
    expect(right(OperationEncoder.encode(op, { x: "1", y: "2", z: "3" })).path).toBe("/a/1/b/2?z=3")
    expect(right(OperationEncoder.encode(op, { x: "1", z: "3" })).path).toBe("/a/1?z=3")
    // `y` alone does not complete a variant; it is a path parameter, so it is not sent as a query either.
    expect(right(OperationEncoder.encode(op, { y: "2" })).path).toBe("/a")
  })

  it("names the missing path parameter when no template can be filled", () => {
    const op = Operation.make({
      name: "T.one",
      method: "GET",
      path: "/one/{id}",
      input: Schema.Struct({ id: Schema.optional(Schema.NullOr(Schema.String)) }),
      output: Schema.Unknown
    })
    const error = left(OperationEncoder.encode(op, { id: null }))
    expect(error.field).toBe("id")
    expect(error.endpoint).toBe("T.one")
  })

  it("refuses an unknown field and a bad value, naming each, before anything else", () => {
    expect(left(OperationEncoder.encode(readThing, { thing: "x" })).field).toBe("thing")
    expect(left(OperationEncoder.encode(readThing, { flag: "true" })).field).toBe("flag")
    expect(left(OperationEncoder.encode(updateVpc, { hub_id: "h", vpc_id: "v" })).field).toBe("Name")
  })

  it("applies a configured path override: a whole template, or the part before the parameters", () => {
    const get = Operation.make({ name: "T.get", method: "GET", path: "/stack/get", input: Schema.Struct({ a: Schema.String }), output: Schema.Unknown })
    expect(right(OperationEncoder.compile(get, "/v2/stack")({ a: "1" })).path).toBe("/v2/stack?a=1")
    const complete = Operation.make({
      name: "T.complete",
      method: "POST",
      path: "/job/complete/{jobId}",
      input: Schema.Struct({ jobId: Schema.String, n: Schema.Number }),
      output: Schema.Unknown
    })
    const overridden = OperationEncoder.compile(complete, "/v2/job/complete")
    expect(right(overridden({ jobId: "j 1", n: 1 }))).toEqual({ method: "POST", path: "/v2/job/complete/j%201", body: { n: 1 } })
    expect(overridden.template).toBe("/v2/job/complete/{jobId}")
    expect(right(OperationEncoder.compile(complete, "/jobs/{jobId}/done")({ jobId: "j", n: 1 })).path).toBe("/jobs/j/done")
  })

  it("checks path templates against the input at compile time", () => {
    const input = Schema.Struct({ id: Schema.String })
    // @ts-expect-error: `{other}` is not a field of the input
    Operation.make({ name: "T.bad", method: "GET", path: "/x/{other}", input, output: Schema.Unknown })
    Operation.make({
      name: "T.badVariant",
      method: "GET",
      // @ts-expect-error: the variant `vpc` is missing
      path: { by: "variant", paths: { hub: "/hubs/{hub_id}" } },
      input: Schema.Union(
        Schema.Struct({ variant: Schema.Literal("hub"), hub_id: Schema.String }),
        Schema.Struct({ variant: Schema.Literal("vpc"), vpc_id: Schema.String })
      ),
      output: Schema.Unknown
    })
    Operation.make({
      name: "T.badVariantParameter",
      method: "GET",
      // @ts-expect-error: `hub_id` is not a field of the `vpc` member
      path: { by: "variant", paths: { hub: "/hubs/{hub_id}", vpc: "/vpcs/{hub_id}" } },
      input: Schema.Union(
        Schema.Struct({ variant: Schema.Literal("hub"), hub_id: Schema.String }),
        Schema.Struct({ variant: Schema.Literal("vpc"), vpc_id: Schema.String })
      ),
      output: Schema.Unknown
    })
    expect(Operation.templatesOf({ by: "v", paths: { a: "/a", b: "/b" } })).toEqual(["/a", "/b"])
  })
})
