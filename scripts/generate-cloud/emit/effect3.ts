/**
 * The Effect 3 emitter: everything of the output that depends on the Effect version lives here (imports,
 * Schema idioms, `Operation.make`, the `Service` tables and tags). An Effect 4 edition is a second module
 * beside this one over the same model, not a second generator.
 *
 * Answers are lenient (every documented field typed; unknown fields and enum values kept; `nullable` read
 * as optional, since the core drops null properties before decoding). Inputs are strict (unknown fields
 * refused by the encoder's parse options; `readOnly` properties left out; `nullable` accepting `null`;
 * enums, patterns and lengths checked; comma lists via `CommaList`; query booleans and numbers as text).
 */
import { BASE_PATH, type Model, type Node, type Operation, type Parameter, pathParams, propertiesOf, requiredOf, type Variant } from "../model.js"
import { camelCase, componentNames, lowerFirst, modelModule, pascalCase, propertyKey, quote } from "../naming.js"

/** A file of the output, its path relative to `src/cloud/generated/`. */
export interface OutputFile {
  readonly path: string
  readonly content: string
}

/** Where the generated modules import the hand-written ones from (relative to `src/cloud/generated/`). */
const FIELDS = "../schema/fields.js"
const SINCE = "0.2.0"

/** Emits the whole output for a model: model modules, one service module per class, the registry, the index. */
export const emit = (model: Model): ReadonlyArray<OutputFile> => {
  const emitter = new Emitter(model)
  return emitter.files()
}

/** The names one module imports, by source. */
class Imports {
  private readonly named = new Map<string, Set<string>>()
  private readonly namespaces = new Map<string, string>()

  use(source: string, name: string): string {
    const names = this.named.get(source) ?? new Set<string>()
    names.add(name)
    this.named.set(source, names)
    return name
  }

  namespace(source: string, alias: string): string {
    this.namespaces.set(source, alias)
    return alias
  }

  render(): string {
    const sorted = [
      ...[...this.namespaces].map(([source, alias]) => ({ source, line: `import * as ${alias} from ${quote(source)}` })),
      ...[...this.named].map(([source, names]) => ({
        source,
        line: `import { ${[...names].sort(byName).join(", ")} } from ${quote(source)}`
      }))
    ].sort((a, b) => rank(a.source) - rank(b.source) || a.source.localeCompare(b.source))
    return sorted.map((i) => i.line).join("\n")
  }
}

const byName = (a: string, b: string): number => a.toLowerCase().localeCompare(b.toLowerCase()) || a.localeCompare(b)
const rank = (source: string): number => (source.startsWith("effect") ? 0 : source.startsWith("../") ? 1 : 2)

/** A JSDoc block at an indentation. */
const doc = (text: string, indent = ""): string => {
  const lines = text.replace(/\*\//g, "*\\/").split("\n")
  if (lines.length === 1 && !text.includes("@")) return `${indent}/** ${lines[0]} */\n`
  return `${indent}/**\n${lines.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`)).join("\n")}\n${indent} */\n`
}

/** A call with its arguments on one line, or one per line when long. */
const call = (callee: string, args: ReadonlyArray<string>, indent: string): string => {
  const flat = `${callee}(${args.join(", ")})`
  if (flat.length + indent.length <= 110 && !flat.includes("\n")) return flat
  return `${callee}(\n${args.map((a) => `${indent}  ${a}`).join(",\n")}\n${indent})`
}

const header = (model: Model, about: string): string =>
  doc(
    [
      `GENERATED FILE: do not edit. Made by \`npm run generate:cloud\` (scripts/generate-cloud) from the Stax`,
      `cloud OpenAPI document "${model.source.title}" version ${model.source.version}`,
      `(sha256 ${model.source.sha256}).`,
      "",
      about,
      "",
      `@since ${SINCE}`
    ].join("\n")
  )

/** The model flavour of a schema: an answer's (lenient) or an input's (strict). */
type Flavour = "answer" | "input"

class Emitter {
  private readonly schemas: Model["schemas"]
  private readonly names: ReadonlyMap<string, string>
  /** Components whose input flavour is emitted (`<Name>Input`). */
  private readonly inputComponents = new Set<string>()
  /** Hoisted enums of components' properties: `<component>\u0000<property>` → export name. */
  private readonly enumNames = new Map<string, string>()
  private readonly inputNames = new Map<string, string>()
  /** Enums of query parameters: `<operation id>\u0000<parameter>` → export name (`ReadAccountsFilter`). */
  private readonly queryEnumNames = new Map<string, string>()
  private readonly taken = new Set<string>()

