'use client';

import { useActionState } from 'react';
import { removeCartLine } from '@/app/[locale]/cart/actions';
import { initialFormState } from '@/lib/forms/form-state';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/lib/i18n/locales';


type RemoveLineFormProps = { productId: string; locale: Locale; text: { remove: string; removeLabel: string } };

/** Removes one line from the cart. The cart summary announces the new total once it is gone. */
export function RemoveLineForm({ productId, locale, text }: RemoveLineFormProps) {
  const [state, formAction] = useActionState(removeCartLine, initialFormState);

  return (
    <form action={formAction} className="flex flex-col items-end">
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton variant="quiet" size="sm" aria-label={text.removeLabel} className="min-h-11 px-2">
        {text.remove}
      </SubmitButton>
      {state.error && <FormMessage message={null} error={state.error} />}
    </form>
  );
}
