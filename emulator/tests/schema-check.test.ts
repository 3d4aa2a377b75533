// The schema check itself: it must catch what it is there to catch.
import { describe, expect, it } from 'vitest';
import { newCheckoutSession } from '../objects/checkout-session';
import { newLineItem } from '../objects/line-item';
import { newPaymentIntent } from '../objects/payment-intent';
import { schemaProblems, schemaNameOf } from './schema-check';

const intent = (): Record<string, unknown> => ({ ...newPaymentIntent({ amount: 1099, currency: 'dkk', captureMethod: 'automatic', created: 1, allowedTypes: ['mobilepay'] }) });

/** The intent as the wire carries it: without the retired `source`, with `changes` applied. */
function onTheWire(changes: Record<string, unknown> = {}, without: string[] = []): Record<string, unknown> {
  const object = { ...intent(), ...changes };
  for (const name of ['source', ...without]) delete object[name];
  return object;
}

describe('schemaProblems', () => {
  it('reports a field the schema does not declare (source, as stripe-node still types it)', () => {
    expect(schemaProblems(intent())).toEqual(['$: undeclared field source']);
  });

  it('reports a missing required field', () => {
    expect(schemaProblems(onTheWire({}, ['id']))).toEqual(['$: missing required id']);
  });

  it('reports a value outside an enum', () => {
    expect(schemaProblems(onTheWire({ status: 'exploded' }))).toEqual(['$.status: "exploded" is not one of ["canceled","processing","requires_action","requires_capture","requires_confirmation","requires_payment_method","succeeded"]']);
  });

  it('reports a null where the schema allows none', () => {
    expect(schemaProblems(onTheWire({ livemode: null }))).toEqual(['$.livemode: null, but not nullable']);
  });

  it('checks an event\'s data.object against the object\'s own schema', () => {
    const event = { id: 'evt_1', object: 'event', api_version: null, created: 1, livemode: false, pending_webhooks: 0, request: null, type: 'payment_intent.created', data: { object: intent() } };
    expect(schemaProblems(event)).toEqual(['$.data.object: undeclared field source']);
  });

  it('checks a Checkout Session against checkout.session, its expanded line items included', () => {
    const session = newCheckoutSession(
      { id: 'cs_test_1', url: 'http://127.0.0.1:12111/checkout/pay/cs_test_1', created: 1, expiresAt: 86401, currency: 'dkk', amountTotal: 1099, paymentMethodTypes: ['mobilepay'], allowedPaymentMethodTypes: null, paymentMethodOptions: {} },
      {},
    );
    const item = newLineItem({ name: 'Kaffe', currency: 'dkk', unitAmount: 1099, quantity: 1, taxBehavior: 'unspecified', created: 1 });
    const lineItems = { object: 'list', data: [item], has_more: false, url: '/v1/checkout/sessions/cs_test_1/line_items' };
    expect(schemaProblems({ ...session, line_items: lineItems })).toEqual([]);
    expect(schemaProblems({ ...session, status: 'paid' })).toEqual(['$.status: "paid" is not one of ["complete","expired","open"]']);
  });

  it('tells a session\'s line items from a list of sessions by the list\'s url', () => {
    expect(schemaNameOf({ object: 'list', data: [], has_more: false, url: '/v1/checkout/sessions/cs_test_1/line_items' })).toBe('checkout_session_line_items_list');
    expect(schemaNameOf({ object: 'list', data: [], has_more: false, url: '/v1/checkout/sessions' })).toBe('checkout_session_list');
  });
});