  constructor(private readonly model: Model) {
    this.schemas = model.schemas
    this.names = componentNames(Object.keys(model.schemas))
    for (const name of this.names.values()) this.take(name)
    for (const op of model.operations) this.markInputs(op)
    for (const component of [...this.inputComponents].sort()) this.take(this.names.get(component)! + "Input")
    for (const component of Object.keys(this.schemas)) {
      const node = this.schemas[component]!
      if (!isObject(node)) continue
      for (const [key, property] of Object.entries(node.properties ?? {})) {
        if (property.ref !== undefined || (property.enum === undefined && !isObject(property))) continue
        let name = this.names.get(component)! + pascalCase(key)
        if (this.taken.has(name)) name += "Enum"
        this.take(name)
        this.enumNames.set(`${component}\u0000${key}`, name)
      }
    }
    const local = new Map<string, Array<Operation>>()
    for (const op of model.operations) local.set(op.method, [...(local.get(op.method) ?? []), op])
    for (const op of model.operations) {
      const shared = local.get(op.method)!.length > 1
      const name = (shared ? op.service : "") + pascalCase(op.method) + "Input"
      this.take(name)
      this.inputNames.set(op.id, name)
      for (const p of queryEnums(op)) {
        let enumName = name.slice(0, -"Input".length) + pascalCase(p.name)
        if (this.taken.has(enumName)) enumName += "Enum"
        this.take(enumName)
        this.queryEnumNames.set(`${op.id}\u0000${p.name}`, enumName)
      }
    }
  }

  private take(name: string): void {
    if (this.taken.has(name)) throw new Error(`two generated schemas are named ${name}`)
    this.taken.add(name)
  }

  resolve = (node: Node): Node => (node.ref !== undefined ? this.resolve(this.schemas[node.ref]!) : node)

  /** Marks the components an operation's input refers to (its body's top level is flattened, not referred to). */
  private markInputs(op: Operation): void {
    const walk = (node: Node): void => {
      if (node.ref !== undefined) {
        if (this.inputComponents.has(node.ref) || this.isReadOnly(node)) return
        this.inputComponents.add(node.ref)
        walk(this.schemas[node.ref]!)
        return
      }
      for (const child of children(node)) walk(child)
    }
    for (const variant of op.variants) {
      for (const p of variant.parameters) if (p.in === "query") walk(p.commaList ?? p.schema)
    }
    if (op.body !== undefined) {
      for (const member of this.bodyMembers(op.body.schema)) {
        for (const property of Object.values(propertiesOf(member, this.resolve))) walk(property)
      }
    }
  }

  /** The object members of a body: itself, or its `oneOf`/`anyOf` members. */
  private bodyMembers(body: Node): ReadonlyArray<Node> {
    const resolved = this.resolve(body)
    const members = resolved.oneOf ?? resolved.anyOf
    return members === undefined ? [body] : members
  }

  private isReadOnly(node: Node): boolean {
    if (node.readOnly === true) return true
    return node.ref !== undefined && this.isReadOnly(this.schemas[node.ref]!)
  }

  private isNullable(node: Node): boolean {
    if (node.nullable === true) return true
    if (node.ref !== undefined) return this.isNullable(this.schemas[node.ref]!)
    return (node.anyOf ?? node.oneOf ?? []).some((m) => this.isNullable(m))
  }

  files(): ReadonlyArray<OutputFile> {
    const modules = new Map<string, Array<string>>()
    for (const component of Object.keys(this.schemas)) {
      const module = modelModule(component)
      modules.set(module, [...(modules.get(module) ?? []), component])
    }
    const out: Array<OutputFile> = []
    const moduleNames = [...modules.keys()].sort()
    for (const module of moduleNames) out.push(this.modelFile(module, modules.get(module)!))
    out.push({
      path: "models/index.ts",
      content: header(this.model, "The models of the Stax cloud API: every component of the document, one module per class.") +
        moduleNames.map((m) => `export * from "./${m}.js"\n`).join("")
    })
    const services = [...new Set(this.model.operations.map((op) => op.service))].sort()
    for (const service of services) {
      out.push(this.serviceFile(service, this.model.operations.filter((op) => op.service === service)))
    }
    out.push(this.registryFile())
    out.push({
      path: "index.ts",
      content: header(this.model, "The generated Stax cloud API: one service per class, the operations' inputs, the registry.") +
        services.map((s) => `export * from "./${s}.js"\n`).join("") +
        `export * from "./registry.js"\n`
    })
    return out
  }

  // ---------------------------------------------------------------------------------------------------
  // Model modules
  // ---------------------------------------------------------------------------------------------------

