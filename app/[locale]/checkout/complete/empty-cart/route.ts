import { NextResponse, type NextRequest } from 'next/server';
import { readCart } from '@/lib/cart';
import { cookieNames, expiredCookieOptions } from '@/lib/cookie-options';
import { lookUpPayment } from '@/lib/checkout/look-up-payment';
import { EMPTIED_PARAM, isCartOfOrder, isPaymentDone } from '@/lib/checkout/paid-cart';
import { getDb } from '@/lib/db';
import { localePath } from '@/lib/i18n/locale-path';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { limitRequest } from '@/lib/rate-limit';
import { stripe } from '@/lib/stripe';

// The complete page cannot change cookies while it renders, so after a successful payment it sends the browser here
// once: this verifies the payment again (PaymentIntent + client secret), empties the cart the order was placed from,
// and sends the browser straight back. A plain redirect: it works without JavaScript.

export async function GET(request: NextRequest, route: { params: Promise<{ locale: string }> }): Promise<NextResponse> {
  const { locale } = await route.params;
  const query = request.nextUrl.searchParams;
  const params = {
    payment_intent: query.get('payment_intent'),
    payment_intent_client_secret: query.get('payment_intent_client_secret'),
  };
  const back = new URL(localePath(isLocale(locale) ? locale : defaultLocale, '/checkout/complete'), request.nextUrl);
  for (const [name, value] of Object.entries(params)) if (value !== null) back.searchParams.set(name, value);
  back.searchParams.set(EMPTIED_PARAM, '1'); // the page redirects here at most once, even if Stripe is unreachable now

  const response = NextResponse.redirect(back, 303);
  if ((await limitRequest('paymentLookup')).kind !== 'allowed') return response;
  const lookup = await lookUpPayment({ db: await getDb(), stripe }, params);
  if (lookup.kind !== 'found' || !isPaymentDone(lookup.paymentIntent.status)) return response;
  if (isCartOfOrder((await readCart()).lines, lookup.order)) response.cookies.set(cookieNames.cart, '', expiredCookieOptions);
  return response;
}
