import { describe, expect, it } from 'vitest';
import { applyRefundState, countsAsRefunded, type RefundState, type RefundStatus } from '@/lib/orders/refund-status';

const state = (status: RefundStatus, observedAt: number): RefundState => ({ status, observedAt });

function settle(facts: readonly RefundState[]): RefundState {
  const [first, ...rest] = facts;
  if (first === undefined) throw new Error('no facts');
  return rest.reduce((current, next) => applyRefundState(current, next) ?? current, first);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('applyRefundState', () => {
  it('moves a pending refund to succeeded', () => {
    expect(applyRefundState(state('pending', 1), state('succeeded', 2))).toEqual(state('succeeded', 2));
  });

  it('lets a succeeded refund fail later', () => {
    expect(applyRefundState(state('succeeded', 1), state('failed', 5))?.status).toBe('failed');
  });

  it('never brings a failed refund back, however late the success arrives', () => {
    expect(applyRefundState(state('failed', 5), state('succeeded', 9))).toBeNull();
    expect(applyRefundState(state('failed', 5), state('pending', 9))).toBeNull();
  });

  it('does not switch between the final statuses', () => {
    expect(applyRefundState(state('failed', 5), state('canceled', 9))).toBeNull();
  });

  it('ignores an older or equally old report of the same stage', () => {
    expect(applyRefundState(state('pending', 5), state('requires_action', 4))).toBeNull();
    expect(applyRefundState(state('succeeded', 5), state('succeeded', 5))).toBeNull();
  });

  it('counts pending and succeeded refunds as refunded, failed and canceled ones not', () => {
    expect((['pending', 'requires_action', 'succeeded', 'failed', 'canceled'] as const).map(countsAsRefunded)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('converges on failed in every delivery order of created, updated and failed', () => {
    const history = [state('pending', 1), state('succeeded', 2), state('failed', 3), state('failed', 3)];
    for (const order of permutations(history)) expect(settle(order).status).toBe('failed');
  });

  it('converges on succeeded in every delivery order of pending and succeeded reports', () => {
    const history = [state('pending', 1), state('requires_action', 2), state('succeeded', 3)];
    for (const order of permutations(history)) expect(settle(order).status).toBe('succeeded');
  });
});
