import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { products } from '@/lib/catalog';
import { localePath } from '@/lib/i18n/locale-path';
import { locales } from '@/lib/i18n/locales';
import { config } from '@/proxy';

const runsOn = (url: string, headers?: Record<string, string>) => unstable_doesMiddlewareMatch({ config, url, headers });

describe('proxy matcher', () => {
  it("leaves Stripe's webhook endpoint out, so its body reaches the signature check untouched", () => {
    expect(runsOn('/api/webhooks/stripe')).toBe(false);
  });

  it('leaves the health check out: it answers without the cart or the locale', () => {
    expect(runsOn('/api/health')).toBe(false);
  });

  it('leaves the prerendered home and product pages of every locale to Next.js when they are read', () => {
    for (const locale of locales) {
      expect(runsOn(localePath(locale, '/')), locale).toBe(false);
      for (const product of products) expect(runsOn(localePath(locale, `/products/${product.slug}`))).toBe(false);
    }
  });

  it('runs on a post to a home or product page (Add to cart, or a server action without a form type), so its body is capped', () => {
    const form = { 'content-length': '512' };
    for (const locale of locales) {
      expect(runsOn(localePath(locale, '/'), form), locale).toBe(true);
      for (const product of products) expect(runsOn(localePath(locale, `/products/${product.slug}`), form)).toBe(true);
    }
  });

  it.each(['/', '/cart', '/products/wool-socks', '/checkout/complete', '/da-dk/cart', '/fi-fi/checkout/complete', '/en-fi/no-such-page', '/admin', '/api/checkout/secret'])(
    'runs on %s',
    (path) => {
      expect(runsOn(path)).toBe(true);
    },
  );

  it.each(['/products/wool-socks.svg', '/icon.svg', '/robots.txt', '/sitemap.xml', '/_next/static/chunks/app.js'])('skips the file %s', (path) => {
    expect(runsOn(path)).toBe(false);
  });

  it.each(['/da-dk/photo.png', '/notes.txt', '/favicon.ico'])('runs on %s, which is no file of the shop: sent into a locale, or not found there', (path) => {
    expect(runsOn(path)).toBe(true);
  });
});
