import type { Db } from '@/lib/db/connect';
import { describeDeliveryFailure } from '@/lib/mail/delivery-error';
import type { MailShop } from '@/lib/mail/mail-content';
import type { MailFrom } from '@/lib/mail/mail-from';
import { outboxMessage } from '@/lib/mail/outbox-message';
import { nextTry } from '@/lib/mail/retry-schedule';
import { messageIdOf, type MailTransport } from '@/lib/mail/smtp-transport';
import { claimDueMessages, recordFailure, recordSent, type ClaimedMessage } from '@/lib/orders/store/outbox-delivery';
import { unixSeconds } from '@/lib/time';
import { errorMessage } from '@/lib/error-message';

// Drains the outbox over SMTP. Every shop process runs one (instrumentation.ts); the leases keep them apart. Delivery is
// at least once: a process that dies after the SMTP server accepted a message but before its row says sent leaves a
// lease that expires, and the message goes again with the same Message-ID, by which the receiving side can dedupe.
// Nothing here logs or stores an address.

export type SenderDeps = {
  db: Db;
  transport: MailTransport;
  from: MailFrom;
  /** The shop the messages come from: its public origin for the links, its trader and legal texts. */
  shop: MailShop;
  /** Messages claimed per batch, sent at once (default 5). */
  batchSize?: number;
  /** How long a claim holds a row (default 120 s): well above one try's SMTP timeouts. */
  leaseSeconds?: number;
  now?: () => Date;
  log?: (line: string) => void;
};

export type Delivery = 'sent' | 'retrying' | 'failed' | 'lost_lease';
export type BatchResult = { claimed: number } & Record<Delivery, number>;

async function deliver(deps: SenderDeps, claim: ClaimedMessage, now: () => Date): Promise<Delivery> {
  const { db, log = () => undefined } = deps;
  const messageId = messageIdOf(claim.id, deps.from);
  const message = await outboxMessage(db, claim, deps.shop);
  if (message.kind === 'undeliverable') {
    log(`${claim.kind} ${messageId} cannot be sent: ${message.reason}`);
    return (await recordFailure(db, claim, { error: message.reason, retryAt: null })) ? 'failed' : 'lost_lease';
  }
  try {
    await deps.transport.send({ ...message.mail, to: message.to, messageId });
  } catch (error) {
    const failure = describeDeliveryFailure(error);
    const next = failure.recipientRejected ? { kind: 'give_up' as const } : nextTry(claim.attempts + 1, unixSeconds(now()));
    const retryAt = next.kind === 'retry' ? next.at : null;
    log(`${claim.kind} ${messageId} not sent (${failure.error}); ${retryAt === null ? 'given up' : `next try at ${new Date(retryAt * 1000).toISOString()}`}`);
    if (!(await recordFailure(db, claim, { error: failure.error, retryAt }))) return 'lost_lease';
    return retryAt === null ? 'failed' : 'retrying';
  }
  if (!(await recordSent(db, claim, now()))) return 'lost_lease';
  log(`${claim.kind} ${messageId} sent`);
  return 'sent';
}

/** One batch: claims what is due and tries each claimed message once, all at the same time. */
export async function sendDueMessages(deps: SenderDeps): Promise<BatchResult> {
  const now = deps.now ?? (() => new Date());
  const claims = await claimDueMessages(deps.db, { now: unixSeconds(now()), leaseSeconds: deps.leaseSeconds ?? 120, limit: deps.batchSize ?? 5 });
  // Settled, not all: a try that throws (the database went away) must not end the batch while others are mid-send.
  const settled = await Promise.allSettled(claims.map((claim) => deliver(deps, claim, now)));
  const result: BatchResult = { claimed: claims.length, sent: 0, retrying: 0, failed: 0, lost_lease: 0 };
  for (const outcome of settled) {
    if (outcome.status === 'rejected') throw outcome.reason;
    result[outcome.value] += 1;
  }
  return result;
}

export type OutboxSender = { stop: () => Promise<void> };

/**
 * Sends batches until stopped: the next one after `pollMs` (default 1000), or at once while batches come back full.
 * A batch that fails (the database is down) is logged, and the next poll tries again. stop() waits for the batch in flight.
 */
export function startOutboxSender(deps: SenderDeps & { pollMs?: number }): OutboxSender {
  const { pollMs = 1000, batchSize = 5, log = () => undefined } = deps;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const poll = () => {
    inFlight = sendDueMessages({ ...deps, batchSize }).then(
      (result) => {
        if (!stopped) timer = setTimeout(poll, result.claimed === batchSize ? 0 : pollMs);
      },
      (error: unknown) => {
        log(`outbox batch failed: ${errorMessage(error)}`);
        if (!stopped) timer = setTimeout(poll, pollMs);
      },
    );
  };
  timer = setTimeout(poll, 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
