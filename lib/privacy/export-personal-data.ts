import type { Db } from '@/lib/db/connect';
import type { Country, Locale } from '@/lib/i18n/locales';
import type { Currency } from '@/lib/money';
import type { DeliveryStatus, MessageKind } from '@/lib/orders/message-kinds';
import { boughtWith } from '@/lib/orders/store/orders';
import type { RefundStatus } from '@/lib/orders/refund-status';
import type { OrderStatus } from '@/lib/orders/status';
import { recordPrivacyRequest } from '@/lib/privacy/privacy-requests';

// GDPR Article 15: everything the shop holds about a shopper, found by their e-mail address (any case), as plain data
// the dashboard hands over as a JSON file. Read in one transaction with the record of the export, so the record names
// exactly the orders exported. Personal data of orders already erased is gone and so is not exported (their orders are
// no longer linked to the address at all).

export type ExportedOrder = {
  number: string;
  createdAt: string;
  status: OrderStatus;
  currency: Currency;
  /** In minor units of the currency (øre, cents), as every amount here. */
  amount: number;
  amountRefunded: number;
  /** The market and language the order was placed in. */
  locale: Locale;
  name: string | null;
  email: string | null;
  deliveryAddress: { street: string | null; postalCode: string | null; city: string | null; country: Country | null };
  shippedAt: string | null;
  withdrawal: { receivedAt: string; nameGiven: string | null } | null;
  lines: { productName: string; unitAmount: number; quantity: number }[];
  refunds: { amount: number; status: RefundStatus; createdAt: string }[];
  /** The e-mails the shop sent or was to send about the order (their text is written from the order when sent). */
  messages: { kind: MessageKind; status: DeliveryStatus; createdAt: string; sentAt: string | null }[];
};

export type PersonalDataExport = {
  exportedAt: string;
  /** The address asked about, as the merchant typed it (trimmed). */
  email: string;
  orders: ExportedOrder[];
  /** What the shop does not include, and why. */
  notIncluded: string[];
};

export const NOT_INCLUDED = [
  'Amounts are in minor units of the currency: 29800 in DKK is 298.00 kr.',
  'Stripe keeps its own record of each payment (the PaymentIntent and its charge); ask Stripe, or see stripe.com/privacy.',
  'Rate limits count requests per client network address in windows of at most 15 minutes; each counter is deleted within two hours, and none is tied to an e-mail address or an order.',
  'The text of each e-mail is not stored: it is written from the order when it is sent.',
] as const;

const isoOf = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString();

/**
 * Everything the shop holds about `email` (trimmed, any case), and a record of the export (its order numbers only).
 * An address with no orders gives an export with none, recorded too.
 */
export async function exportPersonalData(db: Db, email: string, now: Date = new Date()): Promise<PersonalDataExport> {
  const address = email.trim();
  return db.transaction().execute(async (trx) => {
    const orders = await trx
      .selectFrom('orders')
      .selectAll()
      .where(boughtWith(address))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const ids = orders.map((order) => order.id);
    // One after the other: a transaction is one connection, which runs one statement at a time anyway.
    const none = ids.length === 0;
    const lines = none ? [] : await trx.selectFrom('order_lines').select(['order_id', 'product_name', 'unit_amount', 'quantity']).where('order_id', 'in', ids).orderBy('order_id').orderBy('position').execute();
    const refunds = none ? [] : await trx.selectFrom('refunds').select(['order_id', 'amount', 'status', 'created']).where('order_id', 'in', ids).orderBy('created').orderBy('id').execute();
    const messages = none ? [] : await trx.selectFrom('outbox').select(['order_id', 'kind', 'status', 'created_at', 'sent_at']).where('order_id', 'in', ids).orderBy('created_at').orderBy('kind').execute();
    await recordPrivacyRequest(trx, { kind: 'export', reason: 'request', orderNumbers: orders.map((order) => order.number), now });
    return {
      exportedAt: now.toISOString(),
      email: address,
      orders: orders.map(
        (order): ExportedOrder => ({
          number: order.number,
          createdAt: order.created_at,
          status: order.status,
          currency: order.currency,
          amount: order.amount,
          amountRefunded: order.amount_refunded,
          locale: order.locale,
          name: order.customer_name,
          email: order.customer_email,
          deliveryAddress: { street: order.shipping_street, postalCode: order.shipping_postal_code, city: order.shipping_city, country: order.shipping_country },
          shippedAt: order.shipped_at,
          withdrawal: order.withdrawn_at === null ? null : { receivedAt: order.withdrawn_at, nameGiven: order.withdrawal_name },
          lines: lines
            .filter((line) => line.order_id === order.id)
            .map((line) => ({ productName: line.product_name, unitAmount: line.unit_amount, quantity: line.quantity })),
          refunds: refunds
            .filter((refund) => refund.order_id === order.id)
            .map((refund) => ({ amount: refund.amount, status: refund.status, createdAt: isoOf(refund.created) })),
          messages: messages
            .filter((message) => message.order_id === order.id)
            .map((message) => ({ kind: message.kind, status: message.status, createdAt: message.created_at, sentAt: message.sent_at })),
        }),
      ),
      notIncluded: [...NOT_INCLUDED],
    };
  });
}
