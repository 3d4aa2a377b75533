// Idempotency-Key on a POST: the first response is kept for 24 hours (virtual time) and replayed to a retry with the
// same parameters; the same key with other parameters is an idempotency_error.
import { ApiError } from './errors';

export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

export type StoredResponse = { status: number; body: string };
type Entry = StoredResponse & { fingerprint: string; expiresAt: number };

export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  /** The stored response for this key, or undefined when the request is new. Throws when the parameters differ. */
  replay(key: string, fingerprint: string, now: number): StoredResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    if (entry.fingerprint !== fingerprint) {
      throw new ApiError(
        'idempotency',
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    return entry;
  }

  remember(key: string, fingerprint: string, response: StoredResponse, now: number): void {
    this.entries.set(key, { ...response, fingerprint, expiresAt: now + IDEMPOTENCY_TTL_SECONDS });
  }

  clear(): void {
    this.entries.clear();
  }
}
