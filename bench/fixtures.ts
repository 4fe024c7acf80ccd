/**
 * The answers the benchmark serves and decodes: a realistic Stax.ai document (the fields of the
 * SDK's `Document` schema, extracted metadata, a table, and a few fields the SDK does not know, as the
 * live API sends them), its `{success: true, doc}` envelope (~3.9 KB), and an Elasticsearch-shaped
 * search answer `{success: true, total, hits}` with one such document per hit.
 */

const hex = (n: number, width = 24) => n.toString(16).padStart(width, "0").slice(-width)

/** The document id every benchmark call asks for. */
export const DOC_ID = "65a1f0c2b3d4e5f601234567"

/** One document as the API returns it; `i` varies ids and names so search hits differ. */
export const benchDocument = (i = 0): Record<string, unknown> => ({
  _id: i === 0 ? DOC_ID : `65a1f0c2b3d4${hex(i, 12)}`,
  team: "65a1f0c2b3d4e5f600000001",
  stack: "65a1f0c2b3d4e5f600000002",
  name: `Invoice ACME-2026-${String(1000 + i).padStart(5, "0")}.pdf`,
  originalName: `invoice-acme-${1000 + i}.pdf`,
  format: "application/pdf",
  download: `documents/65a1f0c2b3d4e5f600000001/${hex(i)}/original.pdf`,
  thumbnail: `documents/65a1f0c2b3d4e5f600000001/${hex(i)}/thumbnail.png`,
  source: "upload",
  pages: ["page-1.png", "page-2.png"],
  rotations: { "0": 0, "1": 90 },
  job: {
    working: false,
    success: true,
    status: { preproc: "done", sort: "done", postproc: "done" },
    read: { fetchTime: "2026-11-20T10:15:30.000Z" }
  },
  urgent: false,
  flagged: false,
  pinned: false,
  flags: [],
  reviewed: true,
  archived: false,
  checksum: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a089f86d081884c7d659a2feaa0c55ad015",
  metadata: Array.from({ length: 27 }, (_, k) => ({
    key: ["Invoice Number", "Invoice Date", "Due Date", "Vendor", "Total", "Tax", "Currency", "PO Number"][k % 8],
    value: `${["ACME-", "2026-11-", "2026-12-", "ACME Corp ", "1,", "", "USD", "PO-"][k % 8]}${1000 + i + k}`,
    class: k % 3 === 0 ? "date" : "text",
    pages: [1 + (k % 2)],
    confidence: 0.9 + (k % 10) / 100
  })),
  tables: [{
    raw: false,
    title: "Line items",
    page: 1,
    headers: ["Description", "Quantity", "Amount"],
    rows: Array.from({ length: 3 }, (_, r) => ({
      page: 1,
      cells: ["Widget", String(r + 1), `${(r + 1) * 12.5}`].map((text) => ({ text, confidence: 0.98 }))
    }))
  }],
  keywords: ["invoice", "acme", "widgets"],
  receivedOn: "2026-11-20T10:14:02.000Z",
  lastModified: "2026-11-20T10:16:45.000Z",
  // Fields the SDK's schema does not declare: kept on the decoded object.
  __v: 3,
  createdBy: "65a1f0c2b3d4e5f600000003",
  integrations: { quickbooks: { synced: false } }
})

/** The `GET /document/get` answer body. */
export const documentAnswer = (): string => JSON.stringify({ success: true, doc: benchDocument(0) })

/** A `GET /document/search` answer body with `hits` hits. */
export const searchAnswer = (hits: number): string =>
  JSON.stringify({
    success: true,
    total: hits,
    hits: Array.from({ length: hits }, (_, i) => ({ _id: String(benchDocument(i + 1)._id), _score: 10 - i / hits, _source: benchDocument(i + 1) }))
  })
