import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextTry } from '@/lib/mail/retry-schedule';

describe('nextTry', () => {
  it('waits longer after each failed try: 30 s, 2 min, 10 min, 1 h, 6 h', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => nextTry(attempts, 1000))).toEqual(
      [30, 120, 600, 3600, 21600].map((wait) => ({ kind: 'retry', at: 1000 + wait })),
    );
  });

  it('gives up after the sixth failed try', () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(nextTry(6, 1000)).toEqual({ kind: 'give_up' });
  });
});
