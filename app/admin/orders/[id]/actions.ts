'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { cancelOrder, captureOrder, refundOrder, shipOrder, type ActionDeps, type ActionResult } from '@/lib/admin/order-actions';
import { parseRefundAmount } from '@/lib/admin/refund-amount';
import { hasAdminSession } from '@/lib/admin/session';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/messages';
import { requeueFailedMessage } from '@/lib/orders/store/outbox-delivery';
import { stripe } from '@/lib/stripe';

// The order page's Mark as shipped, Capture, Cancel and Refund buttons, in one server action, and Resend on a failed
// message. Each checks the session first: a post without one changes nothing. The form's nonce makes the idempotency
// key (see lib/idempotency-keys.ts).

const text = messages.admin;

export type OrderActionState = { error: string | null; message: string | null };

const actionForm = z.object({ orderId: z.uuid(), nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });
const refundForm = actionForm.extend({
  amount: z.string().max(32),
  reason: z.enum(['requested_by_customer', 'duplicate', 'fraudulent']),
});

const fields = (form: FormData, names: string[]) => Object.fromEntries(names.map((name) => [name, form.get(name)]));

async function perform(orderId: string, run: (deps: ActionDeps) => Promise<ActionResult>): Promise<OrderActionState> {
  let result: ActionResult;
  try {
    result = await run({ db: await getDb(), stripe });
  } catch (error) {
    console.error(`Dashboard action on order ${orderId} failed`, error);
    return { error: text.stripeUnreachable, message: null };
  }
  revalidatePath(`/admin/orders/${orderId}`);
  revalidatePath('/admin');
  return result.ok ? { error: null, message: result.message } : { error: result.error, message: null };
}

/** One action for the buttons (the form's `action` field says which), so one status line reports them all. */
export async function orderAction(_prev: OrderActionState, form: FormData): Promise<OrderActionState> {
  if (!(await hasAdminSession())) return { error: text.notSignedIn, message: null };
  const kind = form.get('action');
  if (kind === 'ship' || kind === 'capture' || kind === 'cancel') {
    const parsed = actionForm.safeParse(fields(form, ['orderId', 'nonce']));
    if (!parsed.success) return { error: text.badForm, message: null };
    const run = { ship: shipOrder, capture: captureOrder, cancel: cancelOrder }[kind];
    return perform(parsed.data.orderId, (deps) => run(deps, parsed.data));
  }
  const parsed = refundForm.safeParse(fields(form, ['orderId', 'nonce', 'amount', 'reason']));
  if (kind !== 'refund' || !parsed.success) return { error: text.badForm, message: null };
  const amount = parseRefundAmount(parsed.data.amount);
  if (amount === null) return { error: text.invalidAmount, message: null };
  const { orderId, nonce, reason } = parsed.data;
  return perform(orderId, (deps) => refundOrder(deps, { orderId, nonce, amount, reason }));
}

const resendForm = z.object({ orderId: z.uuid(), messageId: z.uuid() });

/** Resend on a failed message of the order: back in the queue, due now, with no tries counted. */
export async function resendMessage(_prev: OrderActionState, form: FormData): Promise<OrderActionState> {
  if (!(await hasAdminSession())) return { error: text.notSignedIn, message: null };
  const parsed = resendForm.safeParse(fields(form, ['orderId', 'messageId']));
  if (!parsed.success) return { error: text.badForm, message: null };
  let requeued: boolean;
  try {
    requeued = await requeueFailedMessage(await getDb(), parsed.data);
  } catch (error) {
    console.error(`Resending message ${parsed.data.messageId} failed`, error);
    return { error: messages.outbox.resendFailed, message: null };
  }
  revalidatePath(`/admin/orders/${parsed.data.orderId}`);
  return requeued ? { error: null, message: messages.outbox.resent } : { error: messages.outbox.notResendable, message: null };
}
