import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/connect';
import type { Locale } from '@/lib/i18n/locales';
import { markShipped } from '@/lib/orders/store/shipments';
import { createOrder, recordPaymentAttempt } from '@/lib/orders/store/orders';
import { syncOrder } from '@/lib/orders/sync-order';
import { noFacts, type Customer, type Order } from '@/lib/orders/types';

// Shoppers with details no other test uses (so a search for them finds only their orders), and their orders moved
// through a paid order's life: a PaymentIntent, paid, a refund, shipped. Each step rewrites the order's row.

const token = () => randomBytes(5).toString('hex');

/**
 * A Danish shopper whose e-mail, name and street appear nowhere else, each near the longest the Pay form takes: the
 * longer the erased values, the more of an old copy of the row a smaller new one leaves uncovered in its page (what
 * secure_delete is for).
 */
export function distinctiveShopper(): Customer {
  const mark = token();
  const pad = (text: string, length: number) => text.padEnd(length, '-x');
  return {
    email: `${pad(`qx-${mark}`, 60)}@mailbox-${mark}.erasure-test.example.dk`,
    name: pad(`Quirina Vandermolen-${mark}`, 95),
    address: { street: pad(`Zyxwvej ${mark} 17`, 95), postalCode: '8000', city: pad(`Aarhus ${mark}`, 55), country: 'dk' },
  };
}

export const mugLines = [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 2 }];

/** An order of the shopper's, paid, partly refunded and shipped: three messages queued, a refund recorded. */
export async function paidOrderOf(db: Db, customer: Customer, options: { now?: Date; locale?: Locale } = {}): Promise<Order> {
  const now = options.now ?? new Date();
  const order = await createOrder(db, { currency: 'dkk', lines: mugLines, customer, locale: options.locale ?? 'da-dk' }, now);
  const intent = `pi_${order.id.replaceAll('-', '')}`;
  const charge = `ch_${order.id.replaceAll('-', '')}`;
  await recordPaymentAttempt(db, order.id, { id: intent, client_secret: `${intent}_secret_x` }, 1, now);
  await syncOrder(db, order.id, { ...noFacts, payment: { status: 'paid', observedAt: 10, failure: null, money: null }, chargeId: charge }, now);
  const refund = { id: `re_${order.id.replaceAll('-', '')}`, chargeId: charge, amount: 4900, status: 'succeeded' as const, reason: null, failureReason: null, created: 1_700_000_000, observedAt: 11 };
  await syncOrder(db, order.id, { ...noFacts, chargeId: charge, refunds: [refund] }, now);
  await markShipped(db, order.id, now);
  return { ...order, paymentIntentId: intent, chargeId: charge };
}
