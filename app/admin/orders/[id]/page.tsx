import { randomBytes } from 'node:crypto';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { formatTime } from '@/lib/admin/format-time';
import { OrderActions } from '@/components/admin/order-actions';
import { PageHeading } from '@/components/admin/page-heading';
import { MailNotice } from '@/components/admin/mail-notice';
import { OrderCustomer } from '@/components/admin/order-customer';
import { OrderLines } from '@/components/admin/order-lines';
import { OrderMessages } from '@/components/admin/order-messages';
import { OrderPayment } from '@/components/admin/order-payment';
import { OrderTimeline } from '@/components/admin/order-timeline';
import { OrderWithdrawal } from '@/components/admin/order-withdrawal';
import { Panel } from '@/components/admin/panel';
import { StatusBadge } from '@/components/admin/status-badge';
import { orderMessages } from '@/lib/admin/order-messages';
import { orderTimeline } from '@/lib/orders/store/order-timeline';
import { refundAmountField } from '@/lib/admin/refund-amount';
import { requireAdminSession } from '@/lib/admin/session';
import { LOCAL_ORIGIN, resolveShopOrigin } from '@/lib/app-url';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { shopLegalSettings } from '@/lib/legal/shop-legal-facts';
import { merchantText } from '@/lib/merchant-text';
import { formatMoney } from '@/lib/money';
import { allowedActions, displayStatus, refundableAmount } from '@/lib/orders/display-status';
import { listRefunds } from '@/lib/orders/store/refunds';
import { findOrder } from '@/lib/orders/store/orders';
import { reconciliationsOf } from '@/lib/orders/store/reconciliation';
import { unixSeconds } from '@/lib/time';

const text = merchantText.admin;

export const metadata: Metadata = { title: text.ordersTitle };

const nonce = () => randomBytes(16).toString('base64url');
const orderId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One order: its lines, status, Stripe ids, refunds, the Stripe events received, and what can be done with it. */
export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminSession();
  const { id } = await params;
  if (!orderId.test(id)) notFound();
  const db = await getDb();
  const order = await findOrder(db, id);
  if (order === null) notFound();
  const shopOrigin = resolveShopOrigin(env.appUrl, (await headers()).get('host')) ?? LOCAL_ORIGIN;
  const [refunds, events, owed, reconciled] = await Promise.all([
    listRefunds(db, order.id),
    orderTimeline(db, order.id),
    orderMessages(db, order, { origin: shopOrigin, legal: shopLegalSettings }),
    reconciliationsOf(db, order.id),
  ]);
  const left = refundableAmount(order);

  return (
    <>
      <PageHeading title={text.orderTitle(order.number)}>
        <div className="flex flex-wrap items-center gap-3 text-muted" data-testid="order-status">
          <StatusBadge status={displayStatus(order)} disputed={order.dispute !== null} />
          <span>{text.createdAt(formatTime(order.createdAt))}</span>
        </div>
      </PageHeading>
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <div className="flex min-w-0 flex-col gap-6">
          {order.withdrawal !== null && <OrderWithdrawal order={order} withdrawal={order.withdrawal} />}
          <Panel id="order-actions-heading" title={text.actionsHeading}>
            <OrderActions
              orderId={order.id}
              actions={allowedActions(order)}
              nonces={{ ship: nonce(), capture: nonce(), cancel: nonce(), refund: nonce() }}
              captureLabel={text.capture(formatMoney({ amount: order.amount, currency: order.currency }))}
              restock={
                order.stockHold === 'committed'
                  ? { count: order.lines.reduce((sum, line) => sum + line.quantity, 0) }
                  : null
              }
              refundable={{
                field: refundAmountField(left),
                formatted: formatMoney({ amount: left, currency: order.currency }),
                currency: order.currency,
              }}
            />
          </Panel>
          <OrderCustomer order={order} />
          <OrderLines order={order} />
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <OrderPayment order={order} refunds={refunds} reconciled={reconciled} now={unixSeconds(new Date())} />
          <MailNotice />
          <OrderMessages orderId={order.id} items={owed} />
          <OrderTimeline events={events} />
        </div>
      </div>
    </>
  );
}
