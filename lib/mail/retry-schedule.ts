// When a message the SMTP server did not take is tried again: the waits grow (30 s, 2 min, 10 min, 1 h, 6 h), so a
// server that is down for a while is not hammered, and after six tries (about seven hours) the message is given up
// (status failed) and waits for the merchant's Resend.

export const MAX_ATTEMPTS = 6;
const waitSeconds = [30, 120, 600, 3600, 6 * 3600] as const;

export type NextTry = { kind: 'retry'; at: number } | { kind: 'give_up' };

/** After failed try number `attempts` (1 for the first) at `now` (Unix seconds). */
export function nextTry(attempts: number, now: number): NextTry {
  const wait = waitSeconds[attempts - 1];
  return attempts >= MAX_ATTEMPTS || wait === undefined ? { kind: 'give_up' } : { kind: 'retry', at: now + wait };
}
