import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  resolve: {
    // Tests and examples import the package by its public name, as users do.
    alias: [
      { find: /^stax-effect\/testing$/, replacement: here("./src/testing/index.ts") },
      { find: /^stax-effect$/, replacement: here("./src/index.ts") }
    ]
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Two cores in CI: keep the pool small and the run deterministic.
    pool: "threads",
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
