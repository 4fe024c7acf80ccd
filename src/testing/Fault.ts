/**
 * Fault injection for the stand-in: make a route answer with an error status, a broken body, a
 * delay, or a dropped connection, a given number of times.
 *
 * @example
 * ```ts
 * StaxLocal.layer({ faults: [
 *   Fault.status("GET /stack/get", 503, { times: 2, retryAfter: "1" }),
 *   Fault.reset("POST /stack/create", "after")
 * ] })
 * ```
 *
 * @since 0.1.0
 */
import type * as Duration from "effect/Duration"

/**
 * What a faulty answer's body is.
 * - `json`: the API's failure envelope `{success: false, error}`;
 * - `html`: a gateway's HTML error page;
 * - `truncated`: a success envelope cut in the middle;
 * - `malformed`: JSON that is not an envelope (`{"ok": true}`);
 * - `empty`: no body at all.
 *
 * @since 0.1.0
 * @category Models
 */
export type FaultBody = "json" | "html" | "truncated" | "malformed" | "empty"

/**
 * One fault, applied to the first `times` requests of `route` (`METHOD /path`, or `*` for any).
 *
 * @since 0.1.0
 * @category Models
 */
export type Fault =
  | {
    readonly _tag: "Status"
    readonly route: string
    readonly times: number
    readonly status: number
    readonly body: FaultBody
    readonly retryAfter?: string | undefined
  }
  | { readonly _tag: "Delay"; readonly route: string; readonly times: number; readonly delay: Duration.DurationInput }
  | {
    readonly _tag: "Reset"
    readonly route: string
    readonly times: number
    /**
     * `refuse`: the connection is refused (the request never left);
     * `before`: it drops before the request is applied; `after`: it drops after the write was applied.
     */
    readonly when: "refuse" | "before" | "after"
  }

interface Common {
  /** How many matching requests the fault hits (default 1). */
  readonly times?: number | undefined
}

/**
 * Answer `route` with `status` (and, by default, the API's JSON failure envelope).
 *
 * @since 0.1.0
 * @category Constructors
 */
export const status = (
  route: string,
  code: number,
  options: Common & { readonly body?: FaultBody | undefined; readonly retryAfter?: string | undefined } = {}
): Fault => ({
  _tag: "Status",
  route,
  times: options.times ?? 1,
  status: code,
  body: options.body ?? "json",
  retryAfter: options.retryAfter
})

/**
 * Delay the answer to `route` (in Effect time: `TestClock` controls it in tests).
 *
 * @since 0.1.0
 * @category Constructors
 */
export const delay = (route: string, duration: Duration.DurationInput, options: Common = {}): Fault => ({
  _tag: "Delay",
  route,
  times: options.times ?? 1,
  delay: duration
})

/**
 * Drop the connection of a request to `route`: refused, before, or after the write was applied.
 *
 * @since 0.1.0
 * @category Constructors
 */
export const reset = (route: string, when: "refuse" | "before" | "after", options: Common = {}): Fault => ({
  _tag: "Reset",
  route,
  times: options.times ?? 1,
  when
})

/**
 * A mutable fault plan: faults are consumed as they hit.
 *
 * @since 0.1.0
 * @category Models
 */
export class FaultPlan {
  private readonly faults: Array<{ fault: Fault; left: number }> = []

  constructor(faults: ReadonlyArray<Fault> = []) {
    for (const fault of faults) this.add(fault)
  }

  /** Adds a fault at the end of the plan. */
  add(fault: Fault): void {
    this.faults.push({ fault, left: fault.times })
  }

  /** Removes every fault. */
  clear(): void {
    this.faults.length = 0
  }

  /** Takes the first fault of `kind` that matches `route` and has hits left. */
  take<K extends Fault["_tag"]>(route: string, kind: K): Extract<Fault, { _tag: K }> | undefined {
    for (const entry of this.faults) {
      if (entry.left > 0 && entry.fault._tag === kind && (entry.fault.route === route || entry.fault.route === "*")) {
        entry.left -= 1
        return entry.fault as Extract<Fault, { _tag: K }>
      }
    }
    return undefined
  }
}
