import { describe, expect, it } from "@effect/vitest"
import { existsSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import { compareModels } from "../../../scripts/generate-cloud/check.js"
import { loadDocument } from "../../../scripts/generate-cloud/document.js"
import { buildModel, type Model } from "../../../scripts/generate-cloud/model.js"
import { listFiles, MODEL_FILE, modelJson, OUTPUT_DIR, outputFiles, readModel } from "../../../scripts/generate-cloud/output.js"

const root = resolve(import.meta.dirname, "../../..")
const out = join(root, OUTPUT_DIR)
// The document is not in the repository: STAX_CLOUD_OAS, else the shared copy beside the checkout.
const documentPath = process.env["STAX_CLOUD_OAS"] ?? resolve(root, "../shared/stax-cloud/oas3-document.json")
const hasDocument = existsSync(documentPath)

describe("generate:cloud reproduces the committed output", () => {
  it("model.json → every generated module, byte for byte, and no other file", async () => {
    const files = outputFiles(await readModel(join(out, MODEL_FILE)))
    expect(await listFiles(out)).toEqual(files.map((f) => f.path).sort())
    for (const file of files) expect(await readFile(join(out, file.path), "utf8"), file.path).toBe(file.content)
  })

  it.skipIf(!hasDocument)(`the document → model.json (skipped: no document at ${documentPath}; set STAX_CLOUD_OAS)`, async () => {
    const loaded = await loadDocument(documentPath)
    expect(modelJson(buildModel(loaded.document, loaded.sha256))).toBe(await readFile(join(out, MODEL_FILE), "utf8"))
  })
})

describe("generate:cloud --check", () => {
  it("reports operations, paths, parameters and schema fields added, changed and removed", async () => {
    const before = await readModel(join(out, MODEL_FILE))
    expect(compareModels(before, before)).toEqual([])
    const readVpcs = before.operations.find((op) => op.id === "networking.ReadVpcs")!
    const after: Model = {
      ...before,
      schemas: {
        ...before.schemas,
        Account: { ...before.schemas["Account"], properties: { ...before.schemas["Account"]!.properties, Nickname: { type: "string" } } }
      },
      operations: [
        ...before.operations.filter((op) => op.id !== "public.CheckAlias" && op !== readVpcs),
        {
          ...readVpcs,
          variants: readVpcs.variants.slice(1).map((v) => ({
            ...v,
            parameters: v.parameters.map((p) => (p.name === "status" ? { ...p, required: true } : p))
          }))
        }
      ]
    }
    const changes = compareModels(before, after).map((c) => `${c.kind} ${c.subject}`)
    expect([...changes].sort()).toEqual([
      "removed operation public.CheckAlias",
      "changed parameter networking.ReadVpcs query status (/networking/vpcs)",
      "changed parameter networking.ReadVpcs query status (/networking/vpcs/{vpc_id})",
      "removed path networking.ReadVpcs /networking/hubs/{hub_id}/vpcs",
      "added schema Account.Nickname"
    ].sort())
  })
})
