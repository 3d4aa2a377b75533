import Stripe from 'stripe';

// Stripe's rate limits: about 100 requests a second per account in live mode and 25 in test mode; beyond them it
// answers 429 (error code rate_limit). stripe-node never retries a 429 itself, whatever maxNetworkRetries says (its
// maintainers leave that to the integration), so a campaign's burst of shoppers would each be told "something went
// wrong". The shop's Stripe client (lib/stripe/client.ts) therefore sends its requests through this HTTP client, which
// sends a request refused with 429 again after a pause that doubles each time, with jitter so the waiting shoppers do
// not come back at once, for at most RATE_LIMIT_BUDGET_MS. It sends exactly the same request, Idempotency-Key header
// included, so a money-moving call still happens once. Past the budget the 429 reaches the step, which tells the
// shopper the shop is busy (lib/stripe/errors.ts) and keeps the cart.

/** How long one request may keep waiting out Stripe's rate limit before the shopper is told the shop is busy. */
export const RATE_LIMIT_BUDGET_MS = 8_000;
const FIRST_PAUSE_MS = 250;

export type RetryTiming = { budgetMs: number; sleep: (ms: number) => Promise<void>; random: () => number };

export const RATE_LIMIT_TIMING: RetryTiming = { budgetMs: RATE_LIMIT_BUDGET_MS, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), random: Math.random };

export function retryingRateLimits(inner: Stripe.HttpClient = Stripe.createNodeHttpClient(), timing: RetryTiming = RATE_LIMIT_TIMING): Stripe.HttpClient {
  return new (class extends Stripe.HttpClient {
    override getClientName(): string {
      return inner.getClientName();
    }

    override async makeRequest(...request: Parameters<Stripe.HttpClient['makeRequest']>): Promise<Stripe.HttpClientResponse> {
      let waited = 0;
      for (let attempt = 0; ; attempt += 1) {
        const response = await inner.makeRequest(...request);
        // Half to all of a pause that doubles each time ("equal jitter").
        const pause = Math.round(FIRST_PAUSE_MS * 2 ** attempt * (0.5 + timing.random() / 2));
        if (response.getStatusCode() !== 429 || waited + pause > timing.budgetMs) return response;
        await Promise.resolve(response.toJSON()).catch(() => undefined); // read the refusal, freeing the connection
        await timing.sleep(pause);
        waited += pause;
      }
    }
  })();
}
