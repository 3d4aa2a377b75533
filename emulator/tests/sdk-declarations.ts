// Reads stripe-node's own type declarations (node_modules/stripe/cjs/resources/*.d.ts) to learn which fields an
// object must carry: the members of an interface that are not optional, with their declared type text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type DeclaredField = { name: string; type: string };

/** stripe-node's CommonJS entry lives in cjs/, beside resources/. */
const resourcesDir = join(dirname(createRequire(__filename).resolve('stripe')), 'resources');

/**
 * The required fields of an interface, named by its path: `PaymentIntent` (a top-level interface) or
 * `Charge.PaymentMethodDetails.Mobilepay.Card` (an interface inside nested namespaces), in `resources/<file>.d.ts`.
 */
export function requiredFields(file: string, path: string): DeclaredField[] {
  const lines = readFileSync(join(resourcesDir, `${file}.d.ts`), 'utf8').split('\n');
  const parts = path.split('.');
  const name = parts.pop() ?? '';
  let from = 0;
  let indent = 0;
  for (const namespace of parts) {
    const header = indent === 0 ? `export declare namespace ${namespace} {` : `${' '.repeat(indent)}namespace ${namespace} {`;
    from = findLine(lines, from, (line) => line === header, `${file}: namespace ${namespace}`);
    indent += 4;
  }
  const pad = ' '.repeat(indent);
  const interfaceHeader = new RegExp(`^${pad}(export )?interface ${name}( extends [^{]+)? \\{$`);
  const start = findLine(lines, from, (line) => interfaceHeader.test(line), `${file}: interface ${path}`);
  const end = findLine(lines, start, (line) => line === `${pad}}`, `${file}: end of ${path}`);
  const member = new RegExp(`^${pad}    ([a-z0-9_]+): (.+);$`);
  return lines
    .slice(start + 1, end)
    .map((line) => member.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[1] ?? '', type: match[2] ?? '' }));
}

function findLine(lines: string[], from: number, test: (line: string) => boolean, what: string): number {
  const index = lines.findIndex((line, position) => position >= from && test(line));
  if (index === -1) throw new Error(`stripe-node declarations: cannot find ${what}`);
  return index;
}

/** What is wrong with `object` against the declared fields: missing keys, nulls where the type has none, wrong primitives. */
export function shapeProblems(object: unknown, fields: DeclaredField[]): string[] {
  if (typeof object !== 'object' || object === null) return [`not an object: ${JSON.stringify(object)}`];
  const record = object as Record<string, unknown>;
  const problems: string[] = [];
  for (const { name, type } of fields) {
    if (!(name in record) || record[name] === undefined) {
      problems.push(`missing ${name}: ${type}`);
      continue;
    }
    const value = record[name];
    const alternatives = type.split(' | ').map((part) => part.trim());
    if (value === null) {
      if (!alternatives.includes('null')) problems.push(`${name} is null but declared ${type}`);
      continue;
    }
    const primitive = alternatives.find((part) => part === 'number' || part === 'string' || part === 'boolean');
    if (primitive && alternatives.length <= 2 && alternatives.every((part) => part === primitive || part === 'null') && typeof value !== primitive) {
      problems.push(`${name} is ${typeof value} but declared ${type}`);
    }
    const literals = alternatives.filter((part) => /^'[^']*'$/.test(part));
    if (literals.length > 0 && literals.length === alternatives.filter((part) => part !== 'null').length && !literals.includes(`'${String(value)}'`)) {
      problems.push(`${name} is ${JSON.stringify(value)} but declared ${type}`);
    }
  }
  return problems;
}
