// Checks objects against Stripe's OpenAPI component schemas (emulator/schemas/spec-subset.json), strictly: every
// required field present, no field the schema does not declare, types, nulls, enums and lengths as declared.
import { refName, schemas, type Schema } from '../schemas/spec';

type Json = Record<string, unknown>;

/** A list's schema by its url; the first that matches. */
const listSchemas: Array<[url: RegExp, schema: string]> = [
  [/^\/v1\/payment_intents/, 'payment_intent_list'],
  [/^\/v1\/charges/, 'charge_list'],
  [/^\/v1\/refunds/, 'refund_list'],
  [/^\/v1\/events/, 'event_list'],
  [/^\/v1\/webhook_endpoints/, 'webhook_endpoint_list'],
  [/^\/v1\/checkout\/sessions\/[^/]+\/line_items/, 'checkout_session_line_items_list'],
  [/^\/v1\/checkout\/sessions/, 'checkout_session_list'],
];

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeMatches(type: Schema['type'], value: unknown): boolean {
  switch (type) {
    case 'object':
      return isJson(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
    case 'boolean':
      return typeof value === type;
    default:
      return true;
  }
}

/** The schema a top-level answer is described by: its `object`, a list by its url, an error body by its shape. */
export function schemaNameOf(value: Json): string | undefined {
  if (isJson(value.error) && Object.keys(value).length === 1) return 'error';
  if (value.object === 'list' && typeof value.url === 'string') {
    const url = value.url;
    return listSchemas.find(([pattern]) => pattern.test(url))?.[1];
  }
  if (value.deleted === true) return `deleted_${String(value.object)}`;
  return typeof value.object === 'string' ? value.object : undefined;
}

function check(schema: Schema, value: unknown, path: string, problems: string[]): void {
  if (schema.$ref) {
    const target = schemas[refName(schema.$ref)];
    if (!target) return void problems.push(`${path}: reaches ${schema.$ref}, which the subset does not hold`);
    return check(target, value, path, problems);
  }
  if (value === null) {
    if (!schema.nullable) problems.push(`${path}: null, but not nullable`);
    return;
  }
  if (schema.anyOf) {
    const attempts = schema.anyOf.map((alternative) => {
      const found: string[] = [];
      check(alternative, value, path, found);
      return found;
    });
    if (!attempts.some((found) => found.length === 0)) problems.push(...(attempts.sort((a, b) => a.length - b.length)[0] ?? []));
    return;
  }
  if (!typeMatches(schema.type, value)) return void problems.push(`${path}: ${JSON.stringify(value)} is not ${schema.type}`);
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string' && schema.maxLength !== undefined && value.length > schema.maxLength) problems.push(`${path}: longer than ${schema.maxLength}`);
  if (Array.isArray(value) && schema.items) value.forEach((item, index) => check(schema.items ?? {}, item, `${path}[${index}]`, problems));
  if (!isJson(value)) return;
  for (const name of schema.required ?? []) if (!(name in value)) problems.push(`${path}: missing required ${name}`);
  for (const [name, item] of Object.entries(value)) {
    const property = schema.properties?.[name];
    if (property) check(property, item, `${path}.${name}`, problems);
    else if (isJson(schema.additionalProperties)) check(schema.additionalProperties, item, `${path}.${name}`, problems);
    else if (schema.additionalProperties !== true && schema.properties) problems.push(`${path}: undeclared field ${name}`);
  }
  // An event's data.object is declared as any object; it is checked against its own schema.
  if (value.object === 'event' && isJson(value.data) && isJson(value.data.object)) checkObject(value.data.object, `${path}.data.object`, problems);
}

function checkObject(value: Json, path: string, problems: string[]): void {
  const name = schemaNameOf(value);
  const schema = name === undefined ? undefined : schemas[name];
  if (name !== 'dispute' && !schema) problems.push(`${path}: no schema for ${JSON.stringify(value.object)}`);
  if (schema) check(schema, value, path, problems);
}

/** What is wrong with one answer of the API against Stripe's schemas; empty when nothing is. */
export function schemaProblems(value: unknown, path = '$'): string[] {
  if (!isJson(value)) return [`${path}: not an object`];
  const problems: string[] = [];
  checkObject(value, path, problems);
  return problems;
}
