// `expand[]`: replaces an id with the object it names, e.g. `latest_charge` on a PaymentIntent or `data.payment_method`
// on a list, nested up to four levels (`latest_charge.payment_intent`), as Stripe does. What is expandable comes from
// Stripe's schemas (a field declared as an id or an object); a charge's `refunds` list appears only when expanded.
// Anything else gets Stripe's error.
import { ApiError } from './http/errors';
import { isExpandable, objectSchema, schemas, type Schema } from './schemas/spec';
import type { EmulatorState } from './state';

type Json = Record<string, unknown>;

export const MAX_EXPANSION_DEPTH = 4;

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

/** A charge's refunds, newest first, as the list Stripe includes when `refunds` is expanded. */
function refundsOf(state: EmulatorState, chargeId: string): Json {
  const data = [...state.refunds.values()].filter((refund) => refund.charge === chargeId).reverse();
  return { object: 'list', data, has_more: false, url: `/v1/charges/${chargeId}/refunds` };
}

function cannotExpand(fullPath: string): ApiError {
  return new ApiError('invalid_request', `This property cannot be expanded (${fullPath}).`, { param: 'expand', validation: true });
}

function schemaOf(target: Json): Schema | undefined {
  return typeof target.object === 'string' ? schemas[target.object] : undefined;
}

function expandPath(state: EmulatorState, target: Json, schema: Schema | undefined, path: string[], fullPath: string): Json {
  const [field, ...rest] = path;
  if (field === undefined) return target;
  if (target.object === 'list' && field === 'data' && Array.isArray(target.data)) {
    const data = target.data.map((item: unknown) => (isObject(item) ? expandPath(state, item, schemaOf(item), rest, fullPath) : item));
    return { ...target, data };
  }
  if (target.object === 'charge' && field === 'refunds' && typeof target.id === 'string') {
    const refunds = refundsOf(state, target.id);
    return { ...target, refunds: expandPath(state, refunds, schemaOf(refunds), rest, fullPath) };
  }
  const property = schema?.properties?.[field];
  const value = target[field];
  if (isExpandable(property)) {
    const resolved = typeof value === 'string' ? (lookup(state, value) ?? value) : value;
    if (!isObject(resolved)) return target;
    const copy = structuredClone(resolved) as Json;
    return { ...target, [field]: expandPath(state, copy, schemaOf(copy), rest, fullPath) };
  }
  // A plain sub-object may be walked through to an expandable field inside it, never expanded itself.
  const inner = objectSchema(property);
  if (rest.length === 0 || !inner || !isObject(value)) throw cannotExpand(fullPath);
  return { ...target, [field]: expandPath(state, value, inner, rest, fullPath) };
}

/** Returns a copy of `object` with each path in `paths` expanded; the stored object is never changed. */
export function expandObject<T extends object>(state: EmulatorState, object: T, paths: string[] | undefined): T {
  let result: Json = structuredClone(object) as Json;
  for (const path of paths ?? []) {
    const segments = path.split('.');
    if (segments.length > MAX_EXPANSION_DEPTH) {
      throw new ApiError('invalid_request', `You cannot expand more than ${MAX_EXPANSION_DEPTH} levels of a property. Property: ${path}`, { param: 'expand', validation: true });
    }
    result = expandPath(state, result, schemaOf(result), segments, path);
  }
  return result as T;
}
