import { openConnection } from '@/lib/db/connect';
import { startExpiringNoticeJob } from '@/lib/jobs/expiring-notice-job';
import type { LeasedJob } from '@/lib/jobs/leased-job';
import { migrateToLatest } from '@/lib/db/migrate';
import { startOutboxSender } from '@/lib/mail/outbox-sender';
import { smtpTransport } from '@/lib/mail/smtp-transport';
import { legalSettingsOf } from '@/lib/legal/facts';
import type { Env } from '@/lib/parse-env';
import { errorMessage } from '@/lib/error-message';

// The e-mail of a shop process (lib/background-work.ts, from instrumentation.ts) or of `npm run outbox`
// (scripts/outbox.ts): the outbox sender, and with MERCHANT_EMAIL the merchant's daily notice of authorizations about to
// expire, both through the one SMTP transport. No 'server-only': scripts/outbox.ts runs it outside Next.js. It has its
// own database connection.

export type ShopMail = { stop: () => Promise<void> };

/** Where the SMTP server is, for the log: never the user name or password in the URL. */
const serverOf = (smtpUrl: string) => {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
};

const START_RETRY_MS = 30_000;

/** Starts sending when an SMTP server is configured; otherwise says that messages stay queued and returns null. */
export async function startShopMail(env: Env, options: { shopOrigin: string; log: (line: string) => void }): Promise<ShopMail | null> {
  const { mail } = env;
  if (mail.kind === 'none') {
    options.log(
      `E-mail: no SMTP_URL is set, so messages to shoppers stay queued in the outbox until it is${env.merchantEmail === null ? '' : ', and MERCHANT_EMAIL gets no notices'} (see .env.example).`,
    );
    return null;
  }
  const connection = openConnection(env.database);
  const { db } = connection;
  const transport = smtpTransport(mail.smtpUrl, mail.from);
  let sender: ReturnType<typeof startOutboxSender> | null = null;
  let notice: LeasedJob | null = null;
  let retry: NodeJS.Timeout | null = null;
  // A database that is down at start must not keep the shop from starting: the sender starts once it can migrate.
  const start = async () => {
    try {
      await migrateToLatest(db);
    } catch (error) {
      options.log(`E-mail: the database is not reachable (${errorMessage(error)}); the outbox sender tries again in 30 s`);
      retry = setTimeout(() => void start(), START_RETRY_MS);
      return;
    }
    sender = startOutboxSender({ db, transport, from: mail.from, shop: { origin: options.shopOrigin, legal: legalSettingsOf(env) }, log: (line) => options.log(`[mail] ${line}`) });
    options.log(`E-mail: sending the outbox through ${serverOf(mail.smtpUrl)} from ${mail.from.address}`);
    // The merchant's daily list of authorizations about to expire, when MERCHANT_EMAIL says where.
    if (env.merchantEmail !== null) {
      notice = startExpiringNoticeJob({ connection, transport, domain: mail.from.domain, merchantEmail: env.merchantEmail, shopOrigin: options.shopOrigin, log: options.log });
    }
  };
  await start();
  return {
    stop: async () => {
      if (retry !== null) clearTimeout(retry);
      await sender?.stop();
      await notice?.stop();
      transport.close();
      await db.destroy();
    },
  };
}
