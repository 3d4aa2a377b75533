// Who sells, the legal pages' links and the withdrawal function, in English (en-DK, en-FI): ICU messages for next-intl.
// Danish (da.ts) and Finnish (fi.ts) have the same keys, checked by the typecheck. The pages' own texts are in
// lib/legal/content/.

export const legal = {
  footerHeading: 'Who sells',
  linksLabel: 'Terms and your rights',
  terms: 'Terms of sale',
  withdrawal: 'Right of withdrawal',
  privacy: 'Privacy and cookies',
  withdrawLink: 'Withdraw from your purchase here',
  cvr: 'CVR no. {number}',
  businessId: 'Business ID {number}',
  emailLabel: 'E-mail',
  phoneLabel: 'Phone',
  demoTrader: 'Demo trader: the details and legal pages of this shop are examples.',
  payTerms: 'Pressing Pay with MobilePay places a binding order that you pay for. You have 14 days to withdraw after receiving the goods.',
  delivery: 'Delivery',
  deliveryIncluded: 'Included',
  contents: 'Contents',
  withdraw: {
    title: 'Withdraw from your purchase',
    intro:
      'You may withdraw from a purchase within 14 days of receiving the goods, without giving a reason. Tell us which order it is and where to send our acknowledgement.',
    detailsTitle: 'Which order?',
    orderNumber: 'Order number',
    orderNumberHint: 'It is in your order confirmation, e.g. MP-7KQ2-9XDA.',
    email: 'The e-mail address you ordered with',
    name: 'Your name',
    continue: 'Continue',
    confirmTitle: 'Confirm your withdrawal',
    confirmIntro: 'You are withdrawing from the whole order below. Check the details, then confirm.',
    confirm: 'Confirm withdrawal here',
    confirming: 'Sending…',
    change: 'Change the details',
    receivedTitle: 'Withdrawal received',
    received:
      'We received your withdrawal on {received}. If the details match an order that can still be withdrawn from, we have sent an acknowledgement to {email}. If no e-mail arrives within an hour, check the order number and the address, or write to us at {traderEmail}.',
    invalidOrderNumber: 'Enter the order number from your confirmation, e.g. MP-7KQ2-9XDA.',
    invalidEmail: 'Enter the e-mail address you ordered with.',
    invalidName: 'Enter your name.',
    invalid: 'Please check the fields marked below.',
    busy: 'We could not record that just now. Please try again in a moment, or write to us at {traderEmail}.',
    tooMany: 'Too many tries in a short time. Wait a few minutes and try again, or write to us at {traderEmail}.',
    howItWorks: 'Read more about the right of withdrawal',
  },
};
