// Derives the request parameters the emulator accepts from stripe-node's own declarations: each `…Params` interface
// of the endpoints it serves, walked with the TypeScript compiler, written to declarations.json beside this file.
//   npx tsx emulator/params/generate.ts          (re)writes declarations.json
// declarations.test.ts checks that the committed file is what this script writes now.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import type { Declarations, Param, ParamOrRef, Property } from './declared-param';
import { servedParams } from './served';

/** stripe-node's CommonJS entry lives in cjs/, beside resources/ and lib.d.ts. */
const cjs = path.dirname(createRequire(__filename).resolve('stripe'));
const stripeRoot = path.dirname(cjs);
export const declarationsPath = path.join(__dirname, 'declarations.json');

function flags(type: ts.Type, flag: ts.TypeFlags): boolean {
  return (type.flags & flag) !== 0;
}

class Walker {
  readonly types: Record<string, Param> = {};

  constructor(private readonly checker: ts.TypeChecker) {}

  /** stripe-node's name of a named interface, e.g. `PaymentIntentCreateParams.PaymentMethodData`. */
  private nameOf(type: ts.Type): string | undefined {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    if (!symbol || !(symbol.flags & ts.SymbolFlags.Interface)) return undefined;
    return this.checker.getFullyQualifiedName(symbol).replace(/^".*"\./, '');
  }

  param(type: ts.Type): ParamOrRef {
    if (type.isUnion()) return this.union(type.types);
    return this.single(type);
  }

  private union(members: ts.Type[]): ParamOrRef {
    const emptyable = members.some((member) => flags(member, ts.TypeFlags.Null) || (member.isStringLiteral() && member.value === ''));
    const rest = members.filter((member) => !flags(member, ts.TypeFlags.Null | ts.TypeFlags.Undefined) && !(member.isStringLiteral() && member.value === ''));
    const literals = rest.filter((member) => member.isStringLiteral()).map((member) => (member as ts.StringLiteralType).value);
    const booleans = rest.filter((member) => flags(member, ts.TypeFlags.BooleanLiteral));
    // `OtherString` (string & Record<never, never>) only says the enum may grow; the values are the declared ones.
    const others = rest.filter((member) => !member.isStringLiteral() && !flags(member, ts.TypeFlags.BooleanLiteral) && !member.isIntersection());
    const alternatives: ParamOrRef[] = [];
    if (literals.length > 0) alternatives.push({ type: 'enum', values: literals });
    if (booleans.length > 0) alternatives.push({ type: 'boolean' });
    for (const member of others) alternatives.push(this.single(member));
    const [only] = alternatives;
    const result: ParamOrRef = alternatives.length === 1 && only ? only : { type: 'union', anyOf: alternatives };
    return emptyable ? { ...result, emptyable: true } : result;
  }

  private single(type: ts.Type): ParamOrRef {
    // stripe-node's Decimal (a branded intersection type) goes on the wire as a decimal string, e.g. `12.5`.
    if (flags(type, ts.TypeFlags.String) || (type.aliasSymbol ?? type.getSymbol())?.getName() === 'Decimal') return { type: 'string' };
    if (flags(type, ts.TypeFlags.Number)) return { type: 'integer' };
    if (flags(type, ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
    if (type.isStringLiteral()) return { type: 'enum', values: [type.value] };
    if (this.checker.isArrayType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      if (!item) throw new Error('array without an item type');
      return { type: 'array', items: this.param(item) };
    }
    if (type.getSymbol()?.getName() === 'MetadataParam') return { type: 'metadata' };
    if (flags(type, ts.TypeFlags.Object)) return this.object(type);
    throw new Error(`unsupported parameter type: ${this.checker.typeToString(type)}`);
  }

  private object(type: ts.Type): ParamOrRef {
    // `{[key: string]: T}`, e.g. a shipping rate's `currency_options` keyed by currency: any key, each value a T.
    const index = this.checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (index) {
      if (this.checker.getPropertiesOfType(type).length > 0) throw new Error(`unsupported map with fixed members: ${this.checker.typeToString(type)}`);
      return { type: 'map', values: this.param(index.type) };
    }
    const name = this.nameOf(type);
    if (name && this.types[name]) return { ref: name };
    const properties: Record<string, Property> = {};
    const param: Param = { type: 'object', properties };
    if (name) this.types[name] = param;
    for (const symbol of this.checker.getPropertiesOfType(type)) {
      const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
      if (!declaration) continue;
      const required = !(symbol.flags & ts.SymbolFlags.Optional);
      const propertyType = this.checker.getTypeOfSymbolAtLocation(symbol, declaration);
      properties[symbol.getName()] = { required, param: this.param(required ? propertyType : this.checker.getNonNullableType(propertyType)) };
    }
    return name ? { ref: name } : param;
  }
}

/** An exported interface or type of a declaration file; `Checkout.SessionCreateParams` names one inside a namespace. */
function exportedType(checker: ts.TypeChecker, file: ts.SourceFile, name: string): ts.Type {
  let symbol = checker.getSymbolAtLocation(file);
  for (const part of name.split('.')) symbol = symbol && checker.getExportsOfModule(symbol).find((candidate) => candidate.getName() === part);
  if (!symbol) throw new Error(`stripe-node declares no ${name} in ${file.fileName}`);
  return checker.getDeclaredTypeOfSymbol(symbol);
}

function enumValues(param: ParamOrRef): string[] {
  if (!('type' in param) || param.type !== 'enum') throw new Error('expected an enum');
  return param.values;
}

/** Reads stripe-node's declarations and returns what declarations.json holds. */
export function generateDeclarations(): Declarations {
  const files = [...new Set(servedParams.map(({ file }) => path.join(cjs, 'resources', `${file}.d.ts`)))];
  const libFile = path.join(cjs, 'lib.d.ts');
  const program = ts.createProgram([...files, libFile], { strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const walker = new Walker(checker);
  const sourceOf = (fileName: string) => {
    const source = program.getSourceFile(fileName);
    if (!source) throw new Error(`cannot read ${fileName}`);
    return source;
  };
  for (const { file, name } of servedParams) walker.param(exportedType(checker, sourceOf(path.join(cjs, 'resources', `${file}.d.ts`)), name));
  const endpointParams = exportedType(checker, sourceOf(path.join(cjs, 'resources', 'WebhookEndpoints.d.ts')), 'WebhookEndpointCreateParams');
  const apiVersionProperty = endpointParams.getProperty('api_version');
  if (!apiVersionProperty) throw new Error('WebhookEndpointCreateParams has no api_version');
  const apiVersions = enumValues(walker.param(checker.getNonNullableType(checker.getTypeOfSymbol(apiVersionProperty))));
  const latest = exportedType(checker, sourceOf(libFile), 'LatestApiVersion');
  if (!latest.isStringLiteral()) throw new Error('LatestApiVersion is not a string literal');
  const version = (JSON.parse(readFileSync(path.join(stripeRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const types = Object.fromEntries(Object.entries(walker.types).sort(([a], [b]) => a.localeCompare(b)));
  return { source: `stripe-node ${version}, cjs/resources/**/*.d.ts`, apiVersions, latestApiVersion: latest.value, types };
}

export function serializeDeclarations(declarations: Declarations): string {
  return `${JSON.stringify(declarations)}\n`;
}

if (require.main === module) {
  writeFileSync(declarationsPath, serializeDeclarations(generateDeclarations()));
  console.log(`wrote ${path.relative(process.cwd(), declarationsPath)}`);
}
