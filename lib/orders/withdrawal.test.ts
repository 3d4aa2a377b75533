import { describe, expect, it } from 'vitest';
import { refundDeadline, shippedNoEarlierThan, withdrawalDetails } from '@/lib/orders/withdrawal';

describe('the withdrawal rules', () => {
  it('reads an order number in any case, with or without its prefix', () => {
    for (const typed of ['MP-7KQ2-9XDA', 'mp-7kq2-9xda', ' 7KQ2-9XDA ']) {
      expect(withdrawalDetails.parse({ orderNumber: typed, email: 'a@example.com', name: 'A' }).orderNumber).toBe('MP-7KQ2-9XDA');
    }
  });

  it('refuses an order number of another shape, a bad e-mail address and an empty name, each with its message', () => {
    const result = withdrawalDetails.safeParse({ orderNumber: 'MP-1', email: 'not-an-address', name: ' ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['orderNumber', 'legal.withdraw.invalidOrderNumber'],
      ['email', 'legal.withdraw.invalidEmail'],
      ['name', 'legal.withdraw.invalidName'],
    ]);
  });

  it('counts the period from the latest day the goods could have arrived: 14 days plus 10 of delivery', () => {
    expect(shippedNoEarlierThan(new Date('2026-12-31T12:00:00.000Z'))).toBe('2026-12-07T12:00:00.000Z');
  });

  it('gives the merchant 14 days to refund', () => {
    expect(refundDeadline('2026-12-07T10:15:00.000Z')).toBe('2026-12-21T10:15:00.000Z');
  });
});
