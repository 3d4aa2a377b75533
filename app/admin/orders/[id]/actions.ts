'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { adminAction } from '@/lib/admin/admin-action';
import { cancelOrder, captureOrder, refundOrder, shipOrder } from '@/lib/stripe/merchant-actions';
import { parseRefundAmount } from '@/lib/admin/refund-amount';
import { getDb } from '@/lib/db';
import { done, refused, type ActionAnswer } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';
import { requeueFailedMessage } from '@/lib/orders/store/outbox-delivery';
import { refundableAmount } from '@/lib/orders/display-status';
import { findOrder } from '@/lib/orders/store/orders';
import { returnToStock } from '@/lib/stock/returns';
import type { StripeDeps } from '@/lib/stripe/client';
import { withStripe } from '@/lib/stripe/shop-client';

// The order page's Mark as shipped, Capture, Cancel and Refund buttons, in one server action, and Resend on a failed
// message, each through adminAction (the session first: a post without one changes nothing). The form's nonce makes
// the idempotency key (see lib/stripe/idempotency-keys.ts).

const text = merchantText.admin;

const order = { orderId: z.uuid(), nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) };
const amount = z
  .string()
  .max(32)
  .transform((typed, context) => parseRefundAmount(typed) ?? (context.addIssue({ code: 'custom', message: text.invalidAmount }), z.NEVER));
/** The form's `action` field says which button it is, so one status line reports them all. */
/** "Return N to stock", ticked beside Cancel and Refund (lib/stock/returns.ts). */
const restock = z.literal('on').optional();
const orderForm = z.discriminatedUnion('action', [
  z.object({ action: z.enum(['ship', 'capture']), ...order }),
  z.object({ action: z.literal('cancel'), ...order, restock }),
  z.object({ action: z.literal('refund'), ...order, amount, reason: z.enum(['requested_by_customer', 'duplicate', 'fraudulent']), restock }),
]);

/**
 * After a cancel or refund that Stripe did, the goods go back to stock when the merchant ticked it; after a refund
 * only once it is whole: an order with money left may still ship, and its goods must stay out of stock.
 */
async function restocked(answer: ActionAnswer, orderId: string, reason: 'canceled' | 'refunded'): Promise<ActionAnswer> {
  if (answer.kind !== 'done') return answer;
  try {
    const db = await getDb();
    const order = await findOrder(db, orderId);
    if (reason === 'refunded' && (order === null || refundableAmount(order) > 0)) return done(`${answer.message} ${text.notReturnedPartly}`);
    const count = await returnToStock(db, orderId, reason);
    revalidatePath('/admin/stock');
    return count === 0 ? answer : done(`${answer.message} ${text.returnedToStock(count)}`);
  } catch (error) {
    console.error(`Returning the goods of order ${orderId} to stock failed`, error);
    return done(`${answer.message} ${text.notReturnedToStock}`);
  }
}

/** Runs the action, then shows the order and the list as they now are. */
async function perform(orderId: string, run: (deps: StripeDeps) => Promise<ActionAnswer>): Promise<ActionAnswer> {
  const answer = await withStripe(`Dashboard action on order ${orderId}`, refused(text.stripeUnreachable), run);
  revalidatePath(`/admin/orders/${orderId}`);
  revalidatePath('/admin');
  return answer;
}

const merchantActions = { ship: shipOrder, capture: captureOrder };

export const orderAction = adminAction(orderForm, async (form) => {
  const { orderId, nonce } = form;
  if (form.action === 'refund') {
    const answer = await perform(orderId, (deps) => refundOrder(deps, { orderId, nonce, amount: form.amount, reason: form.reason }));
    return form.restock === undefined ? answer : restocked(answer, orderId, 'refunded');
  }
  if (form.action === 'cancel') {
    const answer = await perform(orderId, (deps) => cancelOrder(deps, { orderId, nonce }));
    return form.restock === undefined ? answer : restocked(answer, orderId, 'canceled');
  }
  const run = merchantActions[form.action];
  return perform(orderId, (deps) => run(deps, { orderId, nonce }));
});

const resendForm = z.object({ orderId: z.uuid(), messageId: z.uuid() });

/** Resend on a failed message of the order: back in the queue, due now, with no tries counted. */
export const resendMessage = adminAction(resendForm, async (form) => {
  let requeued: boolean;
  try {
    requeued = await requeueFailedMessage(await getDb(), form);
  } catch (error) {
    console.error(`Resending message ${form.messageId} failed`, error);
    return refused(merchantText.outbox.resendFailed);
  }
  revalidatePath(`/admin/orders/${form.orderId}`);
  return requeued ? done(merchantText.outbox.resent) : refused(merchantText.outbox.notResendable);
});
