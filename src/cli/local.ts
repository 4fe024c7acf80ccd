/**
 * `stax local`: serves the stand-ins of the APIs on 127.0.0.1, seeded with a few resources, so the
 * CLI and the SDK can be tried offline. It prints the environment to use and runs until Ctrl-C
 * (SIGINT or SIGTERM close the servers and the command exits 0).
 *
 * ```sh
 * stax local --port 8910
 * # Stax.ai stand-in: http://127.0.0.1:8910
 * # export STAX_API_URL=http://127.0.0.1:8910 STAX_EMAIL=admin@stax.local STAX_API_KEY=local...key
 * ```
 *
 * The stand-ins are listed in `standIns`: adding one (e.g. Stax cloud's) is one entry. With
 * `--port N`, the i-th stand-in listens on N + i (`--port 0`: each on a free port).
 *
 * @since 0.2.0
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import { Tpa } from "../ai/api/Tpa.js"
import * as Stax from "../ai/Stax.js"
import { StaxConfig } from "../ai/StaxConfig.js"
import { StaxCloudLocal } from "../testing/cloud/StaxCloudLocal.js"
import { StaxLocal } from "../testing/ai/StaxLocal.js"
import * as Http from "./http.js"
import * as Output from "./output.js"
import { Shutdown } from "./runner.js"

/**
 * A stand-in that `stax local` serves.
 *
 * @since 0.2.0
 * @category Models
 */
export interface StandIn {
  /** What it stands in for, e.g. `Stax.ai`. */
  readonly name: string
  /** Serves it on 127.0.0.1 at `port` (0: a free port) for the scope's life. */
  readonly start: (port: number) => Effect.Effect<Started, unknown, Scope.Scope>
}

/**
 * A served stand-in: where it listens, the environment variables a client needs, and a note for
 * people (e.g. that its key is not a secret).
 *
 * @since 0.2.0
 * @category Models
 */
export interface Started {
  readonly name: string
  readonly url: string
  readonly env: Readonly<Record<string, string>>
  readonly note: string
  /** What it was seeded with, for people. */
  readonly seeded: string
}

/**
 * The default first port of `stax local`.
 *
 * @since 0.2.0
 * @category Constants
 */
export const defaultPort = 8910

const INVOICES = "5eed00000000000000000001"
const RECEIPTS = "5eed00000000000000000002"

const fakePdf = (title: string) =>
  `%PDF-1.4\n1 0 obj << /Type /Page /Title (${title}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`

const processed = { working: false, success: true, status: "Complete" }

/**
 * The Stax.ai stand-in (`StaxLocal`), seeded with two stacks, three documents, a trust-accounting
 * plan and an account. Its credentials are the stand-in's fixed test key, which is not a secret.
 *
 * @since 0.2.0
 * @category Stand-ins
 */
export const staxAi: StandIn = {
  name: "Stax.ai",
  start: (port) =>
    Effect.gen(function*() {
      const local = yield* StaxLocal.serve({
        port,
        seed: {
          stacks: [{ _id: INVOICES, path: "Invoices", tag: "invoices" }, { _id: RECEIPTS, path: "Receipts" }],
          documents: [
            {
              name: "invoice-acme-2024-03.pdf",
              stack: INVOICES,
              content: fakePdf("Acme invoice"),
              job: processed,
              pages: ["page-1"],
              metadata: [
                { key: "Vendor", value: "Acme Corp", confidence: 0.98 },
                { key: "Total", value: "1250.00", confidence: 0.95 }
              ]
            },
            {
              name: "invoice-globex-2024-04.pdf",
              stack: INVOICES,
              content: fakePdf("Globex invoice"),
              job: processed,
              pages: ["page-1"],
              metadata: [{ key: "Vendor", value: "Globex", confidence: 0.97 }]
            },
            {
              name: "receipt-coffee.txt",
              stack: RECEIPTS,
              format: "text/plain",
              content: "1 flat white 3.50\n",
              job: processed,
              metadata: [{ key: "Total", value: "3.50", confidence: 0.9 }]
            }
          ]
        }
      })
      // Trust accounting has no seed option: it is created through the SDK, over the socket.
      yield* Effect.gen(function*() {
        const plan = yield* Tpa.createPlan({ planName: "Acme 401(k)", internalPlanId: "ACME-401K", active: true })
        yield* Tpa.createAccount({ planId: plan._id, number: "X-1234", provider: "Schwab", active: true })
      }).pipe(
        Effect.provide(Stax.layer.pipe(
          Layer.provide(StaxConfig.layer({ email: local.email, apiKey: local.apiKey, baseUrl: local.baseUrl })),
          Layer.provide(Http.layer)
        ))
      )
      return {
        name: "Stax.ai",
        url: local.baseUrl,
        env: {
          STAX_API_URL: local.baseUrl,
          STAX_EMAIL: local.email,
          // Printed on purpose: the stand-in's fixed test key, which works nowhere else.
          STAX_API_KEY: Redacted.value(local.apiKey)
        },
        note: "STAX_API_KEY above is the stand-in's fixed test key, not a secret: it works only here.",
        seeded: "2 stacks (Invoices, Receipts), 3 documents, 1 trust-accounting plan with 1 account"
      }
    })
}

