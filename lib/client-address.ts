// Whose request it is, for the rate limits. Next.js hands every request an X-Forwarded-For: the one it was sent, or,
// when there was none, the TCP peer's address. Each proxy in front of the shop appends the address it saw, so with
// TRUST_PROXY_HOPS proxies the client is the entry that many places from the right, and entries further left (written
// by the client) are never used. With no proxy, the last entry is the peer's only when the client sent none: a shop
// exposed directly runs under scripts/serve-direct.mjs, which replaces the header with the socket's address.

/** The mark scripts/serve-direct.mjs sets on the process (plain JavaScript, so the name is spelt out there too). */
const servedBySocketReader = Symbol.for('lille-butik.client-address-from-socket');
type Marked = typeof globalThis & { [servedBySocketReader]?: true };

/** Whether scripts/serve-direct.mjs wrote X-Forwarded-For from the socket; under plain `next start` a client can. */
export function clientAddressFromSocket(): boolean {
  return (globalThis as Marked)[servedBySocketReader] === true;
}

/** "::ffff:192.0.2.1" (an IPv4 peer on a dual-stack socket) is 192.0.2.1. */
const normalize = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').slice(0, 100);

/**
 * The client's address from X-Forwarded-For: the entry `hops` places from the right (the last one with no proxy).
 * A chain shorter than that gives its leftmost entry.
 */
export function clientAddressOf(forwardedFor: string | null, hops: number): string {
  const chain = (forwardedFor ?? '').split(',').map(normalize).filter((entry) => entry !== '');
  return chain[Math.max(0, chain.length - Math.max(1, hops))] ?? 'unknown';
}
