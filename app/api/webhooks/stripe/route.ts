import { getDb, type Db } from '@/lib/db';
import { env } from '@/lib/env';
import { handleStripeWebhook } from '@/lib/webhooks/handle-stripe-webhook';
import { httpStatusFor, type WebhookOutcome } from '@/lib/webhooks/outcome';

// Stripe's webhook endpoint (and the emulator's). Everything happens in lib/webhooks; this only adapts HTTP.

function log(outcome: WebhookOutcome): void {
  switch (outcome.kind) {
    case 'not_configured':
      console.error('Stripe webhook refused: STRIPE_WEBHOOK_SECRET is not configured');
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
  const rawBody = await request.text(); // the exact bytes Stripe signed: never parse before verifying
  let db: Db;
  try {
    db = await getDb();
  } catch (error) {
    console.error('Stripe webhook failed: the database is unavailable; Stripe will retry', error);
    return Response.json({ error: 'database unavailable' }, { status: 500 });
  }
  const outcome = await handleStripeWebhook({
    rawBody,
    signature: request.headers.get('stripe-signature'),
    secret: env.stripeWebhookSecret,
    db,
  });
  log(outcome);
  const status = httpStatusFor(outcome.kind);
  return Response.json(status < 300 ? { received: true, outcome: outcome.kind } : { error: outcome.kind }, { status });
}
