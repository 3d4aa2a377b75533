import type { Db } from '@/lib/db/connect';

// The orders the dashboard shows first: paid or authorized after their stock hold ran out, with the goods sold
// meanwhile (lib/stock/holds.ts), and not settled yet: not shipped (restocked and sent), not refunded in full, not
// canceled. Read newest first from their partial index.

export type OversoldOrder = { id: string; number: string; createdAt: string };

export async function unsettledOversoldOrders(db: Db, limit = 20): Promise<OversoldOrder[]> {
  const rows = await db
    .selectFrom('orders')
    .select(['id', 'number', 'created_at'])
    .where('stock_hold', '=', 'oversold')
    .where('shipped_at', 'is', null)
    .where((eb) => eb.or([eb('status', '=', 'authorized'), eb.and([eb('status', '=', 'paid'), eb('amount_refunded', '<', eb.ref('amount'))])]))
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, number: row.number, createdAt: row.created_at }));
}
