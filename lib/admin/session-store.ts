import type { Db } from '@/lib/db/connect';
import { unixSeconds } from '@/lib/time';

// The dashboard's sessions on the server, one row each (migration 006). Expired rows are removed when a session starts.

export async function createAdminSession(db: Db, id: string, expiresAt: number, now: Date = new Date()): Promise<void> {
  await db.deleteFrom('admin_sessions').where('expires_at', '<=', unixSeconds(now)).execute();
  await db.insertInto('admin_sessions').values({ id, expires_at: expiresAt, created_at: now.toISOString() }).execute();
}

/** Whether session `id` was started and has not been ended or expired at `now` (Unix seconds). */
export async function adminSessionLive(db: Db, id: string, now: number): Promise<boolean> {
  const row = await db.selectFrom('admin_sessions').select('id').where('id', '=', id).where('expires_at', '>', now).executeTakeFirst();
  return row !== undefined;
}

export async function deleteAdminSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('admin_sessions').where('id', '=', id).execute();
}
