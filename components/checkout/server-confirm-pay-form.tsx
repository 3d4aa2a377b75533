'use client';

import { useActionState, useEffect, useRef, type FormEvent } from 'react';
import { startCheckout } from '@/app/[locale]/cart/actions';
import { CheckoutDetailsFields, type DetailsText } from '@/components/checkout/checkout-details-fields';
import { PaySubmit, type PaySubmitText } from '@/components/checkout/pay-submit';
import { focusFirstInvalidField } from '@/components/checkout/focus-invalid-field';
import { initialFormState } from '@/lib/forms/form-state';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The Pay form: the shopper's details and the MobilePay-blue Pay button, one form post. Without JavaScript it is a
 * plain post that ends in a redirect to MobilePay, or the page again with each field's error and the values kept;
 * with JavaScript it shows a pending state, cannot be submitted twice, and moves focus to the first invalid field.
 */
export function ServerConfirmPayForm({ locale, text, detailsText }: { locale: Locale; text: PaySubmitText; detailsText: DetailsText }) {
  const [state, formAction, isPending] = useActionState(startCheckout, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  // A second click can land before React has re-rendered the disabled button; the ref closes that gap.
  const submitting = useRef(false);

  useEffect(() => {
    if (!isPending) submitting.current = false;
  }, [isPending, state]);
  useEffect(() => focusFirstInvalidField(form.current, state.fieldErrors), [state]);

  function preventDoubleSubmit(event: FormEvent<HTMLFormElement>) {
    if (submitting.current) event.preventDefault();
    else submitting.current = true;
  }

  return (
    <form ref={form} action={formAction} onSubmit={preventDoubleSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="locale" value={locale} />
      <CheckoutDetailsFields text={detailsText} values={state.values} errors={state.fieldErrors} />
      <div className="flex flex-col gap-2">
        <PaySubmit pending={isPending} error={state.error} text={text} />
      </div>
    </form>
  );
}
