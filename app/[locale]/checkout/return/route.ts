import { NextResponse, type NextRequest } from 'next/server';
import { readCart } from '@/lib/cart';
import { isCartOfOrder } from '@/lib/cart/rules';
import { CHECKED_PARAM, LOOKUP_PARAM } from '@/lib/checkout/return-params';
import { lookUpPayment, paymentParams } from '@/lib/stripe/return';
import { cookieNames, expiredCookieOptions } from '@/lib/cookie-options';
import { getDb } from '@/lib/db';
import { localePath } from '@/lib/i18n/locale-path';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { isBought } from '@/lib/orders/status';
import { limitRequest } from '@/lib/rate-limit';
import { stripe } from '@/lib/stripe/shop-client';

// GET /{locale}/checkout/return — where Stripe sends the shopper back from MobilePay (the return_url). One step does
// it all: one PaymentIntent retrieve, checked against its client secret; one write transaction bringing the order up
// to date; and, when the order is bought, the cart it was bought from emptied (a page cannot set cookies, a route can).
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
  const params = { payment_intent: query.get('payment_intent'), payment_intent_client_secret: query.get('payment_intent_client_secret') };
  const complete = (lookupProblem: string | null = null) => toCompletePage(locale, { ...params, [CHECKED_PARAM]: '1', [LOOKUP_PARAM]: lookupProblem });
  const response = complete();

  const limit = await limitRequest('paymentLookup');
  if (limit.kind !== 'allowed') return complete(limit.kind);
  const payment = paymentParams.safeParse(params);
  if (!payment.success) return response; // malformed: no Stripe request, and the complete page says not found
  const lookup = await lookUpPayment({ db: await getDb(), stripe }, payment.data);
  if (lookup.kind === 'unavailable') return complete('unavailable');
  if (lookup.kind === 'found' && isBought(lookup.order.status) && isCartOfOrder((await readCart()).lines, lookup.order)) {
    response.cookies.set(cookieNames.cart, '', expiredCookieOptions);
  }
  return response;
}
