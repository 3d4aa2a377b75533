import type { ExpressionBuilder } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { applyFact, orderStatuses, type StatusFact } from '@/lib/orders/status';

// The status rule (status.ts) as SQL: a condition, so a fact is applied by one compare-and-set UPDATE. It is derived
// from applyFact itself, never written twice: applyFact depends on the recorded time only through whether it is
// before, equal to or after the fact's, so trying each status at those three times lists exactly the rows it moves.

const relations = [
  { op: '<', offset: -1 },
  { op: '=', offset: 0 },
  { op: '>', offset: 1 },
] as const;

/** The recorded (status, time) pairs that `incoming` moves forward, as pairs of a status and a comparison. */
export function movedBy(incoming: StatusFact): Array<{ status: (typeof orderStatuses)[number]; op: '<' | '=' | '>' }> {
  return orderStatuses.flatMap((status) =>
    relations
      .filter(({ offset }) => applyFact({ status, observedAt: incoming.observedAt + offset }, incoming) !== null)
      .map(({ op }) => ({ status, op })),
  );
}

/** WHERE: the order's recorded status and time are ones `incoming` moves forward (see applyFact). */
export function statusMovedBy(eb: ExpressionBuilder<Database, 'orders'>, incoming: StatusFact) {
  const pairs = movedBy(incoming);
  if (pairs.length === 0) return eb.lit(false);
  return eb.or(pairs.map(({ status, op }) => eb.and([eb('status', '=', status), eb('status_observed_at', op, incoming.observedAt)])));
}

/** SET: the charge that authorized the payment, recorded once; an order keeps the first one it hears of. */
export function firstChargeId(eb: ExpressionBuilder<Database, 'orders'>, chargeId: string | null) {
  return chargeId === null ? eb.ref('charge_id') : eb.fn.coalesce('charge_id', eb.val(chargeId));
}
