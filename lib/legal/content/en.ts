import type { Country } from '@/lib/i18n/locales';
import { list, paragraph, section } from '@/lib/legal/content/blocks';
import { inWords, lifetime } from '@/lib/legal/content/lifetime';
import type { CookieFact, LegalBlock, LegalDocument, LegalFacts, LegalSection, LegalTexts } from '@/lib/legal/legal-document';
import type { Trader } from '@/lib/legal/trader';

// The shop's legal documents in English (en-DK, en-FI): the terms of sale, the right of withdrawal with the model
// form, and the privacy statement with its cookie list, written from the facts (lib/legal/legal-document.ts). One text
// serves both markets: facts.country chooses the law, the authorities and the bookkeeping rules named. Plain text.

/** What differs between the markets, as the English text names it. */
type Market = {
  country: string;
  currency: string;
  languages: string;
  withdrawalLaw: string;
  bookkeepingLaw: string;
  complaints: string[];
  disputes: string[];
  /** Why the personal data is kept as long as it is, when that covers the complaint period. */
  retentionReason: string;
  authority: string;
};

const markets: Record<Country, Market> = {
  dk: {
    country: 'Denmark',
    currency: 'Danish kroner (DKK)',
    languages: 'Danish or English',
    withdrawalLaw: 'the Danish Consumer Contracts Act (forbrugeraftaleloven)',
    bookkeepingLaw: 'the Danish Bookkeeping Act (bogføringsloven)',
    complaints: [
      'Under the Danish Sale of Goods Act (købeloven) you have a 2-year right to complain (reklamationsret) about defects that the goods had when you received them, even if they only show later. If an item is defective, you can have it repaired or replaced, get a price reduction or, if the defect is not insignificant, cancel the purchase and get your money back.',
      'Complain within a reasonable time after you discover the defect: a complaint within 2 months of the discovery is always in time. The 2 years run from the day you received the goods. Ordinary wear and damage from wrong use are not defects.',
    ],
    disputes: [
      'If we cannot agree, you can complain to Nævnenes Hus, which handles consumer complaints for the Consumer Complaints Board (Forbrugerklagenævnet): naevneneshus.dk.',
    ],
    retentionReason:
      'This covers the 2-year period in which you can complain about the goods (købeloven § 83), with a margin so that we can still handle a complaint made on its last day.',
    authority: 'the Danish Data Protection Agency, Datatilsynet (datatilsynet.dk)',
  },
  fi: {
    country: 'Finland',
    currency: 'euros (EUR)',
    languages: 'Finnish or English',
    withdrawalLaw: 'chapter 6 of the Finnish Consumer Protection Act (kuluttajansuojalaki)',
    bookkeepingLaw: 'the Finnish Accounting Act (kirjanpitolaki)',
    complaints: [
      'We are liable for defects in the goods (virhevastuu) under chapter 5 of the Finnish Consumer Protection Act (kuluttajansuojalaki). The liability has no fixed end: it depends on how long goods of the kind can reasonably be expected to last. If an item is defective, you can have it repaired or replaced, get a price reduction or, if the defect is not minor, cancel the purchase.',
      'Tell us about a defect within a reasonable time after you noticed it. Ordinary wear and damage from wrong use are not defects.',
    ],
    disputes: [
      'If we cannot agree, the consumer advisory service (kuluttajaneuvonta) gives free advice and mediates: kkv.fi/kuluttajaneuvonta. After that you can take the dispute to the Consumer Disputes Board (Kuluttajariitalautakunta): kuluttajariita.fi.',
    ],
    retentionReason:
      'This covers 2 years from delivery, the minimum period in which EU law lets you complain about defects (Finnish law sets no fixed end), with a margin so that we can still handle a late complaint.',
    authority: 'the Office of the Data Protection Ombudsman, Tietosuojavaltuutetun toimisto (tietosuoja.fi)',
  },
};

const WITHDRAW_LINK = '"Withdraw from your purchase here"';
const CONFIRM_BUTTON = '"Confirm withdrawal here"';
const PAY_BUTTON = '"Pay with MobilePay"';

