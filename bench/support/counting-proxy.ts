import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A tiny HTTP proxy in front of the emulator that counts the Stripe API requests the shop makes (`/v1/…`), so the
// benchmark can say how many round trips one checkout costs without touching the emulator's code.

export type CountingProxy = {
  url: string;
  /** Requests seen since the last reset, keyed "METHOD /v1/path" with ids replaced by ":id". */
  counts: () => Map<string, number>;
  total: () => number;
  reset: () => void;
  close: () => Promise<void>;
};

const routeOf = (method: string, path: string) => `${method} ${path.replace(/\/(pi|pm|ch|re|evt|we)_\w+/g, '/:id')}`;

export async function startCountingProxy(target: string, port = 0): Promise<CountingProxy> {
  const upstream = new URL(target);
  const seen = new Map<string, number>();
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://proxy.invalid').pathname;
    if (path.startsWith('/v1/')) {
      const route = routeOf(request.method ?? 'GET', path);
      seen.set(route, (seen.get(route) ?? 0) + 1);
    }
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forward.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain' });
      response.end(`proxy error: ${error.message}`);
    });
    request.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    counts: () => new Map(seen),
    total: () => [...seen.values()].reduce((sum, count) => sum + count, 0),
    reset: () => seen.clear(),
    close: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
