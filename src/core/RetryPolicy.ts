/**
 * Declarative retry policies, in the vocabulary of the Stax Python SDK (`staxapp`), compiled to an
 * Effect `Schedule`.
 *
 * A policy is data: which methods may be retried, on which statuses, how long to wait. The SDK
 * compiles it once per request method. Writes are POSTs on the Stax.ai API, so the default policy
 * never retries a POST whose outcome is unknown: only `429`/`503` answers (the server did not act)
 * and connections that failed before the request left.
 *
 * @example
 * ```ts
 * StaxConfig.layer({
 *   email, apiKey,
 *   retry: RetryPolicy.default.with({ maxAttempts: 5, backoffFactor: 1 })
 * })
 * ```
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"

/**
 * HTTP methods a policy can name. The Stax.ai API only uses GET and POST; the others keep
 * `RetryPolicy.staxapp` faithful to staxapp's defaults.
 *
 * @since 0.1.0
 * @category Models
 */
export const HttpMethod = Schema.Literal("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")

/**
 * @since 0.1.0
 * @category Models
 */
export type HttpMethod = typeof HttpMethod.Type

const StatusCode = Schema.Int.pipe(Schema.between(100, 599))
const Seconds = Schema.Number.pipe(Schema.nonNegative(), Schema.finite())

/** A non-negative, finite number of seconds, at most `max`; the message names the field. */
const boundedSeconds = (field: string, max: number) =>
  Schema.Number.pipe(
    Schema.filter((n) =>
      Number.isFinite(n) && n >= 0 && n <= max
        ? undefined
        : `${field} must be a number of seconds from 0 to ${max}, got ${String(n)}`
    )
  )

/**
 * The longest delay a policy may ask for between two attempts: 300 seconds (5 minutes).
 *
 * @since 0.2.0
 * @category Models
 */
export const MAX_DELAY_SECONDS = 300

/**
 * The largest `backoffFactor`: 60 seconds.
 *
 * @since 0.2.0
 * @category Models
 */
export const MAX_BACKOFF_FACTOR_SECONDS = 60

/**
 * When and how to retry a request.
 *
 * Retry rules, for an attempt that failed:
 * 1. the connection could not be opened (the request never left): retried, whatever the method;
 * 2. the answer's status is in `unprocessedStatusCodes` (the server did not act): retried, whatever the method;
 * 3. the method is in `methods` and the status is in `statusCodes`, or the connection broke or
 *    timed out after the request may have been sent: retried;
 * 4. anything else is not retried.
 *
 * The delay before retry `n` (1-based) is `backoffFactor * 2^(n-1)` seconds (`0` for the first retry
 * when `immediateFirstRetry`), or the server's `Retry-After` when it sent one, then capped at
 * `maxDelay` and reduced by up to `jitter` (a fraction) at random.
 *
 * @since 0.1.0
 * @category Models
 */
