import { describe, expect, it } from "@effect/vitest"
import { file, mediaTypeOf } from "../src/ai/api/documents/FileSource.js"

describe("mediaTypeOf (the media type guessed from a file name)", () => {
  it.each([
    ["statement.pdf", "application/pdf"],
    ["scan.png", "image/png"],
    ["photo.jpg", "image/jpeg"],
    ["photo.jpeg", "image/jpeg"],
    ["fax.tiff", "image/tiff"],
    ["fax.tif", "image/tiff"],
    ["notes.txt", "text/plain"],
    ["rows.csv", "text/csv"]
  ])("maps %s to %s", (name, type) => {
    expect(mediaTypeOf(name)).toBe(type)
  })

  it("reads the extension in any case", () => {
    expect(mediaTypeOf("SCAN.PDF")).toBe("application/pdf")
    expect(mediaTypeOf("Photo.JpG")).toBe("image/jpeg")
  })

  it("uses the last extension of a name with several dots", () => {
    expect(mediaTypeOf("archive.2024.pdf")).toBe("application/pdf")
  })

  // `mime/lite` holds the standard (IANA, non-vendor) types only: vendor types such as Office's are left
  // to the caller's `type` option, to keep the main entry's bundle small.
  it("answers application/octet-stream for vendor types, which the standard table leaves out", () => {
    expect(mediaTypeOf("letter.docx")).toBe("application/octet-stream")
    expect(mediaTypeOf("ledger.xlsx")).toBe("application/octet-stream")
  })

  it("answers application/octet-stream for an unknown extension", () => {
    expect(mediaTypeOf("data.unknownext")).toBe("application/octet-stream")
  })

  it("answers application/octet-stream for a name without an extension, even one that is an extension", () => {
    expect(mediaTypeOf("README")).toBe("application/octet-stream")
    expect(mediaTypeOf("pdf")).toBe("application/octet-stream")
    expect(mediaTypeOf("trailing.")).toBe("application/octet-stream")
  })

  it("gives Documents.file the type of its name's extension unless a type is given", () => {
    expect(file("/tmp/in/Invoice.TIFF").type).toBe("image/tiff")
    expect(file("/tmp/in/invoice.pdf", { type: "application/x-custom" }).type).toBe("application/x-custom")
  })
})
