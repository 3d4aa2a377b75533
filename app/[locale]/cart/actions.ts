'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { readCart, writeCart, type CartLine } from '@/lib/cart';
import { MAX_QUANTITY } from '@/lib/cart/cookie';
import { findProduct } from '@/lib/catalog';
import { customerOf, detailsValues, payForm } from '@/lib/checkout/customer-details';
import { parseCheckoutToken } from '@/lib/checkout/checkout-token';
import { returnUrlFor, shopOriginFor } from '@/lib/checkout/return-url';
import { checkoutCookieOptions, cookieNames } from '@/lib/cookie-options';
import { env } from '@/lib/env';
import { done, refused, type ActionAnswer } from '@/lib/forms/form-state';
import { validatedAction } from '@/lib/forms/validated-action';
import { localePath } from '@/lib/i18n/locale-path';
import { locales, type Locale } from '@/lib/i18n/locales';
import type { Customer } from '@/lib/orders/types';
import { productText } from '@/lib/i18n/product-text';
import { translate, translatorFor } from '@/lib/i18n/translator';
import { limitRequest, refusalMessage } from '@/lib/rate-limit';
import { withStripe } from '@/lib/stripe/shop-client';
import { startCheckoutSession, type CheckoutSessionResult } from '@/lib/stripe/checkout-session';
import { startPayment, type CheckoutResult } from '@/lib/stripe/create-and-confirm';

// The cart page's forms: the cart's changes and Pay with MobilePay. Each works with useActionState and as a plain form
// post without JavaScript, parsed by validatedAction (a product the catalog does not sell, a quantity outside 1–99,
// a detail that does not pass: the field's message, nothing changed). Each form carries the locale it was shown in
// (a hidden field): the language of the answer, and at checkout the market's currency.

const product = z
  .string('cart.unknownProduct')
  .trim()
  .max(100, 'cart.unknownProduct')
  .transform((id, context) => findProduct(id) ?? (context.addIssue({ code: 'custom', message: 'cart.unknownProduct' }), z.NEVER));
const quantity = z.coerce.number('cart.invalidQuantity').int('cart.invalidQuantity').min(1, 'cart.invalidQuantity').max(MAX_QUANTITY, 'cart.invalidQuantity');
const locale = z.enum(locales);

const lineForm = z.object({ locale, productId: product, quantity });
/** Add to cart: the quantity field may be left out (one). */
const addForm = z.object({ locale, productId: product, quantity: z.preprocess((value) => value ?? '1', quantity) });
const productForm = z.object({ locale, productId: product });
const localeForm = z.object({ locale });

async function save(at: Locale, lines: CartLine[], message: string): Promise<ActionAnswer> {
  await writeCart(lines);
  revalidatePath(localePath(at, '/cart')); // the header's count is read in the browser: only the cart page changes
  return done(message);
}

/** The cart with `productId` set to `count`, keeping the line's place (new products go last). */
function withQuantity(lines: CartLine[], productId: string, count: number): CartLine[] {
  return lines.some((line) => line.productId === productId)
    ? lines.map((line) => (line.productId === productId ? { productId, quantity: count } : line))
    : [...lines, { productId, quantity: count }];
}

export const addToCart = validatedAction(addForm, {}, async (form, at) => {
  const t = translatorFor(at);
  const { lines } = await readCart();
  const wanted = (lines.find((line) => line.productId === form.productId.id)?.quantity ?? 0) + form.quantity;
  const updated = withQuantity(lines, form.productId.id, Math.min(wanted, MAX_QUANTITY));
  const { name } = productText(at, form.productId);
  return save(at, updated, wanted > MAX_QUANTITY ? t('cart.quantityCapped') : t('cart.added', { name, quantity: form.quantity }));
});

export const updateCartLine = validatedAction(lineForm, {}, async (form, at) => {
  const { lines } = await readCart();
  const { name } = productText(at, form.productId);
  return save(at, withQuantity(lines, form.productId.id, form.quantity), translatorFor(at)('cart.updated', { name, quantity: form.quantity }));
});

export const removeCartLine = validatedAction(productForm, {}, async (form, at) => {
  const { lines } = await readCart();
  const removed = lines.filter((line) => line.productId !== form.productId.id);
  return save(at, removed, translatorFor(at)('cart.removed', { name: productText(at, form.productId).name }));
});

/** Takes only the locale field: usable with useActionState like the others. */
export const emptyCart = validatedAction(localeForm, {}, async (_form, at) => save(at, [], translatorFor(at)('cart.emptied')));

/** What Pay answers when an exception escaped the step (the database gone). */
const notSaved = { kind: 'refused', error: { key: 'checkout.orderNotSaved' } } as const;

/**
 * Pay with MobilePay: the form holds the locale and the shopper's details (the cart is in its cookie, the currency is
 * the market's). Details that do not parse are answered beside their fields, and nothing reaches Stripe. On success,
 * a 303 to MobilePay's page (lib/stripe/create-and-confirm.ts), or with CHECKOUT_CONFIRM=checkout to Stripe Checkout's
 * page (lib/stripe/checkout-session.ts); redirect() stays outside any try/catch.
 */
export const startCheckout = validatedAction(payForm, { invalid: 'details.fixErrors', messageValues: detailsValues }, async (form, locale) => {
  const refusal = refusalMessage(await limitRequest('checkout'));
  if (refusal !== null) return refused(translate(locale, refusal));
  const { lines } = await readCart();
  const customer = customerOf(form);
  if (env.checkoutConfirm === 'checkout') return payThroughCheckout({ lines, locale, customer });
  const request = { lines, locale, customer, returnUrl: await returnUrlFor(locale), captureMethod: env.stripeCaptureMethod };
  const result = await withStripe<CheckoutResult>('Checkout', notSaved, (deps) => startPayment(deps, request));
  if (result.kind === 'refused') return refused(translate(locale, result.error));
  // Step 3 of Stripe's MobilePay guide: send the shopper to `next_action.redirect_to_url.url`, MobilePay's page. A 303
  // answer to the form post, so it works without JavaScript.
  redirect(result.url);
});

/** The Checkout variant: a Checkout Session for the order, and the shopper sent to its page, bound to their browser. */
async function payThroughCheckout(request: { lines: CartLine[]; locale: Locale; customer: Customer }): Promise<ActionAnswer> {
  const jar = await cookies();
  const checkoutToken = parseCheckoutToken(jar.get(cookieNames.checkout)?.value);
  const origin = await shopOriginFor();
  const result = await withStripe<CheckoutSessionResult>('Checkout', notSaved, (deps) =>
    startCheckoutSession(deps, { ...request, checkoutToken, origin, captureMethod: env.stripeCaptureMethod }),
  );
  if (result.kind === 'refused') return refused(translate(request.locale, result.error));
  jar.set(cookieNames.checkout, result.checkoutToken, checkoutCookieOptions);
  redirect(result.url);
}
