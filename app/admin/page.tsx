import type { Metadata } from 'next';
import { ExpiringNotice } from '@/components/admin/expiring-notice';
import { MailNotice } from '@/components/admin/mail-notice';
import { OrderFilters } from '@/components/admin/order-filters';
import { OversoldNotice } from '@/components/admin/oversold-notice';
import { OrdersTable } from '@/components/admin/orders-table';
import { Pager } from '@/components/admin/pager';
import { WebhookHealth } from '@/components/admin/webhook-health';
import { listOrders, orderListQuery } from '@/lib/admin/orders-query';
import { requireAdminSession } from '@/lib/admin/session';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { merchantText } from '@/lib/merchant-text';
import { expiringAuthorizations } from '@/lib/orders/store/expiring-authorizations';
import { webhookHealth } from '@/lib/orders/store/webhook-health';
import { unsettledOversoldOrders } from '@/lib/stock/oversold';

const text = merchantText.admin;

export const metadata: Metadata = { title: text.ordersTitle };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Every order, newest first, with a status filter, a search (its matches by order number), and pages either side of
 * the one shown; first what needs the merchant now (oversold orders, authorizations about to expire) and whether
 * Stripe's webhooks arrive.
 */
export default async function AdminOrdersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdminSession();
  const query = orderListQuery.parse(await searchParams);
  const db = await getDb();
  const now = new Date();
  const [list, oversold, expiring, health] = await Promise.all([
    listOrders(db, query, now),
    unsettledOversoldOrders(db),
    expiringAuthorizations(db, now),
    webhookHealth(db, now, env.reconcileAfterSeconds),
  ]);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{text.ordersTitle}</h1>
        <p role="status" className="text-muted">
          {text.ordersCount(list.total, list.totalCapped)}
        </p>
      </div>
      <MailNotice />
      <WebhookHealth health={health} />
      <OversoldNotice orders={oversold} />
      {query.position.kind === 'first' && <ExpiringNotice orders={expiring} />}
      <OrderFilters query={query} />
      {list.listedBy === 'number' && <p className="text-sm text-muted">{text.searchListedByNumber}</p>}
      <OrdersTable items={list.items} />
      <Pager query={query} listedBy={list.listedBy} newer={list.newer} older={list.older} />
    </>
  );
}
