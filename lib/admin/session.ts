import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_TTL_SECONDS, sessionKey, signSession, verifySession } from '@/lib/admin/session-token';
import { SignInThrottle } from '@/lib/admin/sign-in-throttle';
import { env } from '@/lib/env';
import { unixSeconds } from '@/lib/orders/repository';

// The dashboard session on the server: every admin page and every admin action asks here, never the browser.

export const SESSION_COOKIE = 'admin_session';
export const SIGN_IN_PATH = '/admin/sign-in';

const key = sessionKey(env.admin);

/** Whether the dashboard can be used at all: it stays closed until ADMIN_PASSWORD is set. */
export const dashboardOpen = key !== null;

const cookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  path: '/admin',
  secure: env.appUrl?.startsWith('https:') ?? false,
} as const;

export async function hasAdminSession(): Promise<boolean> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return verifySession(key, token, unixSeconds(new Date()));
}

/** For admin pages: sends anyone without a valid session to the sign-in page. */
export async function requireAdminSession(): Promise<void> {
  if (!(await hasAdminSession())) redirect(SIGN_IN_PATH);
}

export async function startAdminSession(): Promise<void> {
  if (key === null) throw new Error('The dashboard has no password; no session can be started');
  const expiresAt = unixSeconds(new Date()) + SESSION_TTL_SECONDS;
  (await cookies()).set(SESSION_COOKIE, signSession(key, expiresAt), { ...cookieOptions, maxAge: SESSION_TTL_SECONDS });
}

export async function endAdminSession(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, '', { ...cookieOptions, maxAge: 0 });
}

/** The address wrong passwords are counted against: the proxy's X-Forwarded-For when there is one. */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  return list.get('x-forwarded-for')?.split(',')[0]?.trim() || list.get('x-real-ip') || 'direct';
}

const holder = globalThis as typeof globalThis & { adminSignInThrottle?: SignInThrottle };

/** One throttle per shop process (kept on globalThis so `next dev` reloads keep the count). */
export const signInThrottle: SignInThrottle = (holder.adminSignInThrottle ??= new SignInThrottle());
