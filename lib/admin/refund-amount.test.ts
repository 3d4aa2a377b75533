import { describe, expect, it } from 'vitest';
import { parseRefundAmount, refundAmountField } from '@/lib/admin/refund-amount';

describe('parseRefundAmount', () => {
  it('reads whole amounts and amounts with one or two decimals, with a point or a comma', () => {
    expect(['49', '49.5', '49,50', ' 0.01 '].map(parseRefundAmount)).toEqual([4900, 4950, 4950, 1]);
  });

  it('refuses zero, negatives, three decimals, thousands separators and words', () => {
    for (const input of ['0', '0.00', '-5', '1.005', '1.099,00', 'ten', '', '1e3']) expect(parseRefundAmount(input)).toBeNull();
  });

  it('writes minor units back as the field shows them', () => {
    expect(refundAmountField(7550)).toBe('75.50');
  });
});
