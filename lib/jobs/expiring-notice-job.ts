import type { Connection, Db } from '@/lib/db/connect';
import { startLeasedJob, type LeasedJob } from '@/lib/jobs/leased-job';
import { expiringAuthorizationsMail } from '@/lib/mail/expiring-authorizations-mail';
import type { MailTransport } from '@/lib/mail/smtp-transport';
import { expiringAuthorizations } from '@/lib/orders/store/expiring-authorizations';

// Once a day, the merchant (MERCHANT_EMAIL) is mailed the authorized orders whose authorization lapses within 24
// hours, if there are any: a merchant away from the dashboard still captures or cancels them in time. The job runs
// every hour in one shop process at a time (a lease); the day's notice is recorded in merchant_notices before it is
// sent, so it goes once, and taken back if the SMTP server refused it, so a later hour tries again.

const EXPIRING_NOTICE_JOB = 'expiring-authorizations-notice';
const HOUR_MS = 60 * 60 * 1000;

export type ExpiringNoticeOptions = {
  connection: Connection | (() => Promise<Connection>);
  transport: MailTransport;
  /** The Message-ID's domain: MAIL_FROM's. */
  domain: string;
  merchantEmail: string;
  shopOrigin: string;
  log?: (line: string) => void;
  intervalMs?: number;
  now?: () => Date;
};

/** Sends today's notice unless it went already or nothing expires; returns how many orders it listed (0: none sent). */
export async function sendExpiringNotice(db: Db, options: Omit<ExpiringNoticeOptions, 'connection'>, now: Date): Promise<number> {
  const orders = await expiringAuthorizations(db, now);
  if (orders.length === 0) return 0;
  const key = `authorizations-expiring/${now.toISOString().slice(0, 10)}`;
  const claimed = await db.insertInto('merchant_notices').values({ key, created_at: now.toISOString() }).onConflict((conflict) => conflict.column('key').doNothing()).executeTakeFirst();
  if (claimed.numInsertedOrUpdatedRows === BigInt(0)) return 0;
  try {
    const mail = expiringAuthorizationsMail(orders, options.shopOrigin);
    await options.transport.send({ ...mail, to: options.merchantEmail, messageId: `<${key.replace('/', '.')}@${options.domain}>` });
  } catch (error) {
    await db.deleteFrom('merchant_notices').where('key', '=', key).execute();
    throw error;
  }
  return orders.length;
}

export function startExpiringNoticeJob(options: ExpiringNoticeOptions): LeasedJob {
  const { log = () => undefined } = options;
  return startLeasedJob({
    name: EXPIRING_NOTICE_JOB,
    connection: options.connection,
    intervalMs: options.intervalMs ?? HOUR_MS,
    log,
    now: options.now,
    run: async ({ db }, now) => {
      const listed = await sendExpiringNotice(db, options, now);
      if (listed > 0) log(`Mailed ${options.merchantEmail} the ${listed} authorization(s) expiring within 24 hours`);
    },
  });
}
