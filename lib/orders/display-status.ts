import type { OrderStatus } from '@/lib/orders/status';
import type { Order } from '@/lib/orders/types';

// What the merchant sees as an order's status: the payment status, with refunds folded in once the order was paid.

export type DisplayStatus = OrderStatus | 'partially_refunded' | 'refunded';

export function displayStatus(order: Pick<Order, 'status' | 'amount' | 'amountRefunded'>): DisplayStatus {
  if (order.status !== 'paid' || order.amountRefunded <= 0) return order.status;
  return order.amountRefunded >= order.amount ? 'refunded' : 'partially_refunded';
}

/** What is left to refund of a paid order, in minor units. */
export function refundableAmount(order: Pick<Order, 'status' | 'amount' | 'amountRefunded'>): number {
  return order.status === 'paid' ? Math.max(0, order.amount - order.amountRefunded) : 0;
}

export type MerchantAction = 'ship' | 'capture' | 'cancel' | 'refund';

const cancelable: readonly OrderStatus[] = ['awaiting_payment', 'processing', 'failed', 'authorized'];

/**
 * Bought and not shipped: authorized (shipping captures it first) or paid, and not refunded in full; and not withdrawn
 * from (the shopper used the withdrawal function: nothing more is shipped or charged).
 */
export function awaitsShipment(order: Pick<Order, 'status' | 'amount' | 'amountRefunded' | 'shippedAt' | 'withdrawal'>): boolean {
  const bought = order.status === 'authorized' || (order.status === 'paid' && order.amountRefunded < order.amount);
  return bought && order.shippedAt === null && order.withdrawal === null;
}

/** Not bought yet through Stripe Checkout: its page may still be paid on, so Cancel expires the session. */
export function isPayableOnCheckoutPage(order: Pick<Order, 'status' | 'checkoutSessionId'>): boolean {
  return order.checkoutSessionId !== null && ['pending', 'awaiting_payment', 'processing', 'failed'].includes(order.status);
}

/** The dashboard actions an order's state allows (Stripe has the last word: it refuses what is no longer possible). */
export function allowedActions(
  order: Pick<Order, 'status' | 'amount' | 'amountRefunded' | 'paymentIntentId' | 'checkoutSessionId' | 'shippedAt' | 'withdrawal'>,
): MerchantAction[] {
  if (isPayableOnCheckoutPage(order)) return ['cancel'];
  if (order.paymentIntentId === null) return [];
  const actions: MerchantAction[] = [];
  if (awaitsShipment(order)) actions.push('ship');
  if (order.status === 'authorized' && order.withdrawal === null) actions.push('capture');
  if (cancelable.includes(order.status)) actions.push('cancel');
  if (refundableAmount(order) > 0) actions.push('refund');
  return actions;
}
