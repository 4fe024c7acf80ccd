/**
 * `npm run generate:cloud [-- <path-or-url>]`: generates `src/cloud/generated/` from the Stax cloud OpenAPI
 * document (a path or an http(s) URL; default `STAX_CLOUD_OAS`, else `../shared/stax-cloud/oas3-document.json`
 * from the repository root).
 *
 * `--from-model`: regenerates the modules from the committed `model.json` (no document needed).
 * `--check <path-or-url>`: compares a document (or a `model.json`) with the committed model and reports the
 * operations, paths, parameters and schema fields added, changed or removed; exit code 1 when different.
 */
import { join, resolve } from "node:path"
import { compareModels, formatChanges } from "./check.js"
import { loadDocument } from "./document.js"
import { buildModel, type Model } from "./model.js"
import { MODEL_FILE, OUTPUT_DIR, outputFiles, readModel, writeOutput } from "./output.js"

const root = resolve(import.meta.dirname, "../..")

/** The default document: `STAX_CLOUD_OAS`, else the shared copy beside the repository. */
export const defaultSource = (): string => process.env["STAX_CLOUD_OAS"] ?? resolve(root, "../shared/stax-cloud/oas3-document.json")

/** A model from a document (path or URL) or from a `model.json`. */
const modelOf = async (source: string): Promise<Model> => {
  if (source.endsWith(".json") && !/^https?:/i.test(source)) {
    const parsed = await readModel(source).catch(() => undefined)
    if (parsed !== undefined && "operations" in parsed && "schemas" in parsed && "source" in parsed) return parsed
  }
  const loaded = await loadDocument(source)
  return buildModel(loaded.document, loaded.sha256)
}

const main = async (args: ReadonlyArray<string>): Promise<number> => {
  const out = join(root, OUTPUT_DIR)
  if (args.includes("--check")) {
    const source = args[args.indexOf("--check") + 1] ?? defaultSource()
    const committed = await readModel(join(out, MODEL_FILE))
    const changes = compareModels(committed, await modelOf(source))
    process.stdout.write(formatChanges(changes))
    return changes.length === 0 ? 0 : 1
  }
  const model = args.includes("--from-model")
    ? await readModel(join(out, MODEL_FILE))
    : await modelOf(args.find((a) => !a.startsWith("--")) ?? defaultSource())
  const files = outputFiles(model)
  await writeOutput(out, files)
  process.stdout.write(
    `${OUTPUT_DIR}: ${files.length} files, ${model.operations.length} operation ids, ${Object.keys(model.schemas).length} components ` +
      `(document ${model.source.version}, sha256 ${model.source.sha256.slice(0, 12)})\n`
  )
  return 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`generate:cloud: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(2)
  }
)
