import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from '@/lib/checkout/same-origin';

const shop = 'http://localhost:3000';

describe('isSameOriginRequest', () => {
  it("accepts a fetch from the shop's own page", () => {
    expect(isSameOriginRequest({ origin: shop, secFetchSite: 'same-origin' }, shop)).toBe(true);
  });

  it('refuses a request another site made, whatever its Origin says', () => {
    expect(isSameOriginRequest({ origin: 'https://evil.example', secFetchSite: 'cross-site' }, shop)).toBe(false);
    expect(isSameOriginRequest({ origin: shop, secFetchSite: 'same-site' }, shop)).toBe(false);
    expect(isSameOriginRequest({ origin: null, secFetchSite: 'none' }, shop)).toBe(false);
  });

  it('falls back to the Origin header for browsers without Sec-Fetch-Site', () => {
    expect(isSameOriginRequest({ origin: shop, secFetchSite: null }, shop)).toBe(true);
    expect(isSameOriginRequest({ origin: 'https://evil.example', secFetchSite: null }, shop)).toBe(false);
    expect(isSameOriginRequest({ origin: shop, secFetchSite: null }, null)).toBe(false);
  });

  it('refuses a request with neither header', () => {
    expect(isSameOriginRequest({ origin: null, secFetchSite: null }, shop)).toBe(false);
  });
});
