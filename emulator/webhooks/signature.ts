import { createHmac } from 'node:crypto';

/**
 * The `Stripe-Signature` header Stripe sends with a webhook delivery: `t=<timestamp>,v1=<signature>`, where the
 * signature is the hex HMAC-SHA256 of `<timestamp>.<payload>` keyed with the endpoint secret exactly as it is
 * (the whole `whsec_…` string). This is what `stripe.webhooks.constructEvent` verifies.
 */
export function signatureHeader(payload: string, secret: string, timestampSeconds: number): string {
  const signature = createHmac('sha256', secret).update(`${timestampSeconds}.${payload}`, 'utf8').digest('hex');
  return `t=${timestampSeconds},v1=${signature}`;
}
