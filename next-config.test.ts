import { unstable_getResponseFromNextConfig } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { shopConfig } from '@/next.config';
import { contentSecurityPolicy, staticDocumentPolicy } from '@/lib/security-headers';

// The header rules Next.js applies from next.config.ts, under `next start` and on any Next.js host.

const nextConfig = shopConfig(PHASE_PRODUCTION_BUILD);
const headersOf = async (path: string) => (await unstable_getResponseFromNextConfig({ url: `http://shop.example${path}`, nextConfig })).headers;

describe('next.config.ts headers', () => {
  it.each(['/da-dk', '/fi-fi/products/stoneware-mug', '/_next/static/chunks/app.js', '/products/stoneware-mug.svg', '/api/health'])('sends the security headers on %s', async (path) => {
    const headers = await headersOf(path);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  it.each(['/products/stoneware-mug.svg', '/icon.svg'])('gives the SVG file %s a policy that runs nothing', async (path) => {
    expect((await headersOf(path)).get('content-security-policy')).toBe(staticDocumentPolicy);
  });

  it.each(['/da-dk', '/fi-fi/products/stoneware-mug', '/en-dk/cart', '/admin', '/api/health', '/_next/static/chunks/app.js'])(
    'gives %s the pages’ one policy, the same in every mode',
    async (path) => {
      expect((await headersOf(path)).get('content-security-policy')).toBe(contentSecurityPolicy(null, false));
    },
  );
});
