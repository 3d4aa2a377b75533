// Stripe's wire format for parameters: `a=1&b[c]=2&d[0]=x&d[]=y`, in form bodies and query strings alike.
// Turns it into nested null-prototype objects and arrays of strings, the shape the parameter validator then checks.
// `__proto__`, `constructor` and `prototype` are refused at any depth, so no request can reach Object.prototype.
import { parameterUnknown } from './errors';

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function newObject(): FormObject {
  return Object.create(null) as FormObject;
}

/** Splits `a[b][0]` into ['a', 'b', '0'] and `d[]` into ['d', '']. */
function keyPath(key: string): string[] {
  const open = key.indexOf('[');
  if (open === -1) return [key];
  const path = [key.slice(0, open)];
  for (const match of key.slice(open).matchAll(/\[([^\]]*)\]/g)) path.push(match[1] ?? '');
  return path;
}

function isIndex(segment: string): boolean {
  return segment === '' || /^\d+$/.test(segment);
}

function assign(target: FormObject | FormValue[], path: string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (Array.isArray(target)) {
    const index = head === '' ? target.length : Number(head);
    if (rest.length === 0) {
      target[index] = value;
      return;
    }
    const child = target[index] ?? (isIndex(rest[0] ?? '') ? [] : newObject());
    if (typeof child === 'string') return;
    target[index] = child;
    assign(child, rest, value);
    return;
  }
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = target[head] ?? (isIndex(rest[0] ?? '') ? [] : newObject());
  if (typeof child === 'string') return;
  target[head] = child;
  assign(child, rest, value);
}

/** Sparse arrays (`a[3]=x` alone) become dense ones, as Stripe reads them. */
function compact(value: FormValue): FormValue {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  const result = newObject();
  for (const [key, item] of Object.entries(value)) result[key] = compact(item);
  return result;
}

export function parseForm(encoded: string): FormObject {
  const result = newObject();
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = keyPath(key);
    if (path.some((segment) => forbiddenKeys.has(segment))) {
      throw parameterUnknown(path[0] + path.slice(1).map((segment) => `[${segment}]`).join(''));
    }
    assign(result, path, value);
  }
  return compact(result) as FormObject;
}
