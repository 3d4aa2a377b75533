import { describe, expect, it } from 'vitest';
import { clientAddressOf, resolveClientAddress } from '@/lib/client-address';

describe('resolveClientAddress', () => {
  it('takes the socket address and ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.7', 0)).toBe('198.51.100.7');
    expect(resolveClientAddress(undefined, '198.51.100.7', 0)).toBe('198.51.100.7');
  });

  it('takes the address the trusted proxy appended, never what the client wrote before it', () => {
    // the client forged "1.1.1.1", the proxy appended the address it saw, then connected to the shop
    expect(resolveClientAddress('1.1.1.1, 203.0.113.9', '10.0.0.2', 1)).toBe('203.0.113.9');
    expect(resolveClientAddress('1.1.1.1, 203.0.113.9, 10.0.0.3', '10.0.0.2', 2)).toBe('203.0.113.9');
  });

  it('uses the leftmost entry of a chain shorter than the trusted hops', () => {
    expect(resolveClientAddress('203.0.113.9', '10.0.0.2', 5)).toBe('203.0.113.9');
  });

  it('reads an IPv4 peer on a dual-stack socket as IPv4', () => {
    expect(resolveClientAddress(undefined, '::ffff:127.0.0.1', 0)).toBe('127.0.0.1');
  });
});

describe('clientAddressOf', () => {
  it('reads the one address the server resolved', () => {
    expect(clientAddressOf(new Headers({ 'x-forwarded-for': '198.51.100.7' }))).toBe('198.51.100.7');
    expect(clientAddressOf(new Headers())).toBe('unknown');
  });
});
