// The hosted Checkout page's words in the languages the shop sells in: Danish, Finnish and English. A session's
// `locale` picks one (`auto`, or none, goes by the browser's Accept-Language, as Stripe's page does); any other
// locale gets English. Every language has every key.

export type PageLanguage = 'da' | 'fi' | 'en';

type CheckoutText = {
  testMode: string;
  pageTitle: (merchant: string) => string;
  order: string;
  item: string;
  quantity: string;
  amount: string;
  total: string;
  payWith: string;
  email: string;
  emailInvalid: string;
  pay: string;
  back: string;
  failed: string;
  completeTitle: string;
  complete: string;
  alreadyComplete: string;
  continue: string;
  expiredTitle: string;
  expired: string;
};

export const checkoutText: Record<PageLanguage, CheckoutText> = {
  da: {
    testMode: 'Testtilstand',
    pageTitle: (merchant) => `Betal ${merchant}`,
    order: 'Din ordre',
    item: 'Vare',
    quantity: 'Antal',
    amount: 'Beløb',
    total: 'I alt',
    payWith: 'Du betaler med MobilePay.',
    email: 'E-mail',
    emailInvalid: 'Indtast en gyldig e-mailadresse.',
    pay: 'Betal med MobilePay',
    back: 'Tilbage',
    failed: 'Betalingen blev ikke gennemført. Prøv igen.',
    completeTitle: 'Betalingen er gennemført',
    complete: 'Tak. Din betaling er modtaget.',
    alreadyComplete: 'Denne betaling er allerede gennemført.',
    continue: 'Fortsæt',
    expiredTitle: 'Betalingssiden er udløbet',
    expired: 'Denne betalingsside er ikke længere aktiv. Gå tilbage til butikken, og start betalingen igen.',
  },
  fi: {
    testMode: 'Testitila',
    pageTitle: (merchant) => `Maksa ${merchant}`,
    order: 'Tilauksesi',
    item: 'Tuote',
    quantity: 'Määrä',
    amount: 'Summa',
    total: 'Yhteensä',
    payWith: 'Maksat MobilePaylla.',
    email: 'Sähköposti',
    emailInvalid: 'Anna kelvollinen sähköpostiosoite.',
    pay: 'Maksa MobilePaylla',
    back: 'Takaisin',
    failed: 'Maksu ei onnistunut. Yritä uudelleen.',
    completeTitle: 'Maksu on suoritettu',
    complete: 'Kiitos. Maksusi on vastaanotettu.',
    alreadyComplete: 'Tämä maksu on jo suoritettu.',
    continue: 'Jatka',
    expiredTitle: 'Maksusivu on vanhentunut',
    expired: 'Tämä maksusivu ei ole enää voimassa. Palaa kauppaan ja aloita maksu uudelleen.',
  },
  en: {
    testMode: 'Test mode',
    pageTitle: (merchant) => `Pay ${merchant}`,
    order: 'Your order',
    item: 'Item',
    quantity: 'Quantity',
    amount: 'Amount',
    total: 'Total',
    payWith: 'You pay with MobilePay.',
    email: 'Email',
    emailInvalid: 'Enter a valid email address.',
    pay: 'Pay with MobilePay',
    back: 'Back',
    failed: 'The payment was not completed. Please try again.',
    completeTitle: 'Payment complete',
    complete: 'Thank you. Your payment has been received.',
    alreadyComplete: 'This payment has already been completed.',
    continue: 'Continue',
    expiredTitle: 'This checkout page has expired',
    expired: 'This checkout page is no longer active. Go back to the shop and start the payment again.',
  },
};

/** The page's language for a session's `locale`: `auto` and none follow the browser's first language the page has. */
export function pageLanguage(locale: string | null, acceptLanguage: string | undefined): PageLanguage {
  const pick = (tag: string): PageLanguage | undefined => {
    const primary = tag.trim().split(/[-;]/)[0]?.toLowerCase();
    return primary === 'da' || primary === 'fi' || primary === 'en' ? primary : undefined;
  };
  if (locale !== null && locale !== 'auto') return pick(locale) ?? 'en';
  for (const tag of (acceptLanguage ?? '').split(',')) {
    const language = pick(tag);
    if (language) return language;
  }
  return 'en';
}
