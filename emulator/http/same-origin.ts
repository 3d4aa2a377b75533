// Control routes and the test page's buttons change state, so a page on another site must not be able to post to
// them (a form on evil.example aimed at /_emulator/data). Browsers say where a request comes from: Sec-Fetch-Site,
// and Origin on every POST. curl and the SDKs send neither, so they keep working.
import type { IncomingMessage } from 'node:http';

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** True when a browser says this request comes from a page that is not the emulator's own. */
export function isCrossSite(request: IncomingMessage, publicUrl: string): boolean {
  if (header(request, 'sec-fetch-site') === 'cross-site') return true;
  const origin = header(request, 'origin');
  if (origin === undefined) return false;
  const own = new Set([new URL(publicUrl).origin, `http://${header(request, 'host') ?? ''}`]);
  return !own.has(origin);
}