  private modelFile(module: string, components: ReadonlyArray<string>): OutputFile {
    const imports = new Imports()
    imports.namespace("effect/Schema", "Schema")
    const here = new Set(components)
    // Declaration order: each schema after the ones it uses (the document has no cycles), by name otherwise.
    const order: Array<string> = []
    const state = new Map<string, "visiting" | "done">()
    const visit = (component: string) => {
      if (state.get(component) === "done") return
      if (state.get(component) === "visiting") throw new Error(`schema cycle through ${component}`)
      state.set(component, "visiting")
      for (const dependency of [...refsOf(this.schemas[component]!)].sort()) if (here.has(dependency)) visit(dependency)
      state.set(component, "done")
      order.push(component)
    }
    for (const component of [...components].sort()) visit(component)
    const body: Array<string> = []
    for (const component of order) {
      body.push(this.answerComponent(component, module, imports))
      if (this.inputComponents.has(component)) body.push(this.inputComponent(component, module, imports))
    }
    const about = module === "common"
      ? "The components of the document without a class prefix (`Account`, `Pagination`, `uuidv4`, ...)."
      : `The components of the document under \`${module}.*\`.`
    return {
      path: `models/${module}.ts`,
      content: header(this.model, `${about} Answers' schemas are lenient, inputs' (\`...Input\`) strict.`) +
        imports.render() + "\n\n" + body.join("\n")
    }
  }

