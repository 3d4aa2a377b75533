import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOutboxSender } from '@/lib/mail/outbox-sender';
import { smtpTransport } from '@/lib/mail/smtp-transport';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';
import { orderOwing, testFrom, testShop } from '@/tests/support/mail-fixtures';
import { startSmtpInbox, type SmtpInbox } from '@/tests/support/smtp-inbox';

// Two shop processes drain one outbox: each sender has its own database connection (pool) and its own SMTP
// connections, as two processes would. The SMTP server counts what arrives per Message-ID.

const MESSAGES = 200;

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`two senders on one ${target.name} database`, () => {
    let database: TestDatabase;
    let inbox: SmtpInbox;
    beforeAll(async () => {
      [database, inbox] = await Promise.all([target.open(), startSmtpInbox()]);
    });
    afterAll(async () => {
      await Promise.all([database?.close(), inbox?.close()]);
    });

    it(`send each of ${MESSAGES} queued messages exactly once`, { timeout: 60_000 }, async () => {
      const queuedAt = new Date(Date.now() - 1000);
      const ids = new Set<string>();
      for (let index = 0; index < MESSAGES; index += 1) ids.add((await orderOwing(database.db, 'order_confirmation', { now: queuedAt })).messageId);

      const sentBy = [0, 0];
      const senders = [database.openAnother(), database.openAnother()].map(({ db }, index) => {
        const transport = smtpTransport(inbox.url, testFrom);
        const log = (line: string) => {
          if (line.endsWith(' sent')) sentBy[index] = (sentBy[index] ?? 0) + 1;
        };
        const sender = startOutboxSender({ db, transport, from: testFrom, shop: testShop, pollMs: 5, log });
        return {
          stop: async () => {
            await sender.stop();
            transport.close();
          },
        };
      });
      try {
        await inbox.waitFor(MESSAGES, 45_000);
        await new Promise((resolve) => setTimeout(resolve, 300)); // a duplicate would arrive about now
      } finally {
        await Promise.all(senders.map((sender) => sender.stop()));
      }

      const perMessageId = new Map<string, number>();
      for (const mail of inbox.received) perMessageId.set(mail.messageId ?? '', (perMessageId.get(mail.messageId ?? '') ?? 0) + 1);
      expect(inbox.received).toHaveLength(MESSAGES);
      expect([...perMessageId.values()].every((count) => count === 1)).toBe(true);
      expect(new Set(perMessageId.keys())).toEqual(new Set([...ids].map((id) => `<${id}@lille-butik.example>`)));
      const rows = await database.db.selectFrom('outbox').select(['status']).execute();
      expect(rows.filter((row) => row.status === 'sent')).toHaveLength(MESSAGES);
      // Both did a share, or the test would prove nothing about two senders.
      expect(sentBy.every((count) => count > 0)).toBe(true);
    });
  });
}
