import { messages } from '@/lib/messages';
import { formatMoney } from '@/lib/money';
import type { Order } from '@/lib/orders/types';

/** The order confirmation owed to the shopper once the order is paid (an outbox row says so): plain text. */
export function confirmationMessage(order: Pick<Order, 'number' | 'currency' | 'amount' | 'lines'>): string {
  const text = messages.confirmation;
  const shop = messages.layout.shopName;
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  return [
    text.subject(shop, order.number),
    '',
    text.greeting,
    text.orderNumber(order.number),
    '',
    ...order.lines.map((line) => text.line(line.quantity, line.productName, money(line.unitAmount * line.quantity))),
    text.total(money(order.amount)),
  ].join('\n');
}
