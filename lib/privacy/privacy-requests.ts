import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/connect';
import type { PrivacyRequestsTable } from '@/lib/db/schema';

// The log of exports and erasures of shoppers' personal data, the merchant's proof that each request was answered.
// A row says when, what, why and which orders, by number: never the address asked about, a name or anything else the
// request was about, so the log itself holds no personal data and never needs erasing.

export type PrivacyRequestKind = PrivacyRequestsTable['kind'];
export type PrivacyRequestReason = PrivacyRequestsTable['reason'];

export type PrivacyRequest = { id: string; kind: PrivacyRequestKind; reason: PrivacyRequestReason; orderNumbers: string[]; createdAt: string };

/** Records one export or erasure; `db` may be a transaction, so the record commits with what it records. */
export async function recordPrivacyRequest(
  db: Db,
  request: { kind: PrivacyRequestKind; reason: PrivacyRequestReason; orderNumbers: readonly string[]; now: Date },
): Promise<void> {
  await db
    .insertInto('privacy_requests')
    .values({
      id: randomUUID(),
      kind: request.kind,
      reason: request.reason,
      order_numbers: JSON.stringify(request.orderNumbers),
      created_at: request.now.toISOString(),
    })
    .execute();
}

/** A stored list of order numbers; anything else (a row written by hand) reads as no numbers rather than failing the page. */
function numbersOf(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((each): each is string => typeof each === 'string') : [];
  } catch {
    return [];
  }
}

/** The latest requests, newest first (read from privacy_requests_created_idx). */
export async function latestPrivacyRequests(db: Db, limit = 20): Promise<PrivacyRequest[]> {
  const rows = await db.selectFrom('privacy_requests').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((row) => ({ id: row.id, kind: row.kind, reason: row.reason, orderNumbers: numbersOf(row.order_numbers), createdAt: row.created_at }));
}
