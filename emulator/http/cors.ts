// Cross-origin reads (CORS), granted to the shop's pages only (allowed-origins.ts says why and which). A request
// without an Origin (the SDK, curl) needs no grant and gets none; a page on another origin may still send a simple
// request, but its browser will not let it read the answer.
import type { IncomingMessage } from 'node:http';
import { header } from './pipeline';

/** The request's Origin when it is one the emulator lets read its answers; null for any other, or none. */
export function grantedOrigin(request: IncomingMessage, allowedOrigins: ReadonlySet<string>): string | null {
  const origin = header(request, 'origin');
  return origin !== undefined && allowedOrigins.has(origin) ? origin : null;
}

/** True for a browser request from an origin the emulator does not grant. */
export function fromRefusedOrigin(request: IncomingMessage, allowedOrigins: ReadonlySet<string>): boolean {
  return header(request, 'origin') !== undefined && grantedOrigin(request, allowedOrigins) === null;
}

/**
 * The CORS headers of one answer: the granted origin echoed with `more` (what a preflight or the API adds), or
 * nothing. Always `Vary: Origin`, since the answer depends on it: no cache may hand one origin's copy to another.
 */
export function corsHeaders(request: IncomingMessage, allowedOrigins: ReadonlySet<string>, more: Record<string, string> = {}): Record<string, string> {
  const origin = grantedOrigin(request, allowedOrigins);
  return origin === null ? { Vary: 'Origin' } : { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', ...more };
}
