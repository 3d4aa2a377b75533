// The messages an order may owe its shopper, and where each one is on its way. Pure: the outbox store
// (lib/orders/store/outbox.ts) queues them, the sender (lib/mail/) delivers them.

export const messageKinds = [
  'order_confirmation', // paid
  'order_received', // authorized only (manual capture): charged when it ships
  'order_shipped', // the merchant marked it shipped
  'refund_notice', // one per refund that succeeded
  'order_canceled', // an authorized order was canceled or its authorization expired
  'withdrawal_received', // the acknowledgement of a withdrawal received through the withdrawal function
] as const;
export type MessageKind = (typeof messageKinds)[number];

/** queued: waiting for the sender (again, after a failed try); sent: the SMTP server accepted it; failed: given up. */
export const deliveryStatuses = ['queued', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** The key that makes a message unique: one per order and kind, one per refund for refund notices. */
export function messageKey(orderId: string, kind: MessageKind, refundId: string | null = null): string {
  return refundId === null ? `${orderId}/${kind}` : `${orderId}/${kind}/${refundId}`;
}
