// Stripe's OpenAPI component schemas for the objects the emulator serves (spec-subset.json, taken from Stripe's OpenAPI
// description, stripe/openapi 2026-09-30.endive, each schema tagged with its x-source).
// Used to decide what may be expanded (expand.ts) and to check every object the contract tests see (tests/schema-check.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Schema = {
  type?: 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'array';
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  nullable?: boolean;
  maxLength?: number;
  $ref?: string;
  title?: string;
};

const spec = JSON.parse(readFileSync(path.join(__dirname, 'spec-subset.json'), 'utf8')) as { components: { schemas: Record<string, Schema> } };

export const schemas = spec.components.schemas;

/** `#/components/schemas/charge` → `charge`. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** The object schema a property leads to: itself, its $ref, or the one $ref of an anyOf. Undefined if it leads nowhere known. */
export function objectSchema(schema: Schema | undefined): Schema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return schemas[refName(schema.$ref)];
  if (schema.anyOf) {
    const refs = schema.anyOf.filter((alternative) => alternative.$ref);
    return refs.length === 1 && refs[0]?.$ref ? schemas[refName(refs[0].$ref)] : undefined;
  }
  return schema.properties ? schema : undefined;
}

/** An expandable field: an id that may be replaced by the object it names (anyOf a string and a $ref). */
export function isExpandable(schema: Schema | undefined): boolean {
  const alternatives = schema?.anyOf ?? [];
  return alternatives.some((alternative) => alternative.type === 'string') && alternatives.some((alternative) => alternative.$ref !== undefined);
}
