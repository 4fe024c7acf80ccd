/**
 * What an error keeps of an answer's body, for both APIs' interpreters: a short excerpt of the text, a
 * bounded preview of a JSON value, and a word for what the body was when it was not JSON. Everything is
 * scrubbed of secrets before it is cut, from a bounded prefix, so a huge body costs no more than a small
 * one and no secret leaves its first characters behind.
 *
 * @since 0.2.0
 */
import { scrubPrefix } from "../StaxError.js"

/**
 * The longest excerpt of a body kept in an error, in characters.
 *
 * @since 0.2.0
 * @category Excerpts
 */
export const EXCERPT_LENGTH = 200

/**
 * Server messages kept in an error are cut to this many characters (after scrubbing).
 *
 * @since 0.2.0
 * @category Excerpts
 */
export const MESSAGE_LENGTH = 500

/** How much of a body is read for an excerpt: enough for whitespace runs to collapse into 200 characters. */
const EXCERPT_WINDOW = 4096

/**
 * The first characters of a body, on one line, scrubbed of secrets. Only a bounded prefix of the body
 * is read, and secrets are scrubbed before the cut, so none leaves its first characters behind.
 *
 * @example
 * ```ts
 * excerpt("<html>\n  <body>Bad gateway</body>\n</html>", []) // "<html> <body>Bad gateway</body> </html>"
 * ```
 *
 * @since 0.1.0
 * @category Excerpts
 */
export const excerpt = (body: string, secrets: ReadonlyArray<string>): string => {
  const flat = scrubPrefix(body, secrets, EXCERPT_WINDOW).replace(/\s+/g, " ").trim()
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat
}

/**
 * What a body that is not JSON looks like, for a message: `an HTML page`, `an empty body` or `a body that
 * is not JSON`.
 *
 * @since 0.2.0
 * @category Excerpts
 */
export const notJsonKind = (body: string): string => {
  const head = excerpt(body, [])
  return head.startsWith("<") ? "an HTML page" : head === "" ? "an empty body" : "a body that is not JSON"
}

/** An open array or object while {@link preview} writes it. */
interface Frame {
  readonly value: ReadonlyArray<unknown> | Record<string, unknown>
  readonly keys: ReadonlyArray<string> | undefined
  readonly close: string
  index: number
}

/**
 * A JSON rendering of `value`, at most `max` characters, scrubbed of secrets: written without
 * recursion, and it stops as soon as it has enough, so a huge or deep value costs no more than a small one.
 *
 * @since 0.2.0
 * @category Excerpts
 */
export const preview = (value: unknown, secrets: ReadonlyArray<string>, max: number): string => {
  const longest = secrets.reduce((n, secret) => Math.max(n, secret.length), 0)
  // Written past `max` by the longest secret, so the final scrub sees any secret the cut would split.
  const budget = max + longest + 1
  let out = ""
  const stack: Array<Frame> = []
  const write = (item: unknown): void => {
    if (typeof item === "string") out += JSON.stringify(scrubPrefix(item, secrets, budget - out.length))
    else if (Array.isArray(item)) {
      out += "["
      stack.push({ value: item, keys: undefined, close: "]", index: 0 })
    } else if (item !== null && typeof item === "object") {
      out += "{"
      const record = item as Record<string, unknown>
      stack.push({ value: record, keys: Object.keys(record), close: "}", index: 0 })
    } else out += item === undefined ? "null" : String(item)
  }
  write(value)
  while (stack.length > 0 && out.length < budget) {
    const frame = stack[stack.length - 1]!
    const size = frame.keys === undefined ? (frame.value as ReadonlyArray<unknown>).length : frame.keys.length
    if (frame.index >= size) {
      out += frame.close
      stack.pop()
      continue
    }
    if (frame.index > 0) out += ","
    if (frame.keys === undefined) write((frame.value as ReadonlyArray<unknown>)[frame.index])
    else {
      const key = frame.keys[frame.index]!
      out += `${JSON.stringify(scrubPrefix(key, secrets, budget - out.length))}:`
      write((frame.value as Record<string, unknown>)[key])
    }
    frame.index += 1
  }
  const cut = scrubPrefix(out, secrets, max)
  return stack.length > 0 && !cut.endsWith("…") ? `${cut}…` : cut
}
