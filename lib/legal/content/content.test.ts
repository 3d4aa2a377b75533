import { describe, expect, it } from 'vitest';
import type { Country, Language } from '@/lib/i18n/locales';
import { legalTexts } from '@/lib/legal/content';
import { lifetime } from '@/lib/legal/content/lifetime';
import type { CookieFact, LegalBlock, LegalDocument, LegalFacts } from '@/lib/legal/legal-document';
import { demoTrader, type Trader } from '@/lib/legal/trader';
import { DEFAULT_PERSONAL_DATA_RETENTION_DAYS, type CaptureMethod } from '@/lib/parse-env';
import { formatVatRate } from '@/lib/vat';

// The legal documents of every language, for both markets and both capture methods: each states the facts the law
// asks for (who sells, prices with VAT, the withdrawal function, retention, cookies) from the facts it is given, and
// names the law and the bodies of the market it is for.

const DAY = 24 * 60 * 60;

const cookies: CookieFact[] = [
  { id: 'cart', name: '__Host-cart', maxAgeSeconds: 30 * DAY },
  { id: 'cart_count', name: 'cart_count', maxAgeSeconds: 30 * DAY },
  { id: 'locale', name: 'locale', maxAgeSeconds: 365 * DAY },
  { id: 'checkout', name: '__Host-checkout', maxAgeSeconds: DAY },
  { id: 'admin_session', name: '__Secure-admin_session', maxAgeSeconds: 8 * 60 * 60 },
  { id: 'stripe_mid', name: '__stripe_mid', maxAgeSeconds: 365 * DAY },
  { id: 'stripe_sid', name: '__stripe_sid', maxAgeSeconds: 30 * 60 },
];

/** The cookies' lifetimes as each language must write them. */
const lifetimeWords: Record<Language, Record<CookieFact['id'], string>> = {
  da: { cart: '30 dage', cart_count: '30 dage', locale: '1 år', checkout: '1 dag', admin_session: '8 timer', stripe_mid: '1 år', stripe_sid: '30 minutter' },
  fi: { cart: '30 päivää', cart_count: '30 päivää', locale: '1 vuosi', checkout: '1 päivä', admin_session: '8 tuntia', stripe_mid: '1 vuosi', stripe_sid: '30 minuuttia' },
  en: { cart: '30 days', cart_count: '30 days', locale: '1 year', checkout: '1 day', admin_session: '8 hours', stripe_mid: '1 year', stripe_sid: '30 minutes' },
};

const daysWord: Record<Language, string> = { da: 'dage', fi: 'päivää', en: 'days' };
const yearsWord: Record<Language, string> = { da: 'år', fi: 'vuotta', en: 'years' };

/** How each language says when the money is taken. */
const takenAtApproval: Record<Language, string> = {
  da: 'trækkes, når du godkender betalingen',
  fi: 'veloitetaan, kun hyväksyt maksun',
  en: 'taken when you approve the payment',
};
const reserved: Record<Language, string> = { da: 'reserveres', fi: 'varataan', en: 'reserved' };
const releasedAfterSevenDays: Record<Language, string> = {
  da: 'frigiver Stripe den efter 7 dage',
  fi: 'Stripe vapauttaa sen 7 päivän kuluttua',
  en: 'Stripe releases it after 7 days',
};

/** What only one market's texts name: its currency, consumer complaint body and data protection authority. */
const marketMarks: Record<Country, { currency: string; complaintBody: string; authority: string }> = {
  dk: { currency: 'DKK', complaintBody: 'naevneneshus.dk', authority: 'datatilsynet.dk' },
  fi: { currency: 'EUR', complaintBody: 'kuluttajariita.fi', authority: 'tietosuoja.fi' },
};
const otherCountry: Record<Country, Country> = { dk: 'fi', fi: 'dk' };

/** A real Danish trader, with a CVR number and no business ID, and a real Finnish one the other way round. */
const danishTrader: Trader = {
  name: 'Keramikværkstedet Nord ApS',
  address: 'Havnegade 12, 8000 Aarhus C, Danmark',
  email: 'hej@keramik-nord.example',
  phone: '+45 86 12 34 56',
  cvr: '31234560',
  businessId: null,
  demo: false,
};
const finnishTrader: Trader = {
  name: 'Pohjan Puoti Oy',
  address: 'Satamakatu 3, 00160 Helsinki, Suomi',
  email: 'asiakaspalvelu@pohjanpuoti.example',
  phone: '+358 9 1234 5678',
  cvr: null,
  businessId: '2345678-9',
  demo: false,
};

const languageTags: Record<Language, string> = { da: 'da-DK', fi: 'fi-FI', en: 'en' };
const bookkeepingYears: Record<Country, number> = { dk: 5, fi: 6 };

