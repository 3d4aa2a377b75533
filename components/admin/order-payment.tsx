import type { ReactNode } from 'react';
import { formatTime } from '@/lib/admin/format-time';
import { Panel } from '@/components/admin/panel';
import { merchantText } from '@/lib/merchant-text';
import { formatMoney } from '@/lib/money';
import { authorizationExpiresAt, EXPIRY_WARNING_SECONDS } from '@/lib/orders/authorization';
import { refundableAmount } from '@/lib/orders/display-status';
import type { Reconciliation } from '@/lib/orders/store/reconciliation';
import type { Order, Refund } from '@/lib/orders/types';

const text = merchantText.admin;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2">
      <dt className="text-muted">{label}</dt>
      <dd className="min-w-0 break-all text-right">{children}</dd>
    </div>
  );
}

/**
 * The Stripe side of the order: ids, when an authorization expires, what asking Stripe changed (no webhook had), the
 * refunded amount, dispute, and each refund.
 */
export function OrderPayment({ order, refunds, reconciled, now }: { order: Order; refunds: Refund[]; reconciled: Reconciliation[]; now: number }) {
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  const expiresAt = authorizationExpiresAt(order);
  return (
    <Panel id="order-payment-heading" title={text.paymentHeading}>
      {order.reviewReason !== null && (
        <div role="alert" className="mb-4 rounded-lg border border-clay/40 bg-clay/10 p-3 text-sm text-ink" data-testid="review-reason">
          <p className="font-semibold text-clay">{text.reviewHeading}</p>
          <p>{text.reviewBody}</p>
          <p className="mt-1">{order.reviewReason}</p>
        </div>
      )}
      <dl className="divide-y divide-line">
        <Row label={text.paymentIntent}>
          <code data-testid="payment-intent-id">{order.paymentIntentId ?? text.notRecorded}</code>
        </Row>
        <Row label={text.charge}>
          <code data-testid="charge-id">{order.chargeId ?? text.notRecorded}</code>
        </Row>
        {expiresAt !== null && (
          <Row label={text.authorizationExpires}>
            {expiresAt - now <= EXPIRY_WARNING_SECONDS ? (
              <strong className="text-clay" data-testid="authorization-expires">
                {text.authorizationExpiresSoon(formatTime(expiresAt))}
              </strong>
            ) : (
              <span data-testid="authorization-expires">{formatTime(expiresAt)}</span>
            )}
          </Row>
        )}
        {reconciled.map((change, index) => (
          <Row key={index} label={text.reconciled}>
            {text.reconciledLine(text.statuses[change.before], text.statuses[change.after], formatTime(change.at))}
          </Row>
        ))}
        <Row label={text.amountRefunded}>
          <span className="tabular-nums" data-testid="amount-refunded">{money(order.amountRefunded)}</span>
        </Row>
        {order.status === 'paid' && (
          <Row label={text.leftToRefund}>
            <span className="tabular-nums">{money(refundableAmount(order))}</span>
          </Row>
        )}
        {order.failure !== null && <Row label={text.failure}>{order.failure.message || order.failure.code}</Row>}
        {order.dispute !== null && (
          <Row label={text.dispute}>
            {text.disputeStatus(order.dispute.status)} · {money(order.dispute.amount)} · {order.dispute.reason.replaceAll('_', ' ')}
          </Row>
        )}
      </dl>
      {refunds.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold text-ink">{text.refundsHeading}</h3>
          <ul className="mt-2 divide-y divide-line border-y border-line text-sm" data-testid="refunds">
            {refunds.map((refund) => (
              <li key={refund.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2">
                <span className="tabular-nums">{text.refundLine(money(refund.amount), refund.status)}</span>
                <span className="text-muted">
                  {text.refundReasonOf(refund.reason)} · {formatTime(refund.created)} · <code>{refund.id}</code>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