/** The trader's business register numbers, labelled: "CVR: 12345674", "Business ID (Y-tunnus): 1234567-8". */
function registrations(trader: Trader): string[] {
  return [
    ...(trader.cvr === null ? [] : [`CVR: ${trader.cvr}`]),
    ...(trader.businessId === null ? [] : [`Business ID (Y-tunnus): ${trader.businessId}`]),
  ];
}

/** Who sells, one fact a line. */
const traderList = (trader: Trader): LegalBlock =>
  list([trader.name, trader.address, `E-mail: ${trader.email}`, `Phone: ${trader.phone}`, ...registrations(trader)]);

/** Who sells, on one line, for a sentence. */
const traderInline = (trader: Trader): string =>
  [trader.name, trader.address, `phone ${trader.phone}`, `e-mail ${trader.email}`, ...registrations(trader)].join(', ');

/** The demo trader's pages say first that they are examples. */
const demoSection = (trader: Trader): LegalSection[] =>
  trader.demo
    ? [
        section(
          'demo',
          'Demo texts',
          paragraph(
            `These are demo texts for a demo trader (${trader.name}) in a reference shop. They are not legal advice and do not describe a real business: have them checked by a lawyer before a real shop uses them.`,
          ),
        ),
      ]
    : [];

const withdrawFunction = (facts: LegalFacts): string =>
  `the withdrawal function at ${facts.paths.withdraw} (${WITHDRAW_LINK}, linked at the bottom of every page)`;

function terms(facts: LegalFacts): LegalDocument {
  const { trader, paths } = facts;
  const market = markets[facts.country];
  const manual = facts.captureMethod === 'manual';
  return {
    title: 'Terms of sale',
    summary: `These terms apply when you buy from ${trader.name}. In short: prices include VAT and delivery within ${market.country}, you pay with MobilePay, you may withdraw within 14 days of receiving the goods, and you can complain about defective goods.`,
    sections: [
      ...demoSection(trader),
      section('trader', 'Who sells', paragraph('You buy from:'), traderList(trader), paragraph('Write or call us with any question about an order.')),
      section(
        'products-prices',
        'Products and prices',
        paragraph("Each product's page shows its main characteristics and its price."),
        paragraph(
          `Prices are in ${market.currency} and include ${facts.vatRate} VAT. Delivery within ${market.country} is included in the price: no fees are added at checkout, and the total in your cart is the total you pay.`,
        ),
      ),
      section(
        'delivery',
        'Delivery',
        paragraph(
          `We deliver to addresses in ${market.country}. We send your order as one parcel to the address you give at checkout, and it arrives within 2–5 working days after you ${manual ? 'have approved the payment' : 'have paid'}.`,
        ),
        paragraph('If delivery will take longer, we tell you by e-mail. If a parcel does not arrive, or arrives damaged, contact us.'),
      ),
      section(
        'ordering',
        'How you order',
        list([
          'Put products in your cart. You can change quantities or remove products there until you pay.',
          'At checkout, give your name, e-mail address and delivery address. You can correct them until you pay.',
          `Press ${PAY_BUTTON} and approve the payment in MobilePay. Your order is binding when you have approved it.`,
          'We then send you an order confirmation by e-mail.',
        ]),
        paragraph(`You can order in ${market.languages}. We keep your order, and these terms are always at ${paths.terms}.`),
      ),
      section(
        'payment',
        'Payment',
        paragraph(
          'You pay with MobilePay. The payment is processed by Stripe, our payment service provider, and you approve it in the MobilePay app.',
        ),
        ...(manual
          ? [
              paragraph(
                'When you approve the payment in MobilePay, the amount is reserved on your card or account. We take it when we ship your order.',
              ),
              paragraph(
                'A reservation we do not use is released: at once if the order is canceled, and otherwise Stripe releases it after 7 days. If we cannot ship your order within those 7 days, it is canceled and we tell you by e-mail.',
              ),
            ]
          : [paragraph('The amount is taken when you approve the payment in MobilePay.')]),
      ),
      section(
        'withdrawal',
        'Right of withdrawal (14 days)',
        paragraph('You may withdraw from your purchase within 14 days of receiving the goods, without giving any reason.'),
        paragraph(
          `To withdraw, use ${withdrawFunction(facts)}, or send an e-mail to ${trader.email}. You may use the model withdrawal form at ${paths.withdrawal}, but you do not have to.`,
        ),
        paragraph(
          'We refund everything you paid within 14 days of receiving your withdrawal, by the same means of payment (MobilePay). We may wait until we have the goods back or you have shown that you have sent them.',
        ),
        paragraph(
          'Send the goods back to us within 14 days of withdrawing. You pay the direct cost of returning them. If you have handled the goods more than needed to establish their nature, characteristics and functioning, we may reduce the refund by the loss in value.',
        ),
        paragraph(`The full information on withdrawal, with the model form, is at ${paths.withdrawal}.`),
      ),
      section(
        'complaints',
        'Defective goods and complaints',
        ...market.complaints.map(paragraph),
        paragraph(
          `Write to ${trader.email} with your order number, what is wrong and, if you can, a photo. If your complaint is justified, we pay the reasonable cost of returning the goods.`,
        ),
      ),
      section(
        'disputes',
        'Disputes',
        paragraph('If you are not satisfied, contact us first: most things are solved quickly.'),
        ...market.disputes.map(paragraph),
      ),
      section(
        'personal-data',
        'Personal data',
        paragraph(
          `We use your name, e-mail address and delivery address to deliver your order and keep them only as long as needed. Our privacy statement at ${paths.privacy} says what we keep, why and for how long.`,
        ),
      ),
    ],
  };
}

