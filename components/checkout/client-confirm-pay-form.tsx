'use client';

import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { startCheckout } from '@/app/[locale]/cart/actions';
import { CheckoutDetailsFields, type DetailsText } from '@/components/checkout/checkout-details-fields';
import { confirmWithStripeJs, type BrowserAnswer, type StripeJsConfig, type StripeJsText } from '@/components/checkout/confirm-with-stripe-js';
import { focusFirstInvalidField } from '@/components/checkout/focus-invalid-field';
import { PaySubmit, type PaySubmitText } from '@/components/checkout/pay-submit';
import { initialFormState } from '@/lib/forms/form-state';
import type { Locale } from '@/lib/i18n/locales';

type ClientConfirmPayFormProps = {
  stripeJs: StripeJsConfig;
  locale: Locale;
  text: PaySubmitText & StripeJsText;
  detailsText: DetailsText;
};

/**
 * The Pay form of the client-confirm path (CHECKOUT_CONFIRM=client). With JavaScript it takes over the form: the
 * browser sends the shopper's details to the shop for the client secret, and Stripe.js confirms the payment and opens
 * MobilePay. Without JavaScript the same form posts to the server action, which confirms on the server: progressive
 * enhancement. Errors from the shop or Stripe.js are announced beside the button or the field; it stays disabled
 * while it works.
 */
export function ClientConfirmPayForm({ stripeJs, locale, text, detailsText }: ClientConfirmPayFormProps) {
  const [state, formAction, isActionPending] = useActionState(startCheckout, initialFormState);
  const [confirming, setConfirming] = useState(false);
  const [browser, setBrowser] = useState<BrowserAnswer | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // A second click can land before React has re-rendered the disabled button; the ref closes that gap.
  const working = useRef(false);
  const isPending = confirming || isActionPending;
  const answer = browser ?? state;

  useEffect(() => focusFirstInvalidField(form.current, answer.fieldErrors), [answer]);

  async function confirmInBrowser(event: FormEvent<HTMLFormElement>) {
    event.preventDefault(); // the server action stays the form's action for browsers without JavaScript
    if (working.current) return;
    working.current = true;
    setConfirming(true);
    setBrowser(null);
    setBrowser(await confirmWithStripeJs(stripeJs, new FormData(event.currentTarget), locale, text));
    setConfirming(false);
    working.current = false;
  }

  return (
    <form ref={form} action={formAction} onSubmit={confirmInBrowser} noValidate className="flex flex-col gap-4" data-confirm="client">
      <input type="hidden" name="locale" value={locale} />
      <CheckoutDetailsFields text={detailsText} values={state.values} errors={answer.fieldErrors} />
      <div className="flex flex-col gap-2">
        <PaySubmit pending={isPending} error={answer.error} text={text} />
      </div>
    </form>
  );
}
