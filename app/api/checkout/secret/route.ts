import { cookies, headers } from 'next/headers';
import { checkoutReturnUrl, resolveShopOrigin } from '@/lib/app-url';
import { readCart } from '@/lib/cart';
import { parseCheckoutToken } from '@/lib/checkout/checkout-token';
import { customerOf, detailsValues, payForm } from '@/lib/checkout/customer-details';
import { prepareClientPayment, type ClientPaymentResult } from '@/lib/stripe/client-confirm';
import { isFromShopPage } from '@/lib/checkout/same-origin';
import { checkoutCookieOptions, cookieNames } from '@/lib/cookie-options';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { parseForm } from '@/lib/forms/validated-action';
import { jsonAnswer } from '@/lib/http/json-answer';
import { readCappedBody } from '@/lib/http/read-capped-body';
import { formLocale } from '@/lib/i18n/form-locale';
import { defaultLocale } from '@/lib/i18n/locales';
import { translate } from '@/lib/i18n/translator';
import { limitRequest, refusalMessage } from '@/lib/rate-limit';
import { stripe } from '@/lib/stripe/shop-client';

// POST /api/checkout/secret — the client-confirm path (CHECKOUT_CONFIRM=client): the client secret of an unconfirmed
// MobilePay PaymentIntent for the shopper's cart, which the Pay button confirms with Stripe.js. Everything happens in
// lib/stripe/client-confirm.ts; this adapts HTTP and cookies. The body is the Pay form's fields: the locale
// (the market, so the currency, and the language of the answer and of the complete page Stripe returns to) and the
// shopper's details, refused field by field (400, `fieldErrors`) before anything reaches Stripe.
//
// Why POST and not GET: answering writes an order and creates a PaymentIntent. A GET would be run by any link, image
// or prefetch, and a top-level GET from another site carries the shop's SameSite=Lax cookies. So it is a POST, and
// only the shop's own pages may make it (lib/checkout/same-origin.ts); a page on another site could not read the
// answer anyway (no CORS), but must not make the shop write orders either.

/** The Pay form's fields are a few hundred bytes. */
const MAX_PAY_FORM_BYTES = 8 * 1024;

const statusByKind: Record<ClientPaymentResult['kind'] | 'forbidden' | 'limited' | 'unavailable' | 'too_large', number> = {
  ready: 200,
  too_large: 413,
  refused: 400,
  forbidden: 403,
  limited: 429,
  unavailable: 503,
  not_saved: 500,
  stripe_failed: 502,
};

type Answer = Record<string, string | Record<string, string>>;
const answer = (kind: keyof typeof statusByKind, body: Answer, extraHeaders: Record<string, string> = {}) =>
  jsonAnswer(body, statusByKind[kind], extraHeaders);

export async function POST(request: Request): Promise<Response> {
  if (env.checkoutConfirm !== 'client') return new Response(null, { status: 404 });
  const body = await readCappedBody(request, MAX_PAY_FORM_BYTES);
  if (body === null) return answer('too_large', { error: translate(defaultLocale, { key: 'checkout.formTooLarge' }) });
  const form = new URLSearchParams(body);
  const locale = formLocale(form);
  const requestHeaders = await headers();
  const shopOrigin = resolveShopOrigin(env.appUrl, requestHeaders.get('host'));
  if (!isFromShopPage(requestHeaders, env.appUrl)) return answer('forbidden', { error: translate(locale, { key: 'clientCheckout.notFromShop' }) });
  const limit = await limitRequest('clientSecret');
  const refusal = refusalMessage(limit);
  if (refusal !== null) {
    const retryAfter = limit.kind === 'limited' ? { 'Retry-After': String(limit.retryAfterSeconds) } : undefined;
    return answer(limit.kind === 'limited' ? 'limited' : 'unavailable', { error: translate(locale, refusal) }, retryAfter);
  }

  const details = parseForm(payForm, form, locale, { invalid: 'details.fixErrors', messageValues: detailsValues });
  if (details.kind === 'invalid') {
    return answer('refused', { error: details.state.error ?? '', fieldErrors: details.state.fieldErrors });
  }

  const jar = await cookies();
  const [{ lines }, db] = await Promise.all([readCart(), getDb().catch((error: unknown) => {
    console.error('Client secret refused: the database is unavailable', error);
    return null;
  })]);
  if (db === null) return answer('not_saved', { error: translate(locale, { key: 'checkout.orderNotSaved' }) });
  const result = await prepareClientPayment(
    { db, stripe },
    {
      checkoutToken: parseCheckoutToken(jar.get(cookieNames.checkout)?.value),
      lines,
      locale,
      customer: customerOf(details.input),
      returnUrl: shopOrigin === null ? null : checkoutReturnUrl(shopOrigin, locale),
      captureMethod: env.stripeCaptureMethod,
    },
  );
  if (result.kind !== 'ready') return answer(result.kind, { error: translate(locale, result.error) });

  // Only the route that hands out client secrets reads this cookie; a day is plenty for one checkout.
  jar.set(cookieNames.checkout, result.checkoutToken, checkoutCookieOptions);
  return answer('ready', { clientSecret: result.clientSecret, returnUrl: result.returnUrl });
}
