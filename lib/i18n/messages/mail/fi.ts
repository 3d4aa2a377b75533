import type { Messages } from '@/lib/i18n/messages';

// The e-mails to the shopper, in Finnish (fi-FI): the same keys as en.ts, checked by the typecheck.

export const mail: Messages['mail'] = {
  subject: {
    order_confirmation: 'Tilaus {number} on vahvistettu',
    order_received: 'Olemme vastaanottaneet tilauksen {number}',
    order_shipped: 'Tilaus {number} on matkalla',
    refund_notice: 'Hyvitys tilauksesta {number}',
    order_canceled: 'Tilaus {number} on peruttu',
  },
  greeting: 'Hei {name}',
  intro: {
    order_confirmation: 'Kiitos tilauksestasi. MobilePay-maksusi onnistui, ja pakkaamme tilaustasi nyt.',
    order_received:
      'Kiitos tilauksestasi. Olemme vastaanottaneet sen, ja MobilePay-maksusi on hyväksytty: veloitamme sen, kun tilaus lähetetään.',
    order_shipped: 'Tilauksesi on lähetetty ja matkalla sinulle. MobilePay-maksusi {total} on veloitettu.',
    refund_notice: 'Olemme hyvittäneet sinulle {amount} MobilePaylla. Voi kestää muutaman päivän, ennen kuin summa näkyy tililläsi.',
    order_canceled: 'Tilauksesi on peruttu. MobilePay-maksusi hyväksyntä on vapautettu, eikä sinulta ole veloitettu mitään.',
  },
  orderNumber: 'Tilausnumero: {number}',
  items: '{count, plural, one {# tuote} other {# tuotetta}}',
  line: '{quantity} × {name}',
  total: 'Yhteensä',
  vat: 'sis. ALV {rate} {amount}',
  refunded: 'Hyvitetty',
  deliveryAddress: 'Toimitusosoite',
  country: { dk: 'Tanska', fi: 'Suomi' },
  visitShop: 'Käy Lille Butikissa',
  signoff: 'Ystävällisin terveisin, Lille Butik',
  footer: 'Saat tämän viestin, koska teit tilauksen Lille Butikista.',
};
