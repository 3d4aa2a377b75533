import type { Db } from '@/lib/db/connect';
import type { Currency } from '@/lib/money';
import { AUTHORIZATION_SECONDS, expiringWindow } from '@/lib/orders/authorization';
import { unixSeconds } from '@/lib/time';

// The authorized orders whose authorization lapses within 24 hours, soonest first: the dashboard's warning and the
// merchant's daily notice. Read from the authorized orders' partial index (migration 012), a few days of orders at most.

export type ExpiringAuthorization = { id: string; number: string; amount: number; currency: Currency; expiresAt: number };

export async function expiringAuthorizations(db: Db, now: Date, limit = 50): Promise<ExpiringAuthorization[]> {
  const { from, to } = expiringWindow(unixSeconds(now));
  const rows = await db
    .selectFrom('orders')
    .select(['id', 'number', 'amount', 'currency', 'authorized_at'])
    .where('status', '=', 'authorized')
    .where('authorized_at', '>', from)
    .where('authorized_at', '<=', to)
    .orderBy('authorized_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, number: row.number, amount: row.amount, currency: row.currency, expiresAt: (row.authorized_at ?? 0) + AUTHORIZATION_SECONDS }));
}
