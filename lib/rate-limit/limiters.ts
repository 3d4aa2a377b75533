import { RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Connection } from '@/lib/db/connect';

// The shop's rate limits, per client address, counted in the shop's database by rate-limiter-flexible so that every
// shop process sharing the database shares the counts. Each limit is a number of requests per window; past it the
// address waits for the window to end. The numbers leave a real shopper (or merchant) far below them.

export const rateLimits = {
  /** Pay with MobilePay: each one writes an order and creates a PaymentIntent. */
  checkout: { points: 30, duration: 60 },
  /** Try again: each one confirms a PaymentIntent again. */
  retry: { points: 30, duration: 60 },
  /** The return step's look-ups (app/[locale]/checkout/return/route.ts): each one costs a PaymentIntent retrieve. */
  paymentLookup: { points: 120, duration: 60 },
  /** POST /api/checkout/secret (client-confirm): writes an order and creates a PaymentIntent. */
  clientSecret: { points: 30, duration: 60 },
  /** The withdrawal function's confirm step: each one looks an order up and may queue an acknowledgement. */
  withdrawal: { points: 10, duration: 10 * 60 },
  /** Dashboard sign-in attempts, each counted before the password is compared; a right password clears the address. */
  signIn: { points: 10, duration: 15 * 60 },
} as const;

export type RateLimitName = keyof typeof rateLimits;
/**
 * A limiter for every limit, and `exclusive`, which runs a limiter call so that it is its own transaction: on SQLite
 * the limiter writes through Kysely's handle, so the call holds Kysely's one connection meanwhile (no request's
 * transaction is open on it then, to join or to roll back with); PostgreSQL's pool needs nothing of the kind.
 */
export type RateLimiters = {
  limiters: Record<RateLimitName, RateLimiterAbstract>;
  exclusive: <T>(call: () => Promise<T>) => Promise<T>;
};

/** Limiters for every limit, on the connection's database (its `rate_limits` table, migration 005). */
export function createRateLimiters({ db, client }: Connection): RateLimiters {
  const limiter = (name: RateLimitName): RateLimiterAbstract => {
    const options = { ...rateLimits[name], keyPrefix: name, tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: true };
    return client.kind === 'sqlite'
      ? new RateLimiterSQLite({ ...options, storeClient: client.database, storeType: 'better-sqlite3' })
      : new RateLimiterPostgres({ ...options, storeClient: client.pool });
  };
  const names = Object.keys(rateLimits) as RateLimitName[];
  return {
    limiters: Object.fromEntries(names.map((name) => [name, limiter(name)])) as Record<RateLimitName, RateLimiterAbstract>,
    exclusive: client.kind === 'sqlite' ? (call) => db.connection().execute(() => call()) : (call) => call(),
  };
}

export type RateLimitResult = { kind: 'allowed' } | { kind: 'limited'; retryAfterSeconds: number } | { kind: 'unavailable' };

const limited = (res: RateLimiterRes): RateLimitResult => ({ kind: 'limited', retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) });

/**
 * Counts one request of `key` against the named limit. Over it: limited, with how long to wait. When the database cannot
 * count, the request is refused as unavailable: it could not have been served without the database anyway.
 */
export async function consume({ limiters, exclusive }: RateLimiters, name: RateLimitName, key: string): Promise<RateLimitResult> {
  try {
    await exclusive(() => limiters[name].consume(key));
    return { kind: 'allowed' };
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      console.warn(`Rate limit ${name}: a request refused, over ${rateLimits[name].points} in ${rateLimits[name].duration} s`);
      return limited(error);
    }
    console.error('Rate limit could not be counted', error);
    return { kind: 'unavailable' };
  }
}
