// `expand[]`: replaces an id with the object it names, e.g. `latest_charge` on a PaymentIntent or `data.payment_method`
// on a list, nested up to four levels (`latest_charge.payment_intent`), as Stripe does. What is expandable comes from
// Stripe's schemas (a field declared as an id or an object); a charge's `refunds` list and a Checkout Session's
// `line_items` appear only when expanded.
// checkExpansions runs in the validate stage, before anything happens; expandObject then does the expanding.
import type Stripe from 'stripe';
import { ApiError } from './http/errors';
import { paginate, type ListPage, type ListParams } from './lists';
import { isExpandable, objectSchema, schemas, type Schema } from './schemas/spec';
import type { EmulatorState } from './state';

type Json = Record<string, unknown>;

export const MAX_EXPANSION_DEPTH = 4;

/** Lists Stripe includes in an object only when expanded, by the object's schema title. */
const includable: Record<string, string[]> = { Charge: ['refunds'], 'Checkout Session': ['line_items'] };

function refuse(message: string): ApiError {
  return new ApiError('invalid_request', message, { param: 'expand', validation: true });
}

/** The schema a path segment leads to, or undefined when Stripe would not expand it. */
function step(schema: Schema, field: string, last: boolean): Schema | undefined {
  const property = schema.properties?.[field];
  if (!property) return undefined;
  if (property.type === 'array' && field === 'data') return objectSchema(property.items);
  if (isExpandable(property) || includable[schema.title ?? '']?.includes(field)) return objectSchema(property) ?? {};
  // A plain sub-object may be walked through to an expandable field inside it, never expanded itself.
  return last ? undefined : objectSchema(property);
}

/** Refuses, as Stripe does, any path that goes deeper than four levels or names something that cannot be expanded. */
export function checkExpansions(schemaName: string, paths: string[] | undefined): void {
  for (const path of paths ?? []) {
    const segments = path.split('.');
    if (segments.length > MAX_EXPANSION_DEPTH) throw refuse(`You cannot expand more than ${MAX_EXPANSION_DEPTH} levels of a property. Property: ${path}`);
    let schema: Schema | undefined = schemas[schemaName];
    for (const [index, field] of segments.entries()) {
      schema = schema && step(schema, field, index === segments.length - 1);
      if (!schema) throw refuse(`This property cannot be expanded (${path}).`);
    }
  }
}

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

/** A Checkout Session's first line items, as the list Stripe includes when `line_items` is expanded (the rest: has_more). */
export function lineItemsListOf(state: EmulatorState, sessionId: string, params: ListParams = {}): ListPage<Stripe.LineItem> {
  return paginate(state.checkoutSessions.get(sessionId)?.lineItems ?? [], params, `/v1/checkout/sessions/${sessionId}/line_items`, 'line_item');
}

/** The lists an object includes only when expanded, by its `object` and field. */
function includedList(state: EmulatorState, target: Json, field: string): Json | undefined {
  if (typeof target.id !== 'string') return undefined;
  if (target.object === 'charge' && field === 'refunds') return refundsOf(state, target.id);
  if (target.object === 'checkout.session' && field === 'line_items') return { ...lineItemsListOf(state, target.id) };
  return undefined;
}

/** Expands one checked path; ids of objects the emulator does not have (and nulls) stay as they are. */
function expandPath(state: EmulatorState, target: Json, path: string[]): Json {
  const [field, ...rest] = path;
  if (field === undefined) return target;
  const value = target[field];
  if (Array.isArray(value)) return { ...target, [field]: value.map((item: unknown) => (isObject(item) ? expandPath(state, item, rest) : item)) };
  const included = includedList(state, target, field);
  if (included) return { ...target, [field]: expandPath(state, structuredClone(included), rest) };
  const resolved = typeof value === 'string' ? lookup(state, value) : value;
  if (!isObject(resolved)) return target;
  return { ...target, [field]: expandPath(state, structuredClone(resolved) as Json, rest) };
}

/** Returns a copy of `object` with each (checked) path in `paths` expanded; the stored object is never changed. */
export function expandObject<T extends object>(state: EmulatorState, object: T, paths: string[] | undefined): T {
  let result: Json = structuredClone(object) as Json;
  for (const path of paths ?? []) result = expandPath(state, result, path.split('.'));
  return result as T;
}
