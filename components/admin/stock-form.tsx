'use client';

import { useActionState } from 'react';
import { saveOnHand } from '@/app/admin/stock/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';

const text = merchantText.stock;
const field = 'h-11 w-28 rounded-lg border border-line bg-white px-3 text-base tabular-nums text-ink hover:border-muted focus-visible:border-mobilepay';

type StockFormProps = {
  productId: string;
  onHand: number;
  /** The id of the product's row header: the input's label is the product's name, as the merchant reads it in the row. */
  labelledBy: string;
};

/**
 * Set on hand for one product: a number and Save, answering in its own row (each row's form keeps its own state).
 * Works without JavaScript: the page is sent again with this form's answer.
 */
export function StockForm({ productId, onHand, labelledBy }: StockFormProps) {
  const [state, formAction] = useActionState(saveOnHand, initialFormState);
  const messageId = `${labelledBy}-answer`;
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="expected" value={onHand} />
      <div className="flex flex-wrap items-center gap-2">
        <input
          name="onHand"
          type="number"
          inputMode="numeric"
          min={0}
          max={1_000_000}
          step={1}
          required
          defaultValue={onHand}
          aria-labelledby={labelledBy}
          aria-describedby={messageId}
          className={field}
        />
        {/* Disabled while its form is being sent, so one click saves once. */}
        <SubmitButton variant="secondary" pendingLabel={text.saving}>
          {text.save}
        </SubmitButton>
      </div>
      <FormMessage id={messageId} message={state.message} error={state.error} />
    </form>
  );
}
