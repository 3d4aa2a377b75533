import { describe, expect, it } from 'vitest';
import { checkoutReturnUrl, paymentReturnUrl, resolveShopOrigin } from '@/lib/app-url';

describe('resolveShopOrigin', () => {
  it('uses APP_URL when it is configured, whatever the Host header says', () => {
    expect(resolveShopOrigin('https://shop.example', 'evil.example')).toBe('https://shop.example');
  });

  it.each(['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'localhost', 'LOCALHOST:3000'])(
    'builds the origin from the loopback host %s when APP_URL is unset',
    (host) => {
      expect(resolveShopOrigin(null, host)).toBe(new URL(`http://${host}`).origin);
    },
  );

  it.each(['evil.example', 'shop.example:3000', 'localhost.evil.example', 'localhost:3000@evil.example', 'localhost/x', '127.0.0.2', ''])(
    'refuses the non-loopback or malformed host %j',
    (host) => {
      expect(resolveShopOrigin(null, host)).toBeNull();
    },
  );

  it('refuses when there is no Host header and no APP_URL', () => {
    expect(resolveShopOrigin(null, null)).toBeNull();
  });
});

describe('return URLs', () => {
  it('returns the shopper to the return step in the locale they paid in', () => {
    expect(checkoutReturnUrl('http://localhost:3000', 'da-dk')).toBe('http://localhost:3000/da-dk/checkout/return');
    expect(checkoutReturnUrl('http://localhost:3000', 'en-fi')).toBe('http://localhost:3000/en-fi/checkout/return');
  });

  it('builds the return step URL with the PaymentIntent and its client secret', () => {
    const url = new URL(paymentReturnUrl('http://localhost:3000/da-dk/checkout/return', { id: 'pi_1', client_secret: 'pi_1_secret_x' }));
    expect(url.pathname).toBe('/da-dk/checkout/return');
    expect(url.searchParams.get('payment_intent')).toBe('pi_1');
    expect(url.searchParams.get('payment_intent_client_secret')).toBe('pi_1_secret_x');
  });
});
