/**
 * The answers the benchmark serves and decodes: a realistic Stax.ai document (the fields of the
 * SDK's `Document` schema, extracted metadata, a table, and a few fields the SDK does not know, as the
 * live API sends them), its `{success: true, doc}` envelope (~3.9 KB), and an Elasticsearch-shaped
 * search answer `{success: true, total, hits}` with one such document per hit; and a Stax cloud
 * `ReadAccounts` answer `{Accounts}` (four accounts, ~4.1 KB).
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

/** The path prefix of the Stax cloud API (its version), under which the SDK sends its calls. */
export const CLOUD_API_PREFIX = "/20190206"

/** The Stax UUID of the first account of {@link accountsAnswer}, which every cloud benchmark call checks. */
export const ACCOUNT_ID = "9b2f6c1e-0d4a-4f3b-8e71-5c2a9d0e4b61"

/** How many accounts {@link accountsAnswer} holds. */
export const ACCOUNT_COUNT = 4

/** One Stax cloud account as `ReadAccounts` returns it (the fields of the SDK's `Account` schema, a `null` and one field it does not know). */
const benchAccount = (i: number): Record<string, unknown> => {
  const awsAccountId = String(111122223333 + i * 111111111)
  const name = ["management", "security", "logging", "payments-prod"][i % 4]!
  return {
    Id: i === 0 ? ACCOUNT_ID : `3e8d1a7c-5b2f-4c9e-a061-${hex(i, 12)}`,
    OrganisationId: "ec5eaa8f-da06-4935-b5ce-05bd957c8bdc",
    Name: name,
    AWSLoginURLs: {
      admin: `https://example.awsapps.com/start/#/console?account_id=${awsAccountId}&role_name=AdminAccess`,
      readonly: `https://example.awsapps.com/start/#/console?account_id=${awsAccountId}&role_name=ReadOnlyAccess`
    },
    AccountRole: i === 0 ? "MANAGEMENT" : "MEMBER",
    AccountType: "0b5e4c0e-7d0a-4a43-8f43-2b2f0c6d1e11",
    AssuranceState: "ACTIVE",
    AssuranceStateReason: null,
    AwsAccountAlias: `acme-${name}`,
    AwsAccountId: awsAccountId,
    AwsAccountName: name,
    AwsLoginURL: `https://example.awsapps.com/start/#/${awsAccountId}`,
    CreatedBy: "5c1f2a9e-8d3b-4e7a-9f60-2b4d6c8e0a17",
    CreatedTS: "2024-03-11T01:05:45.000Z",
    Email: `aws+${name}@example.com`,
    FactoryVersion: "f8cf81b",
    LatestCost: 1234.56 + i,
    ModifiedTS: "2026-10-02T07:41:12.000Z",
    OrgsOuId: "ou-ab12-cd34ef56",
    Origin: "STAX",
    Status: "ACTIVE",
    StaxCreated: true,
    Tags: { CostCode: String(10000 + i), Owner: i < 3 ? "platform" : "payments" },
    // A field the SDK's schema does not declare: kept on the decoded object.
    BillingAccountId: `ba-${hex(i, 8)}`
  }
}

/** The `GET /20190206/accounts` answer body: `{Accounts}`, four accounts, about the size of the document answer. */
export const accountsAnswer = (): string =>
  JSON.stringify({ Accounts: Array.from({ length: ACCOUNT_COUNT }, (_, i) => benchAccount(i)) })
