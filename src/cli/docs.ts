/**
 * `stax docs`: upload files (and wait for their processing), get a document, download its original
 * file, wait until it is processed.
 *
 * ```sh
 * stax docs upload ./a.pdf ./b.pdf --stack 65a1f0c2ffffffffffff0002 --wait
 * stax docs get 65a1f0c2ffffffffffff0005
 * stax docs download 65a1f0c2ffffffffffff0005 -o ./a.pdf
 * stax docs wait 65a1f0c2ffffffffffff0005 --timeout 120
 * ```
 *
 * On a terminal, uploads and downloads show a byte bar and waiting a spinner (on stderr). With a
 * bar, an upload streams each file through a byte counter and is sent once (a stream cannot be
 * replayed); without one it is sent from the files, and may be retried by the SDK.
 *
 * @since 0.2.0
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as FileSystem from "@effect/platform/FileSystem"
import * as Path from "@effect/platform/Path"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { Documents } from "../ai/api/Documents.js"
import { type FileSource, mediaTypeOf } from "../ai/api/documents/FileSource.js"
import { processingState } from "../ai/api/documents/processing.js"
import type { Document, UploadedDocument } from "../ai/schema/Document.js"
import { StaxClient } from "../ai/StaxClient.js"
import * as Output from "./output.js"
import { formatBytes, Progress } from "./progress.js"
import * as StaxAi from "./staxAi.js"

/**
 * The per-attempt timeout of an upload from the CLI (the SDK's default, 30 s, would cut off large
 * files on a slow link: it includes sending the body).
 *
 * @since 0.2.0
 * @category Constants
 */
export const uploadTimeout: Duration.Duration = Duration.minutes(30)

/**
 * A document's processing status, for people: `processing`, `done`, `failed: <why>`.
 *
 * @since 0.2.0
 * @category Formatting
 */
export const statusOf = (doc: Document): string => {
  const state = processingState(doc)
  return state._tag === "Processing" ? "processing" : state._tag === "Done" ? "done" : `failed: ${state.message}`
}

/**
 * A document's main fields and its extracted data, for people.
 *
 * @since 0.2.0
 * @category Formatting
 */
export const describeDocument = (doc: Document): string => {
  const head = Output.fields([
    ["id", doc._id],
    ["name", doc.name ?? doc.originalName],
    ["stack", doc.stack],
    ["format", doc.format],
    ["status", statusOf(doc)],
    ["pages", doc.pages?.length],
    ["received", doc.receivedOn],
    ["last modified", doc.lastModified]
  ])
  const metadata = doc.metadata ?? []
  return metadata.length === 0
    ? head
    : `${head}\n\n${Output.table(["KEY", "VALUE", "CONFIDENCE"], metadata.map((m) => [m.key, m.value, m.confidence]))}`
}

const docId = Args.text({ name: "docId" }).pipe(Args.withDescription("The document's id (24 hexadecimal characters)"))

const timeout = Options.integer("timeout").pipe(
  Options.withDescription("How long to wait for processing, in seconds (default 600)"),
  Options.optional
)

const waitOptions = (seconds: Option.Option<number>) =>
  Option.match(seconds, { onNone: () => ({}), onSome: (s) => ({ timeout: Duration.seconds(s) }) })

/** The files as upload sources: counted streams while a bar is shown, else the files themselves. */
const sources = (paths: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const progress = yield* Progress
    if (!progress.enabled) return paths.map((path) => Documents.file(path) as FileSource)
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const sizes = yield* Effect.forEach(paths, (p) => Effect.map(fs.stat(p), (info) => Number(info.size)))
    const bar = yield* progress.bytes(`uploading ${paths.length} file${paths.length === 1 ? "" : "s"}`, sizes.reduce((a, b) => a + b, 0))
    return paths.map((p, i): FileSource => {
      const name = path.basename(p)
      return { name, type: mediaTypeOf(name), size: sizes[i], stream: fs.stream(p).pipe(Progress.counting(bar)) }
    })
  })

/** Waits for every uploaded document that has an id, under a spinner. */
const waitAll = (uploads: ReadonlyArray<UploadedDocument>, seconds: Option.Option<number>) => {
  const ids = uploads.flatMap((u) => (u.docId === undefined ? [] : [u.docId]))
  return Effect.scoped(
    Effect.gen(function*() {
      yield* Progress.spinner(`waiting for ${ids.length} document${ids.length === 1 ? "" : "s"} to be processed`)
      return yield* Effect.forEach(ids, (id) => Documents.waitUntilProcessed(id, waitOptions(seconds)), {
        concurrency: 4
      })
    })
  )
}

