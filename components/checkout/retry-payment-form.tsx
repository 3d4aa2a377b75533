'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { retryPayment } from '@/app/[locale]/checkout/complete/actions';
import { buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';

import { initialFormState } from '@/lib/forms/form-state';

type RetryPaymentFormProps = {
  paymentIntentId: string;
  clientSecret: string;
  locale: Locale;
  text: { tryAgain: string; tryingAgain: string; backToCart: string };
};

/** Try again (confirms the same PaymentIntent again and opens MobilePay) and Back to cart. Works without JavaScript. */
export function RetryPaymentForm({ paymentIntentId, clientSecret, locale, text }: RetryPaymentFormProps) {
  const [state, formAction] = useActionState(retryPayment, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="payment_intent" value={paymentIntentId} />
      <input type="hidden" name="payment_intent_client_secret" value={clientSecret} />
      <input type="hidden" name="locale" value={locale} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant="mobilepay" size="lg" pendingLabel={text.tryingAgain}>
          {text.tryAgain}
        </SubmitButton>
        <Link href={localePath(locale, '/cart')} className={buttonClasses('secondary', 'lg')}>
          {text.backToCart}
        </Link>
      </div>
      <FormMessage message={null} error={state.error} />
    </form>
  );
}
