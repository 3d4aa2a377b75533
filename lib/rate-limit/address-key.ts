import { isIPv6 } from 'node:net';

// Whose budget a request counts against. An IPv4 address is one client; an IPv6 client is usually given a whole /64
// and can pick a new address in it for every request, so IPv6 addresses count per /64.

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = address.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...(address.includes('::') ? zeros : []), ...right];
}

/** The rate-limit key of a client address: the address itself, or for IPv6 its /64 network ("2001:db8:1:2::/64"). */
export function addressKey(address: string): string {
  if (!isIPv6(address) || address.includes('.')) return address; // IPv4, or IPv4 written in IPv6 (kept whole)
  const groups = expandIPv6(address.toLowerCase().split('%')[0] ?? '');
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
