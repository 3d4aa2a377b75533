// Whose request it is, for the rate limits. The shop's server (scripts/serve.ts) resolves the address once per request
// from the socket and, only when TRUST_PROXY_HOPS says proxies stand in front, from X-Forwarded-For; it then hands
// Next.js an X-Forwarded-For holding that one address, so nothing a client sends can choose it.

export const CLIENT_ADDRESS_HEADER = 'x-forwarded-for';

// Set by scripts/serve.ts in its process, so route code can tell whether the header above was written by it.
const servedBySocketReader = Symbol.for('lille-butik.client-address-from-socket');
type Marked = typeof globalThis & { [servedBySocketReader]?: true };

/** scripts/serve.ts says so before Next.js handles any request. */
export function markClientAddressFromSocket(): void {
  (globalThis as Marked)[servedBySocketReader] = true;
}

/** Whether the shop runs under scripts/serve.ts; under a plain `next start` X-Forwarded-For is the client's to choose. */
export function clientAddressFromSocket(): boolean {
  return (globalThis as Marked)[servedBySocketReader] === true;
}

/** "::ffff:192.0.2.1" (an IPv4 peer on a dual-stack socket) is 192.0.2.1. */
const normalize = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').slice(0, 100);

/**
 * The client's address: the socket's peer when no proxy is trusted. With `hops` trusted proxies, each appended the
 * address it saw to X-Forwarded-For, so the client is the entry `hops` places left of the peer; entries further left
 * were written by the client and are never used. A chain shorter than that gives its leftmost entry.
 */
export function resolveClientAddress(forwardedFor: string | string[] | undefined, peer: string | undefined, hops: number): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',');
  const chain = [...forwarded, peer ?? ''].map(normalize).filter((entry) => entry !== '');
  if (hops === 0) return normalize(peer ?? '') || 'unknown';
  return chain[Math.max(0, chain.length - 1 - hops)] ?? 'unknown';
}

/** The address scripts/serve.ts resolved for this request (see above), as route code reads it. */
export function clientAddressOf(headers: Pick<Headers, 'get'>): string {
  return normalize(headers.get(CLIENT_ADDRESS_HEADER)?.split(',').at(-1) ?? '') || 'unknown';
}
