import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '@/emulator/server';
import { shopIsBuilt } from '@/scripts/next-app';
import { startShopProcess, type ShopProcess, type Server } from '@/tests/support/shop-process';
import { translatorFor } from '@/lib/i18n/translator';
import { demoTrader } from '@/lib/legal/trader';
import { merchantText } from '@/lib/merchant-text';
import { rateLimits } from '@/lib/rate-limit/limiters';
import { postPlainForm } from '@/tests/support/plain-form';

// Rate limits on the production build, as a shopper hammering Pay or someone guessing the dashboard password meets
// them: past the limit, 429 with Retry-After or "too many tries" on the form, never an outage. A process makes its
// limiters once, in whichever route asks first, and the build puts route handlers and server actions in different
// chunks: each test starts a fresh process and asks first from the other kind of route. Behind a proxy
// (TRUST_PROXY_HOPS) each client is counted by the address the proxy appended; under serve-direct, by the socket,
// whatever X-Forwarded-For the client writes.

const PORT = 3413;
const missing = shopIsBuilt() ? null : 'run npm run build first';
const tooMany = translatorFor('da-dk')('checkout.tooManyRequests');

describe.skipIf(missing !== null)(`rate limits on the built shop${missing === null ? '' : ` (skipped: ${missing})`}`, () => {
  let emulator: Emulator;
  let shop: ShopProcess | null = null;
  let dir: string;

  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    emulator = await startEmulator({ port: 0, forwardTo: null, webhookSecret: 'whsec_rate_limits_test' });
  });

  afterEach(async () => {
    await shop?.stop();
    shop = null;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await emulator?.close();
  });

  async function start(server: Server, env: Record<string, string>): Promise<ShopProcess> {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shop-rate-limits-'));
    shop = await startShopProcess(
      PORT,
      {
        STRIPE_MODE: 'emulator',
        STRIPE_SECRET_KEY: '',
        STRIPE_API_BASE: emulator.url,
        CHECKOUT_CONFIRM: 'client',
        ADMIN_PASSWORD: 'the-right-password',
        DATABASE_FILE: path.join(dir, 'shop.sqlite'),
        DATABASE_URL: '',
        SMTP_URL: '',
        ...env,
      },
      server,
    );
    return shop;
  }

  /** One press of Pay in client-confirm mode, from the shop's own page, as the client at `address` claims to be. */
  const askForSecret = (url: string, forwardedFor: string) =>
    fetch(`${url}/api/checkout/secret`, {
      method: 'POST',
      headers: { Origin: url, 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': forwardedFor },
      body: new URLSearchParams({ locale: 'da-dk' }),
    });

  /** One wrong dashboard password, through the sign-in page's form as a browser without JavaScript sends it. */
  const signInWrongly = async (url: string, forwardedFor: string) =>
    (await postPlainForm(`${url}/admin/sign-in`, 'password', { password: 'a-wrong-guess' }, { 'X-Forwarded-For': forwardedFor })).text();

  const { points } = rateLimits.clientSecret;

  it('answers the client secret endpoint past its limit with 429, Retry-After and too many tries in Danish', async () => {
    const { url } = await start('next start', { TRUST_PROXY_HOPS: '1' });
    await signInWrongly(url, '203.0.113.99'); // the limiters made by a server action
    for (let i = 0; i < points; i += 1) expect((await askForSecret(url, '203.0.113.10')).status).not.toBe(429);
    const refused = await askForSecret(url, '203.0.113.10');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: tooMany });
    // Another client behind the same proxy is not affected.
    expect((await askForSecret(url, '203.0.113.11')).status).not.toBe(429);
  });

  it('under serve-direct counts the socket address, so a forged X-Forwarded-For dodges nothing', async () => {
    const { url } = await start('serve-direct', {});
    for (let i = 0; i < points; i += 1) expect((await askForSecret(url, `198.51.100.${i}`)).status).not.toBe(429);
    expect((await askForSecret(url, '198.51.100.250')).status).toBe(429);
  });

  it('tells a refused sign-in that there were too many wrong passwords, not that the database is down', async () => {
    const { url } = await start('next start', { TRUST_PROXY_HOPS: '1' });
    await askForSecret(url, '203.0.113.99'); // the limiters made by a route handler
    for (let i = 0; i < rateLimits.signIn.points; i += 1) expect(await signInWrongly(url, '203.0.113.20')).toContain(merchantText.admin.wrongPassword);
    const refused = await signInWrongly(url, '203.0.113.20');
    expect(refused).toContain('Too many wrong passwords');
    expect(refused).not.toContain(merchantText.admin.signInUnavailable);
  });

  it('answers the withdrawal function past its limit with too many tries, and within it the same for any order', async () => {
    const { url } = await start('next start', { TRUST_PROXY_HOPS: '1' });
    const t = translatorFor('da-dk');
    const confirm = async (orderNumber: string) =>
      (
        await postPlainForm(`${url}/da-dk/withdraw`, 'orderNumber', { orderNumber, email: 'nobody@example.dk', name: 'Ingen', step: 'confirm' }, { 'X-Forwarded-For': '203.0.113.30' })
      ).text();
    // The answer's first words ("Vi modtog din fortrydelse"), which only a received withdrawal's page holds.
    const received = t('legal.withdraw.received', { received: '', email: '', traderEmail: '' }).split(' ').slice(0, 4).join(' ');
    for (let i = 0; i < rateLimits.withdrawal.points; i += 1) expect(await confirm(`MP-0000-000${i}`)).toContain(received);
    const refused = await confirm('MP-0000-0010');
    expect(refused).toContain(t('legal.withdraw.tooMany', { traderEmail: demoTrader.email }));
    expect(refused).not.toContain(received);
  });
});
