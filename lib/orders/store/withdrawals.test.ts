import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncOrder } from '@/lib/orders/sync-order';
import { createOrder, findOrder } from '@/lib/orders/store/orders';
import { recordWithdrawal } from '@/lib/orders/store/withdrawals';
import { noFacts, type Customer, type OrderFacts } from '@/lib/orders/types';
import type { OrderStatus } from '@/lib/orders/status';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

const lines = [{ productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: 14900, quantity: 1 }];
const customer: Customer = { email: 'Astrid@Example.com', name: 'Astrid Østergård', address: { street: 'Nørrebrogade 12', postalCode: '2200', city: 'København N', country: 'dk' } };
const facts = (status: OrderStatus): OrderFacts => ({ ...noFacts, payment: { status, observedAt: 10, failure: null, money: null } });
const DAY_MS = 24 * 60 * 60 * 1000;

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`recordWithdrawal on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    const orderWith = async (status: OrderStatus, shippedAt: Date | null = null) => {
      const order = await createOrder(database.db, { currency: 'dkk', lines, locale: 'da-dk', customer });
      await syncOrder(database.db, order.id, facts(status));
      if (shippedAt !== null) await database.db.updateTable('orders').set({ shipped_at: shippedAt.toISOString() }).where('id', '=', order.id).execute();
      return order;
    };
    const acknowledgements = async (orderId: string) =>
      (await database.db.selectFrom('outbox').select('id').where('order_id', '=', orderId).where('kind', '=', 'withdrawal_received').execute()).length;
    const details = (orderNumber: string, email = 'astrid@example.com') => ({ orderNumber, email, name: 'Astrid Ø.' });

    it('records a withdrawal from a paid order and queues one acknowledgement, however often it is confirmed', async () => {
      const order = await orderWith('paid');
      const now = new Date('2026-12-07T10:15:00.000Z');
      const outcomes = await Promise.all([recordWithdrawal(database.db, details(order.number), now), recordWithdrawal(database.db, details(order.number), now)]);
      expect(outcomes.toSorted()).toEqual(['not_recorded', 'recorded']);
      expect((await findOrder(database.db, order.id))?.withdrawal).toEqual({ receivedAt: now.toISOString(), name: 'Astrid Ø.' });
      expect(await acknowledgements(order.id)).toBe(1);
    });

    it('matches the e-mail address in any case', async () => {
      const order = await orderWith('authorized');
      expect(await recordWithdrawal(database.db, details(order.number, 'ASTRID@EXAMPLE.COM'))).toBe('recorded');
    });

    it('records nothing for a wrong e-mail address, an unknown number or an unpaid order', async () => {
      const paid = await orderWith('paid');
      const unpaid = await orderWith('failed');
      expect(await recordWithdrawal(database.db, details(paid.number, 'someone@example.com'))).toBe('not_recorded');
      expect(await recordWithdrawal(database.db, details('MP-0000-0000'))).toBe('not_recorded');
      expect(await recordWithdrawal(database.db, details(unpaid.number))).toBe('not_recorded');
      expect([await acknowledgements(paid.id), await acknowledgements(unpaid.id)]).toEqual([0, 0]);
      expect((await findOrder(database.db, paid.id))?.withdrawal).toBeNull();
    });

    it('records a withdrawal that seems late all the same, for the merchant to check against the delivery', async () => {
      const now = new Date('2026-12-07T10:00:00.000Z');
      const old = await orderWith('paid', new Date(now.getTime() - 60 * DAY_MS));
      expect(await recordWithdrawal(database.db, details(old.number), now)).toBe('recorded');
      expect(await acknowledgements(old.id)).toBe(1);
    });
  });
}
