/**
 * #17, defects of part 1: the login's own HTTP requests make no `@effect/platform` `http.client` span
 * (it would carry header values, `url.full`, and end with the request, body included, as its exit): only the
 * SDK's spans appear, as for API calls, whether the login runs under an API call or on its own
 * (`client.auth.credentials`, `client.auth.region`), over the in-memory client or a real socket.
 */
import { FetchHttpClient } from "@effect/platform"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import { inspect } from "node:util"
import { Accounts, StaxCloud, StaxCloudClient } from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
import { type KeptSpan, keepingTracer } from "../../support/tracing.js"

type Recorded = KeptSpan

/** A tracer that keeps every span, its attributes and its exit. */
const recording = () => {
  const { spans, tracer } = keepingTracer()
  return { spans, layer: Layer.setTracer(tracer) }
}

const TARGETS = [
  "AWSCognitoIdentityProviderService.InitiateAuth",
  "AWSCognitoIdentityProviderService.RespondToAuthChallenge",
  "AWSCognitoIdentityService.GetId",
  "AWSCognitoIdentityService.GetCredentialsForIdentity"
]

/** What a span shows: its name, attribute keys and values. */
const shown = (span: Recorded): ReadonlyArray<string> => [
  span.name,
  ...[...span.attributes].map(([key, value]) => `${key}=${inspect(value, { depth: 5 })}`)
]

const check = (spans: ReadonlyArray<Recorded>, secrets: ReadonlyArray<string>) => {
  expect(spans.map((s) => s.name)).toContain("StaxCloud.auth.login")
  expect(spans.filter((s) => s.name.startsWith("http.client"))).toEqual([])
  const texts = spans.flatMap(shown)
  for (const text of texts) {
    expect(text).not.toMatch(/url\.full|http\.request\.header/)
    for (const target of TARGETS) expect(text).not.toContain(target)
    for (const secret of secrets) expect(text).not.toContain(secret)
  }
}

const secretsOf = (client: { readonly auth: { readonly secrets: () => ReadonlyArray<string> } }) =>
  client.auth.secrets().filter((s) => s.length >= 8)

describe("the login's requests make no http.client span", () => {
  const memory = StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer()))

  it.effect("client.auth.credentials on its own: only the SDK's span, no secret, token or X-Amz-Target in any attribute", () => {
    const { layer, spans } = recording()
    return Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const credentials = yield* client.auth.credentials
      check(spans, [...secretsOf(client), Redacted.value(credentials.sessionToken), Redacted.value(credentials.secretAccessKey)])
    }).pipe(Effect.provide(memory), Effect.provide(layer))
  })

  it.effect("client.auth.region on its own (public/config)", () => {
    const { layer, spans } = recording()
    return Effect.gen(function*() {
      const client = yield* StaxCloudClient
      yield* client.auth.region
      expect(spans.filter((s) => s.name.startsWith("http.client"))).toEqual([])
      expect(spans.flatMap(shown).some((text) => text.includes("public/config"))).toBe(false)
    }).pipe(Effect.provide(memory), Effect.provide(layer))
  })

  it.effect("a login under an API call", () => {
    const { layer, spans } = recording()
    return Effect.gen(function*() {
      const client = yield* StaxCloudClient
      yield* Accounts.readAccounts()
      expect(spans.map((s) => s.name)).toContain("StaxCloud.Accounts.readAccounts")
      check(spans, secretsOf(client))
    }).pipe(Effect.provide(memory), Effect.provide(layer))
  })

  it.live("over FetchHttpClient and a loopback socket", () => {
    const { layer, spans } = recording()
    return Effect.gen(function*() {
      const client = yield* StaxCloudClient
      yield* client.auth.credentials
      check(spans, secretsOf(client))
    }).pipe(
      Effect.provide(StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layerServer()), Layer.provide(FetchHttpClient.layer))),
      Effect.provide(layer),
      Effect.scoped
    )
  })
})