const upload = Command.make(
  "upload",
  {
    files: Args.file({ name: "file", exists: "yes" }).pipe(
      Args.between(1, 10),
      Args.withDescription("1 to 10 files to upload")
    ),
    stack: Options.text("stack").pipe(
      Options.withDescription("The stack to upload into (its id); without it Stax.ai sorts the documents"),
      Options.optional
    ),
    wait: Options.boolean("wait").pipe(Options.withDescription("Wait until every document has been processed")),
    timeout,
    json: Output.json
  },
  ({ files, json, stack, timeout, wait }) =>
    StaxAi.run(
      json,
      Effect.gen(function*() {
        const uploads = yield* Effect.scoped(
          Effect.flatMap(sources(files), (sent) =>
            Documents.upload({
              files: sent,
              ...Option.match(stack, { onNone: () => ({}), onSome: (stackId) => ({ stackId }) })
            }))
        ).pipe(StaxClient.withTimeout(uploadTimeout))
        if (!wait) {
          return yield* Output.Output.result({ uploads }, () =>
            Output.table(
              ["DOC ID", "NAME", "SIZE"],
              uploads.map((u) => [u.docId, u.name, typeof u["size"] === "number" ? formatBytes(u["size"]) : ""])
            ))
        }
        const documents = yield* waitAll(uploads, timeout)
        yield* Output.Output.result({ uploads, documents }, () =>
          Output.table(
            ["DOC ID", "NAME", "STATUS", "PAGES"],
            documents.map((d) => [d._id, d.name ?? d.originalName, statusOf(d), d.pages?.length])
          ))
      })
    )
).pipe(Command.withDescription("Upload files, optionally into a stack, and optionally wait for their processing"))

const get = Command.make("get", { docId, json: Output.json }, ({ docId, json }) =>
  StaxAi.run(
    json,
    Effect.gen(function*() {
      const doc = yield* Documents.get({ docId })
      yield* Output.Output.result(doc, () => describeDocument(doc))
    })
  )).pipe(Command.withDescription("Get a document with its extracted data"))

const download = Command.make(
  "download",
  {
    docId,
    output: Options.file("output").pipe(
      Options.withAlias("o"),
      Options.withDescription("The file to write (written to <file>.part, renamed when complete)")
    ),
    json: Output.json
  },
  ({ docId, json, output }) =>
    StaxAi.run(
      json,
      Effect.gen(function*() {
        const fs = yield* FileSystem.FileSystem
        const part = `${output}.part`
        // Streamed to disk chunk by chunk: memory stays bounded whatever the file's size.
        yield* Effect.scoped(
          Effect.gen(function*() {
            const bar = yield* Progress.bytes("downloading", undefined)
            yield* Documents.download({ docId }).pipe(Progress.counting(bar), Stream.run(fs.sink(part)))
          })
        ).pipe(Effect.onError(() => fs.remove(part).pipe(Effect.ignore)))
        yield* fs.rename(part, output)
        const bytes = Number((yield* fs.stat(output)).size)
        yield* Output.Output.result({ docId, path: output, bytes }, () => `${output} (${formatBytes(bytes)})`)
      })
    )
).pipe(Command.withDescription("Download a document's original file"))

const wait = Command.make("wait", { docId, timeout, json: Output.json }, ({ docId, json, timeout }) =>
  StaxAi.run(
    json,
    Effect.gen(function*() {
      const doc = yield* Effect.scoped(
        Effect.zipRight(Progress.spinner("waiting for processing"), Documents.waitUntilProcessed(docId, waitOptions(timeout)))
      )
      yield* Output.Output.result(doc, () => describeDocument(doc))
    })
  )).pipe(Command.withDescription("Wait until a document has been processed (exit code 8 if it fails or times out)"))

/**
 * The `docs` command group.
 *
 * @since 0.2.0
 * @category Commands
 */
export const command = Command.make("docs").pipe(
  Command.withDescription("Documents: upload, get, download, wait for processing"),
  Command.withSubcommands([upload, get, download, wait])
)
