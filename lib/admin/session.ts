import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { adminSessionLive, createAdminSession, deleteAdminSession } from '@/lib/admin/session-store';
import { newSessionId, SESSION_TTL_SECONDS, sessionKey, signSession, verifySession } from '@/lib/admin/session-token';
import { baseCookieOptions, cookieNames } from '@/lib/cookie-options';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { unixSeconds } from '@/lib/time';

// The dashboard session on the server: every admin page and every admin action asks here, never the browser. A
// cookie counts only while its session's row exists, so signing out ends it for every copy of the cookie.

export const SIGN_IN_PATH = '/admin/sign-in';

const key = sessionKey(env.admin);

/** Whether the dashboard can be used at all: it stays closed until ADMIN_PASSWORD is set. */
export const dashboardOpen = key !== null;

const cookieOptions = { ...baseCookieOptions, path: '/admin' } as const;

/** The id of the request's live session; null without one (or when the database cannot say). */
async function currentSessionId(): Promise<string | null> {
  const now = unixSeconds(new Date());
  const id = verifySession(key, (await cookies()).get(cookieNames.adminSession)?.value, now);
  if (id === null) return null;
  try {
    return (await adminSessionLive(await getDb(), id, now)) ? id : null;
  } catch (error) {
    console.error('Could not check the dashboard session', error);
    return null;
  }
}

export async function hasAdminSession(): Promise<boolean> {
  return (await currentSessionId()) !== null;
}

/** For admin pages: sends anyone without a valid session to the sign-in page. */
export async function requireAdminSession(): Promise<void> {
  if (!(await hasAdminSession())) redirect(SIGN_IN_PATH);
}

export async function startAdminSession(): Promise<void> {
  if (key === null) throw new Error('The dashboard has no password; no session can be started');
  const id = newSessionId();
  const expiresAt = unixSeconds(new Date()) + SESSION_TTL_SECONDS;
  await createAdminSession(await getDb(), id, expiresAt);
  (await cookies()).set(cookieNames.adminSession, signSession(key, id, expiresAt), { ...cookieOptions, maxAge: SESSION_TTL_SECONDS });
}

export async function endAdminSession(): Promise<void> {
  const id = await currentSessionId();
  if (id !== null) await deleteAdminSession(await getDb(), id);
  (await cookies()).set(cookieNames.adminSession, '', { ...cookieOptions, maxAge: 0 });
}
