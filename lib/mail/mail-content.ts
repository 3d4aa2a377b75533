import { localeFacts, type Locale } from '@/lib/i18n/locales';
import { legalTexts } from '@/lib/legal/content';
import { legalFacts, type LegalSettings } from '@/lib/legal/facts';
import type { LegalDocument } from '@/lib/legal/legal-document';
import { localePath } from '@/lib/i18n/locale-path';
import { formatMarketTime } from '@/lib/i18n/market-time';
import { productText } from '@/lib/i18n/product-text';
import { formatMoneyIn, translatorFor } from '@/lib/i18n/translator';
import type { Money } from '@/lib/money';
import type { MessageKind } from '@/lib/orders/message-kinds';
import type { Customer, Order } from '@/lib/orders/types';
import { withdrawalCase } from '@/lib/orders/withdrawal';
import { formatVatRate, includedVat } from '@/lib/vat';

// What one message says, in the order's language, before it is laid out as plain text or HTML
// (lib/mail/render-text.ts, lib/mail/render-html.ts). Every string here is plain text: the HTML layout escapes it.

/** Which message, with what only it needs: a refund notice tells of one refund. */
export type MailSubject = { kind: Exclude<MessageKind, 'refund_notice'> } | { kind: 'refund_notice'; refund: Money };

/** The shop a message comes from: its public origin (for links) and what its legal texts state (the trader, …). */
export type MailShop = { origin: string; legal: LegalSettings };

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
  delivery: MailRow;
  /** The refund a refund notice tells of; null in the other messages. */
  refunded: MailRow | null;
  address: { heading: string; lines: string[] };
  /**
   * What the law wants in the order confirmation (a durable medium): how payment was made, the withdrawal
   * information with the withdrawal function's link, and, as text, the terms of sale and the withdrawal information
   * with the model form. Null in the other messages.
   */
  contract: { payment: string; withdrawal: string; withdraw: { label: string; href: string }; documents: LegalDocument[] } | null;
  link: { label: string; href: string };
  signoff: string;
  /** Why the shopper gets it, then who sells: name, address, contact, register numbers. */
  footer: string[];
};

/** The messages that confirm the contract: the confirmation, or "order received" under manual capture. */
const confirmsContract = (kind: MessageKind): kind is 'order_confirmation' | 'order_received' =>
  kind === 'order_confirmation' || kind === 'order_received';



/** The rate as the locale writes a percentage: 25 % in Danish, 25,5 % in Finnish, 25.5% in English. */
const ratePercent = (locale: Locale) => formatVatRate(localeFacts[locale].country, localeFacts[locale].language);

/** The terms of sale and the withdrawal information (with the model form), their links absolute; they name no cookies. */
function contractDocuments(locale: Locale, shop: MailShop): LegalDocument[] {
  const texts = legalTexts(localeFacts[locale].language);
  const facts = legalFacts(locale, shop.legal, [], shop.origin);
  return [texts.terms(facts), texts.withdrawal(facts)];
}

/** The message `subject` for `order`, in its locale, from `shop`. */
export function mailContent(subject: MailSubject, order: AddressedOrder, shop: MailShop): MailContent {
  const { locale, customer } = order;
  const { trader } = shop.legal;
  const t = translatorFor(locale);
  const money = (amount: number) => formatMoneyIn(locale, { amount, currency: order.currency });
  const total = money(order.amount);
  const refund = subject.kind === 'refund_notice' ? formatMoneyIn(locale, subject.refund) : null;
  const { address } = customer;
  return {
    lang: localeFacts[locale].tag,
    subject: t(`mail.subject.${subject.kind}`, { number: order.number }),
    greeting: t('mail.greeting', { name: customer.name }),
    intro: t(`mail.intro.${subject.kind}`, {
      total,
      amount: refund ?? '',
      number: order.number,
      received: order.withdrawal === null ? '' : formatMarketTime(locale, order.withdrawal.receivedAt),
      outcome: order.withdrawal === null ? '' : withdrawalCase(order, order.withdrawal.receivedAt),
      left: money(order.amount - order.amountRefunded),
      returnAddress: `${trader.name}, ${trader.address}`,
    }),
    orderNumber: t('mail.orderNumber', { number: order.number }),
    itemsHeading: t('mail.items', { count: order.lines.reduce((sum, line) => sum + line.quantity, 0) }),
    lines: order.lines.map((line) => ({
      label: t('mail.line', { quantity: line.quantity, name: productText(locale, { id: line.productId, name: line.productName, description: '' }).name }),
      amount: money(line.unitAmount * line.quantity),
    })),
    total: { label: t('mail.total'), amount: total },
    vat: t('mail.vat', { rate: ratePercent(locale), amount: formatMoneyIn(locale, includedVat({ amount: order.amount, currency: order.currency })) }),
    delivery: { label: t('mail.delivery'), amount: t('mail.deliveryIncluded') },
    refunded: refund === null ? null : { label: t('mail.refunded'), amount: refund },
    address: {
      heading: t('mail.deliveryAddress'),
      lines: [customer.name, address.street, `${address.postalCode} ${address.city}`, t(`mail.country.${address.country}`)],
    },
    contract: confirmsContract(subject.kind)
      ? {
          payment: t(`mail.payment.${subject.kind}`),
          withdrawal: t('mail.withdrawalInfo'),
          withdraw: { label: t('mail.withdraw'), href: `${shop.origin}${localePath(locale, '/withdraw')}` },
          documents: contractDocuments(locale, shop),
        }
      : null,
    link: { label: t('mail.visitShop'), href: `${shop.origin}${localePath(locale, '/')}` },
    signoff: t('mail.signoff'),
    footer: [
      t('mail.footer'),
      t('mail.trader', { name: trader.name, address: trader.address }),
      t('mail.contact', { email: trader.email, phone: trader.phone }),
      ...(trader.cvr === null ? [] : [t('mail.cvr', { number: trader.cvr })]),
      ...(trader.businessId === null ? [] : [t('mail.businessId', { number: trader.businessId })]),
    ],
  };
}
