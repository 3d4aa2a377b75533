import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PaymentResult } from '@/components/checkout/payment-result';
import { StatusPanel } from '@/components/checkout/status-panel';
import { TestModeBadge } from '@/components/test-mode-badge';
import { buttonClasses } from '@/components/ui/button';
import { readCart } from '@/lib/cart';
import { lookUpPayment } from '@/lib/checkout/look-up-payment';
import { EMPTIED_PARAM, isCartOfOrder, isPaymentDone } from '@/lib/checkout/paid-cart';
import { getDb } from '@/lib/db';
import { localePath } from '@/lib/i18n/locale-path';
import { routeLocale } from '@/lib/i18n/route-locale';
import { translatorFor } from '@/lib/i18n/translator';
import { limitRequest } from '@/lib/rate-limit';
import { stripe } from '@/lib/stripe';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type CompletePageProps = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: CompletePageProps): Promise<Metadata> {
  return { title: translatorFor(await routeLocale(params))('complete.pageTitle'), robots: { index: false } };
}

/** Where MobilePay sends the shopper back: shows the PaymentIntent's real status, found only with its client secret. */
export default async function CheckoutCompletePage(props: CompletePageProps) {
  const locale = await routeLocale(props.params);
  const t = translatorFor(locale);
  const query = await props.searchParams;
  const params = { payment_intent: query.payment_intent, payment_intent_client_secret: query.payment_intent_client_secret };
  const limit = await limitRequest('paymentLookup');
  const lookup = limit.kind === 'allowed' ? await lookUpPayment({ db: await getDb(), stripe }, params) : limit;

  if (lookup.kind === 'found' && isPaymentDone(lookup.paymentIntent.status) && query[EMPTIED_PARAM] === undefined) {
    // The paid cart is still in the cookie: empty it in a route handler (cookies are read-only here), then come back.
    if (isCartOfOrder((await readCart()).lines, lookup.order)) {
      redirect(`${localePath(locale, '/checkout/complete/empty-cart')}?${new URLSearchParams({
        payment_intent: lookup.paymentIntent.id,
        payment_intent_client_secret: lookup.paymentIntent.client_secret ?? '',
      })}`);
    }
  }

  return (
    <>
      <TestModeBadge text={t('layout.testModeBadge')} />
      <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-12">
        {lookup.kind === 'found' && <PaymentResult paymentIntent={lookup.paymentIntent} order={lookup.order} locale={locale} />}
        {lookup.kind === 'not_found' && (
          <StatusPanel tone="problem" title={t('complete.notFoundTitle')}>
            <p>{t('complete.notFoundBody')}</p>
          </StatusPanel>
        )}
        {lookup.kind === 'limited' && (
          <StatusPanel tone="waiting" title={t('complete.tooManyTitle')}>
            <p>{t('complete.tooManyLookups')}</p>
          </StatusPanel>
        )}
        {lookup.kind === 'unavailable' && (
          <StatusPanel tone="waiting" title={t('complete.unavailableTitle')}>
            <p>{t('complete.unavailableBody')}</p>
            <a href="" className={buttonClasses('secondary', 'md', 'self-start')}>
              {t('complete.refresh')}
            </a>
          </StatusPanel>
        )}
      </div>
    </>
  );
}
