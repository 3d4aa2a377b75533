// Checkout Sessions in the contract tests: a session made with the parameters the shop sends, and the shopper's way
// through the hosted page (Pay), the MobilePay test page (Authorize / Fail) and back.
import type Stripe from 'stripe';
import type { Emulator } from '../server';
import { pressButton } from './support';

export const SUCCESS_URL = 'https://shop.example/da-dk/checkout/return?session_id={CHECKOUT_SESSION_ID}';
export const CANCEL_URL = 'https://shop.example/da-dk/cart';

/** An `expires_at` `minutes` from now on the caller's clock, as the shop computes it. */
export const inMinutes = (minutes: number) => Math.floor(Date.now() / 1000) + minutes * 60;

/** How far the emulator's clock runs ahead of real time. */
export async function clockOffset(emulator: Emulator): Promise<number> {
  const clock = (await (await fetch(`${emulator.url}/_emulator/clock`)).json()) as { offset_seconds: number };
  return clock.offset_seconds;
}

/**
 * What the shop sends for an order of two coffees (2 × 45,00 kr.) and a tea (35,00 kr.): 125,00 kr. in all. The
 * shop also sends `expires_at`; tests that need one add it (inMinutes).
 */
export function shopSessionParams(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'payment',
    line_items: [
      { price_data: { currency: 'dkk', unit_amount: 4500, product_data: { name: 'Kaffe' } }, quantity: 2 },
      { price_data: { currency: 'dkk', unit_amount: 3500, product_data: { name: 'Te' } }, quantity: 1 },
    ],
    allowed_payment_method_types: ['mobilepay'],
    customer_email: 'kunde@example.dk',
    locale: 'da',
    success_url: SUCCESS_URL,
    cancel_url: CANCEL_URL,
    client_reference_id: 'order-42',
    metadata: { order_id: '42' },
    payment_intent_data: {
      capture_method: 'automatic',
      metadata: { order_id: '42' },
      description: 'Ordre 42',
      shipping: { name: 'Karen Jensen', address: { line1: 'Nørregade 1', postal_code: '1165', city: 'København K', country: 'DK' } },
    },
    ...overrides,
  };
}

export function createShopSession(
  stripe: Stripe,
  overrides: Partial<Stripe.Checkout.SessionCreateParams> = {},
  options?: Stripe.RequestOptions,
): Promise<Stripe.Response<Stripe.Checkout.Session>> {
  return stripe.checkout.sessions.create(shopSessionParams(overrides), options);
}

export function sessionUrl(session: Stripe.Checkout.Session): string {
  if (!session.url) throw new Error(`session ${session.id} has no url (status ${session.status})`);
  return session.url;
}

/** The hosted page as a browser gets it. */
export async function openPage(url: string, headers: Record<string, string> = {}): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { headers });
  return { status: response.status, html: await response.text() };
}

/** Presses Pay on the hosted page (the form's fields as given) and returns the answer, redirects not followed. */
export function pressPay(url: string, form: Record<string, string> = { action: 'pay' }, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
    redirect: 'manual',
  });
}

export function locationOf(response: Response): string {
  const location = response.headers.get('location');
  if (response.status !== 303 || !location) throw new Error(`expected a 303 redirect, got ${response.status}`);
  return location;
}

/**
 * The whole way: Pay, then Authorize or Fail on the MobilePay test page, then back to the emulator's Checkout page,
 * which sends the browser on. Returns each address the browser was sent to.
 */
export async function payThrough(session: Stripe.Checkout.Session, decision: 'authorize' | 'fail'): Promise<{ mobilepay: string; back: URL; next: string }> {
  const url = sessionUrl(session);
  const mobilepay = locationOf(await pressPay(url));
  const back = await pressButton(mobilepay, decision);
  const next = locationOf(await fetch(back, { redirect: 'manual' }));
  return { mobilepay, back, next: new URL(next, back).toString() };
}
