import { describe, expect, it } from 'vitest';
import { addressKey } from '@/lib/rate-limit/address-key';

describe('addressKey', () => {
  it('counts an IPv4 address on its own', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
  });

  it('counts every address of one IPv6 /64 together', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:3::1')).not.toBe(addressKey('2001:db8:1:2::1'));
  });

  it('reads compressed and loopback IPv6 addresses', () => {
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('keeps anything that is not an address as it is', () => {
    expect(addressKey('unknown')).toBe('unknown');
  });
});