type Case = { language: Language; country: Country; captureMethod: CaptureMethod };
const cases: Case[] = (['da', 'fi', 'en'] as const).flatMap((language) =>
  (['dk', 'fi'] as const).flatMap((country) =>
    (['automatic', 'manual'] as const).map((captureMethod) => ({ language, country, captureMethod })),
  ),
);

function factsFor({ language, country, captureMethod }: Case, trader: Trader, retentionDays: number): LegalFacts {
  const base = `/${language}-${country}`;
  return {
    trader,
    country,
    vatRate: formatVatRate(country, languageTags[language]),
    captureMethod,
    retentionDays,
    bookkeepingYears: bookkeepingYears[country],
    cookies,
    paths: { terms: `${base}/terms`, privacy: `${base}/privacy`, withdrawal: `${base}/withdrawal`, withdraw: `${base}/withdraw`, home: base },
  };
}

type TableBlock = Extract<LegalBlock, { kind: 'table' }>;
type ListBlock = Extract<LegalBlock, { kind: 'list' }>;

function blockTexts(block: LegalBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'table':
      return [block.caption, ...block.head, ...block.rows.flat()];
  }
}

/** Everything a document says, as one text. */
const textOf = (document: LegalDocument): string =>
  [document.title, document.summary, ...document.sections.flatMap((section) => [section.heading, ...section.blocks.flatMap(blockTexts)])].join('\n');

function sectionOf(document: LegalDocument, id: string) {
  const found = document.sections.find((section) => section.id === id);
  if (found === undefined) throw new Error(`"${document.title}" has no section "${id}"`);
  return found;
}

function cookieTable(privacy: LegalDocument) {
  const table = sectionOf(privacy, 'cookies').blocks.find((block): block is TableBlock => block.kind === 'table');
  if (table === undefined) throw new Error('the cookies section has no table');
  return table;
}

