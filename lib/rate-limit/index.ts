import 'server-only';
import { headers } from 'next/headers';
import { clientAddressOf } from '@/lib/client-address';
import { addressKey } from '@/lib/rate-limit/address-key';
import { getConnection } from '@/lib/db';
import { messages } from '@/lib/messages';
import { check, consume, createRateLimiters, type RateLimiters, type RateLimitName, type RateLimitResult } from '@/lib/rate-limit/limiters';

export type { RateLimitResult } from '@/lib/rate-limit/limiters';

// The rate limits as routes and actions use them: the client address of the current request, the shop's database.

const holder = globalThis as typeof globalThis & { shopRateLimiters?: Promise<RateLimiters> };

function limiters(): Promise<RateLimiters> {
  holder.shopRateLimiters ??= getConnection()
    .then((connection) => createRateLimiters(connection.client))
    .catch((error: unknown) => {
      holder.shopRateLimiters = undefined;
      throw error;
    });
  return holder.shopRateLimiters;
}

async function withLimiter(run: (limiters: RateLimiters, address: string) => Promise<RateLimitResult>): Promise<RateLimitResult> {
  const address = addressKey(clientAddressOf(await headers()));
  let all: RateLimiters;
  try {
    all = await limiters();
  } catch (error) {
    console.error('Rate limits unavailable: the database cannot be opened', error);
    return { kind: 'unavailable' };
  }
  return run(all, address);
}

/** Counts this request against the named limit for the client's address. */
export function limitRequest(name: Exclude<RateLimitName, 'signInFailure'>): Promise<RateLimitResult> {
  return withLimiter((all, address) => consume(all[name], address));
}

/** Whether the client's address may try a dashboard password now (too many wrong ones make it wait). */
export function signInAllowed(): Promise<RateLimitResult> {
  return withLimiter((all, address) => check(all.signInFailure, address));
}

export async function recordSignInFailure(): Promise<void> {
  await withLimiter((all, address) => consume(all.signInFailure, address));
}

/** A right password clears the address's wrong ones. */
export async function clearSignInFailures(): Promise<void> {
  await withLimiter(async (all, address) => {
    await all.signInFailure.delete(address).catch((error: unknown) => console.error('Could not clear sign-in failures', error));
    return { kind: 'allowed' };
  });
}

/** What to tell the shopper when a limit refused the request; null when it was allowed. */
export function refusalMessage(result: RateLimitResult, tooMany: string = messages.limits.tooMany): string | null {
  if (result.kind === 'allowed') return null;
  return result.kind === 'limited' ? tooMany : messages.limits.unavailable;
}
