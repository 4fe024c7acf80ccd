/**
 * Walking an error's `cause` chain (fetch and the platform wrap the socket's or the transport's error),
 * at most five errors deep.
 *
 * @internal
 */

/** The first answer `pick` gives along the chain, from the error itself inwards. */
export const findInCauseChain = <A>(error: unknown, pick: (error: object) => A | undefined): A | undefined => {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current !== null && typeof current === "object"; depth++) {
    const found = pick(current)
    if (found !== undefined) return found
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** Whether any error along the chain has this `code`. */
export const hasCodeInCauseChain = (error: unknown, code: string): boolean =>
  findInCauseChain(error, (e) => (e as { code?: unknown }).code === code ? true : undefined) === true
