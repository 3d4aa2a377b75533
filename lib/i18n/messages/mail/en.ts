// The e-mails to the shopper, in English (en-DK, en-FI): ICU messages for next-intl, written into a message by
// lib/mail/mail-content.ts. Danish (da.ts) and Finnish (fi.ts) have the same keys, checked by the typecheck.
// Subjects and intros are per message kind (lib/orders/message-kinds.ts).

export const mail = {
  subject: {
    order_confirmation: 'Order {number} is confirmed',
    order_received: 'We have received order {number}',
    order_shipped: 'Order {number} is on its way',
    refund_notice: 'Refund for order {number}',
    order_canceled: 'Order {number} is canceled',
  },
  greeting: 'Hello {name},',
  intro: {
    order_confirmation: 'Thank you for your order. Your MobilePay payment went through, and we are packing your order now.',
    order_received:
      'Thank you for your order. We have received it and your MobilePay payment is approved: we charge it when your order ships.',
    order_shipped: 'Your order has shipped and is on its way to you. Your MobilePay payment of {total} has been charged.',
    refund_notice: 'We have refunded {amount} to you with MobilePay. It can take a few days to show in your account.',
    order_canceled: 'Your order was canceled. The approval of your MobilePay payment has been released, so nothing was charged.',
  },
  orderNumber: 'Order number: {number}',
  items: '{count, plural, one {# item} other {# items}}',
  line: '{quantity} × {name}',
  total: 'Total',
  vat: 'incl. {rate} VAT {amount}',
  refunded: 'Refunded',
  deliveryAddress: 'Delivery address',
  country: { dk: 'Denmark', fi: 'Finland' },
  visitShop: 'Visit Lille Butik',
  signoff: 'Kind regards, Lille Butik',
  footer: 'You get this e-mail because you ordered from Lille Butik.',
};
