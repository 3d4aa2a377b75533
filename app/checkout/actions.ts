'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { checkoutReturnUrl, resolveShopOrigin } from '@/lib/app-url';
import { readCart } from '@/lib/cart';
import { paymentParams } from '@/lib/stripe/return';
import { retryPayment as retryPaymentAt } from '@/lib/stripe/retry';
import { customerOf, detailsValues, payForm } from '@/lib/checkout/customer-details';
import { startPayment, type CheckoutResult } from '@/lib/stripe/create-and-confirm';
import { env } from '@/lib/env';
import { z } from 'zod';
import { refused } from '@/lib/forms/form-state';
import { validatedAction } from '@/lib/forms/validated-action';
import { locales, type Locale } from '@/lib/i18n/locales';
import { translate } from '@/lib/i18n/translator';
import { limitRequest, refusalMessage } from '@/lib/rate-limit';
import { withStripe } from '@/lib/stripe/client';

// The Pay with MobilePay and Try again buttons. Both work as plain form posts: on success they answer 303 to the
// MobilePay page; otherwise they answer the form's state (lib/forms/validated-action.ts) for useActionState.
// redirect() stays outside any try/catch.
// Both forms carry the locale they were shown in: the language of the answer, and at checkout the market's currency;
// the return URL brings the shopper back to the complete page in that locale.


async function returnUrl(locale: Locale): Promise<string | null> {
  const origin = resolveShopOrigin(env.appUrl, (await headers()).get('host'));
  return origin === null ? null : checkoutReturnUrl(origin, locale);
}

const notSaved: CheckoutResult = { kind: 'refused', error: { key: 'checkout.orderNotSaved' } };
const busy: CheckoutResult = { kind: 'refused', error: { key: 'checkout.busy' } };

/**
 * Pay with MobilePay: the form holds the locale and the shopper's details (the cart is in its cookie, the currency is
 * the market's). Details that do not parse are answered beside their fields, and nothing reaches Stripe.
 */
export const startCheckout = validatedAction(payForm, { invalid: 'details.fixErrors', messageValues: detailsValues }, async (form, locale) => {
  const refusal = refusalMessage(await limitRequest('checkout'));
  if (refusal !== null) return refused(translate(locale, refusal));
  const [{ lines }, url] = await Promise.all([readCart(), returnUrl(locale)]);
  const request = { lines, locale, customer: customerOf(form), returnUrl: url, captureMethod: env.stripeCaptureMethod };
  const result = await withStripe('Checkout', notSaved, (deps) => startPayment(deps, request));
  if (result.kind === 'refused') return refused(translate(locale, result.error));
  redirect(result.url);
});

/** Try again: payment_intent and payment_intent_client_secret, as on the complete page's URL, and the locale. */
const retryForm = paymentParams.and(z.object({ locale: z.enum(locales) }));

export const retryPayment = validatedAction(retryForm, { invalid: 'checkout.retryNotAllowed' }, async (form, locale) => {
  const refusal = refusalMessage(await limitRequest('retry'));
  if (refusal !== null) return refused(translate(locale, refusal));
  const url = await returnUrl(locale);
  const result = await withStripe('Try again', busy, (deps) => retryPaymentAt(deps, form, url));
  if (result.kind === 'refused') return refused(translate(locale, result.error));
  redirect(result.url);
});
