import { Schema } from "effect"
import { inspect } from "node:util"
import { StaxError } from "stax-effect"

/** Every way an error or value can end up as text (for secret canaries). */
export const renderings = (value: unknown): Array<string> => {
  const out = [String(value), JSON.stringify(value) ?? "", inspect(value, { depth: 10, showHidden: true })]
  if (value instanceof Error) out.push(value.message, String(value.stack))
  if (Schema.is(StaxError)(value)) out.push(JSON.stringify(Schema.encodeSync(StaxError)(value)))
  return out
}
