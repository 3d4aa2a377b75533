// Slows down password guessing: after a few wrong passwords from one address, each further attempt must wait twice as
// long as the last (1 s, 2 s, 4 s, … up to a cap). A global counter does the same, more leniently, for guesses spread
// over many addresses. In memory: one shop process; a restart forgets (acceptable for a demo dashboard).

export type ThrottleRule = { freeFailures: number; baseDelayMs: number; maxDelayMs: number; forgetAfterMs: number };

type FailureRecord = { failures: number; lastFailureAt: number };

export const perAddress: ThrottleRule = { freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 5 * 60_000, forgetAfterMs: 60 * 60_000 };
export const overall: ThrottleRule = { freeFailures: 20, baseDelayMs: 1000, maxDelayMs: 60_000, forgetAfterMs: 15 * 60_000 };

export class SignInThrottle {
  private readonly records = new Map<string, FailureRecord>();

  constructor(private readonly rules: { address: ThrottleRule; overall: ThrottleRule } = { address: perAddress, overall }) {}

  /** Milliseconds to wait before `address` may try again; 0 when it may try now. */
  waitFor(address: string, now: number): number {
    return Math.max(this.wait(`address:${address}`, this.rules.address, now), this.wait('overall', this.rules.overall, now));
  }

  recordFailure(address: string, now: number): void {
    this.bump(`address:${address}`, this.rules.address, now);
    this.bump('overall', this.rules.overall, now);
  }

  /** A right password clears that address's record (not the global one). */
  recordSuccess(address: string): void {
    this.records.delete(`address:${address}`);
  }

  private wait(key: string, rule: ThrottleRule, now: number): number {
    const record = this.current(key, rule, now);
    if (record === null || record.failures < rule.freeFailures) return 0;
    const delay = Math.min(rule.baseDelayMs * 2 ** (record.failures - rule.freeFailures), rule.maxDelayMs);
    return Math.max(0, record.lastFailureAt + delay - now);
  }

  private bump(key: string, rule: ThrottleRule, now: number): void {
    const failures = (this.current(key, rule, now)?.failures ?? 0) + 1;
    this.records.set(key, { failures, lastFailureAt: now });
    if (this.records.size > 10_000) this.forgetOld(now);
  }

  private current(key: string, rule: ThrottleRule, now: number): FailureRecord | null {
    const record = this.records.get(key);
    if (record === undefined) return null;
    if (now - record.lastFailureAt > rule.forgetAfterMs) {
      this.records.delete(key);
      return null;
    }
    return record;
  }

  private forgetOld(now: number): void {
    for (const [key, record] of this.records) {
      if (now - record.lastFailureAt > this.rules.address.forgetAfterMs) this.records.delete(key);
    }
  }
}
