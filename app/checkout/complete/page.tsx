import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PaymentResult } from '@/components/checkout/payment-result';
import { StatusPanel } from '@/components/checkout/status-panel';
import { buttonClasses } from '@/components/ui/button';
import { readCart } from '@/lib/cart';
import { lookUpPayment } from '@/lib/checkout/look-up-payment';
import { EMPTIED_PARAM, isCartOfOrder, isPaymentDone } from '@/lib/checkout/paid-cart';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/messages';
import { limitRequest } from '@/lib/rate-limit';
import { stripe } from '@/lib/stripe';

const text = messages.complete;

export const metadata: Metadata = { title: text.pageTitle, robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where MobilePay sends the shopper back: shows the PaymentIntent's real status, found only with its client secret. */
export default async function CheckoutCompletePage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const params = { payment_intent: query.payment_intent, payment_intent_client_secret: query.payment_intent_client_secret };
  const limit = await limitRequest('paymentLookup');
  const lookup = limit.kind === 'allowed' ? await lookUpPayment({ db: await getDb(), stripe }, params) : limit;

  if (lookup.kind === 'found' && isPaymentDone(lookup.paymentIntent.status) && query[EMPTIED_PARAM] === undefined) {
    // The paid cart is still in the cookie: empty it in a route handler (cookies are read-only here), then come back.
    if (isCartOfOrder((await readCart()).lines, lookup.order)) {
      redirect(`/checkout/complete/empty-cart?${new URLSearchParams({
        payment_intent: lookup.paymentIntent.id,
        payment_intent_client_secret: lookup.paymentIntent.client_secret ?? '',
      })}`);
    }
  }

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-12">
      {lookup.kind === 'found' && <PaymentResult paymentIntent={lookup.paymentIntent} order={lookup.order} />}
      {lookup.kind === 'not_found' && (
        <StatusPanel tone="problem" title={text.notFoundTitle}>
          <p>{text.notFoundBody}</p>
        </StatusPanel>
      )}
      {lookup.kind === 'limited' && (
        <StatusPanel tone="waiting" title={messages.limits.tooManyTitle}>
          <p>{messages.limits.tooManyLookups}</p>
        </StatusPanel>
      )}
      {lookup.kind === 'unavailable' && (
        <StatusPanel tone="waiting" title={text.unavailableTitle}>
          <p>{text.unavailableBody}</p>
          <a href="" className={buttonClasses('secondary', 'md', 'self-start')}>
            {text.refresh}
          </a>
        </StatusPanel>
      )}
    </div>
  );
}
