/**
 * Names of the generated code: services, methods, input fields and exported schemas, from the names of
 * the document (`networking.ReadVpcs`, `hub_id`, `AccountType`, `nullable-AwsRegion`).
 */

/** The ten services, one per class of operation ids, as the contract names them. */
const SERVICES: Readonly<Record<string, string>> = {
  accounts: "Accounts",
  insights: "Insights",
  networking: "Networking",
  organisations: "Organisations",
  policies: "Policies",
  public: "Public",
  services: "Services",
  tasks: "Tasks",
  teams: "Teams",
  workloads: "Workloads"
}

/** The service of a class (`networking` → `Networking`); an unknown class is PascalCased. */
export const serviceName = (className: string): string => SERVICES[className] ?? pascalCase(className)

/** The first letter lower-cased (`Networking` → `networking`). */
export const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1)

/** The first letter upper-cased. */
export const upperFirst = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1)

/**
 * camelCase of an API name: snake_case (`hub_id` → `hubId`) or PascalCase (`AccountType` →
 * `accountType`; a leading acronym lower-cased: `AWSLoginURLs` → `awsLoginURLs`, `ID` → `id`).
 */
export const camelCase = (name: string): string => {
  const parts = name.split(/[_\-\s.]+/).filter((part) => part.length > 0)
  return parts.map((part, i) => (i === 0 ? lowerLeading(part) : upperFirst(part))).join("")
}

const lowerLeading = (word: string): string => {
  const run = /^[A-Z]+/.exec(word)?.[0] ?? ""
  if (run.length <= 1) return lowerFirst(word)
  if (run.length === word.length) return word.toLowerCase()
  // `AWSLogin`: the run's last capital starts the next word.
  const next = word.charAt(run.length)
  const cut = /[a-z]/.test(next) ? run.length - 1 : run.length
  return word.slice(0, cut).toLowerCase() + word.slice(cut)
}

/** PascalCase of a component name's parts (`nullable-AwsRegion` → `NullableAwsRegion`, `uuidv4` → `Uuidv4`). */
export const pascalCase = (name: string): string =>
  name.split(/[^A-Za-z0-9]+/).filter((part) => part.length > 0).map(upperFirst).join("")

/** The class of a component name (`accounts.ReadAccounts` → `accounts`), or `undefined` for a common one. */
export const classOf = (component: string): string | undefined => {
  const dot = component.indexOf(".")
  return dot < 0 ? undefined : component.slice(0, dot)
}

/** A component name without its class (`accounts.ReadAccounts` → `ReadAccounts`). */
export const localName = (component: string): string => {
  const dot = component.indexOf(".")
  return dot < 0 ? component : component.slice(dot + 1)
}

/**
 * The exported names of the components, unique over the whole output: the PascalCased local name
 * (`accounts.ReadAccounts` → `ReadAccounts`), prefixed with the class when two classes share a local
 * name or a class's clashes with a common one (`organisations.AttachPolicy` → `OrganisationsAttachPolicy`).
 */
export const componentNames = (components: ReadonlyArray<string>): ReadonlyMap<string, string> => {
  const bare = new Map<string, Array<string>>()
  for (const component of components) {
    const name = pascalCase(localName(component))
    bare.set(name, [...(bare.get(name) ?? []), component])
  }
  const out = new Map<string, string>()
  for (const [name, owners] of bare) {
    for (const owner of owners) {
      const cls = classOf(owner)
      out.set(owner, owners.length === 1 || cls === undefined ? name : pascalCase(cls) + name)
    }
  }
  const seen = new Map<string, string>()
  for (const [component, name] of out) {
    const other = seen.get(name)
    if (other !== undefined) throw new Error(`components ${other} and ${component} both export ${name}`)
    seen.set(name, component)
  }
  return out
}

/** The module (file name without extension) of a class's models; common components go to `common`. */
export const modelModule = (component: string): string => classOf(component) ?? "common"

/** A JavaScript string literal. */
export const quote = (text: string): string => JSON.stringify(text)

/** A property key as written in an object literal: bare when an identifier, quoted otherwise. */
export const propertyKey = (name: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quote(name))
