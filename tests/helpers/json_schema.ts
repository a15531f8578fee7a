type Schema = Record<string, any>

/**
 * Checks a value against the JSON Schema subset the OpenAPI document
 * uses (type, enum, properties, required, additionalProperties, items,
 * anyOf, allOf, $ref, minimum/maximum). Returns the problems found.
 */
export function schemaProblems(root: Schema, schema: Schema, value: unknown, path = '$'): string[] {
  if (schema.$ref) {
    const name = String(schema.$ref).replace('#/components/schemas/', '')
    return schemaProblems(root, root.components.schemas[name], value, path)
  }
  if (schema.anyOf) {
    const options = schema.anyOf.map((option: Schema) => schemaProblems(root, option, value, path))
    return options.some((problems: string[]) => problems.length === 0)
      ? []
      : [`${path}: matches no alternative (${options.flat().join('; ')})`]
  }
  if (schema.allOf) {
    return schema.allOf.flatMap((part: Schema) => schemaProblems(root, part, value, path))
  }
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${value} is not in the enum`]
  if (schema.type) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type]
    if (!types.some((type) => isType(value, type))) {
      return [`${path}: expected ${types.join(' or ')}, got ${JSON.stringify(value)}`]
    }
  }
  const problems: string[] = []
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${path}: < minimum`)
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${path}: > maximum`)
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) =>
      problems.push(...schemaProblems(root, schema.items, item, `${path}[${index}]`))
    )
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && schema.properties) {
    const record = value as Record<string, unknown>
    for (const key of schema.required ?? []) {
      if (!(key in record)) problems.push(`${path}.${key}: missing`)
    }
    for (const [key, item] of Object.entries(record)) {
      const property = schema.properties[key]
      if (property) problems.push(...schemaProblems(root, property, item, `${path}.${key}`))
      else if (schema.additionalProperties === false)
        problems.push(`${path}.${key}: not documented`)
    }
  }
  return problems
}

function isType(value: unknown, type: string) {
  if (type === 'null') return value === null
  if (type === 'integer') return Number.isInteger(value)
  if (type === 'array') return Array.isArray(value)
  if (type === 'object') return value !== null && typeof value === 'object' && !Array.isArray(value)
  if (type === 'string') return typeof value === 'string'
  if (type === 'number') return typeof value === 'number'
  if (type === 'boolean') return typeof value === 'boolean'
  return false
}
