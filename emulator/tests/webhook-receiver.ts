// A local HTTP server standing in for a shop's webhook endpoint: records every delivery (and hands each event to the
// schema check of tests/support.ts) and answers as told.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordForSchemaCheck } from './support';

export type Delivery = { path: string; signature: string; body: string };
/** Decides the status code for a delivery; may wait before answering. */
export type Answer = (delivery: Delivery, received: Delivery[]) => number | Promise<number>;

export type Receiver = { url: string; received: Delivery[]; close: () => Promise<void> };

export async function startReceiver(answer: Answer = () => 200): Promise<Receiver> {
  const received: Delivery[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const signature = request.headers['stripe-signature'];
      const delivery: Delivery = { path: request.url ?? '/', signature: typeof signature === 'string' ? signature : '', body };
      received.push(delivery);
      recordForSchemaCheck(`webhook delivery to ${delivery.path}`, JSON.parse(body));
      void Promise.resolve(answer(delivery, received)).then((status) => {
        response.writeHead(status, { 'Content-Type': 'text/plain' });
        response.end(String(status));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
