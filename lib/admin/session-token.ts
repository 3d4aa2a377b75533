import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { AdminConfig } from '@/lib/parse-env';

// The dashboard's session cookie: "v1.<expiry in Unix seconds>.<HMAC-SHA256 of both, base64url>". Nothing secret
// inside; the signature proves the shop issued it, the expiry inside the signed part limits how long it is good for.

export const SESSION_TTL_SECONDS = 8 * 60 * 60;
const VERSION = 'v1';

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

/** A session token good until `expiresAt` (Unix seconds). */
export function signSession(key: Buffer, expiresAt: number): string {
  const payload = `${VERSION}.${expiresAt}`;
  return `${payload}.${mac(key, payload)}`;
}

/** Whether `token` was signed with `key` and has not expired at `now` (Unix seconds). Constant-time on the MAC. */
export function verifySession(key: Buffer | null, token: string | undefined, now: number): boolean {
  if (key === null || token === undefined) return false;
  const match = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (match === null) return false;
  const [, expiry = '', signature = ''] = match;
  const expected = Buffer.from(mac(key, `${VERSION}.${expiry}`), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  return Number(expiry) > now;
}

/** Whether `given` is the password, compared in constant time (both hashed first, so lengths leak nothing). */
export function passwordMatches(password: string | null, given: string): boolean {
  if (password === null) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(password), digest(given));
}
