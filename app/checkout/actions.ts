'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { checkoutReturnUrl, resolveShopOrigin } from '@/lib/app-url';
import { readCart } from '@/lib/cart';
import { retryPayment as retryPaymentAt } from '@/lib/checkout/retry-payment';
import { startPayment, type CheckoutResult } from '@/lib/checkout/start-payment';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { formLocale } from '@/lib/i18n/form-locale';
import { currencyOf, type Locale } from '@/lib/i18n/locales';
import { translate } from '@/lib/i18n/translator';
import { limitRequest, refusalMessage } from '@/lib/rate-limit';
import { stripe } from '@/lib/stripe';

// The Pay with MobilePay and Try again buttons. Both work as plain form posts: on success they answer 303 to the
// MobilePay page; otherwise they return { error } for useActionState. redirect() stays outside any try/catch.
// Both forms carry the locale they were shown in: the language of the answer, and at checkout the market's currency;
// the return URL brings the shopper back to the complete page in that locale.

export type CheckoutState = { error: string | null };

async function returnUrl(locale: Locale): Promise<string | null> {
  const origin = resolveShopOrigin(env.appUrl, (await headers()).get('host'));
  return origin === null ? null : checkoutReturnUrl(origin, locale);
}

async function withDeps(run: (deps: Parameters<typeof startPayment>[0]) => Promise<CheckoutResult>): Promise<CheckoutResult> {
  try {
    return await run({ db: await getDb(), stripe });
  } catch (error) {
    console.error('Checkout failed', error);
    return { kind: 'refused', error: { key: 'checkout.orderNotSaved' } };
  }
}

/** Pay with MobilePay: the form's only field is the locale (the cart is in its cookie, the currency is the market's). */
export async function startCheckout(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const locale = formLocale(form);
  const refusal = refusalMessage(await limitRequest('checkout'));
  if (refusal !== null) return { error: translate(locale, refusal) };
  const [{ lines }, url] = await Promise.all([readCart(), returnUrl(locale)]);
  const currency = currencyOf(locale);
  const result = await withDeps((deps) => startPayment(deps, { lines, currency, returnUrl: url, captureMethod: env.stripeCaptureMethod }));
  if (result.kind === 'refused') return { error: translate(locale, result.error) };
  redirect(result.url);
}

/** Form fields: payment_intent and payment_intent_client_secret, as on the complete page's URL, and the locale. */
export async function retryPayment(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const locale = formLocale(form);
  const refusal = refusalMessage(await limitRequest('retry'));
  if (refusal !== null) return { error: translate(locale, refusal) };
  const params = { payment_intent: form.get('payment_intent'), payment_intent_client_secret: form.get('payment_intent_client_secret') };
  const url = await returnUrl(locale);
  const result = await withDeps((deps) => retryPaymentAt(deps, params, url));
  if (result.kind === 'refused') return { error: translate(locale, result.error) };
  redirect(result.url);
}
