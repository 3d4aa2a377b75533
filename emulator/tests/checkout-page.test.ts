// The hosted Checkout page over HTTP, as a browser without JavaScript uses it: the order in the session's language,
// Pay with MobilePay, the same MobilePay test page the Direct API uses, and back: on to success_url once authorized,
// to the page with an error after a failure, never a second payment once complete.
import { request as httpRequest } from 'node:http';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../server';
import { CANCEL_URL, createShopSession, locationOf, openPage, payThrough, pressPay, sessionUrl, SUCCESS_URL } from './checkout-support';
import { advanceClock, pressButton, startEmulatorWithClient, stripeError } from './support';

let emulator: Emulator;
let stripe: Stripe;

beforeAll(async () => ({ emulator, stripe } = await startEmulatorWithClient()));
afterAll(() => emulator.close());

const NBSP = '\u00a0';
const euroLines = [
  { price_data: { currency: 'eur', unit_amount: 450, product_data: { name: 'Kahvi' } }, quantity: 2 },
  { price_data: { currency: 'eur', unit_amount: 350, product_data: { name: 'Tee' } }, quantity: 1 },
];

async function intentOf(session: Stripe.Checkout.Session): Promise<Stripe.PaymentIntent> {
  const current = await stripe.checkout.sessions.retrieve(session.id);
  if (typeof current.payment_intent !== 'string') throw new Error(`session ${session.id} has no PaymentIntent yet`);
  return stripe.paymentIntents.retrieve(current.payment_intent);
}

/** The events about one payment through a session (the session, its PaymentIntent, its charges), oldest first. */
async function eventTypesOf(sessionId: string, intentId: string): Promise<string[]> {
  const events = await stripe.events.list({ limit: 100 });
  return events.data
    .filter((event) => {
      const object = event.data.object as { id?: string; payment_intent?: unknown };
      return object.id === sessionId || object.id === intentId || object.payment_intent === intentId;
    })
    .reverse()
    .map((event) => event.type);
}

/** A POST to the page with the Host header of a page on another site that rebound its name to the emulator. */
function payWithHost(url: string, host: string): Promise<number> {
  const { port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { hostname: '127.0.0.1', port, path: pathname, method: 'POST', setHost: false, headers: { Host: host, 'Content-Type': 'application/x-www-form-urlencoded' } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end('action=pay');
  });
}

describe('the page', () => {
  it('lists each line and the total in Danish for locale da, with the merchant and MobilePay as the way to pay', async () => {
    const { status, html } = await openPage(sessionUrl(await createShopSession(stripe)));
    expect(status).toBe(200);
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('<h1>Lille Butik</h1>');
    expect(html).toContain(`<tr><td class="wrap">Kaffe</td><td class="number">2</td><td class="number">90,00${NBSP}kr.</td></tr>`);
    expect(html).toContain(`<tr><td class="wrap">Te</td><td class="number">1</td><td class="number">35,00${NBSP}kr.</td></tr>`);
    expect(html).toContain(`<th scope="row" colspan="2">I alt</th><td class="number" id="total">125,00${NBSP}kr.</td>`);
    expect(html).toContain('<button type="submit" name="action" value="pay">Betal med MobilePay</button>');
    expect(html.match(/<button/g)).toHaveLength(1);
  });

  it('speaks Finnish for locale fi, with euros written as Finland writes them', async () => {
    const { html } = await openPage(sessionUrl(await createShopSession(stripe, { locale: 'fi', line_items: euroLines })));
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain(`<td class="wrap">Kahvi</td><td class="number">2</td><td class="number">9,00${NBSP}€</td>`);
    expect(html).toContain(`<th scope="row" colspan="2">Yhteensä</th><td class="number" id="total">12,50${NBSP}€</td>`);
    expect(html).toContain('Maksa MobilePaylla');
    expect(html).toContain('>Takaisin</a>');
  });

  it('speaks English for locale en', async () => {
    const { html } = await openPage(sessionUrl(await createShopSession(stripe, { locale: 'en', line_items: euroLines })));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<th scope="row" colspan="2">Total</th><td class="number" id="total">€12.50</td>');
    expect(html).toContain('Pay with MobilePay');
    expect(html).toContain('>Back</a>');
  });

  it('speaks English for a locale it has no words for', async () => {
    const { html } = await openPage(sessionUrl(await createShopSession(stripe, { locale: 'de' })));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Pay with MobilePay');
  });

  it('follows the browser\'s language when the locale is auto', async () => {
    const { html } = await openPage(sessionUrl(await createShopSession(stripe, { locale: 'auto' })), { 'Accept-Language': 'fi-FI,fi;q=0.9,en;q=0.8' });
    expect(html).toContain('<html lang="fi">');
  });

  it('links back to the shop\'s cancel_url', async () => {
    const { html } = await openPage(sessionUrl(await createShopSession(stripe)));
    expect(html).toContain(`<a class="button secondary" href="${CANCEL_URL}">Tilbage</a>`);
  });

  it('works without JavaScript, in one main landmark with one h1, its table headers and form fields labelled', async () => {
    const session = await createShopSession(stripe, { customer_email: undefined });
    const { html } = await openPage(sessionUrl(session));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html.match(/<main[ >]/g)).toHaveLength(1);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html).toContain(`<form method="post" action="/checkout/pay/${session.id}">`);
    expect(html).toContain('<label for="email">E-mail</label>');
    expect(html).toContain('<input id="email" name="email" type="email" autocomplete="email" required>');
  });

  it('answers 404 for a session it does not have', async () => {
    expect((await openPage(`${emulator.url}/checkout/pay/cs_test_nothing`)).status).toBe(404);
  });
});

