import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/locale-path';
import { productText } from '@/lib/i18n/product-text';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import type { Money } from '@/lib/money';
import type { MessageKind } from '@/lib/orders/message-kinds';
import type { Customer, Order } from '@/lib/orders/types';
import { formatVatRate, includedVat } from '@/lib/vat';

// What one message says, in the order's language, before it is laid out as plain text or HTML
// (lib/mail/render-text.ts, lib/mail/render-html.ts). Every string here is plain text: the HTML layout escapes it.

/** Which message, with what only it needs: a refund notice tells of one refund. */
export type MailSubject = { kind: Exclude<MessageKind, 'refund_notice'> } | { kind: 'refund_notice'; refund: Money };

/** An order that can be written to: it knows who bought. */
export type AddressedOrder = Order & { customer: Customer };

export type MailRow = { label: string; amount: string };

export type MailContent = {
  /** BCP 47, for the HTML's lang. */
  lang: string;
  subject: string;
  greeting: string;
  intro: string;
  orderNumber: string;
  itemsHeading: string;
  lines: MailRow[];
  total: MailRow;
  vat: string;
  /** The refund a refund notice tells of; null in the other messages. */
  refunded: MailRow | null;
  address: { heading: string; lines: string[] };
  link: { label: string; href: string };
  signoff: string;
  footer: string;
};

/** The rate as the locale writes a percentage: 25 % in Danish, 25,5 % in Finnish, 25.5% in English. */
const ratePercent = (locale: Locale) => formatVatRate(localeFacts[locale].country, localeFacts[locale].language);

/** The message `subject` for `order`, in its locale; `shopOrigin` is the shop's public origin, for the link back. */
export function mailContent(subject: MailSubject, order: AddressedOrder, shopOrigin: string): MailContent {
  const { locale, customer } = order;
  const t = translatorFor(locale);
  const money = (amount: number) => formatMoneyIn(locale, { amount, currency: order.currency });
  const total = money(order.amount);
  const refund = subject.kind === 'refund_notice' ? formatMoneyIn(locale, subject.refund) : null;
  const { address } = customer;
  return {
    lang: localeFacts[locale].tag,
    subject: t(`mail.subject.${subject.kind}`, { number: order.number }),
    greeting: t('mail.greeting', { name: customer.name }),
    intro: t(`mail.intro.${subject.kind}`, { total, amount: refund ?? '' }),
    orderNumber: t('mail.orderNumber', { number: order.number }),
    itemsHeading: t('mail.items', { count: order.lines.reduce((sum, line) => sum + line.quantity, 0) }),
    lines: order.lines.map((line) => ({
      label: t('mail.line', { quantity: line.quantity, name: productText(locale, { id: line.productId, name: line.productName, description: '' }).name }),
      amount: money(line.unitAmount * line.quantity),
    })),
    total: { label: t('mail.total'), amount: total },
    vat: t('mail.vat', { rate: ratePercent(locale), amount: formatMoneyIn(locale, includedVat({ amount: order.amount, currency: order.currency })) }),
    refunded: refund === null ? null : { label: t('mail.refunded'), amount: refund },
    address: {
      heading: t('mail.deliveryAddress'),
      lines: [customer.name, address.street, `${address.postalCode} ${address.city}`, t(`mail.country.${address.country}`)],
    },
    link: { label: t('mail.visitShop'), href: `${shopOrigin}${localePath(locale, '/')}` },
    signoff: t('mail.signoff'),
    footer: t('mail.footer'),
  };
}
