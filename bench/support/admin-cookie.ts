import { createAdminSession } from '@/lib/admin/session-store';
import { newSessionId, SESSION_TTL_SECONDS, sessionKey, signSession } from '@/lib/admin/session-token';
import type { Db } from '@/lib/db/connect';
import { unixSeconds } from '@/lib/time';

// A signed-in merchant's cookie for the benchmark shop, made as the sign-in action makes it (a session row, a cookie
// signed with the key derived from ADMIN_PASSWORD; the shop runs over http, so the cookie has its plain name), so the
// benchmark reads the dashboard without going through the sign-in form and its rate limit.

export async function adminCookie(db: Db, password: string): Promise<string> {
  const key = sessionKey({ password, sessionSecret: null });
  if (key === null) throw new Error('no dashboard password');
  const id = newSessionId();
  const expiresAt = unixSeconds(new Date()) + SESSION_TTL_SECONDS;
  await createAdminSession(db, id, expiresAt);
  return `admin_session=${signSession(key, id, expiresAt)}`;
}
