// Disputes and failed refunds, driven through the control API as a test drives what a bank would do.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { createAuthorized, startEmulatorWithClient } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

async function control<T>(path: string, body = ''): Promise<{ status: number; body: T }> {
  const response = await fetch(`${emulator.url}/_emulator${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function paidCharge(): Promise<{ intent: Stripe.PaymentIntent; chargeId: string }> {
  const intent = await createAuthorized(stripe);
  if (typeof intent.latest_charge !== 'string') throw new Error('no charge');
  return { intent, chargeId: intent.latest_charge };
}

async function eventsOfType(type: string): Promise<Stripe.Event[]> {
  return (await stripe.events.list({ type, limit: 100 })).data;
}

describe('disputes', () => {
  it('opening a dispute marks the charge disputed and emits charge.dispute.created', async () => {
    const { intent, chargeId } = await paidCharge();
    const { status, body } = await control<Stripe.Dispute>(`/charges/${chargeId}/dispute`, 'reason=product_not_received');
    expect(status).toBe(200);
    expect(body).toMatchObject({ object: 'dispute', charge: chargeId, payment_intent: intent.id, status: 'needs_response', reason: 'product_not_received', amount: intent.amount });
    expect((await stripe.charges.retrieve(chargeId)).disputed).toBe(true);
    const created = await eventsOfType('charge.dispute.created');
    expect(created.map((event) => (event.data.object as Stripe.Dispute).id)).toContain(body.id);
  });

  it('closing a dispute as lost emits charge.dispute.closed with the outcome', async () => {
    const { chargeId } = await paidCharge();
    const { body: dispute } = await control<Stripe.Dispute>(`/charges/${chargeId}/dispute`);
    const { status, body } = await control<Stripe.Dispute>(`/disputes/${dispute.id}/close`, 'status=lost');
    expect(status).toBe(200);
    expect(body.status).toBe('lost');
    const closed = (await eventsOfType('charge.dispute.closed')).find((event) => (event.data.object as Stripe.Dispute).id === dispute.id);
    expect((closed?.data.object as Stripe.Dispute | undefined)?.status).toBe('lost');
  });

  it('refuses a second dispute of the same charge and a dispute of an unknown charge', async () => {
    const { chargeId } = await paidCharge();
    await control(`/charges/${chargeId}/dispute`);
    expect((await control(`/charges/${chargeId}/dispute`)).status).toBe(409);
    expect((await control('/charges/ch_unknown/dispute')).status).toBe(404);
  });
});

describe('failed refunds', () => {
  it('a failed refund gives the amount back to the charge and emits refund.updated then refund.failed', async () => {
    const { intent, chargeId } = await paidCharge();
    const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 300 });
    const { status, body } = await control<Stripe.Refund>(`/refunds/${refund.id}/fail`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: refund.id, status: 'failed', failure_reason: 'expired_or_canceled_card' });
    const charge = await stripe.charges.retrieve(chargeId);
    expect(charge.amount_refunded).toBe(0);
    expect(charge.refunded).toBe(false);
    const types = (await stripe.events.list({ limit: 2 })).data.map((event) => event.type).reverse();
    expect(types).toEqual(['refund.updated', 'refund.failed']);
  });

  it('a refund can fail only once', async () => {
    const { intent } = await paidCharge();
    const refund = await stripe.refunds.create({ payment_intent: intent.id });
    await control(`/refunds/${refund.id}/fail`);
    expect((await control(`/refunds/${refund.id}/fail`)).status).toBe(409);
  });
});
