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
 * @since 0.2.0
 */
import * as App from "./app.js"
import * as Runner from "./runner.js"

Runner.main(App.program(process.argv))
