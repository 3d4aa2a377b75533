import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '@/emulator/server';
import { createRequiringAction, startTestEmulator } from '@/emulator/tests/support';
import { createStripeClient } from '@/lib/stripe/client';
import { RATE_LIMIT_TIMING, retryingRateLimits } from '@/lib/stripe/rate-limit-retry';

// Stripe's rate limit, as the emulator applies it (POST /_emulator/outage mode=rate_limit): the shop's client waits it
// out within its budget, sending the same request again, and gives the 429 to the step once the budget is spent.

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator?.close());

async function limitTo(perSecond: number): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/outage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `mode=rate_limit&per_second=${perSecond}` });
  if (response.status !== 200) throw new Error(`setting the rate limit failed: ${response.status}`);
}

/** A client of the emulator whose requests, and the statuses Stripe answered them with, are counted. */
function countingClient(budgetMs: number) {
  const node = Stripe.createNodeHttpClient();
  const answers: { idempotencyKey: string | undefined; status: number }[] = [];
  const counting = new (class extends Stripe.HttpClient {
    override getClientName() {
      return 'counting';
    }
    override async makeRequest(...request: Parameters<Stripe.HttpClient['makeRequest']>) {
      const response = await node.makeRequest(...request);
      const key = request[4]['Idempotency-Key'];
      answers.push({ idempotencyKey: typeof key === 'string' ? key : undefined, status: response.getStatusCode() });
      return response;
    }
  })();
  const stripe = createStripeClient(
    { stripeSecretKey: `sk_test_rate_${budgetMs}`, stripeApiBase: new URL(emulator.url), stripeTimeoutMs: 10_000 },
    retryingRateLimits(counting, { ...RATE_LIMIT_TIMING, budgetMs }),
  );
  return { stripe, answers };
}

describe('the Stripe client under Stripe\'s rate limit', () => {
  it('sends a request refused with 429 again after a pause, under the same idempotency key, and it is done once', async () => {
    await limitTo(2);
    const { stripe, answers } = countingClient(8_000);
    const keys = Array.from({ length: 6 }, (_, index) => `rate-limit-test-${index}`);
    const intents = await Promise.all(keys.map((idempotencyKey) => createRequiringAction(stripe, { metadata: { key: idempotencyKey } }, { idempotencyKey })));
    expect(new Set(intents.map((intent) => intent.id)).size).toBe(6);
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThan(0);
    for (const key of keys) {
      const sent = answers.filter((answer) => answer.idempotencyKey === key);
      expect(sent.at(-1)?.status).toBe(200);
      expect(sent.slice(0, -1).every((answer) => answer.status === 429)).toBe(true);
    }
  });

  it('gives the step Stripe\'s StripeRateLimitError once its budget is spent', async () => {
    await limitTo(1);
    const { stripe } = countingClient(0);
    const results = await Promise.allSettled([1, 2, 3].map(() => stripe.paymentIntents.list({ limit: 1 })));
    const refused = results.filter((result) => result.status === 'rejected').map((result) => result.reason as unknown);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((reason) => reason instanceof Stripe.errors.StripeRateLimitError)).toBe(true);
  });
});
