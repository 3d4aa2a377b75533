import { resolveShopOrigin } from '@/lib/app-url';

// Cross-site request forgery guard for the endpoints only the shop's own pages call: the client secret (it writes an
// order and creates a PaymentIntent, so it is a POST: a GET would be run by any link or prefetch), the dashboard's
// export, and Stripe.js's calls to the emulator through the shop. Browsers mark every fetch with Sec-Fetch-Site (older
// ones only with Origin on a POST), and a page on another site can fake neither. Clients sending neither (curl) are
// refused too: only the shop's own pages need these endpoints.

export type RequestOriginHeaders = { origin: string | null; secFetchSite: string | null };

/** Whether the request comes from one of the shop's own pages (shopOrigin is the shop's origin, when known). */
export function isSameOriginRequest(headers: RequestOriginHeaders, shopOrigin: string | null): boolean {
  if (headers.secFetchSite !== null) return headers.secFetchSite === 'same-origin';
  return headers.origin !== null && shopOrigin !== null && headers.origin === shopOrigin;
}

/** Whether a request with these headers comes from one of the shop's own pages, the shop being at APP_URL's origin (or, without one, at a loopback Host). */
export function isFromShopPage(headers: Headers, appUrl: string | null): boolean {
  const origin = { origin: headers.get('origin'), secFetchSite: headers.get('sec-fetch-site') };
  return isSameOriginRequest(origin, resolveShopOrigin(appUrl, headers.get('host')));
}
