'use client';

import { useActionState } from 'react';
import { orderAction } from '@/app/admin/orders/[id]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { initialFormState } from '@/lib/forms/form-state';
import { SubmitButton } from '@/components/ui/submit-button';
import { merchantText } from '@/lib/merchant-text';
import type { MerchantAction } from '@/lib/orders/display-status';

const text = merchantText.admin;
const field = 'h-11 rounded-lg border border-line bg-white px-3 text-base text-ink hover:border-muted focus-visible:border-mobilepay';

export type OrderActionsProps = {
  orderId: string;
  actions: MerchantAction[];
  /** One fresh nonce per form and page render: the idempotency key of that form's submission. */
  nonces: Record<MerchantAction, string>;
  captureLabel: string;
  refundable: { field: string; formatted: string; currency: string };
  /** The order's goods left stock (lib/stock/returns.ts): how many could go back. */
  restock: { count: number } | null;
};

/**
 * "Return N to stock": on by default for a cancel (it comes before shipping, the goods never left); off for a refund,
 * which the merchant ticks once the goods are back (or never left), and which returns them only once it is whole.
 */
function RestockBox({ id, count, checked }: { id: string; count: number; checked: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} name="restock" type="checkbox" defaultChecked={checked} className="size-5 shrink-0 accent-fjord" />
      <label htmlFor={id} className="text-sm text-ink">
        {text.returnToStock(count)}
      </label>
    </div>
  );
}

/** Mark as shipped, Capture, Cancel and Refund, as the order's state allows, with one status line for what happened. No JS needed. */
export function OrderActions({ orderId, actions, nonces, captureLabel, refundable, restock }: OrderActionsProps) {
  const [state, formAction] = useActionState(orderAction, initialFormState);
  const hidden = (action: MerchantAction) => (
    <>
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="nonce" value={nonces[action]} />
    </>
  );
  return (
    <div className="flex flex-col gap-5">
      <FormMessage message={state.message} error={state.error} />
      {actions.length === 0 && <p className="text-muted">{text.noActions}</p>}
      {actions.includes('ship') && (
        <form action={formAction} className="flex flex-col gap-2">
          {hidden('ship')}
          <SubmitButton pendingLabel={text.shipping} className="self-start">
            {text.ship}
          </SubmitButton>
          <p className="text-sm text-muted">{text.shipHint}</p>
        </form>
      )}
      {actions.includes('capture') && (
        <form action={formAction} className="flex flex-col gap-2">
          {hidden('capture')}
          <SubmitButton pendingLabel={text.capturing} className="self-start">
            {captureLabel}
          </SubmitButton>
          <p className="text-sm text-muted">{text.captureHint}</p>
        </form>
      )}
      {actions.includes('cancel') && (
        <form action={formAction} className="flex flex-col gap-2">
          {hidden('cancel')}
          {restock !== null && <RestockBox id="cancel-restock" count={restock.count} checked />}
          <SubmitButton variant="secondary" pendingLabel={text.canceling} className="self-start">
            {text.cancel}
          </SubmitButton>
          <p className="text-sm text-muted">{text.cancelHint}</p>
        </form>
      )}
      {actions.includes('refund') && (
        <form action={formAction} className="flex flex-col gap-3">
          {hidden('refund')}
          <div className="flex flex-wrap items-end gap-3">
            <div className="flex flex-col gap-1">
              <label htmlFor="refund-amount" className="text-sm font-medium text-ink">
                {text.refundAmountLabel(refundable.currency)}
              </label>
              <input
                id="refund-amount"
                name="amount"
                inputMode="decimal"
                required
                defaultValue={refundable.field}
                key={nonces.refund}
                aria-describedby="refund-hint"
                className={`${field} w-36 tabular-nums`}
              />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="refund-reason" className="text-sm font-medium text-ink">
                {text.refundReasonLabel}
              </label>
              <select id="refund-reason" name="reason" defaultValue="requested_by_customer" className={field}>
                {Object.entries(text.refundReasons).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <SubmitButton variant="secondary" pendingLabel={text.refunding}>
              {text.refund}
            </SubmitButton>
          </div>
          {restock !== null && <RestockBox id="refund-restock" count={restock.count} checked={false} />}
          <p id="refund-hint" className="text-sm text-muted">
            {text.refundHint(refundable.formatted)}
          </p>
        </form>
      )}
    </div>
  );
}
