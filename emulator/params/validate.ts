// The validate stage: checks a request's parameters against the `…Params` declaration its route names, at every
// depth, and answers as Stripe does (parameter_unknown, parameter_missing, parameter_invalid_integer,
// parameter_invalid_empty, Invalid boolean/array/hash/string, enum values, metadata limits). Returns the parameters
// with integers and booleans read from their form strings, in the shape stripe-node's type describes.
import { ApiError, parameterMissing, parameterUnknown } from '../http/errors';
import type { FormValue } from '../http/form';
import type { Param, ParamOrRef } from './declared-param';
import { declarations } from './declarations';
import { checkMetadata } from './metadata';
import { bracketed } from './param-name';
import type { ServedParams } from './served';

type Value = FormValue | undefined;
type FormRecord = { [key: string]: FormValue };

function invalid(path: string[], message: string, code?: string): ApiError {
  return new ApiError('invalid_request', message, { param: bracketed(path), code, validation: true });
}

function resolve(param: ParamOrRef): Param {
  if (!('ref' in param)) return param;
  const named = declarations.types[param.ref];
  if (!named) throw new Error(`declarations.json has no ${param.ref}`);
  return named;
}

function isRecord(value: Value): value is FormRecord {
  return typeof value === 'object' && !Array.isArray(value);
}

function oneOf(values: string[]): string {
  if (values.length <= 2) return values.join(' or ');
  return `${values.slice(0, -1).join(', ')}, or ${values.at(-1) ?? ''}`;
}

/** Which alternatives of a union could describe a value of this shape. */
function fits(param: Param, value: Value): boolean {
  if (Array.isArray(value)) return param.type === 'array';
  if (isRecord(value)) return param.type === 'object' || param.type === 'metadata' || param.type === 'map';
  return param.type !== 'array' && param.type !== 'object' && param.type !== 'metadata' && param.type !== 'map';
}

function check(declared: ParamOrRef, value: Value, path: string[]): unknown {
  if (value === '' && declared.emptyable) return '';
  const param = resolve(declared);
  if (value === '' && param.type !== 'union') {
    const name = bracketed(path);
    throw invalid(path, `You passed an empty string for '${name}'. We assume empty values are an attempt to unset a parameter; however '${name}' cannot be unset. You should remove '${name}' from your request or supply a non-empty value.`, 'parameter_invalid_empty');
  }
  switch (param.type) {
    case 'string':
      if (typeof value !== 'string') throw invalid(path, `Invalid string: ${JSON.stringify(value)}`);
      return value;
    case 'integer':
      if (typeof value !== 'string' || !/^-?\d+$/.test(value)) throw invalid(path, `Invalid integer: ${typeof value === 'string' ? value : JSON.stringify(value)}`, 'parameter_invalid_integer');
      return Number(value);
    case 'boolean':
      if (value !== 'true' && value !== 'false') throw invalid(path, `Invalid boolean: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
      return value === 'true';
    case 'enum':
      if (typeof value !== 'string' || !param.values.includes(value)) throw invalid(path, `Invalid ${bracketed(path)}: must be one of ${oneOf(param.values)}`);
      return value;
    case 'array':
      if (!Array.isArray(value)) throw invalid(path, 'Invalid array');
      return value.map((item, index) => check(param.items, item, [...path, String(index)]));
    case 'metadata':
      if (!isRecord(value)) throw invalid(path, 'Invalid hash');
      return checkMetadata(value, path);
    case 'object':
      if (!isRecord(value)) throw invalid(path, 'Invalid hash');
      return checkObject(param.properties, value, path);
    case 'map':
      if (!isRecord(value)) throw invalid(path, 'Invalid hash');
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, check(param.values, item, [...path, key])]));
    case 'union':
      return checkUnion(param.anyOf, value, path);
  }
}

function checkObject(properties: Extract<Param, { type: 'object' }>['properties'], value: FormRecord, path: string[]): Record<string, unknown> {
  const unknown = Object.keys(value).find((key) => !Object.hasOwn(properties, key));
  if (unknown !== undefined) throw parameterUnknown(bracketed([...path, unknown]));
  const result: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    const given = value[name];
    if (given === undefined) {
      if (property.required) throw parameterMissing(bracketed([...path, name]));
      continue;
    }
    result[name] = check(property.param, given, [...path, name]);
  }
  return result;
}

function checkUnion(alternatives: ParamOrRef[], value: Value, path: string[]): unknown {
  const fitting = alternatives.filter((alternative) => fits(resolve(alternative), value));
  let first: unknown;
  for (const alternative of fitting.length > 0 ? fitting : alternatives) {
    try {
      return check(alternative, value, path);
    } catch (error) {
      first ??= error;
    }
  }
  throw first;
}

/** The parameters of one request, checked against the declaration `name` (e.g. `PaymentIntentCreateParams`). */
export function validateParams(name: ServedParams, params: FormRecord): Record<string, unknown> {
  const declared = declarations.types[name];
  if (declared?.type !== 'object') throw new Error(`declarations.json has no object ${name}`);
  return checkObject(declared.properties, params, []);
}
