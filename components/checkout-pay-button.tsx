import { ClientConfirmPayButton } from '@/components/client-confirm-pay-button';
import { PayButton } from '@/components/pay-button';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

/**
 * The cart's Pay button for the configured way to confirm (CHECKOUT_CONFIRM): the server action confirms (server,
 * the default), or Stripe.js in the browser does (client). The publishable key and the Stripe.js to load come from
 * the validated env at request time, as props: nothing is baked into the client bundle at build time.
 */
export function CheckoutPayButton({ locale }: { locale: Locale }) {
  const t = translatorFor(locale);
  const text = { payWithMobilePay: t('cart.payWithMobilePay'), openingMobilePay: t('cart.openingMobilePay') };
  if (env.checkoutConfirm === 'client' && env.stripePublishableKey !== null) {
    return (
      <ClientConfirmPayButton
        stripeJs={{ publishableKey: env.stripePublishableKey, scriptUrl: env.stripeJsUrl }}
        locale={locale}
        text={{
          ...text,
          stripeJsNotLoaded: t('clientCheckout.stripeJsNotLoaded'),
          unexpectedAnswer: t('clientCheckout.unexpectedAnswer'),
          stripeUnreachable: t('checkout.stripeUnreachable'),
          confirmFailed: t('clientCheckout.confirmFailed', { reason: '{reason}' }),
        }}
      />
    );
  }
  return <PayButton locale={locale} text={text} />;
}
