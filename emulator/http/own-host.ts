// DNS rebinding: a page on attacker.example can, once loaded, make its own name resolve to 127.0.0.1. Its scripts
// then reach the emulator as same-origin requests: no CORS applies, and the Origin matches the Host, so the
// cross-site check (same-origin.ts) lets them through. What still gives them away is the Host header, which names
// attacker.example:12111. The control routes and the test page's buttons answer only Host names that are the
// emulator's own: the loopback names on its port, the address it listens on, and STRIPE_EMULATOR_PUBLIC_URL's host.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOOPBACK_NAMES } from '../loopback';
import { header } from './pipeline';

/** Addresses that mean "every interface": nobody reaches the emulator by these names, so they name nothing. */
const WILDCARD_ADDRESSES = new Set(['', '0.0.0.0', '::', '[::]']);

/** A Host header's value as URLs write it (lower case, port 80 left out); null when it is not a bare host[:port]. */
export function normalHost(value: string): string | null {
  if (!/^[\w.\-[\]:]+$/.test(value) || !URL.canParse(`http://${value}`)) return null;
  return new URL(`http://${value}`).host;
}

/** An address to listen on as it appears in a Host header: IPv6 bracketed. */
export function hostWithPort(address: string, port: number): string {
  return `${address.includes(':') && !address.startsWith('[') ? `[${address}]` : address}:${port}`;
}

/** The Host header values that name the emulator listening on `listenHost`:`port` and reached at `publicUrl`. */
export function ownHosts({ port, listenHost, publicUrl }: { port: number; listenHost: string; publicUrl: string }): ReadonlySet<string> {
  const candidates = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  if (!WILDCARD_ADDRESSES.has(listenHost)) candidates.push(hostWithPort(listenHost, port));
  if (URL.canParse(publicUrl)) {
    // Behind a proxy on the default port the Host header has no port, whatever the scheme.
    const url = new URL(publicUrl);
    candidates.push(url.port === '' ? url.hostname : url.host);
  }
  return new Set(candidates.map(normalHost).filter((host) => host !== null));
}

/** True when the request's Host header names the emulator itself; false for another name or none. */
export function namesOwnHost(request: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  const host = normalHost(header(request, 'host') ?? '');
  return host !== null && hosts.has(host);
}

/** 403 in plain text, saying which names the emulator answers on, so a developer behind a proxy knows what to pass. */
export function refuseForeignHost(response: ServerResponse, hosts: ReadonlySet<string>): void {
  response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  response.end(
    `Refused: the Host header does not name this emulator, as when a page on another site reaches it through DNS rebinding.\n` +
      `It answers these routes only as ${[...hosts].join(', ')} (STRIPE_EMULATOR_PUBLIC_URL adds a name).\n`,
  );
}
