import { NextResponse, type NextRequest } from 'next/server';
import { readCart } from '@/lib/cart';
import { isCartOfOrder } from '@/lib/cart/rules';
import { CHECKED_PARAM, LOOKUP_PARAM } from '@/lib/checkout/return-params';
import { parseCheckoutToken } from '@/lib/checkout/checkout-token';
import { checkoutSessionParam, lookUpCheckoutSession } from '@/lib/stripe/checkout-return';
import { lookUpPayment, paymentParams, type PaymentLookup, type PaymentParams } from '@/lib/stripe/return';
import { cookieNames, expiredCookieOptions } from '@/lib/cookie-options';
import { getDb } from '@/lib/db';
import { localePath } from '@/lib/i18n/locale-path';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { isBought } from '@/lib/orders/status';
import { limitRequest } from '@/lib/rate-limit';
import { stripe } from '@/lib/stripe/shop-client';

// GET /{locale}/checkout/return — where Stripe sends the shopper back from MobilePay (the return_url), or from Stripe
// Checkout's page (its success_url, with `session_id`). One step does it all: one retrieve of the PaymentIntent (checked
// against its client secret) or of the Checkout Session (checked against the browser's checkout cookie); one write
// transaction bringing the order up to date; and, when the order is bought, the cart it was bought from emptied (a
// page cannot set cookies, a route can).
// Then 303 to the complete page, which shows the order from the database. A plain redirect: no JavaScript needed.
// Its Location is a path: the browser stays on the origin Stripe sent it back to (APP_URL's, through any proxy), never
// the one this process listens on.

/** A 303 to the complete page with these query parameters, relative to the shop's own origin. */
function toCompletePage(locale: string, query: Record<string, string | null>): NextResponse {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== null));
  const location = `${localePath(isLocale(locale) ? locale : defaultLocale, '/checkout/complete')}?${search}`;
  return new NextResponse(null, { status: 303, headers: { Location: location } });
}

export async function GET(request: NextRequest, route: { params: Promise<{ locale: string }> }): Promise<NextResponse> {
  const { locale } = await route.params;
  const query = request.nextUrl.searchParams;
  const sessionId = query.get('session_id');
  const params = { payment_intent: query.get('payment_intent'), payment_intent_client_secret: query.get('payment_intent_client_secret') };
  const complete = (lookupProblem: string | null = null, payment = params) => toCompletePage(locale, { ...payment, [CHECKED_PARAM]: '1', [LOOKUP_PARAM]: lookupProblem });

  const limit = await limitRequest('paymentLookup');
  if (limit.kind !== 'allowed') return complete(limit.kind);
  const lookup = await (sessionId === null ? lookUpReturn(params) : lookUpCheckoutReturn(sessionId, request));
  if (lookup === null) return complete(); // malformed: no Stripe request, and the complete page says not found
  if (lookup.kind === 'unavailable') return complete('unavailable');
  // The Checkout variant names the session only: the complete page is sent the PaymentIntent, as the other paths are.
  const found = lookup.kind === 'found' ? { payment_intent: lookup.paymentIntent.id, payment_intent_client_secret: lookup.paymentIntent.client_secret } : params;
  const response = complete(null, found);
  if (lookup.kind === 'found' && isBought(lookup.order.status) && isCartOfOrder((await readCart()).lines, lookup.order)) {
    response.cookies.set(cookieNames.cart, '', expiredCookieOptions);
  }
  return response;
}

/** Back from MobilePay with a PaymentIntent and its client secret (the Direct API and Stripe.js paths). */
async function lookUpReturn(params: Record<keyof PaymentParams, string | null>): Promise<PaymentLookup | null> {
  const payment = paymentParams.safeParse(params);
  return payment.success ? lookUpPayment({ db: await getDb(), stripe }, payment.data) : null;
}

/** Back from Stripe Checkout's page with the session's id (success_url), for the browser holding the checkout cookie. */
async function lookUpCheckoutReturn(sessionId: string, request: NextRequest): Promise<PaymentLookup | null> {
  const session = checkoutSessionParam.safeParse(sessionId);
  if (!session.success) return null;
  const checkoutToken = parseCheckoutToken(request.cookies.get(cookieNames.checkout)?.value);
  return lookUpCheckoutSession({ db: await getDb(), stripe }, session.data, checkoutToken);
}
