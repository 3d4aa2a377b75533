import { Panel } from '@/components/admin/panel';
import { merchantText } from '@/lib/merchant-text';
import { formatMoney } from '@/lib/money';
import type { Order } from '@/lib/orders/types';

const text = merchantText.admin;

export function OrderLines({ order }: { order: Order }) {
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  return (
    <Panel id="order-lines-heading" title={text.linesHeading}>
      <ul className="divide-y divide-line border-y border-line">
        {order.lines.map((line) => (
          <li key={line.productId} className="flex justify-between gap-4 py-2">
            <span>{merchantText.complete.lineQuantity(line.quantity, line.productName)}</span>
            <span className="tabular-nums">{money(line.unitAmount * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-3 flex justify-between gap-4 text-lg font-semibold">
        <span>{text.total}</span>
        <span className="tabular-nums">{money(order.amount)}</span>
      </p>
    </Panel>
  );
}
