// The hosted Checkout page at a session's `url`, plain HTML forms that work without JavaScript:
//   GET  /checkout/pay/<session id>         the order and "Pay with MobilePay" (an error above it after a failed try)
//   POST /checkout/pay/<session id>         Pay: the session's PaymentIntent is made or confirmed again, then 303 to
//                                           the same MobilePay test page the Direct API uses (pages/authorize.ts)
//   GET  /checkout/pay/<session id>/return  where MobilePay sends the shopper back: 303 to success_url, with
//                                           {CHECKOUT_SESSION_ID} replaced, once paid; to the page otherwise
// A complete or expired session shows a page saying so and never takes a second payment. Like the MobilePay test
// page, the page answers on any host (only the unguessable session id finds it) and Pay only on the emulator's own.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkoutPagePath, intentOf, pay } from '../checkout/lifecycle';
import { noRequest } from '../event-log';
import { BodyTooLarge, FORM_BODY_LIMIT, readBody } from '../http/body';
import { ApiError } from '../http/errors';
import { namesOwnHost, refuseForeignHost } from '../http/own-host';
import { header } from '../http/pipeline';
import { isCrossSite } from '../http/same-origin';
import { isEmailAddress } from '../payment-intents/fields';
import type { Runtime } from '../runtime';
import type { SessionRecord } from '../state';
import { pageLanguage, type PageLanguage } from './checkout-text';
import { checkoutPage, closedCheckoutPage } from './checkout-view';
import { page } from './html';

export const checkoutPagePattern = /^\/checkout\/pay\/(cs_test_[A-Za-z0-9]+)(\/return)?$/;

type Visit = { runtime: Runtime; record: SessionRecord; language: PageLanguage; response: ServerResponse };

/** `same-origin`: the shop never sees the page's URL as a referrer; the page's own form still posts with its Origin. */
function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'same-origin' });
  response.end(html);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { Location: location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'same-origin' });
  response.end();
}

/** The last attempt to pay failed (declined, or not authorized in time): the page says so and offers Pay again. */
function lastAttemptFailed(visit: Visit): boolean {
  const intent = intentOf(visit.runtime, visit.record.session)?.intent;
  return intent?.status === 'requires_payment_method' && intent.last_payment_error !== null;
}

function showOpen(visit: Visit, status: number, error: 'failed' | 'emailInvalid' | null): void {
  const { session, lineItems } = visit.record;
  const view = { session, lineItems, language: visit.language, merchantName: visit.runtime.merchantName, action: checkoutPagePath(session.id), error };
  send(visit.response, status, checkoutPage(view));
}

/** Complete: 200 on a visit, 409 to a second Pay; expired: 410. */
function showClosed(visit: Visit, pressedPay: boolean, justPaid = false): void {
  const { session } = visit.record;
  const status = session.status === 'expired' ? 410 : pressedPay ? 409 : 200;
  const view = { session, language: visit.language, merchantName: visit.runtime.merchantName, successUrl: successTarget(visit.record), justPaid };
  send(visit.response, status, closedCheckoutPage(view));
}

/** success_url with Stripe's template variable replaced by the session's id, as Stripe does when it redirects. */
function successTarget({ session }: SessionRecord): string | null {
  return session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', session.id) ?? null;
}

/** Back from MobilePay: paid means on to the shop; anything else (failed, gone back) means the page again. */
function afterMobilePay(visit: Visit): void {
  const { session } = visit.record;
  if (session.status !== 'complete') return redirect(visit.response, checkoutPagePath(session.id));
  const target = successTarget(visit.record);
  if (target) return redirect(visit.response, target);
  showClosed(visit, false, true);
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams | undefined> {
  try {
    return new URLSearchParams(await readBody(request, FORM_BODY_LIMIT));
  } catch (error) {
    if (error instanceof BodyTooLarge) return undefined;
    throw error;
  }
}

async function pressPay(visit: Visit, request: IncomingMessage): Promise<void> {
  const { runtime, record, response } = visit;
  if (!namesOwnHost(request, runtime.ownHosts)) return refuseForeignHost(response, runtime.ownHosts);
  if (isCrossSite(request, runtime.publicUrl)) return send(response, 403, page({ title: 'Refused', body: '<h1>Refused: this form was posted from another site.</h1>' }));
  const form = await readForm(request);
  if (form === undefined) {
    response.setHeader('Connection', 'close');
    return send(response, 413, page({ title: 'Too large', body: '<h1>The form was too large.</h1>' }));
  }
  if (record.session.status !== 'open') return showClosed(visit, true);
  const email = record.session.customer_email ?? form.get('email')?.trim() ?? '';
  if (!isEmailAddress(email)) return showOpen(visit, 400, 'emailInvalid');
  try {
    redirect(response, pay({ ...runtime, request: noRequest }, record, email));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showOpen(visit, 409, 'failed');
  }
}

export async function handleCheckoutPage(runtime: Runtime, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const [, sessionId = '', returning] = checkoutPagePattern.exec(url.pathname) ?? [];
  const record = runtime.state.checkoutSessions.get(sessionId);
  if (!record) return send(response, 404, page({ title: 'Checkout page not found', body: '<h1>This checkout page does not exist.</h1>' }));
  const visit: Visit = { runtime, record, response, language: pageLanguage(record.session.locale, header(request, 'accept-language')) };
  if (request.method === 'POST' && !returning) return pressPay(visit, request);
  if (request.method !== 'GET') return send(response, 405, page({ title: 'Method not allowed', body: '<h1>Method not allowed.</h1>' }));
  if (returning) return afterMobilePay(visit);
  if (record.session.status !== 'open') return showClosed(visit, false);
  showOpen(visit, 200, lastAttemptFailed(visit) ? 'failed' : null);
}
