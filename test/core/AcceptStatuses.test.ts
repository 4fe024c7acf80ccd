/**
 * `Operation.acceptStatuses`: a non-2xx status whose answer is the operation's normal answer (#17:
 * `public.CheckAlias` answers 409 with its `public.CheckAlias` body when the alias is taken). Through the
 * Stax cloud client and the core's interpretation path, against the stand-in behind a client that answers
 * the check-alias route itself.
 */
import { HttpClient, HttpClientResponse } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import { StaxCloud, StaxCloudClient } from "stax-effect/cloud"
import { StaxCloudLocal, Transport } from "stax-effect/testing"
import * as Operation from "../../src/core/Operation.js"

const CheckAlias = Schema.Struct({
  Alias: Schema.Struct({ Status: Schema.String }),
  AuthProvider: Schema.Struct({ ClientId: Schema.String, UserPoolId: Schema.String })
})

const TAKEN = {
  Alias: { Status: "The company alias provided is already in use by another customer and cannot be used" },
  AuthProvider: { ClientId: "c", UserPoolId: "ap-southeast-2_x" }
}

const operation = (acceptStatuses: ReadonlyArray<number> | undefined) =>
  Operation.make({
    name: "Public.checkAlias",
    method: "GET",
    path: "/public/check-alias/{alias}",
    input: Schema.Struct({ alias: Schema.String }),
    output: CheckAlias,
    acceptStatuses
  })

/** The stand-in, with `/public/check-alias/*` answered 409 and the taken body, counting those requests. */
const withCheckAlias = (seen: Array<string>) => {
  const http = Layer.effect(
    HttpClient.HttpClient,
    Effect.map(StaxCloudLocal, (local) => {
      const memory = Transport.inMemoryClient(local.handle)
      return HttpClient.make((request, url) =>
        url.pathname.startsWith("/20190206/public/check-alias/")
          ? Effect.sync(() => {
            seen.push(url.pathname)
            return HttpClientResponse.fromWeb(request, Response.json(TAKEN, { status: 409 }))
          })
          : memory.execute(request)
      )
    })
  )
  return StaxCloud.layer.pipe(Layer.provide(http), Layer.provideMerge(StaxCloudLocal.layer()))
}

describe("Operation.acceptStatuses", () => {
  it.effect("a 409 the operation accepts is its answer, decoded, sent once", () => {
    const seen: Array<string> = []
    return Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const answer = yield* client.call(operation([409]), { alias: "a/x?y" })
      expect(answer).toEqual(TAKEN)
      expect(seen).toEqual(["/20190206/public/check-alias/a%2Fx%3Fy"])
    }).pipe(Effect.provide(withCheckAlias(seen)))
  })

  it.effect("without it, the same 409 is an ApiError", () => {
    const seen: Array<string> = []
    return Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const error = yield* Effect.flip(client.call(operation(undefined), { alias: "taken" }))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(409)
    }).pipe(Effect.provide(withCheckAlias(seen)))
  })
})
