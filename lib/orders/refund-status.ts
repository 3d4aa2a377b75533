// A refund's life at Stripe, and the rule that makes refund facts converge. Pure.
//
//   pending / requires_action ──► succeeded ──► failed      (a refund can fail after it succeeded: the money came back)
//             │                                  canceled
//             └──────────────────────────────────┘
//
// A later stage wins; within a stage the newer fact wins. Failed and canceled are final, so a late refund.created
// (status succeeded) cannot bring back a refund whose refund.failed was already applied.

export const refundStatuses = ['pending', 'requires_action', 'succeeded', 'failed', 'canceled'] as const;
export type RefundStatus = (typeof refundStatuses)[number];

const stage: Record<RefundStatus, number> = { pending: 0, requires_action: 0, succeeded: 1, failed: 2, canceled: 2 };

/** Money on its way back or already back to the shopper: counts toward what was refunded. */
export function countsAsRefunded(status: RefundStatus): boolean {
  return stage[status] < 2;
}

export function isRefundStatus(value: string): value is RefundStatus {
  return (refundStatuses as readonly string[]).includes(value);
}

export type RefundState = { status: RefundStatus; observedAt: number };

/** The refund's state after learning `incoming`, or null when it changes nothing. */
export function applyRefundState(current: RefundState, incoming: RefundState): RefundState | null {
  const from = stage[current.status];
  const to = stage[incoming.status];
  if (to < from || (from === 2 && incoming.status !== current.status)) return null;
  if (to === from && incoming.observedAt <= current.observedAt) return null;
  return { status: incoming.status, observedAt: Math.max(current.observedAt, incoming.observedAt) };
}
