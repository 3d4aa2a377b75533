import { describe, expect, it } from 'vitest';
import { pathInLocale } from '@/lib/i18n/locale-path';
import { localeRedirect } from '@/lib/i18n/locale-redirect';

const request = (pathname: string, search = '', acceptLanguage: string | null = null) => ({ pathname, search, chosenLocale: undefined, acceptLanguage });

describe('localeRedirect', () => {
  it('sends / to the shopper’s locale', () => {
    expect(localeRedirect(request('/', '', 'fi'))).toBe('/fi-fi');
  });

  it('sends an old address into the locale, with its query', () => {
    expect(localeRedirect(request('/checkout/complete', '?payment_intent=pi_1&payment_intent_client_secret=s', 'da'))).toBe(
      '/da-dk/checkout/complete?payment_intent=pi_1&payment_intent_client_secret=s',
    );
    expect(localeRedirect(request('/products/wool-socks'))).toBe('/da-dk/products/wool-socks');
  });

  it.each(['/da-dk', '/fi-fi/cart', '/admin', '/admin/orders/1', '/api/webhooks/stripe', '/sitemap.xml', '/robots.txt', '/icon.svg'])(
    'leaves %s where it is',
    (pathname) => {
      expect(localeRedirect(request(pathname))).toBeNull();
    },
  );

  it('treats a path that only starts like a locale or the dashboard as an old address', () => {
    expect(localeRedirect(request('/da-dkx'))).toBe('/da-dk/da-dkx');
    expect(localeRedirect(request('/administrator'))).toBe('/da-dk/administrator');
  });
});

describe('pathInLocale', () => {
  it('is the same page in another locale', () => {
    expect(pathInLocale('/da-dk/products/wool-socks', 'en-fi')).toBe('/en-fi/products/wool-socks');
    expect(pathInLocale('/da-dk', 'fi-fi')).toBe('/fi-fi');
  });
});
