'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { checkoutReturnUrl, resolveShopOrigin } from '@/lib/app-url';
import { readCart } from '@/lib/cart';
import { retryPayment as retryPaymentAt } from '@/lib/checkout/retry-payment';
import { startPayment, type CheckoutResult } from '@/lib/checkout/start-payment';
import { readCurrency } from '@/lib/currency';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { messages } from '@/lib/messages';
import { limitRequest, refusalMessage } from '@/lib/rate-limit';
import { stripe } from '@/lib/stripe';

// The Pay with MobilePay and Try again buttons. Both work as plain form posts: on success they answer 303 to the
// MobilePay page; otherwise they return { error } for useActionState. redirect() stays outside any try/catch.

export type CheckoutState = { error: string | null };

async function returnUrl(): Promise<string | null> {
  const origin = resolveShopOrigin(env.appUrl, (await headers()).get('host'));
  return origin === null ? null : checkoutReturnUrl(origin);
}

async function withDeps(run: (deps: Parameters<typeof startPayment>[0]) => Promise<CheckoutResult>): Promise<CheckoutResult> {
  try {
    return await run({ db: await getDb(), stripe });
  } catch (error) {
    console.error('Checkout failed', error);
    return { kind: 'refused', error: messages.checkout.orderNotSaved };
  }
}

/** Pay with MobilePay: the form needs no fields (the cart and currency are in cookies). */
export async function startCheckout(): Promise<CheckoutState> {
  const refusal = refusalMessage(await limitRequest('checkout'));
  if (refusal !== null) return { error: refusal };
  const [{ lines }, currency, url] = await Promise.all([readCart(), readCurrency(), returnUrl()]);
  const result = await withDeps((deps) => startPayment(deps, { lines, currency, returnUrl: url, captureMethod: env.stripeCaptureMethod }));
  if (result.kind === 'refused') return { error: result.error };
  redirect(result.url);
}

/** Form fields: payment_intent and payment_intent_client_secret, as on the complete page's URL. */
export async function retryPayment(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const refusal = refusalMessage(await limitRequest('retry'));
  if (refusal !== null) return { error: refusal };
  const params = { payment_intent: form.get('payment_intent'), payment_intent_client_secret: form.get('payment_intent_client_secret') };
  const url = await returnUrl();
  const result = await withDeps((deps) => retryPaymentAt(deps, params, url));
  if (result.kind === 'refused') return { error: result.error };
  redirect(result.url);
}