  private answerComponent(component: string, module: string, imports: Imports): string {
    const node = this.schemas[component]!
    const name = this.names.get(component)!
    const hoisted: Array<string> = []
    const ctx: Ctx = { module, imports, flavour: "answer", indent: "" }
    let expression: string
    if (isObject(node)) {
      expression = this.objectAnswer(node, ctx, (key, property) => {
        const enumName = this.enumNames.get(`${component}\u0000${key}`)
        if (enumName === undefined) return undefined
        const object = isObject(property)
        hoisted.push(
          doc(`${describe(property, `\`${component}.${key}\``)}\n\n@since ${SINCE}\n@category Schemas`) +
            `export const ${enumName} = ${object ? this.objectAnswer(property, ctx) : this.enumExpression(property, ctx)}\n\n` +
            this.typeOf(enumName, object)
        )
        return enumName
      })
      expression += `.annotations({ identifier: ${quote(component)} })`
    } else {
      expression = this.answer(node, ctx)
    }
    const text = doc(`${describe(node, `Component \`${component}\``)}\n\n@since ${SINCE}\n@category Schemas`) +
      `export const ${name} = ${expression}\n\n` + this.typeOf(name, isObject(node))
    return [...hoisted, text].join("\n")
  }

  private inputComponent(component: string, module: string, imports: Imports): string {
    const node = this.schemas[component]!
    const name = this.names.get(component)! + "Input"
    const expression = this.input(node, { module, imports, flavour: "input", indent: "" })
    return doc(`\`${component}\` in a request (strict).\n\n@since ${SINCE}\n@category Schemas`) +
      `export const ${name} = ${expression}\n\n` + this.typeOf(name, isObject(node) && node.requiredSets === undefined && node.nullable !== true)
  }

  private typeOf(name: string, object: boolean): string {
    return doc(`@since ${SINCE}\n@category Models`) +
      (object
        ? `export interface ${name} extends Schema.Schema.Type<typeof ${name}> {}\n`
        : `export type ${name} = typeof ${name}.Type\n`)
  }

  /** A reference to a component's flavour, importing its module when it is another. */
  private ref(component: string, ctx: Ctx): string {
    const name = this.names.get(component)! + (ctx.flavour === "input" ? "Input" : "")
    const module = modelModule(component)
    if (module === ctx.module) return name
    const alias = pascalCase(module) + "Models"
    ctx.imports.namespace(ctx.module.startsWith("service:") ? `./models/${module}.js` : `./${module}.js`, alias)
    return `${alias}.${name}`
  }

  private field(ctx: Ctx, name: string): string {
    return ctx.imports.use(ctx.module.startsWith("service:") ? FIELDS : "../" + FIELDS, name)
  }

  // ----- answers (lenient) ----------------------------------------------------------------------------

  private answer(node: Node, ctx: Ctx): string {
    if (node.ref !== undefined) return this.ref(node.ref, ctx)
    if (isObject(node)) return this.objectAnswer(node, ctx)
    const members = node.oneOf ?? node.anyOf
    if (members !== undefined) return this.union(members.map((m) => this.answer(m, deeper(ctx))), ctx)
    if (node.enum !== undefined) return this.enumExpression(node, ctx)
    switch (node.type) {
      case "string":
        return node.format === "date-time" ? this.field(ctx, "DateTime") : "Schema.String"
      case "integer":
      case "number":
        return "Schema.Number"
      case "boolean":
        return "Schema.Boolean"
      case "array":
        return `Schema.Array(${node.items === undefined ? "Schema.Unknown" : this.answer(node.items, ctx)})`
      default:
        return node.nullable === true ? "Schema.Null" : "Schema.Unknown"
    }
  }

  private enumExpression(node: Node, ctx: Ctx): string {
    const values = (node.enum ?? []).map(quote)
    return ctx.flavour === "answer"
      ? call(this.field(ctx, "openEnum"), values, ctx.indent)
      : call(this.field(ctx, "strictEnum"), values, ctx.indent)
  }

  private union(members: ReadonlyArray<string>, ctx: Ctx): string {
    const unique = [...new Set(members)]
    return unique.length === 1 ? unique[0]! : call("Schema.Union", unique, ctx.indent)
  }

  private objectAnswer(node: Node, ctx: Ctx, hoist?: (key: string, property: Node) => string | undefined): string {
    return this.struct(node, ctx, (key, property, inner) => ({
      type: hoist?.(key, property) ?? this.answer(property, inner),
      optional: this.isNullable(property)
    }))
  }

  /**
   * An object as `Schema.Struct` (its `allOf` members' properties merged; a map of other keys as an index
   * signature), or a `Schema.Record` when it has no property. `field` gives each property's type and
   * whether it is optional beyond the document's `required`; `undefined` leaves the property out.
   */
  private struct(
    node: Node,
    ctx: Ctx,
    field: (key: string, property: Node, inner: Ctx) => { readonly type: string; readonly optional: boolean } | undefined
  ): string {
    const properties = propertiesOf(node, this.resolve)
    const required = new Set(requiredOf(node, this.resolve))
    const inner = deeper(ctx)
    const value = (n: Node) => (ctx.flavour === "answer" ? this.answer(n, inner) : this.input(n, inner))
    const map = node.additional === undefined || node.additional === false
      ? undefined
      : `Schema.Record({ key: Schema.String, value: ${value(node.additional)} })`
    const lines: Array<string> = []
    for (const key of Object.keys(properties)) {
      const property = properties[key]!
      const shape = field(key, property, inner)
      if (shape === undefined) continue
      const optional = shape.optional || !required.has(key)
      const description = property.description === undefined ? "" : doc(property.description, ctx.indent + "  ")
      lines.push(`${description}${ctx.indent}  ${propertyKey(key)}: ${optional ? `${this.field(ctx, "optional")}(${shape.type})` : shape.type}`)
    }
    if (lines.length === 0) return map ?? "Schema.Record({ key: Schema.String, value: Schema.Unknown })"
    return `Schema.Struct({\n${lines.join(",\n")}\n${ctx.indent}}${map === undefined ? "" : `, ${map}`})`
  }

  // ----- inputs (strict) ------------------------------------------------------------------------------

  private input(node: Node, ctx: Ctx): string {
    if (node.ref !== undefined) return this.ref(node.ref, ctx)
    const base = this.inputBase(node, ctx)
    return node.nullable === true && node.type !== undefined ? `Schema.NullOr(${base})` : base
  }

  private inputBase(node: Node, ctx: Ctx): string {
    if (isObject(node)) return this.objectInput(node, ctx)
    const members = node.oneOf ?? node.anyOf
    if (members !== undefined) {
      const writable = members.filter((m) => !this.isReadOnly(m))
      return this.union(writable.map((m) => this.input(m, deeper(ctx))), ctx)
    }
    if (node.enum !== undefined) return this.enumExpression(node, ctx)
    switch (node.type) {
      case "string":
        return pipe("Schema.String", stringChecks(node, () => this.field(ctx, "pattern")))
      case "integer":
        return pipe("Schema.Int", numberChecks(node))
      case "number":
        return pipe("Schema.Number", numberChecks(node))
      case "boolean":
        return "Schema.Boolean"
      case "array":
        return pipe(
          `Schema.Array(${node.items === undefined ? "Schema.Unknown" : this.input(node.items, ctx)})`,
          [
            ...(node.minItems === undefined ? [] : [`Schema.minItems(${node.minItems})`]),
            ...(node.maxItems === undefined ? [] : [`Schema.maxItems(${node.maxItems})`])
          ]
        )
      default:
        return node.nullable === true ? "Schema.Null" : "Schema.Unknown"
    }
  }

  private objectInput(node: Node, ctx: Ctx): string {
    const struct = this.struct(node, ctx, (_key, property, inner) =>
      this.isReadOnly(property) ? undefined : { type: this.input(property, inner), optional: false })
    return node.requiredSets === undefined ? struct : this.requiredSets(struct, node.requiredSets, (k) => k, ctx)
  }

  /** An `anyOf` of `required` key sets: a filter that at least one set is all given. */
  private requiredSets(
    struct: string,
    sets: ReadonlyArray<ReadonlyArray<string>>,
    fieldOf: (key: string) => string,
    ctx: Ctx
  ): string {
    const readable = sets.map((set) => set.map(fieldOf).join(" + ")).join(" | ")
    const arrays = `[${sets.map((set) => `[${set.map((k) => quote(fieldOf(k))).join(", ")}]`).join(", ")}]`
    return `${struct}.pipe(${this.field(ctx, "requireOneOf")}(${arrays}, ${quote(readable)}))`
  }

  // ---------------------------------------------------------------------------------------------------
  // Service modules
  // ---------------------------------------------------------------------------------------------------

  private serviceFile(service: string, operations: ReadonlyArray<Operation>): OutputFile {
    const imports = new Imports()
    const ctx: Ctx = { module: `service:${service}`, imports, flavour: "input", indent: "" }
    imports.namespace("effect/Effect", "Effect")
    imports.namespace("effect/Layer", "Layer")
    imports.namespace("effect/Schema", "Schema")
    imports.namespace("../../core/Operation.js", "Operation")
    imports.namespace("../../core/Service.js", "Service")
    imports.use("../StaxCloudClient.js", "StaxCloudClient")
    const inputs = operations.map((op) => this.operationInput(op, ctx)).join("\n")
    const table = lowerFirst(service) + "Operations"
    const ops = operations.map((op) => {
      const output = op.answer === undefined ? "Schema.Unknown" : this.answer(op.answer, { ...ctx, flavour: "answer" })
      const path = op.variants.length === 1 ? quote(op.variants[0]!.path) : `[${op.variants.map((v) => quote(v.path)).join(", ")}]`
      return doc(operationDoc(op), "  ") +
        `  ${op.method}: Operation.make({\n    name: ${quote(`${service}.${op.method}`)},\n    method: ${quote(op.http)},\n` +
        `    path: ${path},\n    input: ${this.inputNames.get(op.id)},\n    output: ${output}` +
        (op.acceptStatuses === undefined ? "" : `,\n    acceptStatuses: [${op.acceptStatuses.join(", ")}]`) + `\n  })`
    })
    const entries: Array<string> = []
    for (const op of operations) {
      const options: Array<string> = []
      if (this.acceptsEmpty(op)) options.push(`input: "optional"`)
      if (op.taskId.length > 0) {
        options.push(`result: ${imports.use("../tasks/taskId.js", "withTaskId")}(${JSON.stringify(op.taskId).replace(/,/g, ", ")})`)
      }
      entries.push(
        doc(`${op.summary} (\`${op.id}\`)${op.taskId.length > 0 ? "; the result's `taskId` names its task" : ""}.`, "  ") +
          `  ${op.method}: Service.call(${table}.${op.method}${options.length === 0 ? "" : `, { ${options.join(", ")} }`})`
      )
      if (op.paging !== undefined) {
        const { items, nestedIn } = op.paging
        const paging = nestedIn === undefined ? `(out) => out.Paging` : `(out) => out.${nestedIn}.at(-1)?.Paging`
        entries.push(
          doc(`Every item of \`${op.id}\` as a \`Stream\`, page after page (\`offset\`/\`limit\`, following \`NextOffset\`).`, "  ") +
            `  ${op.method}All: ${imports.use("../paging/paged.js", "paged")}(${table}.${op.method}, {\n` +
            `    items: (out) => out.${items},\n    paging: ${paging}\n  })`
        )
      }
    }
    if (service === "Tasks") {
      const readTask = operations.find((op) => op.id === "tasks.ReadTask")
      if (readTask !== undefined) {
        entries.push(
          doc("Polls `ReadTask` until the task ends: the final task, or `TaskFailed` carrying its `Logs`.", "  ") +
            `  waitUntilDone: ${imports.use("../tasks/waitUntilDone.js", "waitUntilDone")}(${table}.${readTask.method})`
        )
      }
    }
    const tableName = lowerFirst(service) + "Table"
    const content = header(
      this.model,
      `The \`${service}\` service: the operations \`${operations[0]!.className}.*\` of the Stax cloud API, their inputs ` +
        `(camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.`
    ) + imports.render() + "\n\n" + inputs + "\n" +
      doc(`The operations of \`${service}\`, one per operation id.\n\n@since ${SINCE}\n@category Operations`) +
      `export const ${table} = {\n${ops.join(",\n")}\n}\n\n` +
      `/** The service's methods: one entry per operation${operations.some((o) => o.paging) ? ", plus a Stream per paged one" : ""}. */\n` +
      `const ${tableName} = {\n${entries.join(",\n")}\n}\n\n` +
      doc(`The ${service} methods: one per entry of the table.\n\n@since ${SINCE}\n@category Models`) +
      `export interface ${service}Service extends Service.ShapeOf<typeof ${tableName}> {}\n\n` +
      doc(`The \`${service}\` service tag, its layer and accessors.\n\n@since ${SINCE}\n@category Context`) +
      `export class ${service} extends Service.Tag(${quote(`stax-effect/cloud/${service}`)})<${service}, ${service}Service>()(${tableName}) {\n` +
      `  /** Builds the service over the \`StaxCloudClient\` in context. */\n` +
      `  static readonly make: Effect.Effect<${service}Service, never, StaxCloudClient> = Effect.map(\n` +
      `    StaxCloudClient,\n    Service.methods(${tableName})\n  )\n\n` +
      `  /** The service as a layer over \`StaxCloudClient\`. */\n` +
      `  static readonly layer: Layer.Layer<${service}, never, StaxCloudClient> = Layer.effect(${service}, ${service}.make)\n}\n`
    return { path: `${service}.ts`, content }
  }

  /** Whether `{}` is a valid input (some variant and body member with nothing required). */
  private acceptsEmpty(op: Operation): boolean {
    return this.structsOf(op).some(({ variant, body }) =>
      pathParams(variant).length === 0 &&
      variant.parameters.every((p) => !p.required) &&
      (body === undefined || requiredOf(body, this.resolve).every((k) => this.isReadOnly(propertiesOf(body, this.resolve)[k]!)))
    )
  }

  /** The input's members: one per path variant (fewest path parameters first) and body member. */
  private structsOf(op: Operation): ReadonlyArray<{ readonly variant: Variant; readonly body: Node | undefined }> {
    const variants = [...op.variants].reverse()
    const bodies = op.body === undefined ? [undefined] : this.bodyMembers(op.body.schema)
    return variants.flatMap((variant) => bodies.map((body) => ({ variant, body })))
  }

  private operationInput(op: Operation, ctx: Ctx): string {
    const name = this.inputNames.get(op.id)!
    const structs = this.structsOf(op)
    const allPathParams = [...new Map(op.variants.flatMap((v) => pathParams(v)).map((p) => [p.name, p])).values()]
    const members = structs.map(({ variant, body }) => {
      const inner = structs.length === 1 ? ctx : deeper(ctx)
      const own = new Set(pathParams(variant).map((p) => p.name))
      const lines: Array<string> = []
      for (const p of pathParams(variant)) {
        lines.push(doc(`${p.description ?? ""}${p.description === undefined ? "" : " "}(path parameter \`${p.name}\`)`.trim(), inner.indent + "  ") +
          `${inner.indent}  ${p.field}: ${renamed(`Schema.propertySignature(${this.field(ctx, "NonEmptyString")})`, p)}`)
      }
      for (const p of allPathParams) {
        if (own.has(p.name)) continue
        lines.push(`${inner.indent}  ${p.field}: ${renamed(this.field(ctx, "otherPath"), p)}`)
      }
      for (const p of variant.parameters.filter((q) => q.in === "query")) {
        const type = this.queryParameter(op, p, inner)
        const description = [p.description ?? "", `(query parameter \`${p.name}\`${defaultOf(p)})`].filter((s) => s !== "").join(" ")
        lines.push(doc(description, inner.indent + "  ") +
          `${inner.indent}  ${p.field}: ${renamed(p.required ? `Schema.propertySignature(${type})` : `${this.field(ctx, "optional")}(${type})`, p)}`)
      }
      let sets: ReadonlyArray<ReadonlyArray<string>> | undefined
      if (body !== undefined) {
        const properties = propertiesOf(body, this.resolve)
        const required = new Set(requiredOf(body, this.resolve))
        for (const key of Object.keys(properties)) {
          const property = properties[key]!
          if (this.isReadOnly(property)) continue
          const type = this.input(property, deeper(inner))
          const field = camelCase(key)
          const signature = required.has(key) ? (field === key ? type : `Schema.propertySignature(${type})`) : `${this.field(ctx, "optional")}(${type})`
          lines.push((property.description === undefined ? "" : doc(property.description, inner.indent + "  ")) +
            `${inner.indent}  ${field}: ${field === key ? signature : `${signature}.pipe(Schema.fromKey(${quote(key)}))`}`)
        }
        sets = this.resolve(body).requiredSets
      }
      const comment = `${inner.indent}// ${op.http} ${variant.path}${body !== undefined && body.ref !== undefined && structs.length > 1 ? ` with ${body.ref}` : ""}\n`
      const struct = lines.length === 0 ? "Schema.Struct({})" : `Schema.Struct({\n${lines.join(",\n")}\n${inner.indent}})`
      const checked = sets === undefined ? struct : this.requiredSets(struct, sets, camelCase, inner)
      return { comment, checked }
    })
    const expression = members.length === 1
      ? members[0]!.checked
      : `Schema.Union(\n${members.map((m) => `${m.comment}  ${m.checked}`).join(",\n")}\n)`
    const single = members.length === 1 && (op.body === undefined || this.resolve(op.body.schema).requiredSets === undefined)
    const about = op.variants.length > 1
      ? `\n\nOne member per path (${op.variants.map((v) => `\`${v.path}\``).join(", ")}): the ids of one path, never two.`
      : ""
    const enums = queryEnums(op).map((p) => {
      const enumName = this.queryEnumNames.get(`${op.id}\u0000${p.name}`)!
      const values = (p.commaList ?? this.resolve(p.schema)).enum ?? []
      return doc(`The values of \`${p.name}\` of \`${op.id}\`${p.commaList === undefined ? "" : " (one, or several as a comma list)"}.\n\n@since ${SINCE}\n@category Schemas`) +
        `export const ${enumName} = ${call(this.field(ctx, "strictEnum"), values.map(quote), "")}.annotations({\n  description: ${quote(`one of ${values.join(", ")}`)}\n})\n\n` +
        this.typeOf(enumName, false) + "\n"
    })
    return enums.join("") + doc(
      `The input of \`${op.id}\` (${op.http} ${op.variants.map((v) => v.path).join(" | ")}).${about}\n\n@since ${SINCE}\n@category Inputs`
    ) + `export const ${name} = ${expression}\n\n` + this.typeOf(name, single)
  }

  private queryParameter(op: Operation, p: Parameter, ctx: Ctx): string {
    const hoisted = this.queryEnumNames.get(`${op.id}\u0000${p.name}`)
    if (p.commaList !== undefined) {
      return `${this.field(ctx, "CommaList")}(${hoisted ?? this.input(p.commaList, ctx)})`
    }
    if (hoisted !== undefined) return hoisted
    const schema = this.resolve(p.schema)
    switch (schema.type) {
      case "boolean":
        return "Schema.BooleanFromString"
      case "integer":
        return pipe("Schema.NumberFromString", ["Schema.int()", ...numberChecks(schema)])
      case "number":
        return pipe("Schema.NumberFromString", numberChecks(schema))
      default:
        return this.input(p.schema, ctx)
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Registry
  // ---------------------------------------------------------------------------------------------------

  private registryFile(): OutputFile {
    const imports = new Imports()
    imports.namespace("../../core/Operation.js", "Operation")
    const specs = this.model.operations.map((op) => {
      const table = lowerFirst(op.service) + "Operations"
      imports.use(`./${op.service}.js`, table)
      const lines = [
        `id: ${quote(op.id)}`,
        `service: ${quote(op.service)}`,
        `method: ${quote(op.method)}`,
        `operation: ${table}.${op.method}`,
        `routes: [${op.variants.map((v) => quote(v.path)).join(", ")}]`,
        `http: ${quote(op.http)}`,
        `body: ${quote(op.body === undefined ? "none" : op.body.required ? "json" : "optional")}`,
        `taskId: ${JSON.stringify(op.taskId).replace(/,/g, ", ")}`,
        ...(op.paging === undefined
          ? []
          : [`paging: { items: ${quote(op.paging.items)}${op.paging.nestedIn === undefined ? "" : `, nestedIn: ${quote(op.paging.nestedIn)}`} }`]),
        `description: ${quote(op.summary)}`
      ]
      return `  {\n${lines.map((l) => `    ${l}`).join(",\n")}\n  }`
    })
    const content = header(this.model, "The registry of the Stax cloud operations: one entry per operation id, for the stand-in and the CLI.") +
      imports.render() + "\n\n" +
      doc(`An operation id of the Stax cloud API and how it is called.\n\n@since ${SINCE}\n@category Models`) +
      `export interface CloudOperationSpec {
  /** The document's \`x-stax-sdk-operation-id\` (\`networking.ReadVpcs\`). */
  readonly id: string
  /** The service (\`Networking\`). */
  readonly service: string
  /** The service's method (\`readVpcs\`). */
  readonly method: string
  readonly operation: Operation.Operation<any, any>
  /** The path templates below \`${BASE_PATH}\`, most parameters first. */
  readonly routes: ReadonlyArray<string>
  readonly http: Operation.Method
  /** Whether the operation sends a JSON body: always, optionally, or never. */
  readonly body: "json" | "optional" | "none"
  /** Where the 200 answer carries a task id, shallowest first. */
  readonly taskId: ReadonlyArray<ReadonlyArray<string>>
  /** Paged operations: the answer's items field; \`nestedIn\`: \`Paging\` sits in each item of that field. */
  readonly paging?: { readonly items: string; readonly nestedIn?: string }
  /** The document's summary of the operation. */
  readonly description: string
}

` +
      doc(`Every operation id of the Stax cloud API (${this.model.operations.length}), by id.\n\n@since ${SINCE}\n@category Registry`) +
      `export const cloudOperations: ReadonlyArray<CloudOperationSpec> = [\n${specs.join(",\n")}\n]\n`
    return { path: "registry.ts", content }
  }
}

interface Ctx {
  /** The model module being written (`common`, `accounts`), or `service:<Service>`. */
  readonly module: string
  readonly imports: Imports
  readonly flavour: Flavour
  readonly indent: string
}

const deeper = (ctx: Ctx): Ctx => ({ ...ctx, indent: ctx.indent + "  " })

/** The query parameters of an operation with enum values (one per name, from the variant with most parameters). */
const queryEnums = (op: Operation): ReadonlyArray<Parameter> => {
  const out = new Map<string, Parameter>()
  for (const variant of op.variants) {
    for (const p of variant.parameters) {
      if (p.in !== "query" || out.has(p.name)) continue
      if ((p.commaList ?? p.schema).enum !== undefined) out.set(p.name, p)
    }
  }
  return [...out.values()]
}

const isObject = (node: Node): boolean =>
  node.ref === undefined && node.oneOf === undefined && node.anyOf === undefined &&
  (node.type === "object" || node.properties !== undefined || node.allOf !== undefined)

const children = (node: Node): ReadonlyArray<Node> => [
  ...Object.values(node.properties ?? {}),
  ...(typeof node.additional === "object" ? [node.additional] : []),
  ...(node.items === undefined ? [] : [node.items]),
  ...(node.allOf ?? []),
  ...(node.anyOf ?? []),
  ...(node.oneOf ?? [])
]

const refsOf = (node: Node): ReadonlySet<string> => {
  const out = new Set<string>()
  const walk = (n: Node) => {
    if (n.ref !== undefined) out.add(n.ref)
    for (const child of children(n)) walk(child)
  }
  walk(node)
  return out
}

const describe = (node: Node, fallback: string): string =>
  node.description === undefined ? `${fallback}.` : `${node.description}\n\n(${fallback}.)`

const pipe = (base: string, checks: ReadonlyArray<string>): string =>
  checks.length === 0 ? base : `${base}.pipe(${checks.join(", ")})`

const stringChecks = (node: Node, patternName: () => string): ReadonlyArray<string> => [
  ...(node.minLength === undefined ? [] : [`Schema.minLength(${node.minLength})`]),
  ...(node.maxLength === undefined ? [] : [`Schema.maxLength(${node.maxLength})`]),
  ...(node.pattern === undefined ? [] : patternCheck(node.pattern, patternName))
]

/**
 * A pattern as a check (`pattern` of fields.ts, which `Arbitrary.make` can generate from): compiled without
 * the `v` flag (plain, else `u`); one that compiles neither way is left out.
 */
const patternCheck = (pattern: string, patternName: () => string): ReadonlyArray<string> => {
  for (const flags of ["", "u"]) {
    try {
      new RegExp(pattern, flags)
      return [`${patternName()}(${quote(pattern)}${flags === "" ? "" : `, ${quote(flags)}`})`]
    } catch {
      // try the next flags
    }
  }
  return []
}

const numberChecks = (node: Node): ReadonlyArray<string> => [
  ...(node.minimum === undefined ? [] : [`Schema.greaterThanOrEqualTo(${node.minimum})`]),
  ...(node.maximum === undefined ? [] : [`Schema.lessThanOrEqualTo(${node.maximum})`])
]

const renamed = (signature: string, p: Parameter): string =>
  p.field === p.name ? signature : `${signature}.pipe(Schema.fromKey(${quote(p.name)}))`

const defaultOf = (p: Parameter): string => {
  const value = p.schema.default
  return value === undefined ? "" : `; the API's default: ${JSON.stringify(value)}`
}

const operationDoc = (op: Operation): string => {
  const routes = op.variants.map((v) => `- \`${op.http} ${BASE_PATH}${v.path}\`${v.description === "" ? "" : `: ${v.description.split("\n").join(" ")}`}`)
  return `\`${op.id}\`: ${op.summary}.\n\n${routes.join("\n")}`
}
