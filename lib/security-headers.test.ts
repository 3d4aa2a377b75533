import { describe, expect, it } from 'vitest';
import { catalogPagePolicy, contentSecurityPolicy, serverSecurityHeaders } from '@/lib/security-headers';

const emulator = { stripeMode: 'emulator', checkoutConfirm: 'server', stripeJsUrl: 'http://127.0.0.1:12111/js/stripe.js', appUrl: null } as const;
const realStripe = { stripeMode: 'test', checkoutConfirm: 'server', stripeJsUrl: null, appUrl: 'https://shop.example' } as const;
const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('the Content-Security-Policy', () => {
  it('lets no site frame the shop, in every mode', () => {
    for (const env of [emulator, realStripe, { ...realStripe, checkoutConfirm: 'client' } as const]) {
      expect(directive(contentSecurityPolicy(env, false), 'frame-ancestors')).toBe("frame-ancestors 'none'");
    }
  });

  it('runs no script from elsewhere when the server confirms the payment', () => {
    expect(directive(contentSecurityPolicy(emulator, false), 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(contentSecurityPolicy(realStripe, false), 'frame-src')).toBe("frame-src 'none'");
  });

  it("allows the emulator's Stripe.js, and only it, in emulator client mode", () => {
    const policy = contentSecurityPolicy({ ...emulator, checkoutConfirm: 'client' }, false);
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-inline' http://127.0.0.1:12111");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' http://127.0.0.1:12111");
  });

  it("allows Stripe's own Stripe.js in client mode with real keys", () => {
    const policy = contentSecurityPolicy({ ...realStripe, checkoutConfirm: 'client' }, false);
    expect(directive(policy, 'script-src')).toContain('https://js.stripe.com');
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://api.stripe.com");
    expect(policy).not.toContain('127.0.0.1');
  });

  it("lets the Pay form lead to the emulator's MobilePay page, or to https pages with real keys", () => {
    expect(directive(contentSecurityPolicy(emulator, false), 'form-action')).toBe("form-action 'self' http://127.0.0.1:12111");
    expect(directive(contentSecurityPolicy(realStripe, false), 'form-action')).toBe("form-action 'self' https:");
  });

  it('shows images from the shop only', () => {
    expect(directive(catalogPagePolicy(emulator, false), 'img-src')).toBe("img-src 'self'");
    expect(directive(contentSecurityPolicy(realStripe, false), 'img-src')).toBe("img-src 'self'");
  });

  it("allows eval only under next dev", () => {
    expect(contentSecurityPolicy(emulator, false)).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(emulator, true)).toContain("'unsafe-eval'");
  });
});

describe('serverSecurityHeaders', () => {
  const headers = (env: { appUrl: string | null }, path = '/da-dk') => new Map(serverSecurityHeaders(env, false)(path));

  it('sends HSTS only when the shop is served over https', () => {
    expect(headers(realStripe).get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
    expect(headers(realStripe, '/_next/static/chunks/app.js').get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
    expect(headers(emulator).has('Strict-Transport-Security')).toBe(false);
  });

  it("gives every response but the build's assets the catalog pages' policy, which proxy.ts replaces where a page needs another", () => {
    const pages = ['/da-dk', '/da-dk/cart', '/_next/image?url=x', '/products/stoneware-mug.svg'];
    const leadingOut = ['/_next/static/../da-dk', '/_next/static/%2e%2e/da-dk', '/_next/static/chunks/../../da-dk', '/_next/static//da-dk'];
    for (const path of [...pages, ...leadingOut]) {
      expect(headers(emulator, path).get('Content-Security-Policy'), path).toBe(catalogPagePolicy(emulator, false));
    }
    for (const asset of ['/_next/static/chunks/1bcwht2wgqlw6.js', '/_next/static/chunks/1ipp5ejkom4e3.css', '/_next/static/media/font.p.woff2']) {
      expect(headers(emulator, asset).has('Content-Security-Policy'), asset).toBe(false);
    }
  });

  it('forbids content sniffing and framing on every response', () => {
    for (const path of ['/da-dk', '/_next/static/chunks/app.js']) {
      expect(headers(emulator, path).get('X-Content-Type-Options')).toBe('nosniff');
      expect(headers(emulator, path).get('X-Frame-Options')).toBe('DENY');
      expect(headers(emulator, path).get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    }
  });
});

describe('catalogPagePolicy', () => {
  it('lets the prerendered catalog pages load nothing from elsewhere and post only to the shop', () => {
    const policy = catalogPagePolicy(emulator, false);
    expect(directive(policy, 'form-action')).toBe("form-action 'self'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
  });

  it('asks the browser to upgrade insecure requests when the shop is served over https', () => {
    expect(catalogPagePolicy(realStripe, false)).toContain('upgrade-insecure-requests');
    expect(catalogPagePolicy(emulator, false)).not.toContain('upgrade-insecure-requests');
  });
});
