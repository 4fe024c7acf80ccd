/**
 * The generator's output as files: the emitted modules plus `model.json` (the intermediate model, derived
 * from the document, so the modules can be reproduced and a newer document compared without it), written
 * to and read from `src/cloud/generated/`.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises"
import { dirname, join } from "node:path"
import { emit, type OutputFile } from "./emit/effect3.js"
import type { Model } from "./model.js"

/** The output directory below the repository root. */
export const OUTPUT_DIR = "src/cloud/generated"

/** The model's file name in the output directory. */
export const MODEL_FILE = "model.json"

/** The model as JSON: one line per component and per operation, so a change shows as a line. */
export const modelJson = (model: Model): string => {
  const schemas = Object.keys(model.schemas).map((name) => `    ${JSON.stringify(name)}: ${JSON.stringify(model.schemas[name])}`)
  const operations = model.operations.map((op) => `    ${JSON.stringify(op)}`)
  return `{\n  "source": ${JSON.stringify(model.source)},\n  "schemas": {\n${schemas.join(",\n")}\n  },\n` +
    `  "operations": [\n${operations.join(",\n")}\n  ]\n}\n`
}

/** Every file of the output for a model. */
export const outputFiles = (model: Model): ReadonlyArray<OutputFile> => [...emit(model), { path: MODEL_FILE, content: modelJson(model) }]

/** Reads a model written by `modelJson`. */
export const readModel = async (path: string): Promise<Model> => JSON.parse(await readFile(path, "utf8")) as Model

/** The files under a directory, relative paths, sorted. */
export const listFiles = async (dir: string): Promise<ReadonlyArray<string>> => {
  const out: Array<string> = []
  const walk = async (relative: string) => {
    for (const entry of await readdir(join(dir, relative), { withFileTypes: true })) {
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`
      if (entry.isDirectory()) await walk(path)
      else out.push(path)
    }
  }
  await walk("")
  return out.sort()
}

/** Replaces the output directory's content with the files (a file no longer emitted is removed). */
export const writeOutput = async (dir: string, files: ReadonlyArray<OutputFile>): Promise<void> => {
  await rm(dir, { recursive: true, force: true })
  for (const file of files) {
    const path = join(dir, file.path)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, file.content)
  }
}
