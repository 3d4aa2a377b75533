import { describe, expect, it } from 'vitest';
import { locales, localeFacts, type Locale } from '@/lib/i18n/locales';
import { composeMail } from '@/lib/mail/compose-mail';
import type { AddressedOrder, MailSubject } from '@/lib/mail/mail-content';
import { messageKinds, type MessageKind } from '@/lib/orders/message-kinds';
import { testShop } from '@/tests/support/mail-fixtures';

// One order per market, one mug (149,00 kr. incl. 29,80 kr. VAT; 19,90 € incl. 4,04 € VAT) and two postcards.

function orderIn(locale: Locale, name = 'Astrid Østergård'): AddressedOrder {
  const { currency, country } = localeFacts[locale];
  const [mug, postcard] = currency === 'dkk' ? [14900, 300] : [1990, 60];
  return {
    id: '5b0a8f0e-2f52-4c1e-9d1a-1f8d5c3e7a10',
    number: 'MP-7KQ2-9XDA',
    status: 'paid',
    currency,
    amount: mug + 2 * postcard,
    livemode: false,
    paymentIntentId: 'pi_1',
    checkoutSessionId: null,
    paymentAttempts: 1,
    statusObservedAt: 0,
    failure: null,
    chargeId: 'ch_1',
    amountRefunded: 0,
    dispute: null,
    reviewReason: null,
    locale,
    customer: {
      email: 'astrid@example.com',
      name,
      address: { street: country === 'dk' ? 'Nørrebrogade 12' : 'Mannerheimintie 5', postalCode: country === 'dk' ? '2200' : '00100', city: country === 'dk' ? 'København N' : 'Helsinki', country },
    },
    shippedAt: null,
    withdrawal: null,
    personalDataErasedAt: null,
    authorizedAt: null,
    stockHold: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    lines: [
      { productId: 'prod-mug', productName: 'Stoneware mug', unitAmount: mug, quantity: 1 },
      { productId: 'prod-postcard', productName: 'Harbour postcard', unitAmount: postcard, quantity: 2 },
    ],
  };
}

/** What each locale must show: the total, the VAT it includes, a line, the address and the link. */
const expected: Record<Locale, { total: string; vat: string; line: string; address: string; refund: string }> = {
  'da-dk': { total: '155,00 kr.', vat: 'heraf moms 25 % 31,00 kr.', line: '1 × Krus i stentøj', address: '2200 København N', refund: '50,00 kr.' },
  'en-dk': { total: 'DKK 155.00', vat: 'incl. 25% VAT DKK 31.00', line: '1 × Stoneware mug', address: '2200 København N', refund: 'DKK 50.00' },
  'fi-fi': { total: '21,10 €', vat: 'sis. ALV 25,5 % 4,29 €', line: '1 × Kivitavaramuki', address: '00100 Helsinki', refund: '5,00 €' },
  'en-fi': { total: '€21.10', vat: 'incl. 25.5% VAT €4.29', line: '1 × Stoneware mug', address: '00100 Helsinki', refund: '€5.00' },
};

