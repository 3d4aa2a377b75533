import { RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DriverClient } from '@/lib/db/connect';

// The shop's rate limits, per client address, counted in the shop's database by rate-limiter-flexible so that every
// shop process sharing the database shares the counts. Each limit is a number of requests per window; past it the
// address waits for the window to end. The numbers leave a real shopper (or merchant) far below them.

export const rateLimits = {
  /** Pay with MobilePay: each one writes an order and creates a PaymentIntent. */
  checkout: { points: 30, duration: 60 },
  /** Try again: each one confirms a PaymentIntent again. */
  retry: { points: 30, duration: 60 },
  /** The complete page's look-ups: each one can cost a PaymentIntent retrieve. */
  paymentLookup: { points: 120, duration: 60 },
  /** POST /api/checkout/secret (client-confirm): writes an order and creates a PaymentIntent. */
  clientSecret: { points: 30, duration: 60 },
  /** Wrong dashboard passwords only (a right one clears the address): 10 per 15 minutes. */
  signInFailure: { points: 10, duration: 15 * 60 },
} as const;

export type RateLimitName = keyof typeof rateLimits;
export type RateLimiters = Record<RateLimitName, RateLimiterAbstract>;

/** Limiters for every limit, on the database the driver talks to (its `rate_limits` table, migration 005). */
export function createRateLimiters(client: DriverClient): RateLimiters {
  const limiter = (name: RateLimitName): RateLimiterAbstract => {
    const options = { ...rateLimits[name], keyPrefix: name, tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: true };
    return client.kind === 'sqlite'
      ? new RateLimiterSQLite({ ...options, storeClient: client.database, storeType: 'better-sqlite3' })
      : new RateLimiterPostgres({ ...options, storeClient: client.pool });
  };
  const names = Object.keys(rateLimits) as RateLimitName[];
  return Object.fromEntries(names.map((name) => [name, limiter(name)])) as RateLimiters;
}

export type RateLimitResult = { kind: 'allowed' } | { kind: 'limited'; retryAfterSeconds: number } | { kind: 'unavailable' };

const limited = (res: RateLimiterRes): RateLimitResult => ({ kind: 'limited', retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) });

/**
 * Counts one request of `key` against the limit. Over it: limited, with how long to wait. When the database cannot
 * count, the request is refused as unavailable: it could not have been served without the database anyway.
 */
export async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateLimitResult> {
  try {
    await limiter.consume(key);
    return { kind: 'allowed' };
  } catch (error) {
    if (error instanceof RateLimiterRes) return limited(error);
    console.error('Rate limit could not be counted', error);
    return { kind: 'unavailable' };
  }
}

/** Whether `key` is already over the limit, without counting a request (for limits that count failures only). */
export async function check(limiter: RateLimiterAbstract, key: string): Promise<RateLimitResult> {
  try {
    const res = await limiter.get(key);
    return res !== null && res.remainingPoints <= 0 ? limited(res) : { kind: 'allowed' };
  } catch (error) {
    console.error('Rate limit could not be read', error);
    return { kind: 'unavailable' };
  }
}
