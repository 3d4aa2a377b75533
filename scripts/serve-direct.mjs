// Optional: the shop exposed to the internet with no proxy in front. Behind a proxy or on a Next.js host, run
// `next start` and set TRUST_PROXY_HOPS instead (docs/operations.md). Under plain `next start`, X-Forwarded-For is
// whatever a client sent, so a client could pick the address its rate limits count against; this serves Next.js
// behind a plain Node server that replaces the header with the TCP peer's address. Plain JavaScript, run as it is:
// `npm run build`, then `npm run serve:direct` (PORT and HOST as for the shop).
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nextEnv from '@next/env';
import next from 'next';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The .env files, read as Next.js reads them, before this script reads PORT, HOST and TRUST_PROXY_HOPS.
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error });

if (Number(process.env.TRUST_PROXY_HOPS || 0) > 0) {
  console.error('serve-direct is for a shop with no proxy in front; with TRUST_PROXY_HOPS set, run `next start`.');
  process.exit(1);
}
// lib/client-address.ts reads this mark: rate limits may trust the last X-Forwarded-For entry.
globalThis[Symbol.for('lille-butik.client-address-from-socket')] = true;

const port = Number(process.env.PORT || 3000);
// The emulator's test page authorizes any payment: an emulator-mode shop listens on loopback unless HOST says otherwise.
const hostname = process.env.HOST || (process.env.STRIPE_MODE === 'emulator' ? '127.0.0.1' : undefined);
const app = next({ dev: false, dir: root, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers['x-forwarded-for'] = request.socket.remoteAddress ?? '';
  void handle(request, response);
});
// A client that trickles its request is cut off: no page or webhook of the shop needs more than a few seconds.
server.headersTimeout = 20_000;
server.requestTimeout = 30_000;
server.listen(port, hostname, () => console.log(`Ready on ${hostname ?? 'every interface'}, port ${port} (serve-direct)`));

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
