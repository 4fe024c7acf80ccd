#!/usr/bin/env node
/**
 * `stax`: the command-line interface of stax-effect.
 *
 * Each command group lives in its own file exporting `command`, listed once in `groups` below; the
 * environment variables each API's commands read are listed once in `variables` (shown in `--help`).
 * Adding the Stax cloud commands is a `cloud.ts` (with a `staxCloud.ts` like `staxAi.ts`) and a line
 * in each list.
 *
 * ```sh
 * stax local &                                     # a stand-in of the API on 127.0.0.1
 * export STAX_API_URL=... STAX_EMAIL=... STAX_API_KEY=...   # the lines it prints
 * stax stacks get --tag Invoices
 * stax docs upload ./invoice.pdf --stack <id> --wait --json
 * ```
 *
 * Before anything else it checks which `effect` is installed: next to Effect 4 the CLI's modules cannot
 * be linked, so it says so (naming stax-effect, the version found and the one needed) and exits with code 3
 * (`Config`), and only then loads the commands (dynamic imports, so that check runs first).
 *
 * @since 0.2.0
 */
import { effectVersionProblem, installedEffectVersion } from "../node/EffectVersion.js"

const problem = effectVersionProblem(installedEffectVersion(import.meta.url))
if (problem !== undefined) {
  process.stderr.write(`${problem}\n`)
  process.exit(3)
}
const [App, Runner] = await Promise.all([import("./app.js"), import("./runner.js")])
Runner.main(App.program(process.argv))