export class RetryPolicy extends Schema.Class<RetryPolicy>("stax-effect/RetryPolicy")({
  /** Methods retried on `statusCodes` and on connections that broke after sending. */
  methods: Schema.Array(HttpMethod),
  /** Statuses retried for the `methods` above. */
  statusCodes: Schema.Array(StatusCode),
  /** Statuses that mean the server did not act on the request: retried for every method. */
  unprocessedStatusCodes: Schema.Array(StatusCode),
  /** Attempts in all, the first included (`1` turns retries off). */
  maxAttempts: Schema.Int.pipe(Schema.between(1, 100)),
  /** Seconds: the delay before retry `n` is `backoffFactor * 2^(n-1)`. */
  backoffFactor: boundedSeconds("backoffFactor", MAX_BACKOFF_FACTOR_SECONDS),
  /** Seconds (at most 300): no delay is longer, `Retry-After` included. */
  maxDelay: boundedSeconds("maxDelay", MAX_DELAY_SECONDS),
  /** Fraction of each delay taken off at random, from 0 (none) to 1. */
  jitter: Schema.Number.pipe(Schema.between(0, 1)),
  /** Retry the first time without waiting (urllib3's behaviour, kept for `RetryPolicy.staxapp`). */
  immediateFirstRetry: Schema.Boolean,
  /** Wait as long as the server's `Retry-After` says (seconds or an HTTP date), capped at `maxDelay`. */
  respectRetryAfter: Schema.Boolean
}) {
  /**
   * The SDK's default: 3 attempts, GET retried on 429/500/502/503/504, every method on 429/503,
   * 0.5 s, 1 s backoff with 25 % jitter, at most 20 s, `Retry-After` honoured.
   */
  static readonly default: RetryPolicy = new RetryPolicy({
    methods: ["GET"],
    statusCodes: [429, 500, 502, 503, 504],
    unprocessedStatusCodes: [429, 503],
    maxAttempts: 3,
    backoffFactor: 0.5,
    maxDelay: 20,
    jitter: 0.25,
    immediateFirstRetry: false,
    respectRetryAfter: true
  })

  /**
   * staxapp's own code defaults, exactly: `max_attempts=5` retries (6 attempts in all), `backoff_factor=1.0`
   * (waits 0, 2, 4, 8, 16 s), `status_codes` 429/500/502/504, methods GET/PUT/DELETE/OPTIONS (never POST),
   * no jitter, urllib3's 120 s cap.
   */
  static readonly staxapp: RetryPolicy = new RetryPolicy({
    methods: ["GET", "PUT", "DELETE", "OPTIONS"],
    statusCodes: [429, 500, 502, 504],
    unprocessedStatusCodes: [],
    maxAttempts: 6,
    backoffFactor: 1,
    maxDelay: 120,
    jitter: 0,
    immediateFirstRetry: true,
    respectRetryAfter: true
  })

  /** No retries at all. */
  static readonly none: RetryPolicy = RetryPolicy.default.with({ maxAttempts: 1 })

  /**
   * This policy with some fields changed. The result is validated: a bad field throws a `ParseError`
   * naming it, at once, since policies are usually module-level constants.
   *
   * @example
   * ```ts
   * const patient = RetryPolicy.default.with({ maxAttempts: 6, maxDelay: 60 })
   * ```
   */
  with(patch: Partial<RetryPolicy.Fields>): RetryPolicy {
    return Schema.decodeUnknownSync(RetryPolicy)({ ...this, ...patch })
  }

  /**
   * This policy, never retrying the given statuses (where an endpoint gives a status another meaning).
   *
   * @example
   * ```ts
   * RetryPolicy.default.withoutStatus(429) // 429 means "job already running" on /job/start/
   * ```
   */
  withoutStatus(...statuses: ReadonlyArray<number>): RetryPolicy {
    return this.with({
      statusCodes: this.statusCodes.filter((s) => !statuses.includes(s)),
      unprocessedStatusCodes: this.unprocessedStatusCodes.filter((s) => !statuses.includes(s))
    })
  }
}

/**
 * @since 0.1.0
 */
export declare namespace RetryPolicy {
  /** The fields of a {@link RetryPolicy}. */
  export interface Fields {
    readonly methods: ReadonlyArray<HttpMethod>
    readonly statusCodes: ReadonlyArray<number>
    readonly unprocessedStatusCodes: ReadonlyArray<number>
    readonly maxAttempts: number
    readonly backoffFactor: number
    readonly maxDelay: number
    readonly jitter: number
    readonly immediateFirstRetry: boolean
    readonly respectRetryAfter: boolean
  }
}

/**
 * How credentials from a provider are refreshed: before they expire (`tokenExpiryThreshold` ahead of
 * their expiry) and, after an `AuthError`, by fetching them again and retrying, up to `maxAttempts`
 * attempts in all. Static credentials are never retried: the same key would fail the same way.
 *
 * @since 0.1.0
 * @category Models
 */
export class AuthRetryPolicy extends Schema.Class<AuthRetryPolicy>("stax-effect/AuthRetryPolicy")({
  /** Attempts in all when a call fails with `AuthError` and the credentials come from a provider. */
  maxAttempts: Schema.Int.pipe(Schema.between(1, 10)),
  /** Seconds before expiry at which provider credentials are refreshed. */
  tokenExpiryThreshold: Seconds
}) {
  /** The SDK's default: refresh once after an `AuthError`, refresh 60 s before expiry. */
  static readonly default: AuthRetryPolicy = new AuthRetryPolicy({ maxAttempts: 2, tokenExpiryThreshold: 60 })

  /** staxapp's code defaults: `max_attempts=5`, `token_expiry_threshold=1` minute. */
  static readonly staxapp: AuthRetryPolicy = new AuthRetryPolicy({ maxAttempts: 5, tokenExpiryThreshold: 60 })

  /**
   * This policy with some fields changed, validated (a bad field throws a `ParseError` naming it).
   *
   * @example
   * ```ts
   * AuthRetryPolicy.staxapp.with({ tokenExpiryThreshold: 120 })
   * ```
   */
  with(patch: Partial<{ readonly maxAttempts: number; readonly tokenExpiryThreshold: number }>): AuthRetryPolicy {
    return Schema.decodeUnknownSync(AuthRetryPolicy)({ ...this, ...patch })
  }
}

/**
 * What a failed attempt looked like, as the retry schedule sees it.
 *
 * @since 0.1.0
 * @category Models
 */
export type AttemptFailure =
  | {
    readonly _tag: "Status"
    readonly status: number
    /** The `Retry-After` header, raw. */
    readonly retryAfter: string | undefined
  }
  | {
    readonly _tag: "Transport"
    /** Whether the request may have reached the server. */
    readonly maybeSent: boolean
  }

