// Stripe's list envelope and cursor paging, and expand[] on objects and lists.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createAuthorized, errorBody, rawRequest, startTestEmulator, stripeClient, stripeError } from './support';

let emulator: Emulator;
let stripe: Stripe;
/** Five intents created in this order, so newest first is the reverse. */
let ids: string[] = [];

beforeAll(async () => {
  emulator = await startTestEmulator();
  stripe = stripeClient(emulator);
  for (let index = 0; index < 5; index += 1) ids.push((await stripe.paymentIntents.create({ amount: 1000 + index, currency: 'dkk' })).id);
  ids = ids.reverse();
});
afterAll(() => emulator.close());

describe('paging', () => {
  it('returns a list envelope with object, data, has_more and url', async () => {
    const page = await rawRequest(emulator, '/v1/payment_intents?limit=2');
    expect(Object.keys(page.body).sort()).toEqual(['data', 'has_more', 'object', 'url']);
    expect(page.body).toMatchObject({ object: 'list', url: '/v1/payment_intents', has_more: true });
  });

  it('returns the newest `limit` items with has_more true when more exist', async () => {
    const page = await stripe.paymentIntents.list({ limit: 2 });
    expect(page.data.map((intent) => intent.id)).toEqual(ids.slice(0, 2));
    expect(page.has_more).toBe(true);
  });

  it('continues after starting_after', async () => {
    const page = await stripe.paymentIntents.list({ limit: 2, starting_after: ids[1] });
    expect(page.data.map((intent) => intent.id)).toEqual(ids.slice(2, 4));
    expect(page.has_more).toBe(true);
  });

  it('reports has_more false on the last page', async () => {
    const page = await stripe.paymentIntents.list({ limit: 2, starting_after: ids[3] });
    expect(page.data.map((intent) => intent.id)).toEqual(ids.slice(4));
    expect(page.has_more).toBe(false);
  });

  it('goes back with ending_before', async () => {
    const page = await stripe.paymentIntents.list({ limit: 2, ending_before: ids[4] });
    expect(page.data.map((intent) => intent.id)).toEqual(ids.slice(2, 4));
    expect(page.has_more).toBe(true);
  });

  it('reports has_more false when ending_before reaches the newest item', async () => {
    const page = await stripe.paymentIntents.list({ limit: 2, ending_before: ids[2] });
    expect(page.data.map((intent) => intent.id)).toEqual(ids.slice(0, 2));
    expect(page.has_more).toBe(false);
  });

  it('defaults to 10 items', async () => {
    expect((await stripe.paymentIntents.list()).data).toHaveLength(5);
  });

  it('walks every page with the SDK\'s auto-pagination', async () => {
    const seen: string[] = [];
    for await (const intent of stripe.paymentIntents.list({ limit: 2 })) {
      if (ids.includes(intent.id)) seen.push(intent.id);
    }
    expect(seen).toEqual(ids);
  });

  it('filters the list by created[gte], leaving out older intents', async () => {
    const future = Math.floor(Date.now() / 1000) + 3600;
    const page = await stripe.paymentIntents.list({ created: { gte: future } });
    expect(page.data).toEqual([]);
  });

  it('refuses a limit over 100 with 400 param limit', async () => {
    const error = await stripeError(stripe.paymentIntents.list({ limit: 101 }));
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe('limit');
  });

  it('refuses an unknown starting_after cursor with 404', async () => {
    const error = await stripeError(stripe.paymentIntents.list({ starting_after: 'pi_doesnotexist' }));
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('resource_missing');
  });
});

describe('expand', () => {
  it('leaves latest_charge and payment_method as ids without expand', async () => {
    const intent = await createAuthorized(stripe);
    expect(intent.latest_charge).toMatch(/^ch_/);
    expect(intent.payment_method).toMatch(/^pm_/);
  });

  it('expands latest_charge on retrieve', async () => {
    const authorized = await createAuthorized(stripe);
    const intent = await stripe.paymentIntents.retrieve(authorized.id, { expand: ['latest_charge'] });
    const charge = intent.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ object: 'charge', id: authorized.latest_charge, payment_intent: authorized.id });
  });

  it('expands payment_method on retrieve', async () => {
    const authorized = await createAuthorized(stripe);
    const intent = await stripe.paymentIntents.retrieve(authorized.id, { expand: ['payment_method'] });
    expect(intent.payment_method).toMatchObject({ object: 'payment_method', id: authorized.payment_method, type: 'mobilepay' });
  });

  it('expands both at once', async () => {
    const authorized = await createAuthorized(stripe);
    const intent = await stripe.paymentIntents.retrieve(authorized.id, { expand: ['latest_charge', 'payment_method'] });
    expect(typeof intent.latest_charge).toBe('object');
    expect(typeof intent.payment_method).toBe('object');
  });

  it('expands on create', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk', payment_method_data: { type: 'mobilepay' }, expand: ['payment_method'] });
    expect(intent.payment_method).toMatchObject({ object: 'payment_method' });
  });

  it('expands data.latest_charge on a list', async () => {
    const authorized = await createAuthorized(stripe);
    const page = await stripe.paymentIntents.list({ limit: 1, expand: ['data.latest_charge'] });
    expect(page.data[0]?.id).toBe(authorized.id);
    expect(page.data[0]?.latest_charge).toMatchObject({ object: 'charge', id: authorized.latest_charge });
  });

  it('expands a nested path (latest_charge.payment_intent)', async () => {
    const authorized = await createAuthorized(stripe);
    const intent = await stripe.paymentIntents.retrieve(authorized.id, { expand: ['latest_charge.payment_intent'] });
    expect((intent.latest_charge as Stripe.Charge).payment_intent).toMatchObject({ object: 'payment_intent', id: authorized.id });
  });

  it('leaves a null field null when expanded', async () => {
    const created = await stripe.paymentIntents.create({ amount: 1099, currency: 'dkk' });
    const intent = await stripe.paymentIntents.retrieve(created.id, { expand: ['latest_charge'] });
    expect(intent.latest_charge).toBeNull();
  });

  it('does not change the stored object when expanding', async () => {
    const authorized = await createAuthorized(stripe);
    await stripe.paymentIntents.retrieve(authorized.id, { expand: ['latest_charge'] });
    expect((await stripe.paymentIntents.retrieve(authorized.id)).latest_charge).toBe(authorized.latest_charge);
  });

  it('expands payment_intent on a charge', async () => {
    const authorized = await createAuthorized(stripe);
    const charge = await stripe.charges.retrieve(String(authorized.latest_charge), { expand: ['payment_intent'] });
    expect(charge.payment_intent).toMatchObject({ object: 'payment_intent', id: authorized.id });
  });

  it('refuses a path that cannot be expanded with 400 param expand', async () => {
    const authorized = await createAuthorized(stripe);
    const response = await rawRequest(emulator, `/v1/payment_intents/${authorized.id}?expand[]=currency`);
    expect(response.status).toBe(400);
    expect(errorBody(response)).toMatchObject({ type: 'invalid_request_error', param: 'expand' });
  });
});
