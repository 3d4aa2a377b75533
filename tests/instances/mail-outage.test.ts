import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '@/emulator/server';
import { openDatabase, type Db } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { createStripeClient } from '@/lib/stripe/client';
import { startShopProcess, type ShopProcess } from '@/tests/support/shop-process';
import { shopper } from '@/tests/support/shopper';
import { startSmtpInbox, type SmtpInbox } from '@/tests/support/smtp-inbox';
import { shopIsBuilt } from '@/scripts/next-app';

// A shop process whose SMTP server is down while a payment succeeds: the confirmation waits in the outbox, is tried
// again with its backoff (the first retry 30 s later), and arrives once the server is back, once. Needs the build.

const SECRET = 'whsec_mail_outage_secret';
const PORT = 3412;
const missing = shopIsBuilt() ? null : 'run npm run build first';

describe.skipIf(missing !== null)(`a shop process through an SMTP outage${missing === null ? '' : ` (skipped: ${missing})`}`, () => {
  let emulator: Emulator;
  let shop: ShopProcess;
  let db: Db;
  let inbox: SmtpInbox;
  let smtpPort: number;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shop-mail-outage-'));
  const file = path.join(dir, 'shop.sqlite');

  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    db = openDatabase({ kind: 'sqlite', file });
    await migrateToLatest(db);
    // Take a free port for the SMTP server, then take the server down: the shop starts against a dead one.
    const probe = await startSmtpInbox();
    smtpPort = Number(new URL(probe.url).port);
    await probe.close();
    emulator = await startEmulator({ port: 0, forwardTo: `http://127.0.0.1:${PORT}/api/webhooks/stripe`, webhookSecret: SECRET });
    shop = await startShopProcess(PORT, {
      STRIPE_MODE: 'emulator',
      STRIPE_SECRET_KEY: '',
      STRIPE_API_BASE: emulator.url,
      STRIPE_WEBHOOK_SECRET: SECRET,
      DATABASE_FILE: file,
      DATABASE_URL: '',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    });
  }, 120_000);

  afterAll(async () => {
    vi.restoreAllMocks();
    await shop?.stop();
    await inbox?.close();
    await emulator?.close();
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the confirmation while the SMTP server is down and sends it once when it is back', async () => {
    const stripe = createStripeClient({ stripeSecretKey: 'sk_test_mail_outage', stripeApiBase: new URL(emulator.url), stripeTimeoutMs: 10_000 });
    const buyer = shopper({ db, stripe }, emulator);
    const { order, mobilePayUrl } = await buyer.pay({ lines: [{ productId: 'prod-mug', quantity: 1 }], currency: 'dkk' });
    expect((await buyer.decide(mobilePayUrl, 'authorize')).status).toBe('paid');

    const confirmation = () => db.selectFrom('outbox').selectAll().where('order_id', '=', order.id).where('kind', '=', 'order_confirmation').executeTakeFirst();
    await expect.poll(async () => (await confirmation())?.attempts ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    expect(await confirmation()).toMatchObject({ status: 'queued', sent_at: null });
    expect((await confirmation())?.last_error).toBeTruthy();

    inbox = await startSmtpInbox(smtpPort);
    await inbox.waitFor(1, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 3000)); // a second copy would be here by now
    expect(inbox.received).toHaveLength(1);
    expect(inbox.received[0]?.recipients).toEqual(['freja@example.dk']);
    expect(inbox.received[0]?.messageId).toMatch(new RegExp(`^<${(await confirmation())?.id ?? 'missing'}@`));
    await expect.poll(async () => (await confirmation())?.status).toBe('sent');
  }, 120_000);
});
