// Stripe's rate limiter, emulated for POST /_emulator/outage mode=rate_limit&per_second=N: each API key may make N
// /v1 requests in any one second; the next is answered 429 `rate_limit` before anything else happens to it.
//
// A sliding window, not a fixed one: per key, the times of the last N requests it let through are kept (a ring), and
// a request is let through only when the oldest of them is a full second old. So no interval of one second ever
// holds more than N requests, however they straddle a clock second, and a slot frees up exactly one second after the
// request that took it. (A fixed window allows 2N across a boundary; a token bucket of size N refilled at N per
// second allows about 2N in the second after a pause.) Memory is N times per key that has called, N at most 10000.
// Refused requests take no slot (as with the token bucket Stripe describes for its own limiter), so a client that
// backs off gets through once its earlier requests have aged out.
//
// Time is real (monotonic) time, not the emulator's virtual clock: the limit is about how fast requests arrive, and
// advancing the virtual clock to expire a PaymentIntent should not free it.
import { ApiError } from './errors';

/** How long a request holds its slot. */
export const RATE_LIMIT_WINDOW_MS = 1000;

/** Stripe's words for a rate-limited request, as its 429 bodies have them. */
export const RATE_LIMIT_MESSAGE = 'Request rate limit exceeded. You can learn more about rate limits here https://stripe.com/docs/rate-limits.';

/** The last N requests a key made that were let through, oldest at `next` once the ring is full. */
type Window = { times: number[]; next: number };

export class RateLimiter {
  private windows = new Map<string, Window>();
  /** The limit the windows were counted under: a limit set again (or another one) starts the count afresh. */
  private countingFor: object | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Lets a request of `key` through under `limit` (taking a slot), or refuses it with Stripe's 429 (taking none). */
  admit(limit: { per_second: number }, key: string): void {
    if (limit !== this.countingFor) {
      this.windows = new Map();
      this.countingFor = limit;
    }
    const now = this.now();
    const window = this.windows.get(key) ?? { times: [], next: 0 };
    this.windows.set(key, window);
    if (window.times.length < limit.per_second) {
      window.times.push(now);
      return;
    }
    const oldest = window.times[window.next] ?? now;
    if (now - oldest < RATE_LIMIT_WINDOW_MS) throw new ApiError('rate_limit', RATE_LIMIT_MESSAGE, { code: 'rate_limit' });
    window.times[window.next] = now;
    window.next = (window.next + 1) % limit.per_second;
  }
}
