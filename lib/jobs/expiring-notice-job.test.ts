import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendExpiringNotice } from '@/lib/jobs/expiring-notice-job';
import { smtpTransport, type MailTransport } from '@/lib/mail/smtp-transport';
import { createOrder } from '@/lib/orders/store/orders';
import { applyPaymentFact } from '@/lib/orders/store/payment-facts';
import { unixSeconds } from '@/lib/time';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { testFrom } from '@/tests/support/mail-fixtures';
import { startSmtpInbox, type SmtpInbox } from '@/tests/support/smtp-inbox';

// The merchant on holiday with authorized orders: once a day, an e-mail lists the ones expiring within 24 hours.

const HOUR = 60 * 60;

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`the daily notice of expiring authorizations on ${target.name}`, () => {
    let database: TestDatabase;
    let inbox: SmtpInbox;
    let transport: MailTransport;
    beforeAll(async () => {
      database = await target.open();
      inbox = await startSmtpInbox();
      transport = smtpTransport(inbox.url, testFrom);
    });
    afterAll(async () => {
      transport?.close();
      await inbox?.close();
      await database?.close();
    });

    const options = () => ({ transport, domain: testFrom.domain, merchantEmail: 'owner@lille-butik.example', shopOrigin: 'https://shop.example' });

    /** An order Stripe reported authorized `hoursAgo` hours before `now`. */
    async function authorizedOrder(now: Date, hoursAgo: number) {
      const order = await createOrder(database.db, { currency: 'dkk', lines: [{ productId: 'prod-mug', productName: 'Krus', unitAmount: 14900, quantity: 1 }] });
      const at = unixSeconds(now) - hoursAgo * HOUR;
      await applyPaymentFact(database.db, order.id, { status: 'authorized', observedAt: at, failure: null, money: { amount: order.amount, currency: 'dkk', livemode: false } });
      return order;
    }

    it('mails the merchant the authorizations expiring within 24 hours, once a day, with links to them', async () => {
      const now = new Date('2026-12-07T08:00:00.000Z');
      const soon = await authorizedOrder(now, 7 * 24 - 5); // expires in five hours
      await authorizedOrder(now, 24); // six days left
      expect(await sendExpiringNotice(database.db, options(), now)).toBe(1);
      await inbox.waitFor(1);
      const mail = inbox.received[0];
      expect(mail?.recipients).toEqual(['owner@lille-butik.example']);
      expect(mail?.subject).toBe('A MobilePay authorization expires within 24 hours');
      const body = mail?.raw.replace(/=\r?\n/g, '') ?? ''; // quoted-printable's soft line breaks
      expect(body).toContain(soon.number);
      expect(body).toContain(`https://shop.example/admin/orders/${soon.id}`);

      expect(await sendExpiringNotice(database.db, options(), new Date(now.getTime() + 3 * HOUR * 1000))).toBe(0);
      expect(inbox.received).toHaveLength(1);
    });

    it('sends nothing on a day nothing expires: neither an authorization with days left nor one that has lapsed', async () => {
      const now = new Date('2027-06-01T08:00:00.000Z'); // every authorization above has lapsed by then
      const before = inbox.received.length;
      await authorizedOrder(now, 3 * 24); // four days left
      await authorizedOrder(now, 8 * 24); // lapsed a day ago: Stripe cancels it, the shop hears or asks
      expect(await sendExpiringNotice(database.db, options(), now)).toBe(0);
      expect(inbox.received).toHaveLength(before);
    });

    it('tries again later the same day when the SMTP server refused the notice', async () => {
      const now = new Date('2026-12-09T08:00:00.000Z');
      await authorizedOrder(now, 7 * 24 - 2);
      inbox.failNext(1);
      await expect(sendExpiringNotice(database.db, options(), now)).rejects.toThrow();
      const before = inbox.received.length;
      expect(await sendExpiringNotice(database.db, options(), new Date(now.getTime() + HOUR * 1000))).toBe(1);
      await inbox.waitFor(before + 1);
    });
  });
}
