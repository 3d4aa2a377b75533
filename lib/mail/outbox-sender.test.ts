import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outboxMessage, undeliverable } from '@/lib/mail/outbox-message';
import { sendDueMessages, startOutboxSender, type SenderDeps } from '@/lib/mail/outbox-sender';
import { MAX_ATTEMPTS } from '@/lib/mail/retry-schedule';
import { smtpTransport, type MailTransport } from '@/lib/mail/smtp-transport';
import { claimDueMessages, recordSent, requeueFailedMessage } from '@/lib/orders/store/outbox-delivery';
import { unixSeconds } from '@/lib/time';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { orderOwing, testFrom, testShop } from '@/tests/support/mail-fixtures';
import { startSmtpInbox, type SmtpInbox } from '@/tests/support/smtp-inbox';

const t0 = new Date('2026-03-01T10:00:00Z');
const after = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`the outbox sender on ${target.name}`, () => {
    let database: TestDatabase;
    let inbox: SmtpInbox;
    let transport: MailTransport;
    beforeAll(async () => {
      [database, inbox] = await Promise.all([target.open(), startSmtpInbox()]);
      transport = smtpTransport(inbox.url, testFrom);
    });
    afterAll(async () => {
      transport?.close();
      await Promise.all([database?.close(), inbox?.close()]);
    });
    beforeEach(async () => {
      // Each test starts with an empty outbox and inbox, so a batch holds only its own messages.
      await database.db.deleteFrom('outbox').execute();
      inbox.received.length = 0;
      inbox.failNext(0);
      inbox.rejectRecipients(false);
    });

    const deps = (now: Date): SenderDeps => ({ db: database.db, transport, from: testFrom, shop: testShop, now: () => now });
    const rowOf = (id: string) => database.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    it("sends a queued message once, to the order's address, with its subject and the Message-ID of its outbox row", async () => {
      const { order, messageId } = await orderOwing(database.db, 'order_confirmation', { now: t0 });
      expect(await sendDueMessages(deps(after(1)))).toMatchObject({ claimed: 1, sent: 1 });
      expect(await sendDueMessages(deps(after(2)))).toMatchObject({ claimed: 0 });
      expect(inbox.received).toHaveLength(1);
      expect(inbox.received[0]).toMatchObject({
        recipients: ['astrid@example.com'],
        to: 'astrid@example.com',
        subject: `Order ${order.number} is confirmed`,
        messageId: `<${messageId}@lille-butik.example>`,
      });
      expect(await rowOf(messageId)).toMatchObject({ status: 'sent', attempts: 1, lease_until: null, last_error: null, sent_at: after(1).toISOString() });
    });

    it('tries again after an SMTP failure, waiting 30 s and then 2 min, and then sends it', async () => {
      const { messageId } = await orderOwing(database.db, 'order_received', { now: t0 });
      inbox.failNext(2);
      expect(await sendDueMessages(deps(after(0)))).toMatchObject({ retrying: 1 });
      expect(await rowOf(messageId)).toMatchObject({ status: 'queued', attempts: 1, next_attempt_at: unixSeconds(t0) + 30, lease_until: null });
      expect((await rowOf(messageId)).last_error).toMatch(/^SMTP 451/);
      expect(await sendDueMessages(deps(after(29)))).toMatchObject({ claimed: 0 });
      expect(await sendDueMessages(deps(after(30)))).toMatchObject({ retrying: 1 });
      expect(await rowOf(messageId)).toMatchObject({ attempts: 2, next_attempt_at: unixSeconds(t0) + 150 });
      expect(await sendDueMessages(deps(after(150)))).toMatchObject({ sent: 1 });
      expect(await rowOf(messageId)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
      expect(inbox.received).toHaveLength(1);
    });

    it(`marks a message failed after ${MAX_ATTEMPTS} failed tries, with an error that names no address`, async () => {
      const { messageId } = await orderOwing(database.db, 'order_shipped', { now: t0 });
      inbox.failNext(MAX_ATTEMPTS);
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
        const due = (await rowOf(messageId)).next_attempt_at;
        await sendDueMessages(deps(new Date(Math.max(due, unixSeconds(t0)) * 1000)));
      }
      const row = await rowOf(messageId);
      expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lease_until: null });
      expect(row.last_error).toMatch(/^SMTP 451/);
      expect(row.last_error).not.toContain('@');
      expect(await sendDueMessages(deps(after(86_400 * 30)))).toMatchObject({ claimed: 0 });
      expect(inbox.received).toHaveLength(0);
    });

    it('gives up at once when the SMTP server refuses the recipient for good', async () => {
      const { messageId } = await orderOwing(database.db, 'order_confirmation', { now: t0 });
      inbox.rejectRecipients(true);
      expect(await sendDueMessages(deps(after(1)))).toMatchObject({ failed: 1 });
      expect(await rowOf(messageId)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'SMTP 550 in reply to RCPT TO' });
    });

    it('fails a message of an order that has no e-mail address, without trying again', async () => {
      const { messageId } = await orderOwing(database.db, 'order_confirmation', { now: t0, customer: null });
      expect(await sendDueMessages(deps(after(1)))).toMatchObject({ failed: 1 });
      expect(await rowOf(messageId)).toMatchObject({ status: 'failed', last_error: undeliverable.noAddress });
      expect(await sendDueMessages(deps(after(86_400)))).toMatchObject({ claimed: 0 });
      expect(inbox.received).toHaveLength(0);
    });

    it('Resend puts a failed message back in the queue with no tries counted, and it is sent', async () => {
      const { order, messageId } = await orderOwing(database.db, 'order_canceled', { now: t0 });
      inbox.rejectRecipients(true);
      await sendDueMessages(deps(after(1)));
      inbox.rejectRecipients(false);
      expect(await requeueFailedMessage(database.db, { orderId: order.id, messageId })).toBe(true);
      expect(await rowOf(messageId)).toMatchObject({ status: 'queued', attempts: 0, last_error: null });
      expect(await sendDueMessages(deps(after(2)))).toMatchObject({ sent: 1 });
      expect(inbox.received[0]?.messageId).toBe(`<${messageId}@lille-butik.example>`);
    });

    it('Resend leaves a message alone that has not failed, or belongs to another order', async () => {
      const { order, messageId } = await orderOwing(database.db, 'order_confirmation', { now: t0 });
      const other = await orderOwing(database.db, 'order_confirmation', { now: t0, customer: null });
      await sendDueMessages(deps(after(1)));
      expect(await requeueFailedMessage(database.db, { orderId: order.id, messageId })).toBe(false); // sent
      expect(await requeueFailedMessage(database.db, { orderId: order.id, messageId: other.messageId })).toBe(false); // not its order
      expect(await rowOf(other.messageId)).toMatchObject({ status: 'failed' });
    });

    it('claims again a message whose lease expired, and the sender that lost it changes nothing', async () => {
      const { messageId } = await orderOwing(database.db, 'order_confirmation', { now: t0 });
      // A sender claims it and dies before it records anything.
      const [lost] = await claimDueMessages(database.db, { now: unixSeconds(t0), leaseSeconds: 120, limit: 5 });
      expect(await sendDueMessages(deps(after(119)))).toMatchObject({ claimed: 0 });
      expect(await sendDueMessages(deps(after(121)))).toMatchObject({ claimed: 1, sent: 1 });
      expect(lost && (await recordSent(database.db, lost, after(122)))).toBe(false);
      expect(await rowOf(messageId)).toMatchObject({ status: 'sent', sent_at: after(121).toISOString() });
      expect(inbox.received).toHaveLength(1);
    });

    it('writes a refund notice with the amount of its refund', async () => {
      const { order, messageId } = await orderOwing(database.db, 'refund_notice', { now: t0, refundId: 're_mail_1' });
      await database.db
        .insertInto('refunds')
        .values({ id: 're_mail_1', order_id: order.id, charge_id: null, amount: 5000, status: 'succeeded', reason: null, failure_reason: null, created: 0, observed_at: 0, updated_at: t0.toISOString() })
        .execute();
      const message = await outboxMessage(database.db, { orderId: order.id, kind: 'refund_notice', refundId: 're_mail_1' }, testShop);
      expect(message.kind === 'ready' && message.mail.text.replace(/\u00a0/g, ' ')).toContain('We have refunded DKK 50.00');
      expect(await sendDueMessages(deps(after(1)))).toMatchObject({ sent: 1 });
      expect(inbox.received[0]?.messageId).toBe(`<${messageId}@lille-butik.example>`);
    });

    it('polls until stopped, and stop() waits for the batch in flight', async () => {
      const sender = startOutboxSender({ db: database.db, transport, from: testFrom, shop: testShop, pollMs: 20 });
      const { messageId } = await orderOwing(database.db, 'order_confirmation', { now: new Date() });
      await inbox.waitFor(1);
      await sender.stop();
      expect(await rowOf(messageId)).toMatchObject({ status: 'sent' });
      await orderOwing(database.db, 'order_confirmation', { now: new Date() });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(inbox.received).toHaveLength(1);
    });
  });
}
