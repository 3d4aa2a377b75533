import { describe, expect, it } from 'vitest';
import { webhookAnswer } from '@/lib/stripe/webhook-outcome';

describe('webhookAnswer', () => {
  it('answers an applied delivery with 200 and a body naming the outcome, which Stripe shows', () => {
    const answer = webhookAnswer({ kind: 'applied', eventId: 'evt_1', type: 'payment_intent.succeeded', orderId: 'o1', orderStatus: 'paid' });
    expect(answer).toEqual({ status: 200, body: { received: true, outcome: 'applied' } });
  });

  it('answers a redelivery and an unhandled event with 200 too, so Stripe stops sending them', () => {
    expect(webhookAnswer({ kind: 'duplicate', eventId: 'evt_1', type: 'payment_intent.succeeded' })).toEqual({ status: 200, body: { received: true, outcome: 'duplicate' } });
    expect(webhookAnswer({ kind: 'ignored', eventId: 'evt_2', type: 'customer.created', reason: 'unhandled_type' })).toEqual({ status: 200, body: { received: true, outcome: 'ignored' } });
  });

  it('names the error of a refused delivery', () => {
    const answer = webhookAnswer({ kind: 'invalid_signature', reason: 'No signatures found matching the expected signature for payload' });
    expect(answer).toEqual({ status: 400, body: { error: 'invalid_signature' } });
    expect(webhookAnswer({ kind: 'payload_too_large' }).status).toBe(413);
  });

  it('answers a failure with 500 so that Stripe delivers again', () => {
    expect(webhookAnswer({ kind: 'failed', eventId: 'evt_3', type: 'charge.refunded', error: new Error('database is locked') }).status).toBe(500);
  });
});
