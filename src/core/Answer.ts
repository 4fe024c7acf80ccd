/**
 * An HTTP answer with its body read, as the request core hands it to an API's interpreter.
 *
 * @since 0.2.0
 */
import type * as Either from "effect/Either"
import type * as Schema from "effect/Schema"
import type { Decoding } from "./decode/Decode.js"
import type { StaxError } from "./StaxError.js"

/**
 * An HTTP answer with its body read as text.
 *
 * @since 0.1.0
 * @category Models
 */
export interface Answer {
  readonly status: number
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>
  readonly body: string
}

/**
 * What an interpreter needs besides the answer.
 *
 * @since 0.1.0
 * @category Models
 */
export interface InterpretContext<A, I> {
  /** The SDK operation, e.g. `Stacks.get`, named in every error. */
  readonly endpoint: string
  /** Decodes the success body. */
  readonly payload: Schema.Schema<A, I>
  /** Strings to scrub from anything kept in an error (API keys, tokens). */
  readonly secrets: ReadonlyArray<string>
  /** The current time, for `Retry-After` given as an HTTP date. */
  readonly nowMillis: number
  /**
   * How the success payload is decoded: `"compiled"` (the default) or `"schema"` (Schema alone, no
   * generated code); the client's `decoding` setting.
   */
  readonly decoding?: Decoding | undefined
  /** Statuses besides 2xx whose answer is the payload (the operation's `acceptStatuses`). */
  readonly acceptStatuses?: ReadonlyArray<number> | undefined
}

/**
 * Turns an answer into the payload or a typed error: each API supplies its own (Stax.ai's `success`
 * envelope, Stax cloud's plain JSON with `{Error, Cause}` failures).
 *
 * @since 0.2.0
 * @category Models
 */
export type Interpreter = <A, I>(answer: Answer, context: InterpretContext<A, I>) => Either.Either<A, StaxError>
