// Which parameters a PaymentIntent update may change in each status, as Stripe documents and answers: description
// and metadata at any time, receipt_email and shipping until the payment has succeeded, everything else only
// before confirmation. Anything else answers payment_intent_unexpected_state naming the parameter.
import type Stripe from 'stripe';
import { unexpectedState } from '../http/errors';

type Status = Stripe.PaymentIntent.Status;

const beforeConfirmation: Status[] = ['requires_payment_method', 'requires_confirmation'];
const untilSucceeded: Status[] = ['requires_payment_method', 'requires_confirmation', 'requires_action', 'requires_capture', 'succeeded'];
const anyStatus: Status[] = [...untilSucceeded, 'processing', 'canceled'];

const updatableIn: Partial<Record<keyof Stripe.PaymentIntentUpdateParams, Status[]>> = {
  description: anyStatus,
  metadata: anyStatus,
  expand: anyStatus,
  receipt_email: untilSucceeded,
  shipping: untilSucceeded,
};

export function assertUpdatable(intent: Stripe.PaymentIntent, params: Stripe.PaymentIntentUpdateParams): void {
  for (const name of Object.keys(params) as Array<keyof Stripe.PaymentIntentUpdateParams>) {
    const statuses = updatableIn[name] ?? beforeConfirmation;
    if (statuses.includes(intent.status)) continue;
    throw unexpectedState(
      `This PaymentIntent's ${name} could not be updated because it has a status of ${intent.status}. You may only update the ${name} of a PaymentIntent with one of the following statuses: ${statuses.join(', ')}.`,
      structuredClone(intent),
    );
  }
}
