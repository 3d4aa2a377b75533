import type { Messages } from '@/lib/i18n/messages';

// The e-mails to the shopper, in Danish (da-DK): the same keys as en.ts, checked by the typecheck.

export const mail: Messages['mail'] = {
  subject: {
    order_confirmation: 'Ordre {number} er bekræftet',
    order_received: 'Vi har modtaget ordre {number}',
    order_shipped: 'Ordre {number} er på vej',
    refund_notice: 'Refusion for ordre {number}',
    order_canceled: 'Ordre {number} er annulleret',
    withdrawal_received: 'Vi har modtaget din fortrydelse af ordre {number}',
  },
  greeting: 'Hej {name}',
  intro: {
    order_confirmation: 'Tak for din ordre. Din MobilePay-betaling er gennemført, og vi pakker din ordre nu.',
    order_received:
      'Tak for din ordre. Vi har modtaget den, og din MobilePay-betaling er godkendt: vi trækker beløbet, når ordren bliver sendt.',
    order_shipped: 'Din ordre er sendt og på vej til dig. Din MobilePay-betaling på {total} er trukket.',
    refund_notice: 'Vi har refunderet {amount} til dig med MobilePay. Der kan gå et par dage, før beløbet ses på din konto.',
    order_canceled: 'Din ordre er annulleret. Godkendelsen af din MobilePay-betaling er frigivet, så der er ikke trukket noget.',
    withdrawal_received:
      'Vi modtog din fortrydelse af ordre {number} {received}. Du har fortrudt hele ordren nedenfor. {outcome, select, release {Vi frigiver godkendelsen af din MobilePay-betaling, så der bliver ikke trukket noget.} nothing_charged {Din MobilePay-betaling blev ikke trukket, så der er intet at refundere.} refunded {Din MobilePay-betaling er allerede refunderet fuldt ud.} check {Den nåede os mere end 14 dage efter, at varerne senest skulle være nået frem: vi undersøger, hvornår de blev leveret, og skriver til dig om refusionen.} other {Vi refunderer {left} til dig med MobilePay inden for 14 dage. Hvis varerne er sendt til dig, så returnér dem til {returnAddress}; vi kan vente med refusionen, til vi har fået dem tilbage.}}',
  },
  orderNumber: 'Ordrenummer: {number}',
  items: '{count, plural, one {# vare} other {# varer}}',
  line: '{quantity} × {name}',
  total: 'I alt',
  vat: 'heraf moms {rate} {amount}',
  delivery: 'Levering',
  deliveryIncluded: 'Inkluderet',
  payment: {
    order_confirmation: 'Betaling: MobilePay, trukket da du godkendte den.',
    order_received: 'Betaling: MobilePay, godkendt nu og trukket, når ordren bliver sendt.',
  },
  withdrawalInfo:
    'Du kan fortryde købet inden for 14 dage efter, at du har modtaget varerne, uden at give en begrundelse: brug fortrydelsesfunktionen på vores hjemmeside, eller skriv til os. Vores handelsbetingelser med fortrydelsesretten står nedenfor.',
  withdraw: 'Fortryd dit køb her',
  trader: 'Sælger: {name}, {address}',
  contact: 'E-mail {email} · telefon {phone}',
  cvr: 'CVR-nr. {number}',
  businessId: 'Y-tunnus {number}',
  refunded: 'Refunderet',
  deliveryAddress: 'Leveringsadresse',
  country: { dk: 'Danmark', fi: 'Finland' },
  visitShop: 'Besøg Lille Butik',
  signoff: 'Venlig hilsen, Lille Butik',
  footer: 'Du får denne e-mail, fordi du har handlet hos Lille Butik.',
};
