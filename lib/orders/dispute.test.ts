import { describe, expect, it } from 'vitest';
import { disputeAdvances, isDisputeOpen, isDisputeStatus, type DisputeState, type DisputeStatus } from '@/lib/orders/dispute';

const state = (status: DisputeStatus, observedAt: number): DisputeState => ({ status, observedAt });

function settle(facts: readonly DisputeState[]): DisputeState | null {
  return facts.reduce<DisputeState | null>((current, next) => (disputeAdvances(current, next) ? next : current), null);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('disputes', () => {
  it('records the first dispute an order hears of', () => {
    expect(disputeAdvances(null, state('needs_response', 1))).toBe(true);
  });

  it('closes an open dispute whatever the times say', () => {
    expect(disputeAdvances(state('under_review', 9), state('won', 5))).toBe(true);
  });

  it('keeps a closed dispute closed', () => {
    expect(disputeAdvances(state('lost', 5), state('needs_response', 9))).toBe(false);
    expect(disputeAdvances(state('lost', 5), state('won', 9))).toBe(false);
  });

  it('moves between open statuses by time only', () => {
    expect(disputeAdvances(state('needs_response', 5), state('under_review', 6))).toBe(true);
    expect(disputeAdvances(state('under_review', 6), state('needs_response', 5))).toBe(false);
  });

  it('tells open from closed statuses and knows Stripe’s names', () => {
    expect(isDisputeOpen('needs_response')).toBe(true);
    expect(isDisputeOpen('won')).toBe(false);
    expect(isDisputeStatus('lost')).toBe(true);
    expect(isDisputeStatus('made_up')).toBe(false);
  });

  it('ends lost in every delivery order of created, updated and closed', () => {
    const history = [state('needs_response', 1), state('under_review', 2), state('lost', 3)];
    for (const order of permutations(history)) expect(settle(order)?.status).toBe('lost');
  });
});