describe('paying', () => {
  it('makes the session\'s PaymentIntent on Pay and sends the browser to the MobilePay test page', async () => {
    const session = await createShopSession(stripe);
    const mobilepay = locationOf(await pressPay(sessionUrl(session)));
    expect(mobilepay).toMatch(new RegExp(`^${emulator.url}/authorize/acct_[A-Za-z0-9]+/pa_nonce_[A-Za-z0-9]+$`));
    const intent = await intentOf(session);
    expect(intent).toMatchObject({
      status: 'requires_action',
      amount: 12500,
      currency: 'dkk',
      capture_method: 'automatic',
      metadata: { order_id: '42' },
      description: 'Ordre 42',
      shipping: { name: 'Karen Jensen', address: { line1: 'Nørregade 1', postal_code: '1165', city: 'København K', country: 'DK' } },
      allowed_payment_method_types: ['mobilepay'],
      payment_method_types: ['mobilepay'],
      next_action: { type: 'redirect_to_url', redirect_to_url: { url: mobilepay, return_url: `${sessionUrl(session)}/return` } },
    });
  });

  it('leads to the same MobilePay test page as the Direct API, with Authorize and Fail', async () => {
    const session = await createShopSession(stripe);
    const page = await (await fetch(locationOf(await pressPay(sessionUrl(session))))).text();
    expect(page).toContain('Authorize test payment');
    expect(page).toContain('Fail test payment');
  });

  it('completes the session on Authorize and sends the browser to success_url with the session id filled in', async () => {
    const session = await createShopSession(stripe);
    const { next } = await payThrough(session, 'authorize');
    expect(next).toBe(SUCCESS_URL.replace('{CHECKOUT_SESSION_ID}', session.id));
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({
      status: 'complete',
      payment_status: 'paid',
      url: null,
      customer_details: { email: 'kunde@example.dk' },
    });
    expect((await intentOf(session)).status).toBe('succeeded');
  });

  it('completes the session unpaid under manual capture, the PaymentIntent waiting in requires_capture', async () => {
    const session = await createShopSession(stripe, { payment_intent_data: { capture_method: 'manual', metadata: { order_id: '43' } } });
    await payThrough(session, 'authorize');
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
    expect(await intentOf(session)).toMatchObject({ status: 'requires_capture', capture_method: 'manual', amount_capturable: 12500, metadata: { order_id: '43' } });
  });

  it.each([
    ['payment_intent.succeeded', 'automatic'],
    ['payment_intent.amount_capturable_updated', 'manual'],
  ] as const)("emits the PaymentIntent's events, %s among them, then checkout.session.completed (%s capture)", async (outcome, captureMethod) => {
    const session = await createShopSession(stripe, { payment_intent_data: { capture_method: captureMethod } });
    await payThrough(session, 'authorize');
    const intent = await intentOf(session);
    expect(await eventTypesOf(session.id, intent.id)).toEqual([
      'payment_intent.created',
      'payment_intent.requires_action',
      'charge.succeeded',
      outcome,
      'checkout.session.completed',
    ]);
  });

  it('brings the shopper back to the page after Fail, with the error in the session\'s language', async () => {
    const session = await createShopSession(stripe);
    const { next } = await payThrough(session, 'fail');
    expect(next).toBe(sessionUrl(session));
    const { status, html } = await openPage(next);
    expect(status).toBe(200);
    expect(html).toContain('<p class="notice bad" role="alert" id="checkout-error">Betalingen blev ikke gennemført. Prøv igen.</p>');
    expect(html).toContain('Betal med MobilePay');
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'open', payment_status: 'unpaid' });
  });

  it('says so in Finnish after a failure on a Finnish session', async () => {
    const session = await createShopSession(stripe, { locale: 'fi', line_items: euroLines });
    await payThrough(session, 'fail');
    expect((await openPage(sessionUrl(session))).html).toContain('Maksu ei onnistunut. Yritä uudelleen.');
  });

  it('confirms the same PaymentIntent when the shopper pays again after a failure', async () => {
    const session = await createShopSession(stripe);
    await payThrough(session, 'fail');
    const failed = await intentOf(session);
    expect(failed.status).toBe('requires_payment_method');
    const { next } = await payThrough(session, 'authorize');
    expect(next).toBe(SUCCESS_URL.replace('{CHECKOUT_SESSION_ID}', session.id));
    const paid = await intentOf(session);
    expect(paid.id).toBe(failed.id);
    expect(paid.status).toBe('succeeded');
    expect((await stripe.paymentIntents.list({ limit: 100 })).data.filter((intent) => intent.id === failed.id)).toHaveLength(1);
  });

  it('makes a new MobilePay link when the shopper comes back and presses Pay again, the old one dead', async () => {
    const session = await createShopSession(stripe);
    const first = locationOf(await pressPay(sessionUrl(session)));
    const firstIntent = await intentOf(session);
    const second = locationOf(await pressPay(sessionUrl(session)));
    expect(second).not.toBe(first);
    expect((await fetch(first)).status).toBe(410);
    expect((await intentOf(session)).id).toBe(firstIntent.id);
  });

  it('shows the error when the five minutes to authorize in MobilePay ran out', async () => {
    const session = await createShopSession(stripe);
    locationOf(await pressPay(sessionUrl(session)));
    await advanceClock(emulator, 5 * 60);
    expect((await openPage(sessionUrl(session))).html).toContain('role="alert"');
  });

  it('asks for the e-mail address when the session has none, refuses one that is not, and reports the one given', async () => {
    const session = await createShopSession(stripe, { customer_email: undefined });
    const refused = await pressPay(sessionUrl(session), { email: 'kunde', action: 'pay' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Indtast en gyldig e-mailadresse.');
    const mobilepay = locationOf(await pressPay(sessionUrl(session), { email: 'kunde@example.fi', action: 'pay' }));
    await pressButton(mobilepay, 'authorize');
    expect((await stripe.checkout.sessions.retrieve(session.id)).customer_details?.email).toBe('kunde@example.fi');
  });

  it('shows its own completion page when the session has no success_url', async () => {
    const session = await createShopSession(stripe, { success_url: undefined });
    const back = await pressButton(locationOf(await pressPay(sessionUrl(session))), 'authorize');
    const answer = await fetch(back, { redirect: 'manual' });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('Betalingen er gennemført');
  });
});

