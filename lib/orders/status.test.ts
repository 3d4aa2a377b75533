import { describe, expect, it } from 'vitest';
import { applyFact, isBought, orderStatuses, type OrderStatus, type StatusFact } from '@/lib/orders/status';

const fact = (status: OrderStatus, observedAt: number): StatusFact => ({ status, observedAt });
const start = fact('pending', 0);

function settle(facts: readonly StatusFact[], from: StatusFact = start): StatusFact {
  return facts.reduce((current, next) => applyFact(current, next) ?? current, from);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('applyFact', () => {
  it('moves a pending order to awaiting payment when MobilePay asks the shopper to approve', () => {
    expect(applyFact(start, fact('awaiting_payment', 1))).toEqual(fact('awaiting_payment', 1));
  });

  it('moves an awaiting order to paid, authorized, failed, processing or canceled', () => {
    for (const status of ['paid', 'authorized', 'failed', 'processing', 'canceled'] as const) {
      expect(applyFact(fact('awaiting_payment', 1), fact(status, 2))?.status).toBe(status);
    }
  });

  it('lets a retry move a failed order back to awaiting payment', () => {
    expect(applyFact(fact('failed', 5), fact('awaiting_payment', 6))?.status).toBe('awaiting_payment');
  });

  it('ignores a failure older than the retry that followed it', () => {
    expect(applyFact(fact('awaiting_payment', 6), fact('failed', 5))).toBeNull();
  });

  it('settles two in-progress facts from the same second on the later step, in either order', () => {
    expect(applyFact(fact('failed', 5), fact('awaiting_payment', 5))).toBeNull();
    expect(applyFact(fact('awaiting_payment', 5), fact('failed', 5))?.status).toBe('failed');
    expect(applyFact(fact('failed', 5), fact('processing', 5))).toBeNull();
    expect(applyFact(fact('processing', 5), fact('awaiting_payment', 5))).toBeNull();
  });

  it('lets the answer to the shop’s own Try again win a tie with the failure it read just before', () => {
    expect(applyFact(fact('failed', 5), { ...fact('awaiting_payment', 5), supersedesRecorded: true })?.status).toBe('awaiting_payment');
  });

  it('applies an in-progress fact from the same second (Stripe times are whole seconds)', () => {
    expect(applyFact(fact('awaiting_payment', 5), fact('failed', 5))?.status).toBe('failed');
  });

  it('never demotes a paid order, however late the event', () => {
    for (const status of ['pending', 'awaiting_payment', 'processing', 'failed', 'authorized', 'canceled'] as const) {
      expect(applyFact(fact('paid', 5), fact(status, 99))).toBeNull();
    }
  });

  it('never reopens a canceled order', () => {
    expect(applyFact(fact('canceled', 5), fact('awaiting_payment', 99))).toBeNull();
    expect(applyFact(fact('canceled', 5), fact('paid', 99))).toBeNull();
  });

  it('moves an authorized order to paid when captured or canceled when released, and nowhere back', () => {
    expect(applyFact(fact('authorized', 5), fact('paid', 6))?.status).toBe('paid');
    expect(applyFact(fact('authorized', 5), fact('canceled', 6))?.status).toBe('canceled');
    expect(applyFact(fact('authorized', 5), fact('awaiting_payment', 99))).toBeNull();
    expect(applyFact(fact('authorized', 5), fact('failed', 99))).toBeNull();
  });

  it('moves an authorized order to expired when Stripe cancels the uncaptured authorization, and keeps it there', () => {
    expect(applyFact(fact('authorized', 5), fact('expired', 6))?.status).toBe('expired');
    expect(applyFact(fact('expired', 6), fact('authorized', 99))).toBeNull();
    expect(applyFact(fact('expired', 6), fact('paid', 99))).toBeNull();
  });

  it('lets a processing payment fail later', () => {
    expect(applyFact(fact('processing', 5), fact('failed', 6))?.status).toBe('failed');
  });

  it('advances the time of a repeated status so an older fact cannot undo it', () => {
    const current = fact('failed', 5);
    expect(applyFact(current, fact('failed', 9))).toEqual(fact('failed', 9));
    expect(applyFact(current, fact('failed', 4))).toBeNull();
    expect(settle([fact('failed', 9), fact('awaiting_payment', 7)], current).status).toBe('failed');
  });

  it('keeps the newest time when a later stage arrives with an older time', () => {
    expect(applyFact(fact('awaiting_payment', 9), fact('paid', 7))).toEqual(fact('paid', 9));
  });
});

describe('any delivery order converges on the last real state', () => {
  const histories: Record<string, StatusFact[]> = {
    'approved at once': [fact('awaiting_payment', 1), fact('paid', 2)],
    'failed, retried, approved': [fact('awaiting_payment', 1), fact('failed', 2), fact('awaiting_payment', 3), fact('paid', 4)],
    'failed twice, retried, still waiting': [
      fact('awaiting_payment', 1),
      fact('failed', 2),
      fact('awaiting_payment', 3),
      fact('failed', 4),
      fact('awaiting_payment', 5),
    ],
    'window ran out': [fact('awaiting_payment', 1), fact('failed', 301)],
    'declined within the same second': [fact('awaiting_payment', 1), fact('failed', 1)],
    'authorized then captured': [fact('awaiting_payment', 1), fact('authorized', 2), fact('paid', 3)],
    'authorized then released': [fact('awaiting_payment', 1), fact('authorized', 2), fact('canceled', 3)],
    'processed then failed': [fact('awaiting_payment', 1), fact('processing', 2), fact('failed', 3)],
    'canceled while waiting': [fact('awaiting_payment', 1), fact('failed', 2), fact('canceled', 3)],
    'authorized, left uncaptured for 7 days': [fact('awaiting_payment', 1), fact('authorized', 2), fact('expired', 2 + 604_800)],
    'failed, retried, authorized, captured': [
      fact('awaiting_payment', 1),
      fact('failed', 2),
      fact('awaiting_payment', 3),
      fact('authorized', 4),
      fact('paid', 5),
    ],
  };

  for (const [name, history] of Object.entries(histories)) {
    it(`${name}: every order of delivery ends at ${history.at(-1)?.status}`, () => {
      const last = history.at(-1)?.status;
      for (const order of permutations(history)) expect(settle(order).status).toBe(last);
    });

    it(`${name}: delivering every event twice changes nothing`, () => {
      const last = history.at(-1)?.status;
      for (const order of permutations(history)) expect(settle([...order, ...order]).status).toBe(last);
    });
  }
});

describe('isBought', () => {
  it('counts paid and authorized orders as bought, and nothing else', () => {
    expect(orderStatuses.filter(isBought)).toEqual(['authorized', 'paid']);
  });
});
