import Link from 'next/link';
import { OrderSummary } from '@/components/checkout/order-summary';
import { RetryPaymentForm } from '@/components/checkout/retry-payment-form';
import { StatusPanel } from '@/components/checkout/status-panel';
import { buttonClasses } from '@/components/ui/button';
import { paymentViewOf } from '@/lib/checkout/payment-view';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { Order } from '@/lib/orders/types';

type PaymentResultProps = {
  order: Order;
  /** The shopper's proof, from the URL: Try again confirms this PaymentIntent again. */
  payment: { id: string; clientSecret: string };
  /** The return step for this payment: asks Stripe again (refresh while MobilePay processes). */
  lookAgainHref: string;
  locale: Locale;
};

/** The complete page's body: what the order's state means for the shopper (lib/checkout/payment-view.ts). */
export function PaymentResult({ order, payment, lookAgainHref, locale }: PaymentResultProps) {
  const t = translatorFor(locale);
  const view = paymentViewOf(order);
  const continueShopping = (
    <Link href={localePath(locale, '/')} className={buttonClasses('primary', 'md', 'self-start')}>
      {t('complete.continueShopping')}
    </Link>
  );
  const retryForm = (label: string) => (
    <RetryPaymentForm
      paymentIntentId={payment.id}
      clientSecret={payment.clientSecret}
      locale={locale}
      text={{ tryAgain: label, tryingAgain: t('complete.tryingAgain'), backToCart: t('complete.backToCart') }}
    />
  );
  switch (view.kind) {
    case 'bought':
      return (
        <>
          <StatusPanel tone="success" title={view.charged ? t('complete.paidTitle') : t('complete.authorizedTitle')}>
            <p>{view.charged ? t('complete.paidBody') : t('complete.authorizedBody')}</p>
            {order.customer !== null && <p data-testid="confirmation-address">{t('complete.confirmationTo', { email: order.customer.email })}</p>}
          </StatusPanel>
          <OrderSummary order={order} locale={locale} />
          {continueShopping}
        </>
      );
    case 'retry': {
      const reason = { expired: t('complete.failedExpired'), declined: t('complete.failedDeclined'), not_started: t('complete.failedNotStarted') };
      return (
        <StatusPanel tone="problem" title={t('complete.failedTitle')}>
          <p>{reason[view.reason]}</p>
          {retryForm(t('complete.tryAgain'))}
        </StatusPanel>
      );
    }
    case 'awaiting':
      // Try again on a payment that awaits approval sends the shopper back to its MobilePay page (lib/stripe/retry.ts).
      return (
        <StatusPanel tone="waiting" title={t('complete.awaitingTitle')}>
          <p>{t('complete.awaitingBody')}</p>
          {retryForm(t('complete.openMobilePay'))}
        </StatusPanel>
      );
    case 'processing':
      return (
        <StatusPanel tone="waiting" title={t('complete.processingTitle')}>
          <meta httpEquiv="refresh" content={`3; url=${lookAgainHref}`} />
          <p>{t('complete.processingBody')}</p>
        </StatusPanel>
      );
    case 'canceled':
    case 'lapsed':
      return (
        <>
          <StatusPanel tone="problem" title={view.kind === 'lapsed' ? t('complete.expiredTitle') : t('complete.canceledTitle')}>
            <p>{view.kind === 'lapsed' ? t('complete.expiredBody') : t('complete.canceledBody')}</p>
          </StatusPanel>
          {continueShopping}
        </>
      );
    case 'review':
      return (
        <>
          <StatusPanel tone="waiting" title={t('complete.reviewTitle')}>
            <p>{t('complete.reviewBody')}</p>
          </StatusPanel>
          <OrderSummary order={order} locale={locale} />
        </>
      );
  }
}
