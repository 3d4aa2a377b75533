import type { ExpressionBuilder } from 'kysely';
import { z } from 'zod';
import type { Db } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { displayStatus, type DisplayStatus } from '@/lib/orders/display-status';
import type { Currency } from '@/lib/money';

// The dashboard's orders list: newest first, filtered by status, searched by order number or PaymentIntent id, paged.

export const orderFilters = ['all', 'unpaid', 'authorized', 'paid', 'partially_refunded', 'refunded', 'canceled', 'expired', 'disputed', 'needs_review'] as const;
export type OrderFilter = (typeof orderFilters)[number];

export const PAGE_SIZE = 20;

/** The list's URL query (?status=&q=&page=), anything unreadable falling back to its default. */
export const orderListQuery = z.object({
  status: z.enum(orderFilters).catch('all'),
  q: z.string().trim().max(100).catch(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type OrderListQuery = z.infer<typeof orderListQuery>;

export type OrderListItem = {
  id: string;
  number: string;
  status: DisplayStatus;
  currency: Currency;
  amount: number;
  amountRefunded: number;
  disputed: boolean;
  paymentIntentId: string | null;
  createdAt: string;
};

export type OrderListPage = { items: OrderListItem[]; page: number; pages: number; total: number };

type Where = ExpressionBuilder<Database, 'orders'>;

function matchesFilter(eb: Where, filter: OrderFilter) {
  const paid = eb('status', '=', 'paid');
  switch (filter) {
    case 'all':
      return eb.lit(true);
    case 'unpaid':
      return eb('status', 'in', ['pending', 'awaiting_payment', 'processing', 'failed']);
    case 'paid':
      return eb.and([paid, eb('amount_refunded', '=', 0)]);
    case 'partially_refunded':
      return eb.and([paid, eb('amount_refunded', '>', 0), eb('amount_refunded', '<', eb.ref('amount'))]);
    case 'refunded':
      return eb.and([paid, eb('amount_refunded', '>=', eb.ref('amount'))]);
    case 'disputed':
      return eb('dispute_id', 'is not', null);
    default:
      return eb('status', '=', filter);
  }
}

function matchesSearch(eb: Where, search: string) {
  if (search === '') return eb.lit(true);
  if (/^pi_\w+$/.test(search)) return eb('payment_intent_id', '=', search);
  const number = search.toUpperCase();
  // Order numbers are letters, digits and dashes; anything else cannot match (and no LIKE wildcard gets through).
  if (!/^[A-Z0-9-]+$/.test(number)) return eb.lit(false);
  return eb('number', 'like', `${number.startsWith('MP-') ? '' : 'MP-'}${number}%`);
}

export async function listOrders(db: Db, query: OrderListQuery): Promise<OrderListPage> {
  const where = (eb: Where) => eb.and([matchesFilter(eb, query.status), matchesSearch(eb, query.q)]);
  const { count } = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where(where)
    .executeTakeFirstOrThrow();
  const total = Number(count);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const rows = await db
    .selectFrom('orders')
    .select(['id', 'number', 'status', 'currency', 'amount', 'amount_refunded', 'dispute_id', 'payment_intent_id', 'created_at'])
    .where(where)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .execute();
  const items = rows.map((row) => ({
    id: row.id,
    number: row.number,
    status: displayStatus({ status: row.status, amount: row.amount, amountRefunded: row.amount_refunded }),
    currency: row.currency,
    amount: row.amount,
    amountRefunded: row.amount_refunded,
    disputed: row.dispute_id !== null,
    paymentIntentId: row.payment_intent_id,
    createdAt: row.created_at,
  }));
  return { items, page, pages, total };
}