function withdrawal(facts: LegalFacts): LegalDocument {
  const { trader, paths } = facts;
  const market = markets[facts.country];
  return {
    title: 'Right of withdrawal',
    summary:
      'You may withdraw from your purchase within 14 days of receiving the goods, without giving any reason. This page says how, what happens next, and has the model withdrawal form.',
    sections: [
      ...demoSection(trader),
      section(
        'right',
        'Right of withdrawal',
        paragraph('You have the right to withdraw from this contract within 14 days without giving any reason.'),
        paragraph(
          'The withdrawal period will expire after 14 days from the day on which you acquire, or a third party other than the carrier and indicated by you acquires, physical possession of the goods. We deliver your order in one parcel, so the period runs from the day it reaches you.',
        ),
        paragraph(
          `To exercise the right of withdrawal, you must inform us (${traderInline(trader)}) of your decision to withdraw from this contract by an unequivocal statement (e.g. a letter sent by post or an e-mail). You may use the model withdrawal form below, but it is not obligatory.`,
        ),
        paragraph(
          `You can also withdraw on our website, with ${withdrawFunction(facts)}. If you use this option, we will communicate to you an acknowledgement of receipt of such a withdrawal on a durable medium (an e-mail) without delay.`,
        ),
        paragraph(
          'To meet the withdrawal deadline, it is sufficient for you to send your communication concerning your exercise of the right of withdrawal before the withdrawal period has expired.',
        ),
        paragraph(`These are the model instructions on withdrawal of ${market.withdrawalLaw}.`),
      ),
      section(
        'withdrawal-function',
        'How to use the withdrawal function',
        list([
          `Open ${paths.withdraw} (the link ${WITHDRAW_LINK} at the bottom of every page).`,
          'Give your order number (it is in your order confirmation), the e-mail address you ordered with, and your name.',
          `Check the details and press ${CONFIRM_BUTTON}.`,
          'We send you an acknowledgement by e-mail without delay, with the content of your withdrawal and the date and time we received it. Keep it: it shows that you withdrew in time.',
        ]),
        paragraph(
          `The function withdraws from the whole order; to withdraw from part of it, write to us. You can withdraw before the goods reach you, too. If you would rather write, send an e-mail to ${trader.email}.`,
        ),
      ),
      section(
        'effects',
        'Effects of withdrawal',
        paragraph(
          'If you withdraw from this contract, we shall reimburse to you all payments received from you, including the costs of delivery, without undue delay and in any event not later than 14 days from the day on which we are informed about your decision to withdraw from this contract. Delivery is included in our prices, so you get back the full amount you paid.',
        ),
        paragraph(
          'We will carry out such reimbursement using the same means of payment as you used for the initial transaction (MobilePay), unless you have expressly agreed otherwise; in any event, you will not incur any fees as a result of such reimbursement.',
        ),
        paragraph(
          facts.captureMethod === 'manual'
            ? 'If you withdraw before we have shipped your order, we cancel it and release the amount reserved in MobilePay, so nothing is charged.'
            : 'If you withdraw before we have shipped your order, we do not ship it, and we refund the amount you paid.',
        ),
        paragraph(
          'We may withhold reimbursement until we have received the goods back or you have supplied evidence of having sent back the goods, whichever is the earliest.',
        ),
        paragraph(
          `You shall send back the goods or hand them over to us (${trader.name}, ${trader.address}) without undue delay and in any event not later than 14 days from the day on which you communicate your withdrawal from this contract to us. The deadline is met if you send back the goods before the period of 14 days has expired.`,
        ),
        paragraph('You will have to bear the direct cost of returning the goods.'),
        paragraph(
          'You are only liable for any diminished value of the goods resulting from the handling other than what is necessary to establish the nature, characteristics and functioning of the goods.',
        ),
      ),
      section(
        'model-form',
        'Model withdrawal form',
        paragraph('(complete and return this form only if you wish to withdraw from the contract)'),
        paragraph(`To: ${trader.name}, ${trader.address}, ${trader.email}`),
        paragraph('I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract of sale of the following goods:'),
        list([
          'Ordered on (*) / received on (*):',
          'Name of consumer(s):',
          'Address of consumer(s):',
          'Signature of consumer(s) (only if this form is notified on paper):',
          'Date:',
        ]),
        paragraph('(*) Delete as appropriate.'),
      ),
    ],
  };
}