describe.each(cases)('the $language documents for $country with $captureMethod capture', (testCase) => {
  const { language, country, captureMethod } = testCase;
  const texts = legalTexts(language);

  function documentsOf(trader: Trader, retentionDays = DEFAULT_PERSONAL_DATA_RETENTION_DAYS) {
    const facts = factsFor(testCase, trader, retentionDays);
    return { facts, terms: texts.terms(facts), withdrawal: texts.withdrawal(facts), privacy: texts.privacy(facts) };
  }
  const allOf = (trader: Trader) => {
    const { terms, withdrawal, privacy } = documentsOf(trader);
    return [terms, withdrawal, privacy];
  };

  it("states the trader's name, address, e-mail and phone in every document", () => {
    for (const trader of [demoTrader, danishTrader, finnishTrader]) {
      for (const document of allOf(trader)) {
        for (const fact of [trader.name, trader.address, trader.email, trader.phone]) expect(textOf(document), document.title).toContain(fact);
      }
    }
  });

  it("states the trader's CVR number and business ID with their labels in every document", () => {
    for (const document of allOf(demoTrader)) {
      expect(textOf(document), document.title).toMatch(new RegExp(`CVR\\D{0,12}${demoTrader.cvr}`));
      expect(textOf(document), document.title).toMatch(new RegExp(`Y-tunnus\\D{0,4}${demoTrader.businessId}`));
    }
  });

  it('leaves out the business ID when the trader has none', () => {
    for (const document of allOf(danishTrader)) expect(textOf(document), document.title).not.toMatch(/Y-tunnus/);
  });

  it('leaves out the CVR number when the trader has none', () => {
    for (const document of allOf(finnishTrader)) expect(textOf(document), document.title).not.toMatch(/CVR/);
  });

  it('says the texts are demo texts, first, when the trader is the demo trader', () => {
    for (const document of allOf(demoTrader)) {
      expect(document.sections[0]?.id, document.title).toBe('demo');
      expect(sectionOf(document, 'demo').blocks.flatMap(blockTexts).join('\n'), document.title).toMatch(/demo/i);
    }
  });

  it('says nothing about demo texts for a real trader', () => {
    for (const document of allOf(danishTrader)) {
      expect(document.sections.map((section) => section.id), document.title).not.toContain('demo');
      expect(textOf(document), document.title).not.toMatch(/demo/i);
    }
  });

  it('states the VAT rate in the terms', () => {
    const { facts, terms } = documentsOf(danishTrader);
    expect(textOf(terms)).toContain(facts.vatRate);
  });

  it("states prices in the market's currency", () => {
    const { terms } = documentsOf(danishTrader);
    expect(textOf(terms)).toContain(marketMarks[country].currency);
    expect(textOf(terms)).not.toContain(marketMarks[otherCountry[country]].currency);
  });

  it('points to the withdrawal function from the terms and the withdrawal information', () => {
    const { facts, terms, withdrawal } = documentsOf(danishTrader);
    expect(textOf(terms)).toContain(facts.paths.withdraw);
    expect(textOf(withdrawal)).toContain(facts.paths.withdraw);
  });

  it('points to the privacy statement and the model form from the terms', () => {
    const { facts, terms } = documentsOf(danishTrader);
    expect(textOf(terms)).toContain(facts.paths.privacy);
    expect(textOf(terms)).toContain(facts.paths.withdrawal);
  });

  it.runIf(captureMethod === 'automatic')('says the amount is taken when the shopper approves the payment in MobilePay', () => {
    const { terms } = documentsOf(danishTrader);
    expect(textOf(terms)).toContain(takenAtApproval[language]);
    expect(textOf(terms)).not.toContain(reserved[language]);
  });

  it.runIf(captureMethod === 'manual')('says the amount is reserved at approval, taken at shipping, and released after 7 days when unused', () => {
    const { terms } = documentsOf(danishTrader);
    expect(textOf(terms)).toContain(reserved[language]);
    expect(textOf(terms)).toContain(releasedAfterSevenDays[language]);
    expect(textOf(terms)).not.toContain(takenAtApproval[language]);
  });

  it('states the retention period in days in the privacy statement', () => {
    for (const days of [DEFAULT_PERSONAL_DATA_RETENTION_DAYS, 400]) {
      expect(textOf(documentsOf(danishTrader, days).privacy)).toContain(`${days} ${daysWord[language]}`);
    }
  });

  it("states how many years the market's bookkeeping law keeps the records", () => {
    const { facts, privacy } = documentsOf(danishTrader);
    expect(textOf(privacy)).toContain(`${facts.bookkeepingYears} ${yearsWord[language]}`);
  });

  it("names the market's consumer complaint body and data protection authority, not the other market's", () => {
    const { terms, privacy } = documentsOf(danishTrader);
    const own = marketMarks[country];
    const other = marketMarks[otherCountry[country]];
    expect(textOf(terms)).toContain(own.complaintBody);
    expect(textOf(terms)).not.toContain(other.complaintBody);
    expect(textOf(privacy)).toContain(own.authority);
    expect(textOf(privacy)).not.toContain(other.authority);
  });

  it('does not point to the closed EU online dispute resolution platform', () => {
    for (const document of allOf(danishTrader)) expect(textOf(document), document.title).not.toMatch(/ec\.europa\.eu\/consumers\/odr|\bODR\b/i);
  });

  it('gives every section a unique id within its document', () => {
    for (const document of allOf(demoTrader)) {
      const ids = document.sections.map((section) => section.id);
      expect(new Set(ids).size, document.title).toBe(ids.length);
    }
  });

  it("puts the cookie table, with a name, a purpose and a lifetime column, in the privacy statement's section 'cookies'", () => {
    expect(cookieTable(documentsOf(danishTrader).privacy).head).toHaveLength(3);
  });

  it('lists every cookie by name with its lifetime in words', () => {
    const rows = cookieTable(documentsOf(danishTrader).privacy).rows;
    expect(rows.map(([name, , life]) => [name, life])).toEqual(cookies.map((cookie) => [cookie.name, lifetimeWords[language][cookie.id]]));
  });

  it('gives every cookie a purpose of its own', () => {
    const purposes = cookieTable(documentsOf(danishTrader).privacy).rows.map(([, purpose]) => purpose ?? '');
    expect(purposes.every((purpose) => purpose.length > 0)).toBe(true);
    expect(new Set(purposes).size).toBe(cookies.length);
  });

  it("puts the model withdrawal form in its own section, addressed to the trader, with the lines the consumer fills in", () => {
    const form = sectionOf(documentsOf(finnishTrader).withdrawal, 'model-form');
    const text = form.blocks.flatMap(blockTexts).join('\n');
    for (const fact of [finnishTrader.name, finnishTrader.address, finnishTrader.email]) expect(text).toContain(fact);
    expect(form.blocks.find((block): block is ListBlock => block.kind === 'list')?.items).toHaveLength(5);
  });
});

describe('lifetimes in words', () => {
  it('writes a lifetime in the largest unit that measures it whole', () => {
    expect(lifetime(30 * DAY, 'en')).toBe('30 days');
    expect(lifetime(365 * DAY, 'da')).toBe('1 år');
    expect(lifetime(2 * 365 * DAY, 'fi')).toBe('2 vuotta');
    expect(lifetime(8 * 60 * 60, 'fi')).toBe('8 tuntia');
    expect(lifetime(90 * 60, 'en')).toBe('90 minutes');
    expect(lifetime(45, 'da')).toBe('45 sekunder');
  });
});
