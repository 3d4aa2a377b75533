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
    withdrawal_received: 'We have received your withdrawal from order {number}',
  },
  greeting: 'Hello {name},',
  intro: {
    order_confirmation: 'Thank you for your order. Your MobilePay payment went through, and we are packing your order now.',
    order_received:
      'Thank you for your order. We have received it and your MobilePay payment is approved: we charge it when your order ships.',
    order_shipped: 'Your order has shipped and is on its way to you. Your MobilePay payment of {total} has been charged.',
    refund_notice: 'We have refunded {amount} to you with MobilePay. It can take a few days to show in your account.',
    order_canceled: 'Your order was canceled. The approval of your MobilePay payment has been released, so nothing was charged.',
    withdrawal_received:
      'We received your withdrawal from order {number} on {received}. You have withdrawn from the whole order below. {outcome, select, release {We release the approval of your MobilePay payment, so nothing is charged.} nothing_charged {Your MobilePay payment was not charged, so there is nothing to refund.} refunded {Your MobilePay payment has already been refunded in full.} check {It reached us more than 14 days after the goods should have reached you: we will check when they were delivered and write to you about the refund.} other {We refund {left} to you with MobilePay within 14 days. If the goods have been sent to you, please return them to {returnAddress}; we may wait with the refund until they are back.}}',
  },
  orderNumber: 'Order number: {number}',
  items: '{count, plural, one {# item} other {# items}}',
  line: '{quantity} × {name}',
  total: 'Total',
  vat: 'incl. {rate} VAT {amount}',
  delivery: 'Delivery',
  deliveryIncluded: 'Included',
  payment: {
    order_confirmation: 'Payment: MobilePay, charged when you approved it.',
    order_received: 'Payment: MobilePay, approved now and charged when your order ships.',
  },
  withdrawalInfo:
    'You may withdraw from this purchase within 14 days of receiving the goods, without giving a reason: use the withdrawal function on our website, or write to us. Our terms of sale, with the right of withdrawal, follow below.',
  withdraw: 'Withdraw from your purchase here',
  trader: 'Sold by {name}, {address}',
  contact: 'E-mail {email} · phone {phone}',
  cvr: 'CVR no. {number}',
  businessId: 'Business ID {number}',
  refunded: 'Refunded',
  deliveryAddress: 'Delivery address',
  country: { dk: 'Denmark', fi: 'Finland' },
  visitShop: 'Visit Lille Butik',
  signoff: 'Kind regards, Lille Butik',
  footer: 'You get this e-mail because you ordered from Lille Butik.',
};
