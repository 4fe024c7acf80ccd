/**
 * What a payload decoder keeps of an unknown field: the value as its JSON round trip gives it (`-0` is
 * written as `0`), with `null` object properties dropped at every depth and every other key kept as own
 * data (`__proto__` too, as `JSON.parse` defines it).
 */
export const keptAsDecoded = (value: unknown): unknown => withoutNullProperties(JSON.parse(JSON.stringify(value)))

const withoutNullProperties = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutNullProperties)
    : typeof value === "object" && value !== null
    ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNullProperties(v)]))
    : value
