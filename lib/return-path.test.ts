import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/return-path';

describe('safeReturnPath', () => {
  it('keeps a same-site path with its query string', () => {
    expect(safeReturnPath('/checkout/complete?payment_intent=pi_1&x=2')).toBe('/checkout/complete?payment_intent=pi_1&x=2');
  });

  it.each(['//evil.example/', '/\\evil.example', 'https://evil.example/', 'cart', '', '/%5C%5Cevil'])(
    'falls back to "/" for %j unless it stays on the site',
    (value) => {
      const result = safeReturnPath(value);
      expect(result.startsWith('/') && !result.startsWith('//') && !result.startsWith('/\\')).toBe(true);
      expect(new URL(result, 'http://shop.test').origin).toBe('http://shop.test');
    },
  );

  it('falls back to "/" for something that is not a string', () => {
    expect(safeReturnPath(null)).toBe('/');
  });
});
