import { fileURLToPath } from "node:url"
import type { Reporter } from "vitest/node"
import { defineConfig } from "vitest/config"

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

type Task = { readonly type: string; readonly mode?: string; readonly result?: { readonly state?: string }; readonly tasks?: ReadonlyArray<Task> }

/** Ends the run with a plain `N passed, N failed` line, which any CI can read. */
const summary: Reporter = {
  onFinished(files: ReadonlyArray<Task>) {
    const count = { passed: 0, failed: 0, skipped: 0 }
    const visit = (task: Task): void => {
      if (task.type === "test") {
        const state = task.result?.state
        if (state === "pass") count.passed++
        else if (state === "fail") count.failed++
        else count.skipped++
      }
      for (const child of task.tasks ?? []) visit(child)
    }
    files.forEach(visit)
    const skipped = count.skipped > 0 ? `, ${count.skipped} skipped` : ""
    console.log(`\n${count.passed} passed, ${count.failed} failed${skipped}`)
  }
}

export default defineConfig({
  resolve: {
    // Tests and examples import the package by its public name, as users do.
    alias: [
      { find: /^stax-effect\/testing$/, replacement: here("./src/testing/index.ts") },
      { find: /^stax-effect\/cloud$/, replacement: here("./src/cloud/index.ts") },
      { find: /^stax-effect\/node$/, replacement: here("./src/node/index.ts") },
      { find: /^stax-effect\/promise$/, replacement: here("./src/promise/index.ts") },
      { find: /^stax-effect$/, replacement: here("./src/index.ts") }
    ]
  },
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", summary],
    // Two cores in CI: keep the pool small and the run deterministic.
    pool: "threads",
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
