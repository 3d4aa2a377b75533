import { cookies, headers } from 'next/headers';
import { checkoutReturnUrl, resolveShopOrigin } from '@/lib/app-url';
import { readCart } from '@/lib/cart';
import { parseCheckoutToken } from '@/lib/checkout/checkout-token';
import { prepareClientPayment, type ClientPaymentResult } from '@/lib/checkout/prepare-client-payment';
import { isSameOriginRequest } from '@/lib/checkout/same-origin';
import { baseCookieOptions, cookieNames } from '@/lib/cookie-options';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { currencyOf, defaultLocale, isLocale } from '@/lib/i18n/locales';
import { translate } from '@/lib/i18n/translator';
import { limitRequest, refusalMessage } from '@/lib/rate-limit';
import { stripe } from '@/lib/stripe';

// POST /api/checkout/secret — the client-confirm path (CHECKOUT_CONFIRM=client): the client secret of an unconfirmed
// MobilePay PaymentIntent for the shopper's cart, which the Pay button confirms with Stripe.js. Everything happens in
// lib/checkout/prepare-client-payment.ts; this adapts HTTP and cookies. `?locale=` names the market (its currency) and
// the language of the answer and of the complete page Stripe returns to.
//
// Why POST and not GET: answering writes an order and creates a PaymentIntent. A GET would be run by any link, image
// or prefetch, and a top-level GET from another site carries the shop's SameSite=Lax cookies. So it is a POST, and
// only the shop's own pages may make it (lib/checkout/same-origin.ts); a page on another site could not read the
// answer anyway (no CORS), but must not make the shop write orders either.

const statusByKind: Record<ClientPaymentResult['kind'] | 'forbidden' | 'limited' | 'unavailable', number> = {
  ready: 200,
  refused: 400,
  forbidden: 403,
  limited: 429,
  unavailable: 503,
  not_saved: 500,
  stripe_failed: 502,
};

const noStore = { 'Cache-Control': 'no-store' };
const answer = (kind: keyof typeof statusByKind, body: Record<string, string>, extraHeaders: Record<string, string> = {}) =>
  Response.json(body, { status: statusByKind[kind], headers: { ...noStore, ...extraHeaders } });

export async function POST(request: Request): Promise<Response> {
  if (env.checkoutConfirm !== 'client') return new Response(null, { status: 404 });
  const asked = new URL(request.url).searchParams.get('locale');
  const locale = isLocale(asked) ? asked : defaultLocale;
  const requestHeaders = await headers();
  const shopOrigin = resolveShopOrigin(env.appUrl, requestHeaders.get('host'));
  const origin = { origin: requestHeaders.get('origin'), secFetchSite: requestHeaders.get('sec-fetch-site') };
  if (!isSameOriginRequest(origin, shopOrigin)) return answer('forbidden', { error: translate(locale, { key: 'clientCheckout.notFromShop' }) });
  const limit = await limitRequest('clientSecret');
  const refusal = refusalMessage(limit);
  if (refusal !== null) {
    const retryAfter = limit.kind === 'limited' ? { 'Retry-After': String(limit.retryAfterSeconds) } : undefined;
    return answer(limit.kind === 'limited' ? 'limited' : 'unavailable', { error: translate(locale, refusal) }, retryAfter);
  }

  const jar = await cookies();
  const currency = currencyOf(locale);
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
      currency,
      returnUrl: shopOrigin === null ? null : checkoutReturnUrl(shopOrigin, locale),
      captureMethod: env.stripeCaptureMethod,
    },
  );
  if (result.kind !== 'ready') return answer(result.kind, { error: translate(locale, result.error) });

  // Only the route that hands out client secrets reads this cookie; a day is plenty for one checkout.
  jar.set(cookieNames.checkout, result.checkoutToken, { ...baseCookieOptions, path: '/api/checkout', maxAge: 60 * 60 * 24 });
  return answer('ready', { clientSecret: result.clientSecret, returnUrl: result.returnUrl });
}