/**
 * The Stax cloud stand-in (`StaxCloudLocal`): the real login protocols (SRP, identity pool, SigV4) and
 * eight seeded accounts. Its API token is the stand-in's fixed test token, which is not a secret.
 *
 * @since 0.2.0
 * @category Stand-ins
 */
export const staxCloud: StandIn = {
  name: "Stax cloud",
  start: (port) =>
    Effect.map(StaxCloudLocal.serve({ port }), (local) => ({
      name: "Stax cloud",
      url: local.baseUrl,
      env: {
        STAX_CLOUD_API_URL: local.baseUrl,
        STAX_CLOUD_AUTH_URL: local.authEndpoints.userPool,
        STAX_ACCESS_KEY: local.accessKey,
        // Printed on purpose: the stand-in's fixed test token, which works nowhere else.
        STAX_SECRET_KEY: Redacted.value(local.secretKey)
      },
      note: "STAX_SECRET_KEY above is the stand-in's fixed test token, not a secret: it works only here.",
      seeded: `${local.accounts.list().length} AWS accounts`
    }))
}

/**
 * The stand-ins `stax local` serves, in order (the i-th listens on `--port` + i).
 *
 * @since 0.2.0
 * @category Stand-ins
 */
export const standIns: ReadonlyArray<StandIn> = [staxAi, staxCloud]

const describeStarted = (started: Started): string =>
  [
    `${started.name} stand-in: ${started.url}`,
    `  seeded with ${started.seeded}`,
    `  export ${Object.entries(started.env).map(([name, value]) => `${name}=${value}`).join(" ")}`,
    `  (${started.note})`
  ].join("\n")

/**
 * The `local` command.
 *
 * @since 0.2.0
 * @category Commands
 */
export const command = Command.make(
  "local",
  {
    port: Options.integer("port").pipe(
      Options.withDescription(`The first stand-in's port on 127.0.0.1; the next ones use the following ports; 0 picks free ports`),
      Options.withDefault(defaultPort)
    ),
    json: Output.json
  },
  ({ json, port }) =>
    Output.run(
      json,
      Effect.scoped(Effect.gen(function*() {
        // From the start: a signal during start-up ends the command once the servers are up, cleanly.
        const stopped = yield* Shutdown.takeOver
        const started = yield* Effect.forEach(standIns, (standIn, i) => standIn.start(port === 0 ? 0 : port + i))
        yield* Output.Output.result({ standIns: started }, () =>
          `${started.map(describeStarted).join("\n\n")}\n\nRunning until Ctrl-C.`)
        const signal = yield* stopped
        yield* Console.error(`stax local: ${signal} received, stopping`)
      }))
    )
).pipe(Command.withDescription("Serve the stand-ins on 127.0.0.1 to try the CLI and the SDK offline; runs until Ctrl-C"))
