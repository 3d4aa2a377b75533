import { messages } from '@/lib/messages';
import { formatMoney } from '@/lib/money';
import type { Order } from '@/lib/orders/types';

const text = messages.complete;

/** The order number, its lines and total, as on the confirmation email. */
export function OrderSummary({ order }: { order: Order }) {
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  return (
    <section aria-labelledby="order-summary-heading" className="rounded-2xl border border-line bg-white p-5">
      <h2 id="order-summary-heading" className="text-lg font-semibold text-ink">
        {text.orderSummary}
      </h2>
      <p className="mt-1 text-muted">
        {text.orderNumber}: <strong className="font-mono text-ink" data-testid="order-number">{order.number}</strong>
      </p>
      <ul className="mt-4 divide-y divide-line border-y border-line">
        {order.lines.map((line) => (
          <li key={line.productId} className="flex justify-between gap-4 py-2">
            <span>{text.lineQuantity(line.quantity, line.productName)}</span>
            <span className="tabular-nums">{money(line.unitAmount * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-3 flex justify-between gap-4 text-lg font-semibold">
        <span>{text.total}</span>
        <span className="tabular-nums" data-testid="order-total">{money(order.amount)}</span>
      </p>
    </section>
  );
}
