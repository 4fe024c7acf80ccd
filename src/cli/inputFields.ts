/**
 * The fields of an operation's input, read from its Schema, so that every Stax cloud operation gets
 * command-line flags without a line written per operation: `accountId` becomes `--account-id`, and the
 * text given on the command line becomes the value the field's type expects (a boolean, a number, a list
 * for a comma-delimited field, JSON for an object). The SDK still validates the input: a wrong value is
 * its `InputError`, naming the field.
 *
 * @since 0.2.0
 */
import * as Option from "effect/Option"
import type * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"

/**
 * How a flag's text becomes the field's value.
 *
 * - `text`: as given;
 * - `boolean`: `true`/`false` (a flag without a value means `true`);
 * - `number`: a number (text that is not one is passed on, for the SDK to refuse by name);
 * - `list`: one value, or several separated by commas (a comma-delimited query parameter);
 * - `json`: an object or array written as JSON.
 *
 * @since 0.2.0
 * @category Models
 */
export type FieldKind = "text" | "boolean" | "number" | "list" | "json"

/**
 * One field of an input: its name in TypeScript, its flag, how its text is read, its description.
 *
 * @since 0.2.0
 * @category Models
 */
export interface InputField {
  readonly name: string
  readonly flag: string
  readonly kind: FieldKind
  readonly required: boolean
  readonly description: string | undefined
}

/**
 * The flag of a field name: `accountId` → `account-id`, `AWSLoginURLs` → `aws-login-urls`.
 *
 * @since 0.2.0
 * @category Naming
 */
export const flagOf = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z]{2,})/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase()

/** The kind of a value of type `ast` (the decoded side of a field). */
const kindOf = (ast: SchemaAST.AST): FieldKind => {
  switch (ast._tag) {
    case "BooleanKeyword":
      return "boolean"
    case "NumberKeyword":
      return "number"
    case "StringKeyword":
    case "TemplateLiteral":
    case "Enums":
      return "text"
    case "Literal":
      return typeof ast.literal === "boolean" ? "boolean" : typeof ast.literal === "number" ? "number" : "text"
    case "TupleType":
      return ast.rest.every((element) => kindOf(element.type) === "text") && ast.elements.length === 0 ? "list" : "json"
    case "TypeLiteral":
      return "json"
    case "Refinement":
      // A comma-delimited list refines `unknown`: one value or an array of them.
      return ast.from._tag === "UnknownKeyword" ? "list" : kindOf(ast.from)
    case "Transformation":
      return kindOf(ast.to)
    case "Suspend":
      return kindOf(ast.f())
    case "Union": {
      const kinds = new Set(ast.types.filter((t) => t._tag !== "UndefinedKeyword" && !isNull(t)).map(kindOf))
      if (kinds.size === 1) return [...kinds][0]!
      if ([...kinds].every((k) => k === "text" || k === "list")) return "list"
      return "json"
    }
    default:
      return "json"
  }
}

const isNull = (ast: SchemaAST.AST): boolean => ast._tag === "Literal" && ast.literal === null

/** A field typed `never` in a path variant (another variant's id) is not a field of that variant. */
const isNever = (ast: SchemaAST.AST): boolean =>
  ast._tag === "NeverKeyword" || (ast._tag === "Union" && ast.types.every((t) => t._tag === "UndefinedKeyword" || isNever(t)))

interface Property {
  readonly signature: SchemaAST.PropertySignature
  /** Required in every member of a union (or in the one struct). */
  readonly required: boolean
}

/** The property signatures of the decoded side of `ast`, over every member of a union (path variants). */
const propertiesOf = (ast: SchemaAST.AST): ReadonlyArray<Property> => {
  switch (ast._tag) {
    case "TypeLiteral":
      return ast.propertySignatures.filter((s) => !isNever(s.type)).map((signature) => ({ signature, required: !signature.isOptional }))
    case "Transformation":
      return propertiesOf(ast.to)
    case "Refinement":
      return propertiesOf(ast.from)
    case "Suspend":
      return propertiesOf(ast.f())
    case "Union": {
      const members = ast.types.map(propertiesOf)
      const out = new Map<PropertyKey, Property>()
      for (const { signature } of members.flat()) {
        if (out.has(signature.name)) continue
        const required = members.every((m) => m.some((p) => p.signature.name === signature.name && p.required))
        out.set(signature.name, { signature, required })
      }
      return [...out.values()]
    }
    default:
      return []
  }
}

/**
 * The fields of an input schema, in declaration order (a union's members merged: a field is required
 * when every member requires it).
 *
 * @since 0.2.0
 * @category Reading
 */
export const fieldsOf = (schema: Schema.Schema.Any): ReadonlyArray<InputField> =>
  propertiesOf(schema.ast).flatMap(({ required, signature }) =>
    typeof signature.name === "string"
      ? [{
        name: signature.name,
        flag: flagOf(signature.name),
        kind: kindOf(signature.type),
        required,
        description: Option.getOrUndefined(SchemaAST.getDescriptionAnnotation(signature)) ??
          Option.getOrUndefined(SchemaAST.getDescriptionAnnotation(signature.type))
      }]
      : []
  )

/**
 * The value of a field from the text given for it on the command line.
 *
 * @example
 * ```ts
 * valueOf({ kind: "list" }, "ACTIVE,SUSPENDED") // ["ACTIVE", "SUSPENDED"]
 * valueOf({ kind: "boolean" }, "false")         // false
 * ```
 *
 * @since 0.2.0
 * @category Reading
 */
export const valueOf = (field: Pick<InputField, "kind">, text: string): unknown => {
  switch (field.kind) {
    case "text":
      return text
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text
    case "number": {
      const n = Number(text)
      return text.trim() !== "" && Number.isFinite(n) ? n : text
    }
    case "list": {
      const values = text.split(",").map((s) => s.trim()).filter((s) => s !== "")
      return values.length === 1 ? values[0] : values
    }
    case "json":
      try {
        return JSON.parse(text)
      } catch {
        return text
      }
  }
}
