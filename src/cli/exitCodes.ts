/**
 * The exit codes of the `stax` CLI: one per kind of failure, so scripts can tell a missing
 * environment variable from a refused key or an unreachable API without reading the message.
 *
 * | code | name | when |
 * |---|---|---|
 * | 0 | `Ok` | the command succeeded (also `--help`, `--version`, and `stax local` stopped by a signal) |
 * | 1 | `Failure` | anything else (a file that cannot be written, a port in use, a bug) |
 * | 2 | `Usage` | bad command line or bad input (`InputError`, e.g. an id that is not an ObjectId) |
 * | 3 | `Config` | configuration missing or invalid (`ConfigError`, e.g. `STAX_API_KEY` unset; or an `effect` other than Effect 3 installed, found before any command loads) |
 * | 4 | `Auth` | credentials refused (`AuthError`) |
 * | 5 | `Api` | the API answered with an error (`ApiError`, e.g. not found) |
 * | 6 | `Transport` | no answer (`TransportError`: timeout, connection refused or broken) |
 * | 7 | `Decode` | an answer the SDK could not read (`DecodeError`) |
 * | 8 | `Processing` | document processing failed or did not finish in time (`ProcessingError`, `ProcessingTimeoutError`) |
 * | 130 / 143 | `Interrupted` | stopped by SIGINT / SIGTERM (128 + the signal's number) |
 *
 * @since 0.2.0
 */
import * as ValidationError from "@effect/cli/ValidationError"
import * as ConfigError from "effect/ConfigError"
import * as Predicate from "effect/Predicate"

/**
 * The exit codes by name.
 *
 * @since 0.2.0
 * @category Constants
 */
export const ExitCode = {
  Ok: 0,
  Failure: 1,
  Usage: 2,
  Config: 3,
  Auth: 4,
  Api: 5,
  Transport: 6,
  Decode: 7,
  Processing: 8,
  /** 128 + SIGINT (2). */
  Interrupted: 130,
  /** 128 + SIGTERM (15). */
  Terminated: 143
} as const

/**
 * @since 0.2.0
 * @category Models
 */
export type ExitCode = typeof ExitCode[keyof typeof ExitCode]

/**
 * The documented table, in order: code, what it means. Shown at the end of every `--help`.
 *
 * @since 0.2.0
 * @category Constants
 */
export const table: ReadonlyArray<readonly [code: string, meaning: string]> = [
  ["0", "success"],
  ["1", "any other failure (a file that cannot be written, a port in use, ...)"],
  ["2", "bad command line or input (InputError)"],
  ["3", "configuration missing or invalid, e.g. STAX_API_KEY unset (ConfigError)"],
  ["4", "credentials refused (AuthError)"],
  ["5", "the API answered with an error (ApiError)"],
  ["6", "no answer: timeout, connection refused or broken (TransportError)"],
  ["7", "an answer that could not be read (DecodeError)"],
  ["8", "document processing failed or timed out (ProcessingError, ProcessingTimeoutError)"],
  ["130, 143", "stopped by SIGINT or SIGTERM (stax local: 0)"]
]

const byTag: Readonly<Record<string, ExitCode>> = {
  InputError: ExitCode.Usage,
  AuthError: ExitCode.Auth,
  ApiError: ExitCode.Api,
  TransportError: ExitCode.Transport,
  DecodeError: ExitCode.Decode,
  ProcessingError: ExitCode.Processing,
  ProcessingTimeoutError: ExitCode.Processing
}

/**
 * The exit code for a failure: by its `_tag` for the SDK's errors (Stax.ai and Stax cloud share
 * them), `Config` for an Effect `ConfigError`, `Usage` for a command-line `ValidationError`,
 * `Failure` for anything else.
 *
 * @example
 * ```ts
 * exitCodeOf(new AuthError({ endpoint: "Stacks.get", message: "refused" })) // 4
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const exitCodeOf = (error: unknown): ExitCode => {
  if (ConfigError.isConfigError(error)) return ExitCode.Config
  if (ValidationError.isValidationError(error)) return ExitCode.Usage
  if (Predicate.hasProperty(error, "_tag") && typeof error._tag === "string") {
    return byTag[error._tag] ?? ExitCode.Failure
  }
  return ExitCode.Failure
}
