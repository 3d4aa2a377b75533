import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security-headers';

const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));
const built = contentSecurityPolicy(null, false);

describe('the Content-Security-Policy', () => {
  it('lets no site frame the shop', () => {
    expect(directive(built, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it("runs scripts from the shop and from Stripe.js's origins only, the emulator's copy coming from the shop itself", () => {
    expect(directive(built, 'script-src')).toBe("script-src 'self' 'unsafe-inline' js.stripe.com *.js.stripe.com");
    expect(directive(built, 'connect-src')).toBe("connect-src 'self' api.stripe.com");
    expect(directive(built, 'frame-src')).toBe('frame-src js.stripe.com *.js.stripe.com hooks.stripe.com');
  });

  it("lets a form's answer lead on to MobilePay's page, wherever it is", () => {
    expect(directive(built, 'form-action')).toBe("form-action 'self' *");
  });

  it('shows images from the shop only, and runs no plugin', () => {
    expect(directive(built, 'img-src')).toBe("img-src 'self'");
    expect(directive(built, 'object-src')).toBe("object-src 'none'");
  });

  it('has no colon, which would make Next.js compile it as a path pattern on every request', () => {
    expect(built).not.toContain(':');
    expect(contentSecurityPolicy('https://shop.example', false)).not.toContain(':');
  });

  it('upgrades insecure requests only when the shop is served over https', () => {
    expect(contentSecurityPolicy('https://shop.example', false)).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy('http://shop.example', false)).not.toContain('upgrade-insecure-requests');
    expect(built).not.toContain('upgrade-insecure-requests');
  });

  it('allows eval and the hot-reload socket only under next dev', () => {
    expect(built).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(null, true)).toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy(null, true), 'connect-src')).toBe("connect-src 'self' ws: api.stripe.com");
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

  it('leave the policy to its own rules', () => {
    expect(names('https://shop.example')).not.toContain('Content-Security-Policy');
  });
});
