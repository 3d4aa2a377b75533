import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PaymentResult } from '@/components/checkout/payment-result';
import { StatusPanel } from '@/components/checkout/status-panel';
import { TestModeBadge } from '@/components/test-mode-badge';
import { buttonClasses } from '@/components/ui/button';
import { paymentParams } from '@/lib/stripe/return';
import { CHECKED_PARAM, LOOKUP_PARAM, lookupProblemOf } from '@/lib/checkout/return-params';
import { getDb } from '@/lib/db';
import { localePath } from '@/lib/i18n/locale-path';
import { routeLocale } from '@/lib/i18n/route-locale';
import { translatorFor } from '@/lib/i18n/translator';
import { isFinal } from '@/lib/orders/status';
import { findOrderForShopper } from '@/lib/orders/store/orders';
import type { Order } from '@/lib/orders/types';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type CompletePageProps = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: CompletePageProps): Promise<Metadata> {
  return { title: translatorFor(await routeLocale(params))('complete.pageTitle'), robots: { index: false } };
}

type Shown = { kind: 'order'; order: Order } | { kind: 'not_found' } | { kind: 'limited' } | { kind: 'unavailable' };

/** Why the payment could not be looked at just now, and the way to look again (the return step). */
const couldNotLook = {
  limited: { title: 'complete.tooManyTitle', body: 'complete.tooManyLookups' },
  unavailable: { title: 'complete.unavailableTitle', body: 'complete.unavailableBody' },
} as const;

/**
 * The order the shopper paid for, from the database: the return step (app/[locale]/checkout/return/route.ts) has just
 * asked Stripe and brought the order up to date. The client secret in the URL is the proof, checked against the hash
 * the order keeps, so this page costs Stripe nothing. Without that step behind it (an old link, a bookmark) a payment
 * that is not settled is sent to be looked up again.
 */
export default async function CheckoutCompletePage(props: CompletePageProps) {
  const locale = await routeLocale(props.params);
  const t = translatorFor(locale);
  const query = await props.searchParams;
  const payment = paymentParams.safeParse({ payment_intent: query.payment_intent, payment_intent_client_secret: query.payment_intent_client_secret });
  const lookAgain = payment.success
    ? `${localePath(locale, '/checkout/return')}?${new URLSearchParams({ payment_intent: payment.data.payment_intent, payment_intent_client_secret: payment.data.payment_intent_client_secret })}`
    : localePath(locale, '/cart');
  const checked = query[CHECKED_PARAM] !== undefined;
  // The return step could not ask Stripe: the page says why, unless the order is settled anyway.
  const problem = lookupProblemOf(query[LOOKUP_PARAM]);

  let shown: Shown = problem === null ? { kind: 'not_found' } : { kind: problem };
  if (payment.success) {
    const { payment_intent: id, payment_intent_client_secret: secret } = payment.data;
    const order = await getDb().then((db) => findOrderForShopper(db, id, secret)).catch((error: unknown) => {
      console.error('The complete page could not read the order', error);
      return 'unavailable' as const;
    });
    const settled = order !== null && order !== 'unavailable' && isFinal(order.status);
    // Not known here, or not settled and not just asked: ask Stripe once, in the return step.
    if (!checked && order !== 'unavailable' && !settled) redirect(lookAgain);
    if (order === 'unavailable') shown = { kind: 'unavailable' };
    else if (order !== null && (settled || problem === null)) shown = { kind: 'order', order };
  }

  return (
    <>
      <TestModeBadge text={t('layout.testModeBadge')} />
      <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-12">
        {shown.kind === 'order' && payment.success && (
          <PaymentResult
            order={shown.order}
            payment={{ id: payment.data.payment_intent, clientSecret: payment.data.payment_intent_client_secret }}
            lookAgainHref={lookAgain}
            locale={locale}
          />
        )}
        {shown.kind === 'not_found' && (
          <StatusPanel tone="problem" title={t('complete.notFoundTitle')}>
            <p>{t('complete.notFoundBody')}</p>
          </StatusPanel>
        )}
        {(shown.kind === 'limited' || shown.kind === 'unavailable') && (
          <StatusPanel tone="waiting" title={t(couldNotLook[shown.kind].title)}>
            <p>{t(couldNotLook[shown.kind].body)}</p>
            <a href={lookAgain} className={buttonClasses('secondary', 'md', 'self-start')}>
              {t('complete.refresh')}
            </a>
          </StatusPanel>
        )}
      </div>
    </>
  );
}
