import { describe, expect, it } from 'vitest';
import { passwordMatches, sessionKey, signSession, verifySession } from '@/lib/admin/session-token';

const config = { password: 'correct horse battery', sessionSecret: null };
const key = sessionKey(config);
const now = 1_800_000_000;
const id = 'AAAAAAAAAAAAAAAAAAAAAA';

describe('admin session tokens', () => {
  it('accepts a token it signed until it expires', () => {
    const token = signSession(key ?? Buffer.alloc(32), id, now + 60);
    expect(verifySession(key, token, now)).toBe(id);
    expect(verifySession(key, token, now + 59)).toBe(id);
  });

  it('refuses an expired token', () => {
    const token = signSession(key ?? Buffer.alloc(32), id, now + 60);
    expect(verifySession(key, token, now + 60)).toBeNull();
  });

  it('refuses a token whose expiry was pushed forward', () => {
    const token = signSession(key ?? Buffer.alloc(32), id, now - 1);
    const tampered = token.replace(`.${now - 1}.`, `.${now + 3600}.`);
    expect(tampered).not.toBe(token);
    expect(verifySession(key, tampered, now)).toBeNull();
  });

  it('refuses a token whose session id was swapped for another', () => {
    const token = signSession(key ?? Buffer.alloc(32), id, now + 60);
    expect(verifySession(key, token.replace(id, 'BBBBBBBBBBBBBBBBBBBBBB'), now)).toBeNull();
  });

  it('refuses a token signed with another key', () => {
    const other = sessionKey({ password: 'another password', sessionSecret: null });
    expect(verifySession(key, signSession(other ?? Buffer.alloc(32), id, now + 60), now)).toBeNull();
  });

  it('ends every session when the password changes, unless a session secret is set', () => {
    const token = signSession(key ?? Buffer.alloc(32), id, now + 60);
    expect(verifySession(sessionKey({ ...config, password: 'a new password' }), token, now)).toBeNull();
    const secret = 'x'.repeat(32);
    const stable = signSession(sessionKey({ ...config, sessionSecret: secret }) ?? Buffer.alloc(32), id, now + 60);
    expect(verifySession(sessionKey({ password: 'a new password', sessionSecret: secret }), stable, now)).toBe(id);
  });

  it('refuses junk, empty and missing tokens', () => {
    const junk = [undefined, '', 'v1', 'v1.abc.def', `v2.${now + 60}.${'A'.repeat(43)}`, `v1.${now + 60}.${'A'.repeat(43)}`, `v2.${id}.${now + 60}.${'A'.repeat(43)}`];
    for (const token of junk) {
      expect(verifySession(key, token, now)).toBeNull();
    }
  });

  it('signs and verifies nothing without a password', () => {
    expect(sessionKey({ password: null, sessionSecret: 'x'.repeat(32) })).toBeNull();
    expect(verifySession(null, signSession(Buffer.alloc(32), id, now + 60), now)).toBeNull();
  });

  it('matches the password exactly', () => {
    expect(passwordMatches('correct horse battery', 'correct horse battery')).toBe(true);
    expect(passwordMatches('correct horse battery', 'correct horse batter')).toBe(false);
    expect(passwordMatches('correct horse battery', '')).toBe(false);
    expect(passwordMatches(null, '')).toBe(false);
  });
});
