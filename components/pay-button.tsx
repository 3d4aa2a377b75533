'use client';

import { useActionState, useEffect, useRef, type FormEvent } from 'react';
import { startCheckout, type CheckoutState } from '@/app/checkout/actions';
import { Button } from '@/components/ui/button';
import { messages } from '@/lib/messages';

const text = messages.cart;
const initialState: CheckoutState = { error: null };

/**
 * The MobilePay-blue Pay button. Without JavaScript it is a plain form post that ends in a redirect to MobilePay;
 * with JavaScript it shows a pending state and cannot be submitted twice. Errors are announced in a live region.
 */
export function PayButton() {
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
      <Button type="submit" variant="mobilepay" size="lg" disabled={isPending} aria-busy={isPending} className="w-full">
        {isPending ? (
          <>
            <span aria-hidden="true" className="size-5 animate-spin rounded-full border-2 border-white/40 border-t-white" />
            {text.openingMobilePay}
          </>
        ) : (
          text.payWithMobilePay
        )}
      </Button>
      <p
        aria-live="assertive"
        className={state.error ? 'rounded-lg bg-clay/10 px-3 py-2 text-sm font-medium text-clay' : '-mt-2'}
      >
        {state.error}
      </p>
    </form>
  );
}
