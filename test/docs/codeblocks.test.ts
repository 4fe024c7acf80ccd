/**
 * The docs run: every ```ts block of README.md and docs/*.md is type-checked (as a user's file importing
 * `stax-effect`), and every block that is a test (it imports `@effect/vitest`) is run under vitest
 * against the stand-in. A fragment opts out with ```ts no-check, justified in the text beside it.
 */
import { describe, expect, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import ts from "typescript"

const root = fileURLToPath(new URL("../../", import.meta.url))
const generated = join(root, "test/docs/.generated")

interface Block {
  /** The markdown file, relative to the repository. */
  readonly source: string
  /** The line of the block's first line of code (1-based). */
  readonly line: number
  readonly flags: ReadonlyArray<string>
  readonly code: string
  readonly isTest: boolean
  /** The generated file. */
  readonly file: string
}

const markdownFiles = (): ReadonlyArray<string> => {
  const docs = join(root, "docs")
  const inDocs = existsSync(docs)
    ? readdirSync(docs).filter((name) => name.endsWith(".md")).sort().map((name) => `docs/${name}`)
    : []
  return ["README.md", ...inDocs]
}

const extract = (source: string): ReadonlyArray<Omit<Block, "file">> => {
  const lines = readFileSync(join(root, source), "utf8").split("\n")
  const blocks: Array<Omit<Block, "file">> = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|typescript)(?:\s+(.*))?$/.exec(lines[i]!)
    if (open === null) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++
    const code = lines.slice(start, end).join("\n")
    blocks.push({
      source,
      line: start + 1,
      flags: (open[2] ?? "").split(/\s+/).filter((flag) => flag.length > 0),
      code,
      isTest: /from\s+["']@effect\/vitest["']/.test(code)
    })
    i = end
  }
  return blocks
}

/** Writes every block to its own module under test/docs/.generated/. */
const writeBlocks = (): ReadonlyArray<Block> => {
  rmSync(generated, { recursive: true, force: true })
  mkdirSync(generated, { recursive: true })
  return markdownFiles().flatMap(extract).map((block) => {
    const name = `${block.source.replace(/[^A-Za-z0-9]+/g, "-")}-L${block.line}${block.isTest ? ".spec" : ""}.ts`
    const file = join(generated, name)
    // Every block is a module of its own, even one without imports.
    writeFileSync(file, `${block.code}\nexport {}\n`)
    return { ...block, file }
  })
}

const blocks = writeBlocks()
const checked = blocks.filter((block) => !block.flags.includes("no-check"))

/** Where a generated file's line is in the markdown. */
const locate = (file: string, line: number): string => {
  const block = blocks.find((b) => b.file === file)
  return block === undefined ? relative(root, file) : `${block.source}:${block.line + line}`
}

describe("the code blocks of the README and docs/", () => {
  it("are found in the README and in docs/", () => {
    expect(blocks.filter((b) => b.source === "README.md").length).toBeGreaterThanOrEqual(2)
    expect(blocks.filter((b) => b.source.startsWith("docs/")).length).toBeGreaterThanOrEqual(1)
    expect(blocks.some((b) => b.isTest && b.source === "README.md")).toBe(true)
  })

  it("opt out of type-checking only with an explicit no-check, and few do", () => {
    const optedOut = blocks.filter((b) => b.flags.includes("no-check"))
    expect(optedOut.length).toBeLessThanOrEqual(Math.max(1, Math.floor(blocks.length / 5)))
    for (const block of blocks) {
      expect(block.flags.every((flag) => flag === "no-check"), `${block.source}:${block.line} ${block.flags}`).toBe(true)
    }
  })

  it("type-check as a user's code importing stax-effect", () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"))
      }
    })!
    const program = ts.createProgram(checked.map((b) => b.file), { ...config.options, noEmit: true })
    const errors = checked.flatMap((block) => {
      const sourceFile = program.getSourceFile(block.file)!
      return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)].map((d) => {
        const { line } = sourceFile.getLineAndCharacterOfPosition(d.start ?? 0)
        return `${locate(block.file, line)}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`
      })
    })
    expect(errors).toEqual([])
  }, 120_000)

  it("that are tests pass under vitest against the stand-in", async () => {
    const tests = checked.filter((b) => b.isTest)
    expect(tests.length).toBeGreaterThanOrEqual(2)
    const report = join(generated, "report.json")
    const vitest = join(root, "node_modules/vitest/vitest.mjs")
    const result = await promisify(execFile)(
      process.execPath,
      [vitest, "run", "--config", "test/docs/vitest.docs.config.ts", "--reporter=json", `--outputFile=${report}`],
      { cwd: root, maxBuffer: 16 * 1024 * 1024, timeout: 110_000 }
    ).then(() => 0, (error: { code?: number }) => error.code ?? 1)
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      testResults: ReadonlyArray<{
        name: string
        message?: string
        assertionResults: ReadonlyArray<{ title: string; status: string; failureMessages?: ReadonlyArray<string> }>
      }>
    }
    const outcomes = json.testResults.flatMap((file) => [
      ...(file.assertionResults.length === 0 ? [`${locate(file.name, 0)}: ${file.message ?? "no test ran"}`] : []),
      ...file.assertionResults.map((test) =>
        `${locate(file.name, 0)} "${test.title}": ${test.status}${
          test.status === "passed" ? "" : ` ${(test.failureMessages ?? []).join("\n").slice(0, 500)}`
        }`
      )
    ])
    // Every test block ran, and every test in it passed.
    for (const block of tests) {
      expect(json.testResults.some((file) => file.name === block.file), `${block.source}:${block.line} did not run`).toBe(true)
    }
    expect(outcomes.filter((outcome) => !outcome.endsWith(": passed"))).toEqual([])
    expect(outcomes.length).toBeGreaterThanOrEqual(tests.length)
    expect(result).toBe(0)
  }, 120_000)
})
