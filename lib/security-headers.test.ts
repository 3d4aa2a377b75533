import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security-headers';

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
    expect(directive(contentSecurityPolicy(emulator, false), 'img-src')).toBe("img-src 'self'");
    expect(directive(contentSecurityPolicy(realStripe, false), 'img-src')).toBe("img-src 'self'");
  });

  it('upgrades insecure requests only when the shop is served over https', () => {
    expect(contentSecurityPolicy(realStripe, false)).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy(emulator, false)).not.toContain('upgrade-insecure-requests');
  });

  it("allows eval only under next dev", () => {
    expect(contentSecurityPolicy(emulator, false)).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(emulator, true)).toContain("'unsafe-eval'");
  });
});

describe('the headers on every response', () => {
  const names = (appUrl: string | null) => securityHeaders(appUrl).map(({ key }) => key);

  it('keep browsers from sniffing, framing and leaking the complete page in every mode', () => {
    expect(Object.fromEntries(securityHeaders(null).map(({ key, value }) => [key, value]))).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
  });

  it('include HSTS when the shop is served over https, and only then', () => {
    expect(names('https://shop.example')).toContain('Strict-Transport-Security');
    expect(names('http://shop.example')).not.toContain('Strict-Transport-Security');
    expect(names(null)).not.toContain('Strict-Transport-Security');
  });

  it('leave the policy to proxy.ts, which knows the mode', () => {
    expect(names('https://shop.example')).not.toContain('Content-Security-Policy');
  });
});
