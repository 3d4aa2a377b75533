'use client';

import { useActionState } from 'react';
import { emptyCart } from '@/app/[locale]/cart/actions';
import { initialFormState } from '@/lib/forms/form-state';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/lib/i18n/locales';


/** Removes every line from the cart. */
export function EmptyCartForm({ locale, label }: { locale: Locale; label: string }) {
  const [state, formAction] = useActionState(emptyCart, initialFormState);

  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton variant="secondary" size="sm" className="min-h-11">
        {label}
      </SubmitButton>
      {state.error && <FormMessage message={null} error={state.error} />}
    </form>
  );
}
