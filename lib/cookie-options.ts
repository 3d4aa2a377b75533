import 'server-only';
import { env } from '@/lib/env';

/** The shop's own cookies: invisible to scripts, sent on top-level navigations back from MobilePay, kept 30 days. */
export const shopCookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  secure: env.appUrl?.startsWith('https:') ?? false,
  maxAge: 60 * 60 * 24 * 30,
} as const;
