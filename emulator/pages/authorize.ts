// The MobilePay test page behind next_action.redirect_to_url.url: names the merchant, shows the amount, and offers
// "Authorize test payment" and "Fail test payment" as plain HTML forms. After a choice: 303 to the return_url.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Stripe from 'stripe';
import { BodyTooLarge, FORM_BODY_LIMIT, readBody } from '../http/body';
import { namesOwnHost, refuseForeignHost } from '../http/own-host';
import { isCrossSite } from '../http/same-origin';
import { authorizePayment } from '../checkout/lifecycle';
import { declinedByShopper, failAuthorization } from '../payment-intents/lifecycle';
import { noRequest } from '../event-log';
import type { Runtime } from '../runtime';
import type { IntentRecord } from '../state';
import { escapeHtml, page } from './html';

export const authorizePath = /^\/authorize\/(acct_[A-Za-z0-9]+)\/(pa_nonce_[A-Za-z0-9]+)$/;

function formatAmount(intent: Stripe.PaymentIntent): string {
  const locale = intent.currency === 'dkk' ? 'da-DK' : intent.currency === 'eur' ? 'fi-FI' : 'en';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: intent.currency.toUpperCase() }).format(intent.amount / 100);
}

/** The return_url with Stripe's three parameters added, keeping whatever query it already had. */
export function returnTarget(intent: Stripe.PaymentIntent, returnUrl: string, outcome: 'succeeded' | 'failed'): string {
  const url = new URL(returnUrl);
  url.searchParams.set('payment_intent', intent.id);
  url.searchParams.set('payment_intent_client_secret', intent.client_secret ?? '');
  url.searchParams.set('redirect_status', outcome);
  return url.toString();
}

/**
 * `same-origin`: the shop never sees the page's URL (its nonce) as a referrer, while the page's own buttons still
 * post with its Origin, which the cross-site check needs (with `no-referrer` browsers send `Origin: null`).
 */
function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'same-origin' });
  response.end(html);
}

function openRecord(runtime: Runtime, nonce: string): IntentRecord | undefined {
  const intentId = runtime.state.nonces.get(nonce);
  const record = intentId ? runtime.state.intents.get(intentId) : undefined;
  if (!record || record.intent.status !== 'requires_action' || record.attempt?.nonce !== nonce || record.attempt.used) return undefined;
  return record;
}

function closedPage(record: IntentRecord | undefined): string {
  const { intent, attempt } = record ?? {};
  const outcome = intent?.status === 'succeeded' || intent?.status === 'requires_capture' ? 'succeeded' : 'failed';
  const back = intent && attempt ? `<p><a class="button secondary" href="${escapeHtml(returnTarget(intent, attempt.returnUrl, outcome))}">Back to the shop</a></p>` : '';
  return page({
    title: 'MobilePay test payment unavailable',
    body: `<h1>This test payment can no longer be authorized</h1>
<p>The link has been used already, the five minutes to authorize have run out, or the payment was canceled.</p>${back}`,
  });
}

function testPage(record: IntentRecord, action: string, merchantName: string): string {
  const { intent } = record;
  return page({
    title: `MobilePay test payment · ${merchantName}`,
    body: `<p class="badge">Test mode · MobilePay</p>
<h1>${escapeHtml(merchantName)}</h1>
<p class="amount" aria-label="Amount">${escapeHtml(formatAmount(intent))}</p>
${intent.description ? `<p>${escapeHtml(intent.description)}</p>` : ''}
<p>This is a test payment page. In live mode the shopper approves the payment in the MobilePay app.</p>
<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="decision" value="authorize"><button type="submit">Authorize test payment</button></form>
<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="decision" value="fail"><button type="submit" class="secondary">Fail test payment</button></form>`,
  });
}

/** The button pressed; undefined when the body was too large to read. */
async function readDecision(request: IncomingMessage): Promise<string | null | undefined> {
  try {
    return new URLSearchParams(await readBody(request, FORM_BODY_LIMIT)).get('decision');
  } catch (error) {
    if (error instanceof BodyTooLarge) return undefined;
    throw error;
  }
}

export async function handleAuthorizePage(runtime: Runtime, request: IncomingMessage, response: ServerResponse, nonce: string, path: string): Promise<void> {
  const record = openRecord(runtime, nonce);
  // The page itself answers on any Host: it changes nothing, and only the unguessable nonce in its URL finds it.
  // Its buttons answer only on the emulator's own names (http/own-host.ts), which include the host of the URL the
  // emulator sent the shopper to (STRIPE_EMULATOR_PUBLIC_URL's, or its own), so its own forms always get through.
  if (request.method === 'GET') {
    if (!record) {
      const intentId = runtime.state.nonces.get(nonce);
      return send(response, 410, closedPage(intentId ? runtime.state.intents.get(intentId) : undefined));
    }
    return send(response, 200, testPage(record, path, runtime.merchantName));
  }
  if (request.method !== 'POST') return send(response, 405, closedPage(undefined));
  if (!namesOwnHost(request, runtime.ownHosts)) return refuseForeignHost(response, runtime.ownHosts);
  if (isCrossSite(request, runtime.publicUrl)) return send(response, 403, closedPage(undefined));
  const decision = await readDecision(request);
  if (decision === undefined) {
    response.setHeader('Connection', 'close');
    return send(response, 413, closedPage(undefined));
  }
  if (!record?.attempt || (decision !== 'authorize' && decision !== 'fail')) {
    const intentId = runtime.state.nonces.get(nonce);
    return send(response, record ? 400 : 410, closedPage(intentId ? runtime.state.intents.get(intentId) : undefined));
  }
  const { attempt } = record;
  attempt.used = true;
  const change = { ...runtime, request: noRequest };
  if (decision === 'authorize') authorizePayment(change, record);
  else failAuthorization(change, record, declinedByShopper);
  response.writeHead(303, { Location: returnTarget(record.intent, attempt.returnUrl, decision === 'authorize' ? 'succeeded' : 'failed') });
  response.end();
}
