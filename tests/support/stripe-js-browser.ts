// What the browser does around the client-confirm path, for tests that run against the in-process emulator:
// Stripe.js's confirm request and the shopper's button on the MobilePay test page. The shop's webhook endpoint is
// tests/support/webhook-receiver.ts.

/** The request Stripe.js's confirmMobilepayPayment sends: the publishable key and the client secret, form-encoded. */
export async function confirmAsStripeJs(apiBase: string, clientSecret: string, returnUrl: string): Promise<{ status: string; redirectUrl: string }> {
  const id = clientSecret.split('_secret_')[0] ?? '';
  const body = new URLSearchParams({ key: 'pk_test_unit', client_secret: clientSecret, return_url: returnUrl, 'payment_method_data[type]': 'mobilepay' });
  const response = await fetch(`${apiBase}/v1/payment_intents/${id}/confirm`, { method: 'POST', body });
  const json = (await response.json()) as { status?: string; next_action?: { redirect_to_url?: { url?: string } } };
  if (!response.ok || !json.status) throw new Error(`Stripe.js confirm failed: ${response.status} ${JSON.stringify(json)}`);
  return { status: json.status, redirectUrl: json.next_action?.redirect_to_url?.url ?? '' };
}

/** The shopper presses Authorize or Fail on the MobilePay test page; returns where the page sends the browser. */
export async function pressTestPageButton(redirectUrl: string, decision: 'authorize' | 'fail'): Promise<URL> {
  const answer = await fetch(redirectUrl, { method: 'POST', body: new URLSearchParams({ decision }), redirect: 'manual' });
  const location = answer.headers.get('location');
  if (answer.status !== 303 || !location) throw new Error(`the test page answered ${answer.status} without a redirect`);
  return new URL(location);
}
