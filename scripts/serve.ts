// The shop's HTTP server: Next.js's own request handler behind a plain Node server, so that the client's address comes
// from the socket (lib/client-address.ts) and not from a header anyone can send, and every response leaves with the
// shop's security headers (lib/security-headers.ts). `npm start` runs it (`--dev` for
// next dev); it takes PORT and the shop's configuration from the environment the launcher prepared. It also sends the
// outbox's messages when SMTP_URL is set (lib/mail/shop-mail.ts): every shop process does, the leases keep them apart.
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { CLIENT_ADDRESS_HEADER, markClientAddressFromSocket, resolveClientAddress } from '../lib/client-address';
import { startShopMail } from '../lib/mail/shop-mail';
import { parseEnv } from '../lib/parse-env';
import { serverSecurityHeaders } from '../lib/security-headers';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const { trustProxyHops, listenHost } = env;
  // Before Next.js, so that the sender has migrated the database (when it runs) before the first request.
  const mail = await startShopMail(env, { shopOrigin: env.appUrl ?? `http://localhost:${port}`, log: console.log });
  markClientAddressFromSocket();
  // The project's root: one folder up, from scripts/ (next dev) as from .next/serve.cjs (the build).
  const app = next({ dev, dir: path.resolve(__dirname, '..'), port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const securityHeadersFor = serverSecurityHeaders(env, dev);

  const server = http.createServer((request, response) => {
    for (const [name, value] of securityHeadersFor(request.url ?? '/')) response.setHeader(name, value);
    const forwarded = request.headers[CLIENT_ADDRESS_HEADER];
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(forwarded, request.socket.remoteAddress, trustProxyHops);
    void handle(request, response);
  });
  // A client that trickles its request is cut off: no page or webhook of the shop needs more than a few seconds.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  if (dev) server.on('upgrade', app.getUpgradeHandler());
  const where = listenHost ?? 'every interface';
  const ready = () => console.log(`Ready on ${where}, port ${port}${dev ? ' (next dev)' : ''}`);
  if (listenHost === null) server.listen(port, ready);
  else server.listen(port, listenHost, ready);

  const stop = () => {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    void Promise.all([closed, mail?.stop()]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