/**
 * Whether `policy` retries an attempt of `method` that failed as `failure` (attempt counts aside).
 *
 * @since 0.1.0
 * @category Predicates
 */
export const isRetryable = (policy: RetryPolicy, method: string, failure: AttemptFailure): boolean => {
  const methodRetried = (policy.methods as ReadonlyArray<string>).includes(method.toUpperCase())
  if (failure._tag === "Transport") return !failure.maybeSent || methodRetried
  if (policy.unprocessedStatusCodes.includes(failure.status)) return true
  return methodRetried && policy.statusCodes.includes(failure.status)
}

/**
 * Parses a `Retry-After` header: delay-seconds or an HTTP date (relative to `nowMillis`). Returns the
 * delay in seconds, never negative; `None` when the header is absent or unreadable.
 *
 * @example
 * ```ts
 * parseRetryAfter("3", 0) // Option.some(3)
 * parseRetryAfter("Wed, 21 Oct 2015 07:28:05 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT")) // Option.some(5)
 * ```
 *
 * @since 0.1.0
 * @category Parsing
 */
export const parseRetryAfter = (header: string | undefined, nowMillis: number): Option.Option<number> => {
  if (header === undefined) return Option.none()
  const text = header.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Option.some(Number(text))
  // An HTTP date always names a weekday or month; refuse bare numbers with signs and the like.
  if (!/[a-z]/i.test(text)) return Option.none()
  const at = Date.parse(text)
  return Number.isNaN(at) ? Option.none() : Option.some(Math.max(0, (at - nowMillis) / 1000))
}

/**
 * The delay before retry number `retry` (1-based), before jitter: the backoff, or the server's
 * `Retry-After` when the policy honours it (`fromServer`), capped at `maxDelay`.
 *
 * @since 0.1.0
 * @category Scheduling
 */
export const baseDelay = (
  policy: RetryPolicy,
  retry: number,
  retryAfterSeconds: Option.Option<number>
): { readonly seconds: number; readonly fromServer: boolean } => {
  const fromServer = policy.respectRetryAfter && Option.isSome(retryAfterSeconds)
  const wanted = fromServer
    ? Option.getOrThrow(retryAfterSeconds)
    : policy.immediateFirstRetry && retry === 1
    ? 0
    : policy.backoffFactor * 2 ** (retry - 1)
  return { seconds: Math.min(wanted, policy.maxDelay), fromServer }
}

/**
 * One retry, as the schedule of {@link toSchedule} decides it: which retry, after which failure, and the
 * wait before it.
 *
 * @since 0.2.0
 * @category Models
 */
export interface RetryDecision {
  /** 1 for the first retry. */
  readonly retry: number
  readonly failure: AttemptFailure
  /** The wait before this retry, in milliseconds (jitter and `Retry-After` applied). */
  readonly millis: number
}

/**
 * Compiles a policy, for one HTTP method, to a `Schedule` over attempt failures: it recurs while the
 * failure is retryable and attempts are left, waiting `backoffFactor * 2^(n-1)` seconds (or the server's
 * `Retry-After`), capped at `maxDelay`, with `jitter` taken off at random. With `deadlineAt` (epoch
 * milliseconds, on the Effect `Clock`), it stops instead of waiting past the deadline.
 *
 * @example
 * ```ts
 * effect.pipe(Effect.retry(toSchedule(RetryPolicy.default, "GET")))
 * ```
 *
 * @since 0.1.0
 * @category Schedules
 */
export const toSchedule = (
  policy: RetryPolicy,
  method: string,
  options: { readonly deadlineAt?: number | undefined } = {}
): Schedule.Schedule<RetryDecision, AttemptFailure> => {
  const schedule = Schedule.recurs(policy.maxAttempts - 1).pipe(
    Schedule.intersect(Schedule.identity<AttemptFailure>()),
    Schedule.whileInput((failure: AttemptFailure) => isRetryable(policy, method, failure)),
    Schedule.mapEffect(([retriesSoFar, failure]) =>
      Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        const retryAfter = failure._tag === "Status" ? parseRetryAfter(failure.retryAfter, now) : Option.none()
        const { fromServer, seconds } = baseDelay(policy, retriesSoFar + 1, retryAfter)
        const cut = policy.jitter > 0 && !fromServer ? (yield* Random.next) * policy.jitter : 0
        return { retry: retriesSoFar + 1, failure, millis: Math.round(seconds * (1 - cut) * 1000) }
      })
    )
  )
  const deadlineAt = options.deadlineAt
  const bounded = deadlineAt === undefined
    ? schedule
    : schedule.pipe(
      Schedule.checkEffect((_, decision: RetryDecision) =>
        Effect.map(Clock.currentTimeMillis, (now) => now + decision.millis < deadlineAt)
      )
    )
  return bounded.pipe(Schedule.addDelay((decision) => Duration.millis(decision.millis)))
}

