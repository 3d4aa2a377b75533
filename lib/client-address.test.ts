import { describe, expect, it } from 'vitest';
import { clientAddressOf } from '@/lib/client-address';

describe('clientAddressOf', () => {
  it('takes the last entry when no proxy is trusted: the peer Next.js (or serve-direct) wrote', () => {
    expect(clientAddressOf('198.51.100.7', 0)).toBe('198.51.100.7');
  });

  it('takes the address the trusted proxy appended, never what the client wrote before it', () => {
    // the client forged "1.1.1.1", the proxy appended the address it saw
    expect(clientAddressOf('1.1.1.1, 203.0.113.9', 1)).toBe('203.0.113.9');
    // two proxies: the outer one appended the client, the inner one the outer proxy
    expect(clientAddressOf('1.1.1.1, 203.0.113.9, 10.0.0.3', 2)).toBe('203.0.113.9');
  });

  it('uses the leftmost entry of a chain shorter than the trusted hops', () => {
    expect(clientAddressOf('203.0.113.9', 5)).toBe('203.0.113.9');
  });

  it('reads an IPv4 peer on a dual-stack socket as IPv4', () => {
    expect(clientAddressOf('::ffff:127.0.0.1', 0)).toBe('127.0.0.1');
  });

  it('says unknown when there is no address at all', () => {
    expect(clientAddressOf(null, 0)).toBe('unknown');
    expect(clientAddressOf(' , ', 1)).toBe('unknown');
  });
});
