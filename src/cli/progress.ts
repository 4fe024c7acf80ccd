/**
 * Progress on stderr for the commands that take time: a byte bar for uploads and downloads, a
 * spinner with the elapsed time while waiting for processing.
 *
 * Shown only when stderr is a terminal and the output is not `--json`; silent otherwise, so pipes,
 * logs and scripts never see it. `STAX_PROGRESS=always` shows it anyway (e.g. to record a session),
 * `STAX_PROGRESS=never` hides it on a terminal too.
 *
 * @example
 * ```ts
 * Effect.scoped(Effect.gen(function*() {
 *   const bar = yield* Progress.bytes("downloading", undefined)
 *   yield* Documents.download({ docId }).pipe(Progress.counting(bar), Stream.run(sink))
 * }))
 * ```
 *
 * @since 0.2.0
 */
import * as Clock from "effect/Clock"
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"

/**
 * A running byte counter: `add` the bytes as they pass.
 *
 * @since 0.2.0
 * @category Models
 */
export interface ByteCounter {
  readonly add: (bytes: number) => Effect.Effect<void>
}

/**
 * The progress display of one command run.
 *
 * @since 0.2.0
 * @category Models
 */
export interface ProgressService {
  /** Whether anything is drawn. */
  readonly enabled: boolean
  /**
   * A byte bar (`total` known) or a byte count with the rate (`total` unknown), drawn until the
   * scope closes, when its last state is left on its own line.
   */
  readonly bytes: (label: string, total: number | undefined) => Effect.Effect<ByteCounter, never, Scope.Scope>
  /** A spinner with the elapsed time, drawn until the scope closes (then erased). */
  readonly spinner: (label: string) => Effect.Effect<void, never, Scope.Scope>
}

/**
 * The `Progress` service tag, its layers, and its helpers.
 *
 * @since 0.2.0
 * @category Context
 */
export class Progress extends Context.Tag("stax-effect/cli/Progress")<Progress, ProgressService>() {
  /** Draws nothing. */
  static readonly silent: ProgressService = {
    enabled: false,
    bytes: () => Effect.succeed({ add: () => Effect.void }),
    spinner: () => Effect.void
  }

  /**
   * Draws on stderr when it is a terminal (or `STAX_PROGRESS=always`), unless `json` is set or
   * `STAX_PROGRESS=never`.
   */
  static layer(json: boolean): Layer.Layer<Progress> {
    return Layer.effect(
      Progress,
      Effect.gen(function*() {
        const setting = yield* Config.literal("always", "never", "auto")("STAX_PROGRESS").pipe(
          Config.withDefault("auto" as const),
          Effect.orElseSucceed(() => "auto" as const)
        )
        const enabled = !json && setting !== "never" && (setting === "always" || process.stderr.isTTY === true)
        return enabled ? drawing(process.stderr) : Progress.silent
      })
    )
  }

  /** Accessor for {@link ProgressService.bytes}. */
  static readonly bytes = (label: string, total: number | undefined) =>
    Effect.flatMap(Progress, (progress) => progress.bytes(label, total))

  /** Accessor for {@link ProgressService.spinner}. */
  static readonly spinner = (label: string) => Effect.flatMap(Progress, (progress) => progress.spinner(label))

  /**
   * Counts the bytes of a stream as they pass (the stream itself is unchanged).
   *
   * @example
   * ```ts
   * const counted = Stream.fromReadableStream(() => blob.stream(), String).pipe(Progress.counting(bar))
   * ```
   */
  static readonly counting = (counter: ByteCounter) =>
  <E, R>(stream: Stream.Stream<Uint8Array, E, R>): Stream.Stream<Uint8Array, E, R> =>
    Stream.tap(stream, (chunk) => counter.add(chunk.byteLength))
}

/** How often the display is redrawn. */
const FRAME = "100 millis"
const BAR_WIDTH = 24
const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

/**
 * A byte size for people: `812 B`, `1.4 KiB`, `23.0 MiB`, `1.02 GiB`.
 *
 * @since 0.2.0
 * @category Formatting
 */
export const formatBytes = (bytes: number): string => {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"]
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2)} ${units[unit]}`
}

/**
 * One line of a byte display: a bar with the percentage when `total` is known, else the count.
 *
 * @since 0.2.0
 * @category Formatting
 */
export const renderBytes = (label: string, done: number, total: number | undefined, elapsedMillis: number): string => {
  const rate = elapsedMillis > 0 ? ` ${formatBytes(Math.round((done * 1000) / elapsedMillis))}/s` : ""
  if (total === undefined || total <= 0) return `${label} ${formatBytes(done)}${rate}`
  const ratio = Math.min(1, done / total)
  const filled = Math.round(ratio * BAR_WIDTH)
  const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled)
  return `${label} ${bar} ${String(Math.floor(ratio * 100)).padStart(3)}% ${formatBytes(done)} / ${formatBytes(total)}${rate}`
}

const seconds = (millis: number) => `${Math.floor(millis / 1000)}s`

/** The display over a terminal stream: one line, redrawn in place (`\r`, erase line). */
const drawing = (out: NodeJS.WriteStream): ProgressService => {
  const draw = (line: string) => Effect.sync(() => out.write(`\r\x1b[2K${line}`))
  const erase = Effect.sync(() => out.write("\r\x1b[2K"))

  /** Redraws `render()` every frame until the scope closes, then runs `last`. */
  const animate = (render: Effect.Effect<string>, last: Effect.Effect<void>) =>
    Effect.gen(function*() {
      // Finalizers run in reverse order: the redraw fiber is stopped first, then `last` draws.
      yield* Effect.addFinalizer(() => last)
      yield* render.pipe(Effect.flatMap(draw), Effect.repeat(Schedule.spaced(FRAME)), Effect.forkScoped)
    }).pipe(Effect.asVoid)

  return {
    enabled: true,
    bytes: (label, total) =>
      Effect.gen(function*() {
        const started = yield* Clock.currentTimeMillis
        const done = yield* Ref.make(0)
        const render = Effect.all([Ref.get(done), Clock.currentTimeMillis]).pipe(
          Effect.map(([bytes, now]) => renderBytes(label, bytes, total, now - started))
        )
        yield* animate(render, render.pipe(Effect.flatMap((line) => draw(`${line}\n`))))
        return { add: (bytes: number) => Ref.update(done, (n) => n + bytes) }
      }),
    spinner: (label) =>
      Effect.gen(function*() {
        const started = yield* Clock.currentTimeMillis
        const frame = yield* Ref.make(0)
        const render = Effect.all([Ref.getAndUpdate(frame, (n) => n + 1), Clock.currentTimeMillis]).pipe(
          Effect.map(([n, now]) => `${SPINNER[n % SPINNER.length]} ${label} (${seconds(now - started)})`)
        )
        yield* animate(render, erase)
      })
  }
}
