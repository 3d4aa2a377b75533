// `expand[]`: replaces an id with the object it names, e.g. `latest_charge` on a PaymentIntent or `data.payment_method`
// on a list. Paths may go deeper (`latest_charge.payment_intent`). Unknown paths get Stripe's error.
import { ApiError } from './http/errors';
import type { EmulatorState } from './state';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lookup(state: EmulatorState, id: string): object | undefined {
  if (id.startsWith('pi_')) return state.intents.get(id)?.intent;
  if (id.startsWith('ch_')) return state.charges.get(id);
  if (id.startsWith('pm_')) return state.paymentMethods.get(id);
  if (id.startsWith('re_')) return state.refunds.get(id);
  return undefined;
}

const expandable = new Set(['latest_charge', 'payment_method', 'payment_intent', 'charge']);

function expandPath(state: EmulatorState, target: Json, path: string[], fullPath: string): Json {
  const [field, ...rest] = path;
  if (field === undefined) return target;
  if (field === 'data' && Array.isArray(target.data)) {
    return { ...target, data: target.data.map((item: unknown) => (isObject(item) ? expandPath(state, item, rest, fullPath) : item)) };
  }
  if (!(field in target) || (!expandable.has(field) && !isObject(target[field]))) {
    throw new ApiError('invalid_request', `This property cannot be expanded (${fullPath}).`, { param: 'expand' });
  }
  const value = target[field];
  const resolved = typeof value === 'string' ? (lookup(state, value) ?? value) : value;
  if (!isObject(resolved)) return target;
  return { ...target, [field]: expandPath(state, structuredClone(resolved), rest, fullPath) };
}

/** Returns a copy of `object` with each path in `paths` expanded; the stored object is never changed. */
export function expandObject<T extends object>(state: EmulatorState, object: T, paths: string[] | undefined): T {
  let result: Json = structuredClone(object) as Json;
  for (const path of paths ?? []) result = expandPath(state, result, path.split('.'), path);
  return result as T;
}
