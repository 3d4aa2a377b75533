import { ClientConfirmPayForm } from '@/components/checkout/client-confirm-pay-form';
import { ServerConfirmPayForm } from '@/components/checkout/server-confirm-pay-form';
import { env } from '@/lib/env';
import type { DetailsText } from '@/components/checkout/checkout-details-fields';
import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

/**
 * The cart's Pay form (the shopper's details and the Pay button) for the configured way to confirm (CHECKOUT_CONFIRM): the server action confirms (server,
 * the default), or Stripe.js in the browser does (client). The publishable key and the Stripe.js to load come from
 * the validated env at request time, as props: nothing is baked into the client bundle at build time.
 */
export function PayForm({ locale }: { locale: Locale }) {
  const t = translatorFor(locale);
  const text = { payWithMobilePay: t('cart.payWithMobilePay'), openingMobilePay: t('cart.openingMobilePay') };
  const country = localeFacts[locale].country;
  const detailsText: DetailsText = {
    heading: t('details.heading'),
    intro: t('details.intro'),
    email: t('details.email'),
    name: t('details.name'),
    street: t('details.street'),
    postalCode: t('details.postalCode'),
    city: t('details.city'),
    country: t('details.country'),
    countryName: t('details.countryName', { country }),
    countryHint: t('details.countryHint', { country }),
  };
  if (env.checkoutConfirm === 'client' && env.stripePublishableKey !== null) {
    return (
      <ClientConfirmPayForm
        stripeJs={{ publishableKey: env.stripePublishableKey, scriptUrl: env.stripeJsUrl }}
        locale={locale}
        detailsText={detailsText}
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
  return <ServerConfirmPayForm locale={locale} text={text} detailsText={detailsText} />;
}
