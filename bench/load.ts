/**
 * The benchmark's load loop, shared by bench/run.ts and the probes (bench/probes/).
 */

/** `n` calls of `call`, `concurrency` at a time: each of `concurrency` workers starts its next call when its last one ends. */
export const concurrently = async (call: () => Promise<unknown>, n: number, concurrency: number): Promise<void> => {
  let next = 0
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < n) await call()
  }))
}
