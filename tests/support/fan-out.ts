import http from 'node:http';

// A webhook endpoint that hands each delivery, byte for byte with its Stripe-Signature, to several shops at once, and
// answers 2xx only when every shop did (otherwise Stripe, here the emulator, delivers it again to all of them).

export type FanOut = { url: string; statuses: number[]; close: () => Promise<void> };

export async function startFanOut(targets: string[]): Promise<FanOut> {
  const statuses: number[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const headers = { 'Content-Type': 'application/json', 'Stripe-Signature': String(request.headers['stripe-signature'] ?? '') };
      const deliveries = targets.map(async (target) => {
        try {
          const answer = await fetch(target, { method: 'POST', headers, body });
          await answer.arrayBuffer();
          return answer.status;
        } catch {
          return 502;
        }
      });
      void Promise.all(deliveries).then((answers) => {
        statuses.push(...answers);
        response.writeHead(answers.every((status) => status < 300) ? 200 : 500).end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fan-out has no TCP port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    statuses,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
