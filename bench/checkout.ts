import type { CountingProxy } from '@/bench/support/counting-proxy';
import { cartCookie, loadPayForm, pressPay } from '@/bench/support/pay-form';
import { summarize, timeConcurrently, round, type LatencySummary } from '@/bench/support/stats';

// Benchmark 1: the Pay form's POST until the shop answers 303 to MobilePay, as a browser with JavaScript off sends it,
// at 1 and 16 concurrent shoppers; and the Stripe API requests each checkout made, counted by the proxy in front of
// the emulator (the target is 1: one paymentIntents.create with confirm=true).

export type CheckoutFigures = {
  shoppers: number;
  checkouts: number;
  latencyMs: LatencySummary;
  checkoutsPerSecond: number;
  stripeRequestsPerCheckout: number;
  stripeRequests: Record<string, number>;
};

const cart = [
  { productId: 'prod-mug', quantity: 2 },
  { productId: 'prod-coffee', quantity: 1 },
];

export async function benchCheckout(shopUrl: string, proxy: CountingProxy, emulatorUrl: string, runs: Array<{ shoppers: number; checkouts: number }>): Promise<CheckoutFigures[]> {
  const cookie = cartCookie(cart);
  const fields = await loadPayForm(shopUrl, cookie);
  let shopper = 0;
  // Each checkout comes from a shopper of its own (198.18.0.0/15 is the benchmarking range), as through a load balancer.
  const nextAddress = () => `198.18.${(shopper >> 8) & 255}.${shopper++ & 255}`;
  const pay = async () => {
    const location = await pressPay(shopUrl, cookie, fields, nextAddress());
    if (!location.startsWith(`${emulatorUrl}/authorize/`)) throw new Error(`Pay sent the shopper to ${location}, not to MobilePay`);
  };
  await timeConcurrently(8, 4, pay); // warm-up: first compiles, pools, the database file

  const figures: CheckoutFigures[] = [];
  for (const run of runs) {
    proxy.reset();
    const loop = await timeConcurrently(run.checkouts, run.shoppers, pay);
    const requests = Object.fromEntries(proxy.counts());
    figures.push({
      shoppers: run.shoppers,
      checkouts: run.checkouts,
      latencyMs: summarize(loop.latenciesMs),
      checkoutsPerSecond: round((run.checkouts / loop.wallMs) * 1000),
      stripeRequestsPerCheckout: round(proxy.total() / run.checkouts, 2),
      stripeRequests: requests,
    });
  }
  return figures;
}
