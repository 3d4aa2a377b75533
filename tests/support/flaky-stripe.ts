import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A switch in front of the emulator for fault tests: healthy (forwards), down (drops the connection), error500
// (answers like a failing Stripe), silent (takes the request and never answers), or late (lets the emulator act,
// then holds its answer past the client's timeout). Counts the API requests that reached it.

export type StripeCondition = 'healthy' | 'down' | 'error500' | 'silent' | 'late';
export type FlakyStripe = { url: URL; set: (condition: StripeCondition) => void; requests: () => number; close: () => Promise<void> };

export async function startFlakyStripe(emulatorUrl: string, lateByMs: number): Promise<FlakyStripe> {
  const upstream = new URL(emulatorUrl);
  let condition: StripeCondition = 'healthy';
  let requests = 0;
  const server = http.createServer((request, response) => {
    requests += 1;
    if (condition === 'down') {
      request.socket.destroy();
      return;
    }
    if (condition === 'silent') return;
    if (condition === 'error500') {
      response.writeHead(500, { 'Content-Type': 'application/json', 'Request-Id': 'req_flaky' });
      response.end(JSON.stringify({ error: { type: 'api_error', message: 'Something went wrong on our end.' } }));
      return;
    }
    const late = condition === 'late';
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const reply = () => {
            if (response.destroyed) return;
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            response.end(Buffer.concat(chunks));
          };
          if (late) setTimeout(reply, lateByMs);
          else reply();
        });
      },
    );
    request.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}`),
    set: (next) => {
      condition = next;
    },
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
