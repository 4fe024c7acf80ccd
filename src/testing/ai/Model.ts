/**
 * The stand-in's state: one Stax team with its stacks and documents, held in memory, plus a log of
 * the requests it received and a count of the writes it applied (so tests can prove that nothing was
 * lost or applied twice).
 *
 * @since 0.1.0
 */

/**
 * A JSON object as the stand-in stores resources: exactly what the API would send.
 *
 * @since 0.1.0
 * @category Models
 */
export type Json = { [key: string]: unknown }

/**
 * The team whose administrator the SDK authenticates as.
 *
 * @since 0.1.0
 * @category Models
 */
export interface Team {
  readonly id: string
  /** The administrator's email: the `Email` header must match it (case-insensitively). */
  readonly email: string
  /** The developer API key: `Authorization` must be exactly `Bearer <apiKey>`. */
  readonly apiKey: string
  /** Keys of team members who are not administrators: the API refuses them (403 / `authError`). */
  readonly memberKeys: ReadonlyArray<{ readonly email: string; readonly apiKey: string }>
}

/**
 * One request as the stand-in saw it. Header values are not kept, only whether the credentials matched.
 *
 * @since 0.1.0
 * @category Models
 */
export interface RequestRecord {
  readonly method: string
  /** `METHOD /path`, e.g. `GET /stack/get`. */
  readonly route: string
  readonly query: Readonly<Record<string, string>>
  /** The header names received, lower-case. */
  readonly headerNames: ReadonlyArray<string>
  readonly authenticated: boolean
}

/**
 * The in-memory state.
 *
 * @since 0.1.0
 * @category Models
 */
export class Model {
  readonly stacks = new Map<string, Json>()
  readonly documents = new Map<string, Json>()
  /** Bytes of each document's original file, by document id. */
  readonly files = new Map<string, Uint8Array>()
  readonly requests: Array<RequestRecord> = []
  readonly applied = new Map<string, number>()
  private counter = 0

  constructor(readonly team: Team, private readonly clock: () => number) {}

  /** A new ObjectId: deterministic (a fixed time part and a counter), so tests can predict ids. */
  nextId(): string {
    this.counter += 1
    return `65a1f0c2${this.counter.toString(16).padStart(16, "0")}`
  }

  /** The current time as the API writes it (ISO-8601 with milliseconds). */
  now(): string {
    return new Date(this.clock()).toISOString()
  }

  /** Counts one applied write of `route`. */
  apply(route: string): void {
    this.applied.set(route, (this.applied.get(route) ?? 0) + 1)
  }

  /** How many times the stand-in applied writes of `route` (e.g. `POST /stack/create`). */
  appliedCount(route: string): number {
    return this.applied.get(route) ?? 0
  }
}
