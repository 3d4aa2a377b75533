import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { handleStripeWebhook } from '@/lib/stripe/webhook';
import { webhookAnswer, type WebhookOutcome } from '@/lib/stripe/webhook-outcome';
import { jsonAnswer } from '@/lib/http/json-answer';
import { MAX_WEBHOOK_BODY_BYTES, readCappedBody } from '@/lib/http/read-capped-body';

// Stripe's webhook endpoint (and the emulator's). Everything happens in lib/stripe/webhook.ts; this only adapts HTTP.
// proxy.ts does not run here: the body reaches the signature check exactly as Stripe sent it.

function log(outcome: WebhookOutcome): void {
  switch (outcome.kind) {
    case 'not_configured':
      console.error('Stripe webhook refused: STRIPE_WEBHOOK_SECRET is not configured');
      break;
    case 'payload_too_large':
      console.warn(`Stripe webhook refused: a body over ${MAX_WEBHOOK_BODY_BYTES} bytes`);
      break;
    case 'invalid_signature':
      console.warn(`Stripe webhook rejected: ${outcome.reason}`);
      break;
    case 'invalid_payload':
      console.error(`Stripe webhook ${outcome.eventId} (${outcome.type}) has an unexpected shape`);
      break;
    case 'failed':
      console.error(`Stripe webhook ${outcome.eventId} (${outcome.type}) failed; Stripe will retry`, outcome.error);
      break;
    default:
      break;
  }
}

export async function POST(request: Request): Promise<Response> {
  const rawBody = await readCappedBody(request, MAX_WEBHOOK_BODY_BYTES); // the exact bytes Stripe signed
  const outcome: WebhookOutcome =
    rawBody === null
      ? { kind: 'payload_too_large' }
      : await handleStripeWebhook({
          rawBody,
          signature: request.headers.get('stripe-signature'),
          secret: env.stripeWebhookSecret,
          db: getDb,
        });
  log(outcome);
  const { status, body } = webhookAnswer(outcome);
  return jsonAnswer(body, status);
}
