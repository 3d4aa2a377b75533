import { localePath } from '@/lib/i18n/locale-path';
import { translatorFor } from '@/lib/i18n/translator';

// What a browser with JavaScript off sends when the shopper presses Pay with MobilePay: the Pay form's hidden inputs
// (React's server action fields), as multipart/form-data, to the page the form is on, with the shopper's cookies.
// The shopper shops in Denmark, in Danish.

const locale = 'da-dk';
export const cartPath = localePath(locale, '/cart');

export const cartCookie = (lines: Array<{ productId: string; quantity: number }>) => `cart=${encodeURIComponent(JSON.stringify(lines))}`;

const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (value: string) => value.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

/** The hidden fields of the form whose submit button says Pay with MobilePay; throws when the page has none. */
export function payFormFields(html: string): Array<[string, string]> {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((match) => match[0]).find((body) => body.includes(translatorFor(locale)('cart.payWithMobilePay')));
  if (form === undefined) throw new Error('the cart page has no Pay with MobilePay form');
  return [...form.matchAll(/<input\b[^>]*>/g)].flatMap(([input]) => {
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name === undefined || !/\btype="hidden"/.test(input)) return [];
    return [[decode(name), decode(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? '')] as [string, string]];
  });
}

/** What the shopper types into the Pay form: who buys and where it goes (a Danish address). */
const details: Array<[string, string]> = [
  ['email', 'freja@example.dk'],
  ['name', 'Freja Jensen'],
  ['street', 'Nørregade 12'],
  ['postalCode', '8000'],
  ['city', 'Aarhus C'],
];

/** Reads the cart page as the shopper's browser would and returns the Pay form's fields, filled in. */
export async function loadPayForm(shopUrl: string, cookie: string): Promise<Array<[string, string]>> {
  const response = await fetch(`${shopUrl}${cartPath}`, { headers: { Cookie: cookie } });
  if (response.status !== 200) throw new Error(`GET ${cartPath} answered ${response.status}`);
  return [...payFormFields(await response.text()), ...details];
}

/**
 * Presses Pay: returns the 303's Location (the MobilePay page), or throws with what the shop answered instead.
 * `clientAddress`: the shopper's address as a load balancer in front of the shop reports it (the benchmark shop
 * trusts one proxy hop), so that many shoppers are many clients to the rate limits, as they would be.
 */
export async function pressPay(shopUrl: string, cookie: string, fields: ReadonlyArray<[string, string]>, clientAddress?: string): Promise<string> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  const headers = { Cookie: cookie, ...(clientAddress && { 'X-Forwarded-For': clientAddress }) };
  const response = await fetch(`${shopUrl}${cartPath}`, { method: 'POST', headers, body, redirect: 'manual' });
  const location = response.headers.get('location');
  await response.arrayBuffer();
  if (response.status !== 303 || location === null) throw new Error(`Pay answered ${response.status} without a redirect`);
  return location;
}

/** What the shopper does on the MobilePay test page: presses Authorize test payment; returns where it sends them. */
export async function authorizeOnTestPage(redirectUrl: string): Promise<string> {
  await (await fetch(redirectUrl)).text();
  const answer = await fetch(redirectUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'decision=authorize',
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  await answer.arrayBuffer();
  if (answer.status !== 303 || location === null) throw new Error(`the test page answered ${answer.status} without a redirect`);
  return location;
}

/**
 * A real order paid through the emulator: the cart, Pay, Authorize test payment, and the return step (one look at
 * Stripe); returns the complete page's URL it sends the shopper to, which then reads only the database.
 */
export async function paidCompletePageUrl(shopUrl: string): Promise<string> {
  const cookie = cartCookie([{ productId: 'prod-candle', quantity: 1 }]);
  const mobilePay = await pressPay(shopUrl, cookie, await loadPayForm(shopUrl, cookie));
  const returned = await fetch(await authorizeOnTestPage(mobilePay), { redirect: 'manual' });
  const location = returned.headers.get('location');
  await returned.arrayBuffer();
  if (returned.status !== 303 || location === null) throw new Error(`the return step answered ${returned.status} without a redirect`);
  return new URL(location, shopUrl).href;
}
