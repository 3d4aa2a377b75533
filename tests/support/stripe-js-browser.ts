import http from 'node:http';
import type { Db } from '@/lib/db/connect';
import { handleStripeWebhook } from '@/lib/webhooks/handle-stripe-webhook';
import { webhookAnswer } from '@/lib/webhooks/outcome';

// What the browser and Stripe do around the client-confirm path, for tests that run against the in-process emulator:
// Stripe.js's confirm request, the shopper's button on the MobilePay test page, and the shop's webhook endpoint.

/** The request Stripe.js's confirmMobilepayPayment sends: the publishable key and the client secret, form-encoded. */
export async function confirmAsStripeJs(apiBase: string, clientSecret: string, returnUrl: string): Promise<{ status: string; redirectUrl: string }> {
  const id = clientSecret.split('_secret_')[0] ?? '';
  const body = new URLSearchParams({ key: 'pk_test_unit', client_secret: clientSecret, return_url: returnUrl, 'payment_method_data[type]': 'mobilepay' });
  const response = await fetch(`${apiBase}/v1/payment_intents/${id}/confirm`, { method: 'POST', body });
  const json = (await response.json()) as { status?: string; next_action?: { redirect_to_url?: { url?: string } } };
  if (!response.ok || !json.status) throw new Error(`Stripe.js confirm failed: ${response.status} ${JSON.stringify(json)}`);
  return { status: json.status, redirectUrl: json.next_action?.redirect_to_url?.url ?? '' };
}

/** The shopper presses Authorize or Fail on the MobilePay test page; returns where the page sends the browser. */
export async function pressTestPageButton(redirectUrl: string, decision: 'authorize' | 'fail'): Promise<URL> {
  const answer = await fetch(redirectUrl, { method: 'POST', body: new URLSearchParams({ decision }), redirect: 'manual' });
  const location = answer.headers.get('location');
  if (answer.status !== 303 || !location) throw new Error(`the test page answered ${answer.status} without a redirect`);
  return new URL(location);
}

/** The shop's webhook route without Next: raw body and signature into handleStripeWebhook, 200 or 500 back. */
export async function startWebhookReceiver(db: Db, secret: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    let rawBody = '';
    request.on('data', (chunk: Buffer) => (rawBody += chunk.toString()));
    request.on('end', () => {
      const signature = typeof request.headers['stripe-signature'] === 'string' ? request.headers['stripe-signature'] : null;
      handleStripeWebhook({ rawBody, signature, secret, db: async () => db }).then(
        (outcome) => {
          const { status, headers, body } = webhookAnswer(outcome);
          response.writeHead(status, headers).end(body ?? undefined);
        },
        () => response.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The webhook receiver has no TCP port');
  return {
    url: `http://127.0.0.1:${address.port}/api/webhooks/stripe`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