const cookiePurposes: Record<CookieFact['id'], string> = {
  cart: 'The products in your cart.',
  cart_count: "The number shown on the cart link; the page's script can read it.",
  locale: 'The country and language you chose.',
  checkout: 'Links a payment you started to your browser. Set when you pay through Stripe.js or Stripe Checkout.',
  admin_session: "The merchant's sign-in to the shop's dashboard. Never set for shoppers.",
  stripe_mid: "Set by Stripe's script, which confirms your payment in the browser: an identifier of your browser for Stripe's fraud prevention.",
  stripe_sid: "Set by Stripe's script, which confirms your payment in the browser: an identifier of this visit for Stripe's fraud prevention.",
};

/** The e-mails an order may bring, for the capture method the shop uses. */
const emailKinds = (facts: LegalFacts): string =>
  facts.captureMethod === 'manual'
    ? 'the notice that we have received your order and your approved payment, the shipping notice when we charge the payment, a cancellation notice if the approval is released, refund notices and the acknowledgement of a withdrawal'
    : 'the order confirmation, the shipping notice, refund notices and the acknowledgement of a withdrawal';

function privacy(facts: LegalFacts): LegalDocument {
  const { trader } = facts;
  const market = markets[facts.country];
  const retention = inWords(facts.retentionDays, 'day', 'en');
  const afterOrder = `Erased ${retention} after the order.`;
  return {
    title: 'Privacy statement',
    summary: `What ${trader.name} keeps about you when you shop here, why, for how long, and who else receives it. In short: only what an order needs, erased ${retention} after the order; no marketing, no profiling, no tracking.`,
    sections: [
      ...demoSection(trader),
      section(
        'controller',
        'Who is responsible',
        paragraph('The controller of your personal data is:'),
        traderList(trader),
        paragraph(`For anything about your data, write to ${trader.email}.`),
      ),
      section(
        'data',
        'What we keep and why',
        list([
          `Your name, e-mail address and delivery address, which you give at checkout: to deliver your order, send you e-mails about it and handle a withdrawal or complaint. Legal basis: our contract with you (GDPR Art. 6(1)(b)). ${afterOrder}`,
          "The order's lines and amounts (products, quantities, prices, VAT), its dates and its payment's reference at Stripe: to deliver, refund and keep our accounts. Legal basis: the contract (Art. 6(1)(b)) and our bookkeeping obligation (Art. 6(1)(c)).",
          `The e-mails we send you (${emailKinds(facts)}): we note which kind we sent and when. The text is written from the order when the e-mail is sent; we keep no copy of it. Legal basis: the contract (Art. 6(1)(b)). Once your name and addresses are erased, only the kind and date stay with the order number.`,
          `The name you give when you withdraw, with the date and time we received the withdrawal: to handle your withdrawal and show when it reached us. Legal basis: our legal obligation (Art. 6(1)(c)) under ${market.withdrawalLaw}. ${afterOrder}`,
          `Your device's IP address, in counters that limit how often the checkout and the shop's forms can be used: to protect the shop and your payment from abuse. Legal basis: our legitimate interest in security (Art. 6(1)(f)). Deleted within ${inWords(2, 'hour', 'en')}.`,
          "The merchant's own sign-in session to the shop's dashboard: it concerns the shop's staff only, never shoppers. Legal basis: our legitimate interest in keeping the dashboard secure (Art. 6(1)(f)). It ends when the sign-in cookie expires (see Cookies).",
        ]),
        paragraph('We need your name, e-mail address and delivery address to take and deliver an order; without them you cannot order.'),
      ),
      section(
        'retention',
        'How long we keep it',
        paragraph(
          `We erase your name, e-mail address and delivery address and the name given on a withdrawal ${retention} after the order was placed; which e-mails were sent, and when, stays with the order number only.`,
        ),
        paragraph(
          facts.retentionDays > 730
            ? market.retentionReason
            : 'This is shorter than the 2-year period in which you can complain about the goods.',
        ),
        paragraph('After that, the order number in your order confirmation still lets us find the order in our accounts: keep the confirmation.'),
        paragraph(
          `Under ${market.bookkeepingLaw}, we must keep our accounting records for ${inWords(facts.bookkeepingYears, 'year', 'en')} after the end of the financial year: order numbers, amounts, VAT, dates and payment references. We keep them without your name, e-mail address or delivery address.`,
        ),
      ),
      section(
        'recipients',
        'Who receives your data',
        list([
          'Stripe Payments Europe, Ltd. (Ireland), our payment processor: it receives the amount, your name, your e-mail address and your delivery address for the payment. Stripe is also an independent controller for its own fraud prevention and legal obligations; its privacy policy is at stripe.com/privacy.',
          'MobilePay (Vipps MobilePay): you approve the payment in its app, under its own terms and privacy policy.',
          'The e-mail provider that delivers our e-mails to you, as our processor.',
          "The hosting provider that runs the shop's servers and database, as our processor.",
        ]),
        paragraph(
          'Our processors handle the data only on our instructions, under data processing agreements (GDPR Art. 28). We do not sell your data or share it with anyone else.',
        ),
      ),
      section(
        'transfers',
        'Transfers outside the EU/EEA',
        paragraph(
          "Stripe may transfer data to the United States. It does so under the EU–US Data Privacy Framework and the European Commission's standard contractual clauses.",
        ),
      ),
      section(
        'no-tracking',
        'No profiling, marketing or tracking',
        paragraph(
          'We make no profiles of you and no automated decisions about you. We send no marketing, and the shop uses no analytics or tracking.',
        ),
      ),
      section(
        'rights',
        'Your rights',
        list([
          'Access: a copy of the data we keep about you (GDPR Art. 15).',
          'Rectification of data that is wrong (Art. 16).',
          'Erasure (Art. 17), except what bookkeeping law requires us to keep.',
          'Restriction of processing (Art. 18).',
          'Objection to processing based on our legitimate interest (Art. 21).',
          'Data portability: your data in a file you can take elsewhere (Art. 20).',
        ]),
        paragraph(
          `To use your rights, write to ${trader.email} from the e-mail address you ordered with. We answer within one month, and we send you your data as a file or erase it, as you ask. We note that we answered, by order number only.`,
        ),
      ),
      section(
        'complaint',
        'Complaints',
        paragraph(`You can complain to the supervisory authority, ${market.authority}. We would be glad if you contacted us first, so that we can put things right.`),
      ),
      section(
        'cookies',
        'Cookies',
        paragraph('The shop sets only these cookies:'),
        {
          kind: 'table',
          caption: 'The cookies the shop sets',
          head: ['Name', 'Purpose', 'Lifetime'],
          rows: facts.cookies.map((cookie) => [cookie.name, cookiePurposes[cookie.id], lifetime(cookie.maxAgeSeconds, 'en')]),
        },
        paragraph(
          'All of them are strictly necessary for the service you ask for, so the shop asks for no consent and shows no cookie banner. It sets no other cookies: no analytics, no advertising.',
        ),
      ),
    ],
  };
}

export const en: LegalTexts = { terms, withdrawal, privacy };
