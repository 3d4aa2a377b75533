// Objects as they go out, in API answers and webhook payloads alike. Stored objects keep stripe-node 23's types,
// which still declare a few fields Stripe's own schema (2026-09-30.endive) no longer has; the wire leaves them out.

/** By object type: fields stripe-node 23 still declares that Stripe's schema no longer has. */
export const retiredFields: Record<string, string[]> = {
  payment_intent: ['source'],
  charge: ['source'],
};

function replacer(this: unknown, key: string, value: unknown): unknown {
  if (typeof this !== 'object' || this === null || !('object' in this) || typeof this.object !== 'string') return value;
  return retiredFields[this.object]?.includes(key) ? undefined : value;
}

/** The JSON Stripe would send for `value`. */
export function toWire(value: unknown): string {
  return JSON.stringify(value, replacer, 2);
}
