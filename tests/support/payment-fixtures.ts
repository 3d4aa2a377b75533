import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { createOrder, recordPaymentAttempt } from '@/lib/orders/store/orders';
import type { Order } from '@/lib/orders/types';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { startFakeStripe, type FakeStripe, type StripeAnswer, type StripeRequest } from '@/tests/support/fake-stripe';

// What the checkout's, the return step's and Try again's tests share: a SQLite database, orders holding a
// PaymentIntent, and a fake Stripe that answers each request as the test says, closed after each test. Call inside a
// describe: it registers the suite's hooks.

export const secretOf = (id: string) => `${id}_secret_abc`;
export const paymentOf = (id: string, secret = secretOf(id)) => ({ payment_intent: id, payment_intent_client_secret: secret });

export type PaymentFixtures = {
  database: () => TestDatabase;
  fake: () => FakeStripe | undefined;
  orderWithIntent: () => Promise<Order & { paymentIntentId: string }>;
  /** A fake Stripe for this test, which keeps the requests it was sent. */
  fakeStripe: (answer: (request: StripeRequest) => StripeAnswer) => Promise<FakeStripe>;
  serve: (answer: (path: string) => StripeAnswer) => Promise<{ db: TestDatabase['db']; stripe: FakeStripe['stripe'] }>;
};

export function usePaymentFixtures(prefix: string): PaymentFixtures {
  let database: TestDatabase | undefined;
  let fake: FakeStripe | undefined;
  let counter = 0;
  const opened = () => database ?? expectOpened();
  beforeAll(async () => {
    const sqlite = databaseTargets[0];
    if (!sqlite) throw new Error('no SQLite target');
    database = await sqlite.open();
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // failures are logged on purpose here
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await database?.close();
  });
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });
  const fakeStripe = async (answer: (request: StripeRequest) => StripeAnswer) => {
    fake = await startFakeStripe(answer, { rateLimitBudgetMs: 1000 }); // a 429 is waited out for a second at most
    return fake;
  };
  return {
    database: opened,
    fake: () => fake,
    orderWithIntent: async () => {
      const order = await createOrder(opened().db, {
        currency: 'dkk',
        lines: [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }],
      });
      const paymentIntentId = `pi_${prefix}_${++counter}`;
      await recordPaymentAttempt(opened().db, order.id, paymentIntentId, 1);
      return { ...order, paymentIntentId, paymentAttempts: 1 };
    },
    fakeStripe,
    serve: async (answer) => ({ db: opened().db, stripe: (await fakeStripe((request) => answer(request.path))).stripe }),
  };
}

function expectOpened(): never {
  throw new Error('the database is opened in beforeAll');
}
