import { describe, expect, it } from 'vitest';
import { isLate, refundDeadline, withdrawalCase, withdrawalDetails } from '@/lib/orders/withdrawal';

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

  it('calls a withdrawal late only after 14 days from the latest day the goods could have arrived, 10 days after shipping', () => {
    expect(isLate('2026-12-07T12:00:00.000Z', '2026-12-31T12:00:00.000Z')).toBe(false);
    expect(isLate('2026-12-07T12:00:00.000Z', '2026-12-31T12:00:01.000Z')).toBe(true);
    expect(isLate(null, '2027-06-01T00:00:00.000Z')).toBe(false);
  });

  it('says what a withdrawal asks of the merchant, whatever happened to the payment since', () => {
    const order = { status: 'paid' as const, amount: 10000, amountRefunded: 0, shippedAt: null };
    const received = '2026-12-07T10:00:00.000Z';
    expect(withdrawalCase(order, received)).toBe('refund');
    expect(withdrawalCase({ ...order, status: 'authorized' }, received)).toBe('release');
    expect(withdrawalCase({ ...order, status: 'canceled' }, received)).toBe('nothing_charged');
    expect(withdrawalCase({ ...order, amountRefunded: 10000 }, received)).toBe('refunded');
    expect(withdrawalCase({ ...order, shippedAt: '2026-11-01T10:00:00.000Z' }, received)).toBe('check');
  });

  it('gives the merchant 14 days to refund', () => {
    expect(refundDeadline('2026-12-07T10:15:00.000Z')).toBe('2026-12-21T10:15:00.000Z');
  });
});
