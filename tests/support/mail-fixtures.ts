import type { Db } from '@/lib/db/connect';
import { demoTrader } from '@/lib/legal/trader';
import type { MailShop } from '@/lib/mail/mail-content';
import type { MailFrom } from '@/lib/mail/mail-from';
import type { MessageKind } from '@/lib/orders/message-kinds';
import { createOrder } from '@/lib/orders/store/orders';
import { queueMessage } from '@/lib/orders/store/outbox';
import type { Customer, Order } from '@/lib/orders/types';

// Orders that owe their shopper a message, for the sender's tests: an English order in Denmark (ASCII subjects).

/** The shop the tests' messages come from: an origin for the links, the demo trader. */
export const testShop: MailShop = { origin: 'https://shop.example', legal: { trader: demoTrader, captureMethod: 'automatic', retentionDays: 820 } };

export const testFrom: MailFrom = { name: 'Lille Butik', address: 'orders@lille-butik.example', domain: 'lille-butik.example' };

export const testCustomer = (email = 'astrid@example.com'): Customer => ({
  email,
  name: 'Astrid Jensen',
  address: { street: 'Nørrebrogade 12', postalCode: '2200', city: 'København N', country: 'dk' },
});

/** An order with one line and `kind` queued for it at `now`; returns the order and the outbox row's id. */
export async function orderOwing(
  db: Db,
  kind: MessageKind,
  options: { now: Date; customer?: Customer | null; refundId?: string },
): Promise<{ order: Order; messageId: string }> {
  const customer = options.customer === undefined ? testCustomer() : options.customer;
  const order = await createOrder(
    db,
    {
      currency: 'dkk',
      locale: 'en-dk',
      ...(customer === null ? {} : { customer }),
      lines: [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }],
    },
    options.now,
  );
  await queueMessage(db, order.id, kind, options.now, options.refundId ?? null);
  const row = await db.selectFrom('outbox').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
  return { order, messageId: row.id };
}
