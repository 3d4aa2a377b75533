import 'server-only';
import { headers } from 'next/headers';
import { clientAddressOf } from '@/lib/client-address';
import { env } from '@/lib/env';
import { addressKey } from '@/lib/rate-limit/address-key';
import { getConnection } from '@/lib/db';
import type { ShopperMessage } from '@/lib/i18n/translator';
import { consume, createRateLimiters, type RateLimiters, type RateLimitName, type RateLimitResult } from '@/lib/rate-limit/limiters';

export type { RateLimitResult } from '@/lib/rate-limit/limiters';

// The rate limits as routes and actions use them: the client address of the current request, the shop's database.

const holder = globalThis as typeof globalThis & { shopRateLimiters?: Promise<RateLimiters> };

function limiters(): Promise<RateLimiters> {
  holder.shopRateLimiters ??= getConnection()
    .then((connection) => createRateLimiters(connection))
    .catch((error: unknown) => {
      holder.shopRateLimiters = undefined;
      throw error;
    });
  return holder.shopRateLimiters;
}

async function withLimiter(run: (limiters: RateLimiters, address: string) => Promise<RateLimitResult>): Promise<RateLimitResult> {
  const address = addressKey(clientAddressOf((await headers()).get('x-forwarded-for'), env.trustProxyHops));
  let all: RateLimiters;
  try {
    all = await limiters();
  } catch (error) {
    console.error('Rate limits unavailable: the database cannot be opened', error);
    return { kind: 'unavailable' };
  }
  return run(all, address);
}

/**
 * Counts this request against the named limit for the client's address. Counted before the request does anything,
 * so requests sent at the same moment cannot all slip in before any of them is counted.
 */
export function limitRequest(name: RateLimitName): Promise<RateLimitResult> {
  return withLimiter((all, address) => consume(all, name, address));
}

/** A right dashboard password clears the address's count of sign-in attempts. */
export async function clearSignInAttempts(): Promise<void> {
  await withLimiter(async (all, address) => {
    await all.exclusive(() => all.limiters.signIn.delete(address)).catch((error: unknown) => console.error('Could not clear the sign-in attempts', error));
    return { kind: 'allowed' };
  });
}

/** What to tell the shopper when a limit refused the request; null when it was allowed. */
export function refusalMessage(result: RateLimitResult): ShopperMessage | null {
  if (result.kind === 'allowed') return null;
  return { key: result.kind === 'limited' ? 'checkout.tooManyRequests' : 'checkout.busy' };
}
