import { describe, expect, it } from 'vitest';
import { webhookAnswer } from '@/lib/webhooks/outcome';

describe('webhookAnswer', () => {
  it('answers a delivery Stripe may stop sending with 204, no body, and the outcome in a header', () => {
    const answer = webhookAnswer({ kind: 'applied', eventId: 'evt_1', type: 'payment_intent.succeeded', orderId: 'o1', orderStatus: 'paid' });
    expect(answer).toEqual({ status: 204, headers: { 'Cache-Control': 'no-store', 'Webhook-Outcome': 'applied' }, body: null });
  });

  it('answers a redelivery and an unhandled event the same way, so Stripe stops sending them', () => {
    expect(webhookAnswer({ kind: 'duplicate', eventId: 'evt_1', type: 'payment_intent.succeeded' }).status).toBe(204);
    expect(webhookAnswer({ kind: 'ignored', eventId: 'evt_2', type: 'customer.created', reason: 'unhandled_type' }).status).toBe(204);
  });

  it('names the error of a refused delivery in JSON', () => {
    const answer = webhookAnswer({ kind: 'invalid_signature', reason: 'No signatures found matching the expected signature for payload' });
    expect(answer.status).toBe(400);
    expect(answer.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(answer.body ?? '')).toEqual({ error: 'invalid_signature' });
  });

  it('answers a failure with 500 so that Stripe delivers again', () => {
    expect(webhookAnswer({ kind: 'failed', eventId: 'evt_3', type: 'charge.refunded', error: new Error('database is locked') }).status).toBe(500);
  });
});
