'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { returnUrlFor } from '@/lib/checkout/return-url';
import { refused } from '@/lib/forms/form-state';
import { validatedAction } from '@/lib/forms/validated-action';
import { locales } from '@/lib/i18n/locales';
import { translate } from '@/lib/i18n/translator';
import { limitRequest, refusalMessage } from '@/lib/rate-limit';
import { withStripe } from '@/lib/stripe/shop-client';
import type { CheckoutResult } from '@/lib/stripe/create-and-confirm';
import { retryPayment as confirmAgain } from '@/lib/stripe/retry';
import { paymentParams } from '@/lib/stripe/return';

// The complete page's Try again, after a failed payment: works as a plain form post; on success a 303 to MobilePay's
// page (lib/stripe/retry.ts), otherwise the form's state for useActionState. redirect() stays outside any try/catch.

/** payment_intent and payment_intent_client_secret, as on the complete page's URL, and the locale. */
const retryForm = paymentParams.and(z.object({ locale: z.enum(locales) }));

const busy: CheckoutResult = { kind: 'refused', error: { key: 'checkout.busy' } };

export const retryPayment = validatedAction(retryForm, { invalid: 'checkout.retryNotAllowed' }, async (form, locale) => {
  const refusal = refusalMessage(await limitRequest('retry'));
  if (refusal !== null) return refused(translate(locale, refusal));
  const returnUrl = await returnUrlFor(locale);
  const result = await withStripe('Try again', busy, (deps) => confirmAgain(deps, form, returnUrl));
  if (result.kind === 'refused') return refused(translate(locale, result.error));
  redirect(result.url);
});
