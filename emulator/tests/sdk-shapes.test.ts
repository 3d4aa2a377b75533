// Objects checked against stripe-node 23's own declarations: every non-optional field present, null only where the
// type allows it. Also compile-time: the SDK's typed results are assigned to Stripe's types (npx tsc checks this file).
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retiredFields } from '../objects/wire';
import type { Emulator } from '../server';
import { createAuthorized, createRequiringAction, pressButton, redirectUrlOf, startEmulatorWithClient } from './support';
import { requiredFields, shapeProblems } from './sdk-declarations';
import { createShopSession, payThrough } from './checkout-support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

/** The object type of a declaration path, for the fields stripe-node still declares but Stripe no longer sends. */
const objectTypeOf: Record<string, string> = { PaymentIntent: 'payment_intent', Charge: 'charge' };

function expectDeclaredShape(object: unknown, file: string, path: string): void {
  const retired = retiredFields[objectTypeOf[path] ?? ''] ?? [];
  const fields = requiredFields(file, path).filter((field) => !retired.includes(field.name));
  expect(fields.length, `${path} declares fields`).toBeGreaterThan(0);
  expect(shapeProblems(object, fields), path).toEqual([]);
}

describe('the declarations reader', () => {
  it('finds PaymentIntent\'s required fields and skips optional ones', () => {
    const names = requiredFields('PaymentIntents', 'PaymentIntent').map((field) => field.name);
    expect(names).toContain('client_secret');
    expect(names).toContain('payment_method_types');
    expect(names).not.toContain('amount_details');
  });

  it('reports a missing field and a null where none is allowed', () => {
    expect(shapeProblems({ a: null }, [{ name: 'a', type: 'number' }, { name: 'b', type: 'string | null' }])).toEqual([
      'a is null but declared number',
      'missing b: string | null',
    ]);
  });
});

describe('PaymentIntent', () => {
  it('carries every declared field when created', async () => {
    const intent: Stripe.PaymentIntent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    expectDeclaredShape(intent, 'PaymentIntents', 'PaymentIntent');
  });

  it('carries every declared field in requires_action, with next_action and redirect_to_url complete', async () => {
    const intent: Stripe.PaymentIntent = await createRequiringAction(stripe);
    expectDeclaredShape(intent, 'PaymentIntents', 'PaymentIntent');
    expectDeclaredShape(intent.next_action, 'PaymentIntents', 'PaymentIntent.NextAction');
    expectDeclaredShape(intent.next_action?.redirect_to_url, 'PaymentIntents', 'PaymentIntent.NextAction.RedirectToUrl');
  });

  it('carries every declared field after a failed authorization, last_payment_error included', async () => {
    const created = await createRequiringAction(stripe);
    await pressButton(redirectUrlOf(created), 'fail');
    const intent: Stripe.PaymentIntent = await stripe.paymentIntents.retrieve(created.id);
    expectDeclaredShape(intent, 'PaymentIntents', 'PaymentIntent');
    expectDeclaredShape(intent.last_payment_error, 'PaymentIntents', 'PaymentIntent.LastPaymentError');
  });

  it('carries every declared field when succeeded, canceled and expanded', async () => {
    const succeeded: Stripe.PaymentIntent = await createAuthorized(stripe);
    const canceled: Stripe.PaymentIntent = await stripe.paymentIntents.cancel((await stripe.paymentIntents.create({ amount: 1099, currency: 'eur' })).id);
    const expanded: Stripe.PaymentIntent = await stripe.paymentIntents.retrieve(succeeded.id, { expand: ['latest_charge', 'payment_method'] });
    for (const intent of [succeeded, canceled, expanded]) expectDeclaredShape(intent, 'PaymentIntents', 'PaymentIntent');
  });
});

describe('Charge', () => {
  it('carries every declared field, down to the mobilepay card details', async () => {
    const intent = await createAuthorized(stripe);
    const charge: Stripe.Charge = await stripe.charges.retrieve(String(intent.latest_charge));
    expectDeclaredShape(charge, 'Charges', 'Charge');
    expectDeclaredShape(charge.billing_details, 'Charges', 'Charge.BillingDetails');
    expectDeclaredShape(charge.outcome, 'Charges', 'Charge.Outcome');
    expectDeclaredShape(charge.payment_method_details, 'Charges', 'Charge.PaymentMethodDetails');
    expectDeclaredShape(charge.payment_method_details?.mobilepay, 'Charges', 'Charge.PaymentMethodDetails.Mobilepay');
    expectDeclaredShape(charge.payment_method_details?.mobilepay?.card, 'Charges', 'Charge.PaymentMethodDetails.Mobilepay.Card');
  });
});

