import Link from 'next/link';
import type Stripe from 'stripe';
import { OrderSummary } from '@/components/checkout/order-summary';
import { RetryPaymentForm } from '@/components/checkout/retry-payment-form';
import { StatusPanel } from '@/components/checkout/status-panel';
import { buttonClasses } from '@/components/ui/button';
import { messages } from '@/lib/messages';
import type { Order } from '@/lib/orders/types';

const text = messages.complete;
const EXPIRED = 'payment_intent_payment_attempt_expired';

const continueShopping = (
  <Link href="/" className={buttonClasses('primary', 'md', 'self-start')}>
    {text.continueShopping}
  </Link>
);

/** The complete page's body for the PaymentIntent's real status (never the URL's redirect_status). */
export function PaymentResult({ paymentIntent, order }: { paymentIntent: Stripe.PaymentIntent; order: Order }) {
  switch (paymentIntent.status) {
    case 'succeeded':
    case 'requires_capture': {
      const paid = paymentIntent.status === 'succeeded';
      return (
        <>
          <StatusPanel tone="success" title={paid ? text.paidTitle : text.authorizedTitle}>
            <p>{paid ? text.paidBody : text.authorizedBody}</p>
          </StatusPanel>
          <OrderSummary order={order} />
          {continueShopping}
        </>
      );
    }
    case 'requires_payment_method': {
      const error = paymentIntent.last_payment_error;
      const reason = !error ? text.failedNotStarted : error.code === EXPIRED ? text.failedExpired : text.failedDeclined;
      return (
        <StatusPanel tone="problem" title={text.failedTitle}>
          <p>{reason}</p>
          <RetryPaymentForm paymentIntentId={paymentIntent.id} clientSecret={paymentIntent.client_secret ?? ''} />
        </StatusPanel>
      );
    }
    case 'requires_action':
    case 'requires_confirmation': {
      const url = paymentIntent.next_action?.redirect_to_url?.url;
      return (
        <StatusPanel tone="waiting" title={text.awaitingTitle}>
          <p>{text.awaitingBody}</p>
          {url && (
            <a href={url} className={buttonClasses('mobilepay', 'lg', 'self-start')}>
              {text.openMobilePay}
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
          <StatusPanel tone="problem" title={lapsed ? text.expiredTitle : text.canceledTitle}>
            <p>{lapsed ? text.expiredBody : text.canceledBody}</p>
          </StatusPanel>
          {continueShopping}
        </>
      );
    }
    case 'processing':
    default: // a status this shop does not know yet: wait and look again
      return (
        <StatusPanel tone="waiting" title={text.processingTitle}>
          <meta httpEquiv="refresh" content="3" />
          <p>{text.processingBody}</p>
        </StatusPanel>
      );
  }
}
