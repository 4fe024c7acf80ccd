/**
 * The synchronous SigV4 signer against `@smithy/signature-v4` (the stand-in's verifier): for any method,
 * path, query and body, both make the same headers and signature.
 */
import { SignatureV4 } from "@smithy/signature-v4"
import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import * as SigV4Signer from "../../src/cloud/auth/SigV4Signer.js"
import { Sha256 } from "../../src/cloud/auth/Sha256.js"

const credentials = { accessKeyId: "ASIAEXAMPLEKEY", secretAccessKey: "secret/key+0123", sessionToken: "token=".repeat(40) }
const region = "ap-southeast-2"
const smithy = new SignatureV4({ service: "execute-api", region, credentials, sha256: Sha256 })

const segment = fc.oneof(fc.constantFrom(".", "..", "a b", "é", "x%2Fy", "~_-."), fc.string({ maxLength: 8 }))
const queryPair = fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 8 }))

describe("SigV4Signer", () => {
  it("signs as @smithy/signature-v4 does", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "POST", "PUT", "DELETE"),
        fc.array(segment, { maxLength: 4 }),
        fc.array(queryPair, { maxLength: 4 }),
        fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true }),
        async (method, segments, pairs, body, now) => {
          const url = new URL(`https://api.example.test:8443/20190206/${segments.map(encodeURIComponent).join("/")}`)
          for (const [key, value] of pairs) url.searchParams.append(key, value)
          const query: Record<string, string | Array<string>> = {}
          for (const [key, value] of url.searchParams) {
            const seen = query[key]
            query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value]
          }
          const expected = await smithy.sign(
            { method, protocol: "https:", hostname: url.hostname, port: 8443, path: url.pathname, query, headers: { host: url.host }, body },
            { signingDate: now }
          )
          const signed = SigV4Signer.sign(method, url, body, credentials, region, now)
          expect(signed.authorization).toBe(expected.headers["authorization"])
          expect(signed["x-amz-date"]).toBe(expected.headers["x-amz-date"])
          expect(signed["x-amz-content-sha256"]).toBe(expected.headers["x-amz-content-sha256"])
          expect(signed["x-amz-security-token"]).toBe(credentials.sessionToken)
        }
      ),
      { numRuns: 300 }
    )
  })
})
