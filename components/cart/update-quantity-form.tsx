'use client';

import { useActionState } from 'react';
import { updateCartLine } from '@/app/[locale]/cart/actions';
import { initialFormState } from '@/lib/forms/form-state';
import { FormMessage } from '@/components/ui/form-message';
import { QuantityInput } from '@/components/ui/quantity-input';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/lib/i18n/locales';


type UpdateQuantityFormProps = {
  productId: string;
  quantity: number;
  locale: Locale;
  text: { quantityLabel: string; update: string; updateLabel: string; updating: string };
};

/** Sets the quantity of one cart line. */
export function UpdateQuantityForm({ productId, quantity, locale, text }: UpdateQuantityFormProps) {
  const [state, formAction] = useActionState(updateCartLine, initialFormState);
  const statusId = `quantity-status-${productId}`;

  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="locale" value={locale} />
      <div className="flex items-center gap-2">
        <QuantityInput
          // Re-mount when the server's quantity changes, so the field always shows what the cart holds.
          key={quantity}
          id={`quantity-${productId}`}
          label={text.quantityLabel}
          hideLabel
          defaultValue={quantity}
          aria-describedby={statusId}
        />
        <SubmitButton variant="secondary" size="sm" pendingLabel={text.updating} aria-label={text.updateLabel} className="min-h-11">
          {text.update}
        </SubmitButton>
      </div>
      <FormMessage id={statusId} message={state.message} error={state.error} />
    </form>
  );
}
