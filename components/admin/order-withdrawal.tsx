import { formatTime } from '@/lib/admin/format-time';
import { Panel } from '@/components/admin/panel';
import { merchantText } from '@/lib/merchant-text';
import { refundDeadline, withdrawalCase } from '@/lib/orders/withdrawal';
import type { Order } from '@/lib/orders/types';

const text = merchantText.admin;

/**
 * A withdrawal received through the withdrawal function: when, the name given, and what it asks of the merchant now
 * (lib/orders/withdrawal.ts): a refund within 14 days by the same means (the Refund action), a cancel for a payment
 * only authorized, a check of the delivery date for one that came late, or nothing.
 */
export function OrderWithdrawal({ order, withdrawal }: { order: Order; withdrawal: NonNullable<Order['withdrawal']> }) {
  const owed = withdrawalCase(order, withdrawal.receivedAt);
  return (
    <Panel id="order-withdrawal-heading" title={text.withdrawalHeading}>
      <div className="flex flex-col gap-2" data-testid="order-withdrawal">
        <p className="font-medium">{text.withdrawalReceived(formatTime(withdrawal.receivedAt))}</p>
        {withdrawal.name !== null && <p className="text-muted">{text.withdrawalName(withdrawal.name)}</p>}
        {(owed === 'refund' || owed === 'check') && <p>{text.withdrawalRefundBy(formatTime(refundDeadline(withdrawal.receivedAt)))}</p>}
        <p>{text.withdrawalCase[owed]}</p>
      </div>
    </Panel>
  );
}
