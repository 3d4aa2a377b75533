import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AdminConfig } from '@/lib/parse-env';

// The dashboard's session cookie: "v2.<session id>.<expiry in Unix seconds>.<HMAC-SHA256 of the three, base64url>".
// Nothing secret inside; the signature proves the shop issued it, the expiry inside the signed part limits how long it
// is good for, and the session id names a row in admin_sessions that sign-out deletes (lib/admin/session-store.ts), so
// a copied cookie stops working when its session ends.

export const SESSION_TTL_SECONDS = 8 * 60 * 60;
const VERSION = 'v2';

/**
 * The signing key: ADMIN_SESSION_SECRET when set, else derived from the password (so a new password ends every
 * session). Null when the dashboard has no password: nothing can be signed or verified.
 */
export function sessionKey(config: AdminConfig): Buffer | null {
  if (config.password === null) return null;
  const material = config.sessionSecret ?? `admin-session:${config.password}`;
  return createHash('sha256').update(material, 'utf8').digest();
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload, 'utf8').digest('base64url');

/** A new session's id: 128 random bits. */
export const newSessionId = () => randomBytes(16).toString('base64url');

/** A token for session `sessionId`, good until `expiresAt` (Unix seconds). */
export function signSession(key: Buffer, sessionId: string, expiresAt: number): string {
  const payload = `${VERSION}.${sessionId}.${expiresAt}`;
  return `${payload}.${mac(key, payload)}`;
}

/**
 * The session id of `token` when it was signed with `key` and has not expired at `now` (Unix seconds); null otherwise.
 * Constant-time on the MAC. Whether the session was ended is the store's to say.
 */
export function verifySession(key: Buffer | null, token: string | undefined, now: number): string | null {
  if (key === null || token === undefined) return null;
  const match = /^v2\.([A-Za-z0-9_-]{22})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (match === null) return null;
  const [, sessionId = '', expiry = '', signature = ''] = match;
  const expected = Buffer.from(mac(key, `${VERSION}.${sessionId}.${expiry}`), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Number(expiry) > now ? sessionId : null;
}

/** Whether `given` is the password, compared in constant time (both hashed first, so lengths leak nothing). */
export function passwordMatches(password: string | null, given: string): boolean {
  if (password === null) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(password), digest(given));
}
