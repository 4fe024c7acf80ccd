/**
 * A process that downloads and is done exits: no timer of a finished call keeps it alive. One child
 * process runs small and large downloads (read to the end, and abandoned) over `UndiciHttpClient` and
 * `FetchHttpClient`, through Effect and through the Promise client (`close()`), with a 30-second timeout
 * configured; it must exit well before that timeout could have kept it alive.
 */
import { describe, expect, it } from "@effect/vitest"
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))
const fixture = fileURLToPath(new URL("./fixtures/downloadsThenExit.ts", import.meta.url))

/** Runs the fixture; resolves with its exit code, its output, and how long it lived after printing `done`. */
const run = () =>
  new Promise<{ code: number | null; output: string; afterDone: number | undefined }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fixture], { cwd: root, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    let doneAt: number | undefined
    const onData = (data: Buffer) => {
      output += data.toString()
      if (doneAt === undefined && /^done$/m.test(output)) doneAt = Date.now()
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    // A backstop beyond the configured timeout: a process kept alive by a 30 s timer is killed here.
    const backstop = setTimeout(() => child.kill("SIGKILL"), 90_000)
    child.on("error", reject)
    child.on("close", (code) => {
      clearTimeout(backstop)
      resolve({ code, output, afterDone: doneAt === undefined ? undefined : Date.now() - doneAt })
    })
  })

describe("a process that has downloaded", () => {
  it("exits promptly after small and large downloads over both transports", async () => {
    const { afterDone, code, output } = await run()
    expect(output).toContain("done")
    expect(code).toBe(0)
    // The calls have a 30 s timeout; a timer left armed would keep the process alive until it fires.
    expect(afterDone).toBeLessThan(10_000)
  }, 120_000)
})
