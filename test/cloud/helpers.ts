/**
 * Test wiring: an in-memory `HttpClient` that routes `public/config` and the two Cognito endpoints to
 * the Cognito stand-in, with switchable faults (refused connection, no answer, a failing config).
 */
import { HttpClient, HttpClientError, HttpClientResponse } from "@effect/platform"
import { Effect, Layer, Redacted } from "effect"
import type { CloudAuthOptions } from "../../src/cloud/auth/CloudAuth.js"
import * as Cognito from "../../src/testing/cloud/Cognito.js"

export const API_BASE = "https://api.stax.test/20190206"
export const USER_POOL_URL = "https://cognito-idp.stax.test/"
export const IDENTITY_POOL_URL = "https://cognito-identity.stax.test/"

/** What the in-memory network does with a host's requests. */
export type Fault = "none" | "refuse" | "hang" | "503" | "garbled"

export interface Network {
  readonly cognito: Cognito.CognitoStandIn
  readonly layer: Layer.Layer<HttpClient.HttpClient>
  /** Requests seen, as `METHOD url target`. */
  readonly seen: Array<string>
  readonly faults: { userPool: Fault; identityPool: Fault; config: Fault }
  /** Answers instead of the stand-in when it returns a response (by `X-Amz-Target` and JSON body). */
  intercept: ((target: string, body: Record<string, unknown>) => Response | undefined) | undefined
}

const refused = () =>
  new TypeError("fetch failed", {
    cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:443"), { code: "ECONNREFUSED" })
  })

export const makeNetwork = (options: Cognito.CognitoOptions): Network => {
  const cognito = Cognito.make(options)
  const seen: Array<string> = []
  const faults: Network["faults"] = { userPool: "none", identityPool: "none", config: "none" }
  const client = HttpClient.make((request, url) =>
    Effect.gen(function*() {
      const target = request.headers["x-amz-target"] ?? ""
      seen.push(`${request.method} ${url.href} ${target}`.trim())
      const fault = url.href.startsWith(USER_POOL_URL)
        ? faults.userPool
        : url.href.startsWith(IDENTITY_POOL_URL)
        ? faults.identityPool
        : faults.config
      if (fault === "refuse") {
        return yield* new HttpClientError.RequestError({ request, reason: "Transport", cause: refused() })
      }
      if (fault === "hang") return yield* Effect.never
      if (fault === "503") return HttpClientResponse.fromWeb(request, new Response("busy", { status: 503 }))
      if (fault === "garbled") {
        return HttpClientResponse.fromWeb(request, Response.json({ ApiAuth: { region: "ap-southeast-2", userPoolId: "nounderscore" } }))
      }
      if (url.href === `${API_BASE}/public/config`) {
        return HttpClientResponse.fromWeb(request, Response.json(cognito.publicConfig(API_BASE)))
      }
      if (url.href === USER_POOL_URL || url.href === IDENTITY_POOL_URL) {
        const body = request.body._tag === "Uint8Array" ? request.body.body : undefined
        const answer = network.intercept?.(target, JSON.parse(new TextDecoder().decode(body)))
        if (answer !== undefined) return HttpClientResponse.fromWeb(request, answer)
        const web = new Request(url, { method: request.method, headers: request.headers, ...(body ? { body: body as BodyInit } : {}) })
        return HttpClientResponse.fromWeb(request, yield* cognito.handle(web))
      }
      return HttpClientResponse.fromWeb(request, new Response("not found", { status: 404 }))
    })
  )
  const network: Network = { cognito, layer: Layer.succeed(HttpClient.HttpClient, client), seen, faults, intercept: undefined }
  return network
}

export const authOptions = (overrides: Partial<CloudAuthOptions> & { readonly secret?: string } = {}): CloudAuthOptions => ({
  apiBaseUrl: API_BASE,
  accessKey: "AKSTAXTEST",
  secretKey: Redacted.make(overrides.secret ?? "secret-key-canary-7f3a"),
  timeout: "10 seconds",
  maxAttempts: 5,
  tokenExpiryThreshold: "1 minute",
  endpoints: { userPool: USER_POOL_URL, identityPool: IDENTITY_POOL_URL },
  ...overrides
})

export const testUser = { accessKey: "AKSTAXTEST", secretKey: "secret-key-canary-7f3a" }
