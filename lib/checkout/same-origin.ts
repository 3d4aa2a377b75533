// Cross-site request forgery guard for the client secret endpoint. That endpoint writes an order and creates a
// PaymentIntent, so it is a POST (a GET would be run by any link or prefetch) and only the shop's own pages may call it.
// Browsers mark every fetch with Sec-Fetch-Site (older ones only with Origin on a POST), and a page on another site
// can fake neither. Clients sending neither (curl) are refused too: only the shop's own pages need this endpoint.

export type RequestOriginHeaders = { origin: string | null; secFetchSite: string | null };

/** Whether the request comes from one of the shop's own pages (shopOrigin is the shop's origin, when known). */
export function isSameOriginRequest(headers: RequestOriginHeaders, shopOrigin: string | null): boolean {
  if (headers.secFetchSite !== null) return headers.secFetchSite === 'same-origin';
  return headers.origin !== null && shopOrigin !== null && headers.origin === shopOrigin;
}
