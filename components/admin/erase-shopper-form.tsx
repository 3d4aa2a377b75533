'use client';

import { useActionState } from 'react';
import { eraseShopperData } from '@/app/admin/privacy/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';

const text = merchantText.privacy;
const field = 'h-11 rounded-lg border border-line bg-white px-3 text-base text-ink hover:border-muted focus-visible:border-mobilepay';

/**
 * Erase: the shopper's e-mail address and the merchant's confirmation that the request is the shopper's. Works without
 * JavaScript. The answer names the orders erased by number only.
 */
export function EraseShopperForm() {
  const [state, formAction] = useActionState(eraseShopperData, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <p id="erase-hint" className="text-sm text-muted">
        {text.eraseHint}
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor="erase-email" className="text-sm font-medium text-ink">
          {text.emailLabel}
        </label>
        <input id="erase-email" name="email" type="email" required autoComplete="off" spellCheck={false} aria-describedby="erase-hint" className={field} />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-ink">{text.confirmLegend}</legend>
        <div className="flex items-start gap-3">
          <input id="erase-confirmed" name="confirmed" type="checkbox" required className="mt-1 size-5 shrink-0 accent-clay" />
          <label htmlFor="erase-confirmed" className="text-ink">
            {text.confirmLabel}
          </label>
        </div>
      </fieldset>
      {/* Red, because it cannot be undone; disabled while its form is being sent, so one click erases once. */}
      <SubmitButton variant="danger" pendingLabel={text.erasing} className="self-start">
        {text.eraseButton}
      </SubmitButton>
      <FormMessage message={state.message} error={state.error} />
    </form>
  );
}
