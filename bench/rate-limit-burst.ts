import { cartCookie, cartPath, loadPayForm } from '@/bench/support/pay-form';
import { round, summarize, type LatencySummary } from '@/bench/support/stats';
import { EMULATOR_SECRET_KEY } from '@/emulator/defaults';
import { da } from '@/lib/i18n/messages/da';

// Benchmark: a campaign's burst against Stripe's rate limit. The emulator limits the shop's key as Stripe's test mode
// does (POST /_emulator/outage mode=rate_limit&per_second=25), then BURST shoppers press Pay within a few seconds,
// each from an address of its own, with JavaScript off. Each is counted as sent to MobilePay (303 to the test page),
// told the shop is busy (the form again, with that message, the cart kept), or anything else (which must be none);
// and afterwards every PaymentIntent is listed by its metadata.order_id: none may be created twice for one order.

export type BurstFigures = {
  shoppers: number;
  /** Over how many seconds the Pay presses were spread. */
  spreadSeconds: number;
  stripeLimitPerSecond: number;
  reachedMobilePay: number;
  toldBusy: number;
  otherAnswers: number;
  /** Time from pressing Pay to the shop's answer, for every shopper. */
  answerMs: LatencySummary;
  paymentIntents: number;
  /** The most PaymentIntents any one order has; the target is at most 1. */
  maxPaymentIntentsPerOrder: number;
};

const BURST = 200;
const SPREAD_MS = 4000;
const LIMIT = 25;

async function setOutage(emulatorUrl: string, body: string): Promise<void> {
  const response = await fetch(`${emulatorUrl}/_emulator/outage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
  if (response.status !== 200) throw new Error(`the emulator's outage control answered ${response.status}`);
}

/** Every PaymentIntent the emulator holds, by the order its metadata names. */
async function paymentIntentsByOrder(emulatorUrl: string): Promise<Map<string, number>> {
  const byOrder = new Map<string, number>();
  let after: string | null = null;
  for (;;) {
    const query = new URLSearchParams({ limit: '100', ...(after !== null && { starting_after: after }) });
    const response = await fetch(`${emulatorUrl}/v1/payment_intents?${query}`, { headers: { Authorization: `Bearer ${EMULATOR_SECRET_KEY}` } });
    const page = (await response.json()) as { data: Array<{ id: string; metadata: Record<string, string> }>; has_more: boolean };
    for (const intent of page.data) {
      const order = intent.metadata.order_id ?? intent.id;
      byOrder.set(order, (byOrder.get(order) ?? 0) + 1);
    }
    if (!page.has_more || page.data.length === 0) return byOrder;
    after = page.data.at(-1)?.id ?? null;
  }
}

export async function benchRateLimitBurst(shopUrl: string, emulatorUrl: string): Promise<BurstFigures> {
  const cookie = cartCookie([{ productId: 'prod-postcard', quantity: 1 }]);
  const fields = await loadPayForm(shopUrl, cookie);
  const busy = da.checkout.stripeBusy;
  const before = await paymentIntentsByOrder(emulatorUrl);
  await setOutage(emulatorUrl, `mode=rate_limit&per_second=${LIMIT}`);
  const outcomes: Array<{ kind: 'mobilepay' | 'busy' | 'other'; ms: number }> = [];
  try {
    await Promise.all(
      Array.from({ length: BURST }, async (_, shopper) => {
        await new Promise((resolve) => setTimeout(resolve, (shopper * SPREAD_MS) / BURST));
        const body = new FormData();
        for (const [name, value] of fields) body.append(name, value);
        const started = performance.now();
        const response = await fetch(`${shopUrl}${cartPath}`, {
          method: 'POST',
          headers: { Cookie: cookie, 'X-Forwarded-For': `198.19.${shopper >> 8}.${shopper & 255}` },
          body,
          redirect: 'manual',
        });
        const html = await response.text();
        const ms = performance.now() - started;
        const location = response.headers.get('location') ?? '';
        // Told busy: the cart's form again with the message, and the cart cookie left as it was.
        const cartKept = !/(^|, )cart=/.test(response.headers.get('set-cookie') ?? '');
        const kind = response.status === 303 && location.startsWith(`${emulatorUrl}/authorize/`) ? 'mobilepay' : response.status === 200 && html.includes(busy) && cartKept ? 'busy' : 'other';
        outcomes.push({ kind, ms });
      }),
    );
  } finally {
    await setOutage(emulatorUrl, 'mode=none');
  }
  const after = await paymentIntentsByOrder(emulatorUrl);
  const created = [...after].filter(([order, count]) => count > (before.get(order) ?? 0));
  const count = (kind: string) => outcomes.filter((outcome) => outcome.kind === kind).length;
  return {
    shoppers: BURST,
    spreadSeconds: round(SPREAD_MS / 1000),
    stripeLimitPerSecond: LIMIT,
    reachedMobilePay: count('mobilepay'),
    toldBusy: count('busy'),
    otherAnswers: count('other'),
    answerMs: summarize(outcomes.map((outcome) => outcome.ms)),
    paymentIntents: created.reduce((sum, [order, count]) => sum + count - (before.get(order) ?? 0), 0),
    maxPaymentIntentsPerOrder: Math.max(0, ...created.map(([, count]) => count)),
  };
}
