'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { checkoutReturnUrl, resolveShopOrigin } from '@/lib/app-url';
import { readCart } from '@/lib/cart';
import { paymentParams } from '@/lib/checkout/look-up-payment';
import { retryPayment as retryPaymentAt } from '@/lib/checkout/retry-payment';
import { customerOf, detailsValues, payForm } from '@/lib/checkout/customer-details';
import { startPayment, type CheckoutDeps, type CheckoutResult } from '@/lib/checkout/start-payment';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { z } from 'zod';
import { validatedAction } from '@/lib/forms/validated-action';
import { locales, type Locale } from '@/lib/i18n/locales';
import { translate, type MessageKey } from '@/lib/i18n/translator';
import { limitRequest, refusalMessage } from '@/lib/rate-limit';
import { stripe } from '@/lib/stripe';

// The Pay with MobilePay and Try again buttons. Both work as plain form posts: on success they answer 303 to the
// MobilePay page; otherwise they answer the form's state (lib/forms/validated-action.ts) for useActionState.
// redirect() stays outside any try/catch.
// Both forms carry the locale they were shown in: the language of the answer, and at checkout the market's currency;
// the return URL brings the shopper back to the complete page in that locale.


async function returnUrl(locale: Locale): Promise<string | null> {
  const origin = resolveShopOrigin(env.appUrl, (await headers()).get('host'));
  return origin === null ? null : checkoutReturnUrl(origin, locale);
}

/**
 * Runs a step with the database and Stripe. What lib/ decides comes back as its own message; only an exception that
 * escaped it (the database gone) is answered with `failure`, the step's own message for that.
 */
async function withDeps(step: string, failure: MessageKey, run: (deps: CheckoutDeps) => Promise<CheckoutResult>): Promise<CheckoutResult> {
  try {
    return await run({ db: await getDb(), stripe });
  } catch (error) {
    console.error(`${step} failed`, error);
    return { kind: 'refused', error: { key: failure } };
  }
}

/**
 * Pay with MobilePay: the form holds the locale and the shopper's details (the cart is in its cookie, the currency is
 * the market's). Details that do not parse are answered beside their fields, and nothing reaches Stripe.
 */
export const startCheckout = validatedAction(payForm, { invalid: 'details.fixErrors', messageValues: detailsValues }, async (form, locale) => {
  const refusal = refusalMessage(await limitRequest('checkout'));
  if (refusal !== null) return { error: translate(locale, refusal) };
  const [{ lines }, url] = await Promise.all([readCart(), returnUrl(locale)]);
  const request = { lines, locale, customer: customerOf(form), returnUrl: url, captureMethod: env.stripeCaptureMethod };
  const result = await withDeps('Checkout', 'checkout.orderNotSaved', (deps) => startPayment(deps, request));
  if (result.kind === 'refused') return { error: translate(locale, result.error) };
  redirect(result.url);
});

/** Try again: payment_intent and payment_intent_client_secret, as on the complete page's URL, and the locale. */
const retryForm = paymentParams.and(z.object({ locale: z.enum(locales) }));

export const retryPayment = validatedAction(retryForm, { invalid: 'checkout.retryNotAllowed' }, async (form, locale) => {
  const refusal = refusalMessage(await limitRequest('retry'));
  if (refusal !== null) return { error: translate(locale, refusal) };
  const url = await returnUrl(locale);
  const result = await withDeps('Try again', 'checkout.busy', (deps) => retryPaymentAt(deps, form, url));
  if (result.kind === 'refused') return { error: translate(locale, result.error) };
  redirect(result.url);
});
