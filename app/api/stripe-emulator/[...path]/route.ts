import { isFromShopPage } from '@/lib/checkout/same-origin';
import { env } from '@/lib/env';
import { jsonAnswer } from '@/lib/http/json-answer';
import { readCappedBody } from '@/lib/http/read-capped-body';
import { EMULATOR_STRIPE_JS_PATH } from '@/lib/parse-env';

// Emulator mode only: the emulator's Stripe.js, and the two calls it makes (confirm and retrieve), served from the
// shop's own origin (/api/stripe-emulator/js/stripe.js, …/v1/payment_intents/pi_…[/confirm]) and passed on to the
// emulator at STRIPE_API_BASE. So the shop's pages load scripts and call APIs on their own origin in emulator mode, and on Stripe's
// (js.stripe.com, api.stripe.com) with real keys: one Content-Security-Policy serves every mode
// (lib/security-headers.ts), and the browser never needs the emulator's port. With real keys this answers 404.
//
// Only those paths, and only what Stripe.js sends (the publishable key and the client secret in the query or the
// form): no cookie of the shop's, no other header, reaches the emulator. Since the emulator then cannot see who asks,
// the calls are taken only from the shop's own pages (lib/checkout/same-origin.ts), as the emulator itself refuses
// other sites' forms; the script may be loaded by anyone, as Stripe's is.

const forwarded: Array<{ method: 'GET' | 'POST'; path: RegExp }> = [
  { method: 'GET', path: new RegExp(`^${EMULATOR_STRIPE_JS_PATH.replaceAll('.', '\\.')}$`) },
  { method: 'GET', path: /^\/v1\/payment_intents\/pi_\w+$/ },
  { method: 'POST', path: /^\/v1\/payment_intents\/pi_\w+\/confirm$/ },
];

/** The emulator's Stripe.js sends forms a few hundred bytes long. */
const MAX_FORM_BYTES = 8 * 1024;

const plainText = (status: number, text: string) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

async function forward(request: Request, segments: string[]): Promise<Response> {
  const path = `/${segments.join('/')}`;
  if (env.stripeApiBase === null || !forwarded.some((route) => route.method === request.method && route.path.test(path))) return plainText(404, 'Not found.');
  if (path !== EMULATOR_STRIPE_JS_PATH && !isFromShopPage(request.headers, env.appUrl)) {
    return plainText(403, 'Only the shop’s own pages may call the Stripe emulator through the shop.');
  }
  const body = request.method === 'POST' ? await readCappedBody(request, MAX_FORM_BYTES) : undefined;
  if (body === null) return plainText(413, 'Request body too large.');
  const target = new URL(`${path}${new URL(request.url).search}`, env.stripeApiBase);
  try {
    const answer = await fetch(target, {
      method: request.method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(env.stripeTimeoutMs),
      redirect: 'manual', // the emulator, and nothing it might point to
    });
    const headers = new Headers({ 'Cache-Control': 'no-store' });
    const type = answer.headers.get('content-type');
    if (type !== null) headers.set('Content-Type', type);
    return new Response(await answer.arrayBuffer(), { status: answer.status, headers });
  } catch (error) {
    console.error(`The Stripe emulator at ${env.stripeApiBase.origin} did not answer ${request.method} ${path}`, error);
    return jsonAnswer({ error: { type: 'api_connection_error', message: 'The Stripe emulator did not answer.' } }, 502);
  }
}

type Context = { params: Promise<{ path: string[] }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return forward(request, (await params).path);
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return forward(request, (await params).path);
}
