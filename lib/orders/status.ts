// The order's payment status and the one rule for changing it. Pure: no I/O, so every path is unit-tested.
//
//   pending ──► awaiting_payment ◄──► failed        (the shopper may retry a failed payment: same PaymentIntent)
//                   │    ▲  ▲            │
//                   ▼    │  └─ processing ◄─┘
//               authorized ──► paid
//                   │
//                   ├────────► canceled              (released by the merchant, or unpaid and called off)
//                   └────────► expired               (left uncaptured for 7 days: Stripe canceled it; final too)
//
//   any status ─────────────────► needs_review          (Stripe's amount, currency or mode differ from the order's:
//                                                       nothing is fulfilled, the merchant looks; see money-check.ts)
//
// Stripe may deliver events late, twice, or out of order, and the return step reads the PaymentIntent directly,
// so the same facts can arrive in any order. Each fact is a status plus the Stripe time it was true at.
// `applyFact` makes them converge:
//   - final statuses (paid, canceled, expired) never change;
//   - a later stage always wins over an earlier one (authorized beats awaiting_payment, paid beats authorized);
//   - within the in-progress stage (awaiting_payment, processing, failed) the newest fact wins, because a shopper may
//     fail and retry any number of times; Stripe times are whole seconds, so a tie goes to the later step of an
//     attempt (failed over processing over awaiting_payment), whatever order the two facts arrive in.

export const orderStatuses = [
  'pending',
  'awaiting_payment',
  'processing',
  'failed',
  'authorized',
  'paid',
  'canceled',
  'expired',
  'needs_review',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

const stage: Record<OrderStatus, number> = {
  pending: 0,
  awaiting_payment: 1,
  processing: 1,
  failed: 1,
  authorized: 2,
  paid: 3,
  canceled: 3,
  expired: 3,
  needs_review: 4, // set only by a money mismatch (store/payment-facts.ts); no fact moves an order out of it
};

/** `supersedesRecorded`: wins a same-second tie (see PaymentFact in types.ts). */
export type StatusFact = { status: OrderStatus; observedAt: number; supersedesRecorded?: boolean };

// Two in-progress facts from the same second cannot be ordered by time. Within one attempt, the shopper is asked to
// approve (awaiting_payment), then MobilePay may process, then the attempt may fail; so at a tie the later step wins.
// A fact marked supersedesRecorded (Stripe's answer to the shop's own Try again, sent after it read the failure) wins
// a tie whatever its step.
const sameSecondRank: Record<OrderStatus, number> = {
  pending: 0,
  awaiting_payment: 1,
  processing: 2,
  failed: 3,
  authorized: 0,
  paid: 0,
  canceled: 0,
  expired: 0,
  needs_review: 0,
};

/** The shopper has bought: paid, or authorized and charged when it ships. Their cart is then emptied. */
export function isBought(status: OrderStatus): boolean {
  return status === 'paid' || status === 'authorized';
}

export function isFinal(status: OrderStatus): boolean {
  return stage[status] >= 3;
}

/**
 * The order's status after learning `incoming`, or null when it changes nothing. A repeated status still moves
 * `observedAt` forward, so that an older fact arriving afterwards cannot undo it.
 */
export function applyFact(current: StatusFact, incoming: StatusFact): StatusFact | null {
  if (isFinal(current.status)) return null;
  const from = stage[current.status];
  const to = stage[incoming.status];
  const newer = incoming.observedAt > current.observedAt;
  if (incoming.status === current.status) return newer ? incoming : null;
  if (to < from) return null;
  if (to === from && incoming.observedAt < current.observedAt) return null;
  const tie = to === from && incoming.observedAt === current.observedAt;
  if (tie && !incoming.supersedesRecorded && sameSecondRank[incoming.status] < sameSecondRank[current.status]) return null;
  return { status: incoming.status, observedAt: Math.max(current.observedAt, incoming.observedAt) };
}
