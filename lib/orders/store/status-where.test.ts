import { describe, expect, it } from 'vitest';
import { applyFact, orderStatuses } from '@/lib/orders/status';
import { movedBy } from '@/lib/orders/store/status-where';

describe('movedBy', () => {
  it('lists exactly the recorded states applyFact moves, for every fact and every recorded time', () => {
    for (const status of orderStatuses) {
      for (const supersedesRecorded of [false, true]) {
        const incoming = { status, observedAt: 100, supersedesRecorded };
        const pairs = movedBy(incoming);
        for (const current of orderStatuses) {
          for (const [op, observedAt] of [['<', 50], ['=', 100], ['>', 150]] as const) {
            const listed = pairs.some((pair) => pair.status === current && pair.op === op);
            expect(listed, `${current}@${observedAt} ← ${status}`).toBe(applyFact({ status: current, observedAt }, incoming) !== null);
          }
        }
      }
    }
  });

  it('moves nothing out of a final status', () => {
    for (const status of orderStatuses) {
      const moved = movedBy({ status, observedAt: 100 }).map((pair) => pair.status);
      for (const final of ['paid', 'canceled', 'expired', 'needs_review'] as const) expect(moved).not.toContain(final);
    }
  });
});