describe('a session that can no longer be paid', () => {
  it('answers Pay on a complete session with a page saying so, and takes no second payment', async () => {
    const session = await createShopSession(stripe);
    await payThrough(session, 'authorize');
    const intentsBefore = (await stripe.paymentIntents.list({ limit: 100 })).data.length;
    const answer = await pressPay(sessionUrl(session));
    expect(answer.status).toBe(409);
    expect(await answer.text()).toContain('Denne betaling er allerede gennemført.');
    expect((await stripe.paymentIntents.list({ limit: 100 })).data).toHaveLength(intentsBefore);
    expect((await intentOf(session)).status).toBe('succeeded');
  });

  it('shows a complete session as complete, with the way on to success_url', async () => {
    const session = await createShopSession(stripe, { locale: 'en' });
    await payThrough(session, 'authorize');
    const { status, html } = await openPage(sessionUrl(session));
    expect(status).toBe(200);
    expect(html).toContain('This payment has already been completed.');
    expect(html).toContain(`href="${SUCCESS_URL.replace('{CHECKOUT_SESSION_ID}', session.id)}"`);
  });

  it('answers Pay on an expired session with the expired page', async () => {
    const session = await createShopSession(stripe);
    await stripe.checkout.sessions.expire(session.id);
    const answer = await pressPay(sessionUrl(session));
    expect(answer.status).toBe(410);
    expect(await answer.text()).toContain('Betalingssiden er udløbet');
  });
});

