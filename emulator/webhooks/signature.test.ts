import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { signatureHeader } from './signature';

const secret = 'whsec_test_signature_secret';
const payload = JSON.stringify({ id: 'evt_123', object: 'event', type: 'payment_intent.succeeded' }, null, 2);
const now = () => Math.floor(Date.now() / 1000);

describe('signatureHeader', () => {
  it('is accepted by stripe.webhooks.constructEvent', () => {
    const event = Stripe.webhooks.constructEvent(payload, signatureHeader(payload, secret, now()), secret);
    expect(event.id).toBe('evt_123');
  });

  it('is rejected by constructEvent when the payload was tampered with', () => {
    const header = signatureHeader(payload, secret, now());
    const tampered = payload.replace('evt_123', 'evt_456');
    expect(() => Stripe.webhooks.constructEvent(tampered, header, secret)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it('is rejected by constructEvent when signed with another secret', () => {
    const header = signatureHeader(payload, 'whsec_other', now());
    expect(() => Stripe.webhooks.constructEvent(payload, header, secret)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it('is rejected by constructEvent when its timestamp is outside the tolerance', () => {
    const header = signatureHeader(payload, secret, now() - 3600);
    expect(() => Stripe.webhooks.constructEvent(payload, header, secret)).toThrow(/tolerance/i);
  });

  it('equals the header stripe.webhooks.generateTestHeaderString computes', () => {
    const timestamp = 1_700_000_000;
    expect(signatureHeader(payload, secret, timestamp)).toBe(
      Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }),
    );
  });

  it('signs non-ASCII payloads as UTF-8', () => {
    const danish = JSON.stringify({ id: 'evt_æøå', object: 'event', description: 'Kaffe — 1.099,00 kr.' });
    const event = Stripe.webhooks.constructEvent(danish, signatureHeader(danish, secret, now()), secret);
    expect(event.id).toBe('evt_æøå');
  });
});
