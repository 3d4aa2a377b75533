import type { Messages } from '@/lib/i18n/messages';

// The e-mails to the shopper, in Finnish (fi-FI): the same keys as en.ts, checked by the typecheck.

export const mail: Messages['mail'] = {
  subject: {
    order_confirmation: 'Tilaus {number} on vahvistettu',
    order_received: 'Olemme vastaanottaneet tilauksen {number}',
    order_shipped: 'Tilaus {number} on matkalla',
    refund_notice: 'Hyvitys tilauksesta {number}',
    order_canceled: 'Tilaus {number} on peruttu',
    withdrawal_received: 'Olemme vastaanottaneet tilauksen {number} peruutuksen',
  },
  greeting: 'Hei {name}',
  intro: {
    order_confirmation: 'Kiitos tilauksestasi. MobilePay-maksusi onnistui, ja pakkaamme tilaustasi nyt.',
    order_received:
      'Kiitos tilauksestasi. Olemme vastaanottaneet sen, ja MobilePay-maksusi on hyväksytty: veloitamme sen, kun tilaus lähetetään.',
    order_shipped: 'Tilauksesi on lähetetty ja matkalla sinulle. MobilePay-maksusi {total} on veloitettu.',
    refund_notice: 'Olemme hyvittäneet sinulle {amount} MobilePaylla. Voi kestää muutaman päivän, ennen kuin summa näkyy tililläsi.',
    order_canceled: 'Tilauksesi on peruttu. MobilePay-maksusi hyväksyntä on vapautettu, eikä sinulta ole veloitettu mitään.',
    withdrawal_received:
      'Vastaanotimme tilauksen {number} peruutuksen {received}. Olet perunut koko alla olevan tilauksen. {outcome, select, release {Vapautamme MobilePay-maksusi hyväksynnän, joten sinulta ei veloiteta mitään.} nothing_charged {MobilePay-maksuasi ei veloitettu, joten hyvitettävää ei ole.} refunded {MobilePay-maksusi on jo hyvitetty kokonaan.} check {Se saapui meille yli 14 päivää sen jälkeen, kun tuotteiden olisi viimeistään pitänyt tulla perille: tarkistamme, milloin ne toimitettiin, ja kirjoitamme sinulle hyvityksestä.} other {Hyvitämme sinulle {left} MobilePaylla 14 päivän kuluessa. Jos tuotteet on jo lähetetty sinulle, palauta ne osoitteeseen {returnAddress}; voimme odottaa hyvityksen kanssa, kunnes ne ovat palanneet.}}',
  },
  orderNumber: 'Tilausnumero: {number}',
  items: '{count, plural, one {# tuote} other {# tuotetta}}',
  line: '{quantity} × {name}',
  total: 'Yhteensä',
  vat: 'sis. ALV {rate} {amount}',
  delivery: 'Toimitus',
  deliveryIncluded: 'Sisältyy hintaan',
  payment: {
    order_confirmation: 'Maksu: MobilePay, veloitettu kun hyväksyit maksun.',
    order_received: 'Maksu: MobilePay, hyväksytty nyt ja veloitetaan, kun tilaus lähetetään.',
  },
  withdrawalInfo:
    'Voit perua ostoksen 14 päivän kuluessa tuotteiden vastaanottamisesta ilmoittamatta syytä: käytä verkkosivujemme peruutustoimintoa tai kirjoita meille. Toimitusehtomme ja peruuttamisoikeus ovat alla.',
  withdraw: 'Peru ostoksesi tästä',
  trader: 'Myyjä: {name}, {address}',
  contact: 'Sähköposti {email} · puhelin {phone}',
  cvr: 'CVR-nro {number}',
  businessId: 'Y-tunnus {number}',
  refunded: 'Hyvitetty',
  deliveryAddress: 'Toimitusosoite',
  country: { dk: 'Tanska', fi: 'Suomi' },
  visitShop: 'Käy Lille Butikissa',
  signoff: 'Ystävällisin terveisin, Lille Butik',
  footer: 'Saat tämän viestin, koska teit tilauksen Lille Butikista.',
};
