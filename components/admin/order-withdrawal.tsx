import { formatTime } from '@/components/admin/format-time';
import { Panel } from '@/components/admin/panel';
import { merchantText } from '@/lib/merchant-text';
import { refundDeadline } from '@/lib/orders/withdrawal';
import type { Order } from '@/lib/orders/types';

const text = merchantText.admin;

/**
 * A withdrawal received through the withdrawal function: when, the name given, and what the merchant owes: a refund
 * within 14 days (the money back by the same means: the Refund action), or, for a payment only authorized, a cancel.
 */
export function OrderWithdrawal({ withdrawal, status }: { withdrawal: NonNullable<Order['withdrawal']>; status: Order['status'] }) {
  return (
    <Panel id="order-withdrawal-heading" title={text.withdrawalHeading}>
      <div className="flex flex-col gap-2" data-testid="order-withdrawal">
        <p className="font-medium">{text.withdrawalReceived(formatTime(withdrawal.receivedAt))}</p>
        {withdrawal.name !== null && <p className="text-muted">{text.withdrawalName(withdrawal.name)}</p>}
        {status === 'authorized' ? (
          <p>{text.withdrawalAuthorized}</p>
        ) : (
          <>
            <p>{text.withdrawalRefundBy(formatTime(refundDeadline(withdrawal.receivedAt)))}</p>
            <p className="text-muted">{text.withdrawalRefund}</p>
          </>
        )}
      </div>
    </Panel>
  );
}
