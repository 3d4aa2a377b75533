'use client';

import { useActionState, useEffect, useRef, type FormEvent } from 'react';
import { startCheckout, type CheckoutState } from '@/app/checkout/actions';
import { PaySubmit, type PaySubmitText } from '@/components/pay-submit';
import type { Locale } from '@/lib/i18n/locales';

const initialState: CheckoutState = { error: null };

/**
 * The MobilePay-blue Pay button. Without JavaScript it is a plain form post that ends in a redirect to MobilePay;
 * with JavaScript it shows a pending state and cannot be submitted twice. Errors are announced in a live region.
 */
export function PayButton({ locale, text }: { locale: Locale; text: PaySubmitText }) {
  const [state, formAction, isPending] = useActionState(startCheckout, initialState);
  // A second click can land before React has re-rendered the disabled button; the ref closes that gap.
  const submitting = useRef(false);

  useEffect(() => {
    if (!isPending) submitting.current = false;
  }, [isPending, state]);

  function preventDoubleSubmit(event: FormEvent<HTMLFormElement>) {
    if (submitting.current) event.preventDefault();
    else submitting.current = true;
  }

  return (
    <form action={formAction} onSubmit={preventDoubleSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="locale" value={locale} />
      <PaySubmit pending={isPending} error={state.error} text={text} />
    </form>
  );
}