describe('who may press Pay', () => {
  it('refuses a Pay posted from another site and makes no PaymentIntent', async () => {
    const session = await createShopSession(stripe);
    const answer = await pressPay(sessionUrl(session), { action: 'pay' }, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' });
    expect(answer.status).toBe(403);
    expect((await stripe.checkout.sessions.retrieve(session.id)).payment_intent).toBeNull();
  });

  it('accepts a Pay from the page itself', async () => {
    const session = await createShopSession(stripe);
    const answer = await pressPay(sessionUrl(session), { action: 'pay' }, { Origin: emulator.url, 'Sec-Fetch-Site': 'same-origin' });
    expect(answer.status).toBe(303);
  });

  it('refuses a Pay sent by a name that is not the emulator\'s (DNS rebinding)', async () => {
    const session = await createShopSession(stripe);
    expect(await payWithHost(sessionUrl(session), `attacker.example:${new URL(emulator.url).port}`)).toBe(403);
    expect((await stripe.checkout.sessions.retrieve(session.id)).payment_intent).toBeNull();
  });
});

describe('the session\'s PaymentIntent through the API', () => {
  it('refuses confirming it: the shopper pays it on the Checkout page', async () => {
    const session = await createShopSession(stripe);
    locationOf(await pressPay(sessionUrl(session)));
    const intent = await intentOf(session);
    const error = await stripeError(stripe.paymentIntents.confirm(intent.id, { payment_method_data: { type: 'mobilepay' }, return_url: 'https://shop.example/x' }));
    expect(error).toMatchObject({ statusCode: 400 });
    expect(error.message).toContain(session.id);
  });

  it('refuses canceling it before it is authorized: expire the session instead', async () => {
    const session = await createShopSession(stripe);
    locationOf(await pressPay(sessionUrl(session)));
    const intent = await intentOf(session);
    const error = await stripeError(stripe.paymentIntents.cancel(intent.id));
    expect(error.message).toContain('expire the Checkout Session instead');
    expect((await intentOf(session)).status).toBe('requires_action');
  });

  it('cancels it once authorized for a later capture (requires_capture)', async () => {
    const session = await createShopSession(stripe, { payment_intent_data: { capture_method: 'manual' } });
    await payThrough(session, 'authorize');
    const intent = await intentOf(session);
    expect((await stripe.paymentIntents.cancel(intent.id)).status).toBe('canceled');
  });

  it('captures it as any other authorized PaymentIntent', async () => {
    const session = await createShopSession(stripe, { payment_intent_data: { capture_method: 'manual' } });
    await payThrough(session, 'authorize');
    const intent = await intentOf(session);
    expect((await stripe.paymentIntents.capture(intent.id)).status).toBe('succeeded');
  });
});
