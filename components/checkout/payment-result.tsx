import Link from 'next/link';
import type Stripe from 'stripe';
import { OrderSummary } from '@/components/checkout/order-summary';
import { RetryPaymentForm } from '@/components/checkout/retry-payment-form';
import { StatusPanel } from '@/components/checkout/status-panel';
import { buttonClasses } from '@/components/ui/button';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { Order } from '@/lib/orders/types';

const EXPIRED = 'payment_intent_payment_attempt_expired';

type PaymentResultProps = { paymentIntent: Stripe.PaymentIntent; order: Order; locale: Locale };

/** The complete page's body for the PaymentIntent's real status (never the URL's redirect_status). */
export function PaymentResult({ paymentIntent, order, locale }: PaymentResultProps) {
  const t = translatorFor(locale);
  const continueShopping = (
    <Link href={localePath(locale, '/')} className={buttonClasses('primary', 'md', 'self-start')}>
      {t('complete.continueShopping')}
    </Link>
  );
  switch (paymentIntent.status) {
    case 'succeeded':
    case 'requires_capture': {
      const paid = paymentIntent.status === 'succeeded';
      return (
        <>
          <StatusPanel tone="success" title={paid ? t('complete.paidTitle') : t('complete.authorizedTitle')}>
            <p>{paid ? t('complete.paidBody') : t('complete.authorizedBody')}</p>
            {order.customer !== null && <p data-testid="confirmation-address">{t('complete.confirmationTo', { email: order.customer.email })}</p>}
          </StatusPanel>
          <OrderSummary order={order} locale={locale} />
          {continueShopping}
        </>
      );
    }
    case 'requires_payment_method': {
      const error = paymentIntent.last_payment_error;
      const reason = !error ? t('complete.failedNotStarted') : error.code === EXPIRED ? t('complete.failedExpired') : t('complete.failedDeclined');
      return (
        <StatusPanel tone="problem" title={t('complete.failedTitle')}>
          <p>{reason}</p>
          <RetryPaymentForm
            paymentIntentId={paymentIntent.id}
            clientSecret={paymentIntent.client_secret ?? ''}
            locale={locale}
            text={{ tryAgain: t('complete.tryAgain'), tryingAgain: t('complete.tryingAgain'), backToCart: t('complete.backToCart') }}
          />
        </StatusPanel>
      );
    }
    case 'requires_action':
    case 'requires_confirmation': {
      const url = paymentIntent.next_action?.redirect_to_url?.url;
      return (
        <StatusPanel tone="waiting" title={t('complete.awaitingTitle')}>
          <p>{t('complete.awaitingBody')}</p>
          {url && (
            <a href={url} className={buttonClasses('mobilepay', 'lg', 'self-start')}>
              {t('complete.openMobilePay')}
            </a>
          )}
        </StatusPanel>
      );
    }
    case 'canceled': {
      // Stripe cancels an authorization left uncaptured for 7 days on its own (cancellation_reason: automatic).
      const lapsed = paymentIntent.cancellation_reason === 'automatic';
      return (
        <>
          <StatusPanel tone="problem" title={lapsed ? t('complete.expiredTitle') : t('complete.canceledTitle')}>
            <p>{lapsed ? t('complete.expiredBody') : t('complete.canceledBody')}</p>
          </StatusPanel>
          {continueShopping}
        </>
      );
    }
    case 'processing':
    default: // a status this shop does not know yet: wait and look again
      return (
        <StatusPanel tone="waiting" title={t('complete.processingTitle')}>
          <meta httpEquiv="refresh" content="3" />
          <p>{t('complete.processingBody')}</p>
        </StatusPanel>
      );
  }
}
