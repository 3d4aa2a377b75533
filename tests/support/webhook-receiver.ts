import http from 'node:http';
import type { Db } from '@/lib/db/connect';
import { handleStripeWebhook } from '@/lib/stripe/webhook';
import { webhookAnswer, type WebhookOutcome } from '@/lib/stripe/webhook-outcome';

// The shop's webhook endpoint without Next.js: a local HTTP server that hands each delivery's raw body and
// Stripe-Signature to handleStripeWebhook with a real database and answers the status the route would. The emulator
// forwards its signed events here.

export type WebhookReceiver = { url: string; outcomes: WebhookOutcome[]; close: () => Promise<void> };

export async function startWebhookReceiver(db: () => Db, secret: string): Promise<WebhookReceiver> {
  const outcomes: WebhookOutcome[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const signature = request.headers['stripe-signature'];
      void handleStripeWebhook({
        rawBody: Buffer.concat(chunks).toString('utf8'),
        signature: typeof signature === 'string' ? signature : null,
        secret,
        db: async () => db(),
      }).then((outcome) => {
        outcomes.push(outcome);
        const { status, body } = webhookAnswer(outcome);
        response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the webhook receiver has no TCP port');
  return {
    url: `http://127.0.0.1:${address.port}/api/webhooks/stripe`,
    outcomes,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
