'use client';

import { useActionState, useRef, useState, type FormEvent } from 'react';
import { startCheckout, type CheckoutState } from '@/app/checkout/actions';
import { confirmWithStripeJs, type StripeJsConfig, type StripeJsText } from '@/components/checkout/confirm-with-stripe-js';
import { PaySubmit, type PaySubmitText } from '@/components/pay-submit';
import type { Locale } from '@/lib/i18n/locales';

const initialState: CheckoutState = { error: null };

/**
 * The Pay button of the client-confirm path (CHECKOUT_CONFIRM=client). With JavaScript it takes over the form: the
 * browser gets the client secret from the shop and Stripe.js confirms the payment and opens MobilePay. Without
 * JavaScript the same form posts to the server action, which confirms on the server: progressive enhancement.
 * Errors from the shop or Stripe.js are announced beside the button; it stays disabled while it works.
 */
type ClientConfirmPayButtonProps = { stripeJs: StripeJsConfig; locale: Locale; text: PaySubmitText & StripeJsText };

export function ClientConfirmPayButton({ stripeJs, locale, text }: ClientConfirmPayButtonProps) {
  const [state, formAction, isActionPending] = useActionState(startCheckout, initialState);
  const [confirming, setConfirming] = useState(false);
  const [browserError, setBrowserError] = useState<string | null>(null);
  // A second click can land before React has re-rendered the disabled button; the ref closes that gap.
  const working = useRef(false);
  const isPending = confirming || isActionPending;
  const error = browserError ?? state.error;

  async function confirmInBrowser(event: FormEvent<HTMLFormElement>) {
    event.preventDefault(); // the server action stays the form's action for browsers without JavaScript
    if (working.current) return;
    working.current = true;
    setConfirming(true);
    setBrowserError(null);
    const failure = await confirmWithStripeJs(stripeJs, locale, text);
    setBrowserError(failure);
    setConfirming(false);
    working.current = false;
  }

  return (
    <form action={formAction} onSubmit={confirmInBrowser} className="flex flex-col gap-2" data-confirm="client">
      <input type="hidden" name="locale" value={locale} />
      <PaySubmit pending={isPending} error={error} text={text} />
    </form>
  );
}
