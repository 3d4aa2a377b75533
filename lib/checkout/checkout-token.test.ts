import { describe, expect, it } from 'vitest';
import { hashCheckoutToken, newCheckoutToken, parseCheckoutToken } from '@/lib/checkout/checkout-token';

describe('the checkout token', () => {
  it('is a fresh random value each time, read back unchanged', () => {
    const token = newCheckoutToken();
    expect(token).not.toBe(newCheckoutToken());
    expect(parseCheckoutToken(token)).toBe(token);
  });

  it('reads a missing or tampered cookie as no token', () => {
    const token = newCheckoutToken();
    for (const value of [undefined, '', `${token}x`, token.slice(1), 'pi_123_secret_abc', `${token.slice(0, 42)}=`]) {
      expect(parseCheckoutToken(value)).toBeNull();
    }
  });

  it('is stored as a hash that does not reveal it', () => {
    const token = newCheckoutToken();
    expect(hashCheckoutToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCheckoutToken(token)).not.toContain(token);
    expect(hashCheckoutToken(token)).toBe(hashCheckoutToken(token));
  });
});