/** Intl puts no-break spaces in money (155,00 kr., DKK 155.00); the expectations are written with plain ones. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const subjectOf = (kind: MessageKind, locale: Locale): MailSubject =>
  kind === 'refund_notice' ? { kind, refund: { amount: localeFacts[locale].currency === 'dkk' ? 5000 : 500, currency: localeFacts[locale].currency } } : { kind };

describe('composeMail', () => {
  for (const locale of locales) {
    for (const kind of messageKinds) {
      it(`writes ${kind} in ${locale} with the order number, lines, total and its VAT, the address and the link to the shop`, () => {
        const mail = composeMail(subjectOf(kind, locale), orderIn(locale), testShop);
        const want = expected[locale];
        expect(mail.subject).toContain('MP-7KQ2-9XDA');
        for (const body of [mail.text, mail.html].map(plainSpaces)) {
          expect(body).toContain('MP-7KQ2-9XDA');
          expect(body).toContain(want.line);
          expect(body).toContain(want.total);
          expect(body).toContain(want.vat);
          expect(body).toContain(want.address);
          expect(body).toContain(`https://shop.example/${locale}`);
          if (kind === 'refund_notice') expect(body).toContain(want.refund);
        }
      });
    }
  }

  it('says what each message means in its language', () => {
    const intro = (kind: MessageKind, locale: Locale) => plainSpaces(composeMail(subjectOf(kind, locale), orderIn(locale), testShop).text);
    expect(intro('order_received', 'en-dk')).toContain('we charge it when your order ships');
    expect(intro('order_shipped', 'en-dk')).toContain('has been charged');
    expect(intro('order_canceled', 'en-fi')).toContain('nothing was charged');
    expect(intro('refund_notice', 'da-dk')).toContain('Vi har refunderet 50,00 kr.');
    expect(intro('order_confirmation', 'fi-fi')).toContain('MobilePay-maksusi onnistui');
  });

  it('counts the items with plurals of the language', () => {
    const text = (locale: Locale) => composeMail({ kind: 'order_confirmation' }, orderIn(locale), testShop).text;
    expect(text('da-dk')).toContain('3 varer');
    expect(text('fi-fi')).toContain('3 tuotetta');
    expect(text('en-fi')).toContain('3 items');
  });

  it('escapes markup in the names and address from the order', () => {
    const order = orderIn('en-dk', '<script>alert("x")</script> & Co');
    order.customer.address.street = '<b>Main</b> street';
    const mail = composeMail({ kind: 'order_confirmation' }, order, testShop);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(mail.text).toContain('<script>alert("x")</script> & Co');
  });

  it('loads nothing from outside the message', () => {
    const { html } = composeMail({ kind: 'order_shipped' }, orderIn('da-dk'), testShop);
    expect(html).not.toMatch(/<img|<script|<link|url\(/i);
  });

  it('puts who sells in every message: name, address, contact and register numbers', () => {
    for (const kind of messageKinds) {
      const { text, html } = composeMail(subjectOf(kind, 'fi-fi'), orderIn('fi-fi'), testShop);
      for (const body of [text, html]) {
        expect(body).toContain('Myyjä: Lille Butik ApS, Eksempelvej 1, 1000 København K, Danmark');
        expect(body).toContain('kontakt@lille-butik.example');
        expect(body).toContain('Y-tunnus 1234560-4');
        expect(body).toContain('CVR-nro 12345674');
      }
    }
  });

  it('confirms the contract as the law wants: how it was paid, the withdrawal function and the terms of sale', () => {
    const confirmation = plainSpaces(composeMail({ kind: 'order_confirmation' }, orderIn('da-dk'), testShop).text);
    expect(confirmation).toContain('Betaling: MobilePay, trukket da du godkendte den.');
    expect(confirmation).toContain('Levering: Inkluderet');
    expect(confirmation).toContain('Fortryd dit køb her: https://shop.example/da-dk/withdraw');
    expect(confirmation).toContain('Handelsbetingelser');
    expect(confirmation).toContain('Standardfortrydelsesformular');
    expect(confirmation).toContain('https://shop.example/da-dk/withdrawal');
    expect(confirmation).not.toMatch(/[^/\w.]\/da-dk\/withdraw/);
    const received = composeMail({ kind: 'order_received' }, orderIn('en-fi'), testShop).text;
    expect(received).toContain('charged when your order ships');
    expect(received).toContain('https://shop.example/en-fi/withdraw');
    expect(composeMail({ kind: 'order_shipped' }, orderIn('da-dk'), testShop).text).not.toContain('/withdraw');
  });

  it('acknowledges a withdrawal with the date and time it was received, in the market\'s time zone', () => {
    const order = { ...orderIn('da-dk'), withdrawal: { receivedAt: '2026-12-07T09:15:00.000Z', name: 'Astrid' } };
    const text = plainSpaces(composeMail({ kind: 'withdrawal_received' }, order, testShop).text);
    expect(text).toContain('Vi modtog din fortrydelse af ordre MP-7KQ2-9XDA 7. december 2026 kl. 10.15');
    expect(text).toContain('Vi refunderer 155,00 kr. til dig med MobilePay inden for 14 dage');
    const authorized = { ...orderIn('en-fi'), status: 'authorized' as const, withdrawal: { receivedAt: '2026-12-07T09:15:00.000Z', name: null } };
    const released = plainSpaces(composeMail({ kind: 'withdrawal_received' }, authorized, testShop).text);
    expect(released).toContain('on 7 December 2026 at 11.15 EET');
    expect(released).toContain('We release the approval of your MobilePay payment');
  });
});
