import { describe, expect, it } from 'vitest';
import { SignInThrottle, type ThrottleRule } from '@/lib/admin/sign-in-throttle';

const address: ThrottleRule = { freeFailures: 2, baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 };
const overall: ThrottleRule = { freeFailures: 5, baseDelayMs: 500, maxDelayMs: 4000, forgetAfterMs: 60_000 };
const newThrottle = () => new SignInThrottle({ address, overall });

function fail(throttle: SignInThrottle, who: string, times: number, at: number): void {
  for (let i = 0; i < times; i += 1) throttle.recordFailure(who, at);
}

describe('SignInThrottle', () => {
  it('lets the first few wrong passwords through without waiting', () => {
    const throttle = newThrottle();
    fail(throttle, '10.0.0.1', 1, 0);
    expect(throttle.waitFor('10.0.0.1', 0)).toBe(0);
  });

  it('doubles the wait with each further wrong password, up to the cap', () => {
    const throttle = newThrottle();
    const waits = [2, 3, 4, 5, 9].map((failures) => {
      const fresh = newThrottle();
      fail(fresh, '10.0.0.1', failures, 0);
      return fresh.waitFor('10.0.0.1', 0);
    });
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(throttle.waitFor('10.0.0.1', 0)).toBe(0);
  });

  it('counts the wait from the last wrong password', () => {
    const throttle = newThrottle();
    fail(throttle, '10.0.0.1', 3, 10_000);
    expect(throttle.waitFor('10.0.0.1', 11_500)).toBe(500);
    expect(throttle.waitFor('10.0.0.1', 12_000)).toBe(0);
  });

  it('keeps one address’s wrong passwords from slowing another down, until the global count is reached', () => {
    const throttle = newThrottle();
    fail(throttle, '10.0.0.1', 4, 0);
    expect(throttle.waitFor('10.0.0.2', 0)).toBe(0);
    fail(throttle, '10.0.0.3', 2, 0);
    expect(throttle.waitFor('10.0.0.2', 0)).toBe(1000);
  });

  it('clears an address after a right password', () => {
    const throttle = newThrottle();
    fail(throttle, '10.0.0.1', 3, 0);
    throttle.recordSuccess('10.0.0.1');
    expect(throttle.waitFor('10.0.0.1', 0)).toBe(0);
  });

  it('forgets old wrong passwords', () => {
    const throttle = newThrottle();
    fail(throttle, '10.0.0.1', 4, 0);
    expect(throttle.waitFor('10.0.0.1', 60_001)).toBe(0);
  });
});