describe('PaymentMethod', () => {
  it('carries every declared field', async () => {
    const method: Stripe.PaymentMethod = await stripe.paymentMethods.create({ type: 'mobilepay' });
    expectDeclaredShape(method, 'PaymentMethods', 'PaymentMethod');
    expectDeclaredShape(method.billing_details, 'PaymentMethods', 'PaymentMethod.BillingDetails');
    expect(method.mobilepay).toBeDefined();
  });
});

describe('Refund', () => {
  it('carries every declared field', async () => {
    const intent = await createAuthorized(stripe);
    const refund: Stripe.Refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 100 });
    expectDeclaredShape(refund, 'Refunds', 'Refund');
    if (refund.destination_details) expectDeclaredShape(refund.destination_details, 'Refunds', 'Refund.DestinationDetails');
  });
});

describe('Event', () => {
  it('carries every declared field, data and request included, for each event type the emulator emits', async () => {
    const intent = await createAuthorized(stripe, { capture_method: 'manual' });
    await stripe.paymentIntents.capture(intent.id);
    await stripe.refunds.create({ payment_intent: intent.id, amount: 100 });
    await stripe.paymentIntents.cancel((await createRequiringAction(stripe)).id);
    const events: Stripe.Event[] = (await stripe.events.list({ limit: 100 })).data;
    expect(new Set(events.map((event) => event.type)).size).toBeGreaterThanOrEqual(8);
    for (const event of events) {
      expectDeclaredShape(event, 'Events', 'EventBase');
      expectDeclaredShape(event.data, 'Events', 'Event.Data');
      expectDeclaredShape(event.request, 'Events', 'Event.Request');
    }
  });
});

describe('Checkout Session', () => {
  it('carries every declared field when created, complete and expired', async () => {
    const created: Stripe.Checkout.Session = await createShopSession(stripe);
    await payThrough(created, 'authorize');
    const complete: Stripe.Checkout.Session = await stripe.checkout.sessions.retrieve(created.id);
    const expired: Stripe.Checkout.Session = await stripe.checkout.sessions.expire((await createShopSession(stripe)).id);
    for (const session of [created, complete, expired]) {
      expectDeclaredShape(session, 'Checkout/Sessions', 'Session');
      expectDeclaredShape(session.automatic_tax, 'Checkout/Sessions', 'Session.AutomaticTax');
      expectDeclaredShape(session.custom_text, 'Checkout/Sessions', 'Session.CustomText');
      expectDeclaredShape(session.invoice_creation, 'Checkout/Sessions', 'Session.InvoiceCreation');
      expectDeclaredShape(session.total_details, 'Checkout/Sessions', 'Session.TotalDetails');
    }
    expectDeclaredShape(complete.customer_details, 'Checkout/Sessions', 'Session.CustomerDetails');
    expectDeclaredShape(complete.collected_information, 'Checkout/Sessions', 'Session.CollectedInformation');
  });

  it('lists line items that carry every declared field, their prices too', async () => {
    const items = await stripe.checkout.sessions.listLineItems((await createShopSession(stripe)).id);
    for (const item of items.data) {
      const lineItem: Stripe.LineItem = item;
      expectDeclaredShape(lineItem, 'LineItems', 'LineItem');
      expectDeclaredShape(lineItem.price, 'Prices', 'Price');
    }
  });
});

describe('WebhookEndpoint', () => {
  it('carries every declared field', async () => {
    const endpoint: Stripe.WebhookEndpoint = await stripe.webhookEndpoints.create({ url: 'http://127.0.0.1:9/none', enabled_events: ['payment_intent.succeeded'] });
    expectDeclaredShape(endpoint, 'WebhookEndpoints', 'WebhookEndpoint');
    await stripe.webhookEndpoints.del(endpoint.id);
  });
});
