import { CheckoutPayButton } from '@/components/checkout-pay-button';
import { messages } from '@/lib/messages';
import { formatMoney, isAtLeastMinimum, minimumAmount, type Money } from '@/lib/money';

const text = messages.cart;

/** The total and the way to pay it. */
export function CartSummary({ total }: { total: Money }) {
  return (
    <div className="flex flex-col gap-4 rounded-2xl border border-line bg-white p-5 sm:p-6">
      <div className="flex items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold text-ink">{text.total}</h2>
        <p className="text-2xl font-bold tabular-nums text-ink">{formatMoney(total)}</p>
      </div>
      {!isAtLeastMinimum(total) && (
        <p className="text-sm text-clay">
          {text.belowMinimum(formatMoney({ amount: minimumAmount[total.currency], currency: total.currency }))}
        </p>
      )}
      <CheckoutPayButton />
      <p className="-mt-2 text-sm text-muted">{text.payHint}</p>
    </div>
  );
}
