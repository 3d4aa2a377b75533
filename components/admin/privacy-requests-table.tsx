import { formatTime } from '@/lib/admin/format-time';
import { merchantText } from '@/lib/merchant-text';
import type { PrivacyRequest } from '@/lib/privacy/privacy-requests';

const text = merchantText.privacy;

/** The latest exports and erasures: when, which, why, and the orders by number (the log holds nothing else). */
export function PrivacyRequestsTable({ requests }: { requests: PrivacyRequest[] }) {
  if (requests.length === 0) return <p className="text-muted">{text.requestsEmpty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left" data-testid="privacy-requests">
        <thead className="border-b border-line text-sm text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">{text.columnWhen}</th>
            <th scope="col" className="py-2 pr-4 font-medium">{text.columnKind}</th>
            <th scope="col" className="py-2 pr-4 font-medium">{text.columnReason}</th>
            <th scope="col" className="py-2 font-medium">{text.columnOrders}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {requests.map((request) => (
            <tr key={request.id}>
              <td className="py-2 pr-4 text-sm whitespace-nowrap text-muted">{formatTime(request.createdAt)}</td>
              <td className="py-2 pr-4">{text.kinds[request.kind]}</td>
              <td className="py-2 pr-4">{text.reasons[request.reason]}</td>
              <td className="py-2 text-sm tabular-nums">{request.orderNumbers.length === 0 ? text.noOrders : request.orderNumbers.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
