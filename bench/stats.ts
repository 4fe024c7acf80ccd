/**
 * Small statistics helpers of the benchmark: percentiles and min/median/max summaries.
 */

/** The `p` quantile (0..1) of sorted values (nearest rank). */
export const percentile = (sorted: ReadonlyArray<number>, p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? Number.NaN

/** The median of values (the mean of the two middle ones for an even count). */
export const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** `{min, median, max}`, rounded to `digits` decimals. */
export interface Spread {
  readonly min: number
  readonly median: number
  readonly max: number
}

export const summary = (values: ReadonlyArray<number>, digits = 0): Spread => {
  const round = (x: number) => +x.toFixed(digits)
  return { min: round(Math.min(...values)), median: round(median(values)), max: round(Math.max(...values)) }
}
