import Link from 'next/link';
import { formatTime } from '@/lib/admin/format-time';
import { StatusBadge } from '@/components/admin/status-badge';
import type { OrderListItem } from '@/lib/admin/orders-query';
import { merchantText } from '@/lib/merchant-text';
import { formatMoney } from '@/lib/money';

const text = merchantText.admin;

/** The orders list: a table on wide screens that scrolls sideways on phones. */
export function OrdersTable({ items }: { items: OrderListItem[] }) {
  if (items.length === 0) return <p className="rounded-2xl border border-line bg-white p-5 text-muted">{text.noOrders}</p>;
  return (
    <div className="overflow-x-auto rounded-2xl border border-line bg-white">
      <table className="w-full min-w-[40rem] text-left">
        <thead className="border-b border-line text-sm text-muted">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">{text.columnOrder}</th>
            <th scope="col" className="px-4 py-3 font-medium">{text.columnCreated}</th>
            <th scope="col" className="px-4 py-3 font-medium">{text.columnStatus}</th>
            <th scope="col" className="px-4 py-3 text-right font-medium">{text.columnAmount}</th>
            <th scope="col" className="px-4 py-3 text-right font-medium">{text.columnRefunded}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {items.map((item) => (
            <tr key={item.id}>
              <td className="px-4 py-3">
                <Link href={`/admin/orders/${item.id}`} className="rounded font-semibold whitespace-nowrap text-fjord underline-offset-4 hover:underline">
                  {item.number}
                </Link>
              </td>
              <td className="px-4 py-3 text-sm whitespace-nowrap text-muted">{formatTime(item.createdAt)}</td>
              <td className="px-4 py-3">
                <StatusBadge status={item.status} disputed={item.disputed} />
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{formatMoney({ amount: item.amount, currency: item.currency })}</td>
              <td className="px-4 py-3 text-right tabular-nums text-muted">
                {item.amountRefunded > 0 ? formatMoney({ amount: item.amountRefunded, currency: item.currency }) : text.notRecorded}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
