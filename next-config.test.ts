import { unstable_getResponseFromNextConfig } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';
import { staticDocumentPolicy } from '@/lib/security-headers';

// The header rules Next.js applies from next.config.ts, under `next start` and on any Next.js host.

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

  it('leaves the pages’ policy to proxy.ts, which knows the mode', async () => {
    expect((await headersOf('/da-dk')).get('content-security-policy')).toBeNull();
  });
});
