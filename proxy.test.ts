import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';

const runsOn = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe('proxy matcher', () => {
  it("leaves Stripe's webhook endpoint out, so its body reaches the signature check untouched", () => {
    expect(runsOn('/api/webhooks/stripe')).toBe(false);
  });

  it('runs on pages, actions and the client-secret endpoint', () => {
    expect(runsOn('/')).toBe(true);
    expect(runsOn('/cart')).toBe(true);
    expect(runsOn('/checkout/complete')).toBe(true);
    expect(runsOn('/api/checkout/secret')).toBe(true);
  });

  it('skips build assets and the product art', () => {
    expect(runsOn('/_next/static/chunks/app.js')).toBe(false);
    expect(runsOn('/products/stoneware-mug.svg')).toBe(false);
  });
});
