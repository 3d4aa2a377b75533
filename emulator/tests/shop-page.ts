// A page on some origin running the emulator's Stripe.js (emulator/stripe-js/stripe.js) as a browser would: the
// script loaded from the emulator, its fetches held to the browser's CORS rules. A cross-origin answer the emulator
// did not grant to the page's origin rejects as a browser's `Failed to fetch` does, and a request that is not
// CORS-simple is preflighted first; so a test sees exactly what the shop's page would.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Emulator } from '../server';
import { recordForSchemaCheck } from './support';

/** What Stripe.js's methods resolve with, as far as a test reads it. */
export type StripeJsResult = { paymentIntent?: { id: string; status: string }; error?: { type: string; message: string } };

type StripeJs = {
  confirmMobilepayPayment: (clientSecret: string, data: { return_url: string }) => Promise<StripeJsResult>;
  retrievePaymentIntent: (clientSecret: string) => Promise<StripeJsResult>;
};

/** One fetch the page made: whether the browser had to preflight it, and whether CORS let the page read the answer. */
export type PageFetch = { method: string; url: string; preflighted: boolean; readable: boolean };

export type ShopPage = {
  stripe: (publishableKey: string) => StripeJs;
  fetches: PageFetch[];
  /** Where Stripe.js sent the browser (window.location.assign). */
  navigations: string[];
};

const stripeJsSource = readFileSync(path.join(__dirname, '../stripe-js/stripe.js'), 'utf8');

/** The Fetch standard's CORS-safelisted request: no preflight for these. */
function isSimple(method: string, headers: Headers): boolean {
  const simpleTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
  const simpleHeader = ([name, value]: [string, string]) =>
    ['accept', 'accept-language', 'content-language'].includes(name) || (name === 'content-type' && simpleTypes.includes(value.split(';')[0]?.trim() ?? ''));
  return ['GET', 'HEAD', 'POST'].includes(method) && [...headers.entries()].every(simpleHeader);
}

/** fetch as a page on `origin` makes it: cross-origin answers are readable only when granted to that origin. */
function browserFetch(origin: string, fetches: PageFetch[]) {
  return async (input: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> => {
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    const crossOrigin = new URL(input).origin !== origin;
    const record = (preflighted: boolean, readable: boolean) => fetches.push({ method, url: input, preflighted, readable });
    const preflighted = crossOrigin && !isSimple(method, headers);
    if (preflighted) {
      const preflight = await fetch(input, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': [...headers.keys()].join(',') },
      });
      if (!preflight.ok || preflight.headers.get('access-control-allow-origin') !== origin) {
        record(true, false);
        throw new TypeError('Failed to fetch');
      }
    }
    // Browsers send Origin on every cross-origin request, and on same-origin ones but GET and HEAD.
    const sendsOrigin = crossOrigin || (method !== 'GET' && method !== 'HEAD');
    const response = await fetch(input, { method, headers: { ...Object.fromEntries(headers), ...(sendsOrigin ? { Origin: origin } : {}) }, body: init.body });
    const readable = !crossOrigin || response.headers.get('access-control-allow-origin') === origin;
    record(preflighted, readable);
    if (!readable) throw new TypeError('Failed to fetch');
    if (new URL(input).pathname.startsWith('/v1/')) recordForSchemaCheck(`${method} ${new URL(input).pathname} (Stripe.js)`, await response.clone().json());
    return response;
  };
}

/** A page at `origin` that has loaded the emulator's Stripe.js with <script src="…/js/stripe.js">. */
export function openShopPage(emulator: Emulator, origin: string): ShopPage {
  const fetches: PageFetch[] = [];
  const navigations: string[] = [];
  const window: { location: { origin: string; assign: (url: string) => void }; Stripe?: (key: string) => StripeJs } = {
    location: { origin, assign: (url) => navigations.push(url) },
  };
  const document = { currentScript: { src: `${emulator.url}/js/stripe.js` } };
  vm.runInNewContext(stripeJsSource, { window, document, fetch: browserFetch(origin, fetches), URL });
  const { Stripe } = window;
  if (!Stripe) throw new Error('the emulator\'s Stripe.js did not define window.Stripe');
  return { stripe: Stripe, fetches, navigations };
}
