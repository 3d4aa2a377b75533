// The emulator's virtual clock: real time plus an offset that tests move forward with POST /_emulator/clock/advance.
// Whatever depends on time (the 5-minute authorization window, the 7-day capture window, idempotency keys) reads it here.

export class VirtualClock {
  private offsetSeconds = 0;

  /** Unix seconds, as Stripe's `created` fields. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.offsetSeconds;
  }

  get offset(): number {
    return this.offsetSeconds;
  }

  advance(seconds: number): void {
    this.offsetSeconds += seconds;
  }

  reset(): void {
    this.offsetSeconds = 0;
  }
}
